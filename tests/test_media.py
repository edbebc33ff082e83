"""Uploaded files: the public gets only the images of what it can see, never a draft's or a
replaced one, and nothing served can run as a page or a script."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from events.images import rendition_name
from events.models import Event, Person

from .admin_helpers import admin_form_data, form_errors
from .dataset import DRAFT, LAVRENTIEV, VISIT, ZAMYATIN

pytestmark = pytest.mark.django_db


def jpeg(colour="red"):
    output = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(output, "JPEG")
    return SimpleUploadedFile("photo.jpg", output.getvalue(), content_type="image/jpeg")


def illustrate(event, colour="red"):
    event.illustration = jpeg(colour)
    event.illustration_alt, event.illustration_credit = "A hall.", "Photo: NATO"
    event.save()
    return event.illustration.name


def media_url(name):
    return reverse("media", kwargs={"path": name})


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "portraits").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("outside the media folder")
    return settings.MEDIA_ROOT


def test_a_published_events_image_is_served_in_every_rendition(client, media_root):
    name = illustrate(Event.objects.get(slug=VISIT))
    for rendition in ("display", "thumbnail"):
        response = client.get(media_url(rendition_name(name, rendition)))
        assert response.status_code == 200
        assert Image.open(io.BytesIO(b"".join(response))).format == "WEBP"
        assert response["Content-Type"] == "image/webp"
        assert not response.get("Content-Disposition", "").startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"].startswith("sandbox;")
        # Other sites may show it: a TimelineJS page elsewhere loads the export's images.
        assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
        # Checked on every use, so that unpublishing hides it at once.
        assert set(response["Cache-Control"].split(", ")) == {"no-cache", "public"}


def test_a_repeated_request_is_answered_not_modified(client, media_root):
    url = media_url(illustrate(Event.objects.get(slug=VISIT)))
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304


def test_a_drafts_image_is_for_staff_only(client, editor, media_root):
    name = illustrate(Event.objects.get(slug=DRAFT))
    assert client.get(media_url(name)).status_code == 404
    assert client.get(media_url(rendition_name(name, "thumbnail"))).status_code == 404
    client.force_login(editor)
    response = client.get(media_url(name))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_staff_without_the_view_permission_do_not_get_a_drafts_image(client, media_root):
    name = illustrate(Event.objects.get(slug=DRAFT))
    client.force_login(User.objects.create_user("intern", is_staff=True))
    assert client.get(media_url(name)).status_code == 404


def test_unpublishing_an_event_hides_its_image(client, media_root):
    event = Event.objects.get(slug=VISIT)
    url = media_url(illustrate(event))
    assert client.get(url).status_code == 200
    event.published = False
    event.save()
    assert client.get(url).status_code == 404


def test_a_portrait_is_public_only_while_its_person_is_in_a_published_event(client, media_root):
    person = Person.objects.get(slug=ZAMYATIN)
    person.portrait = jpeg()
    person.portrait_alt, person.portrait_credit = "Zamyatin.", "Photo: NATO"
    person.save()
    url = media_url(person.portrait.name)
    assert client.get(url).status_code == 200
    Event.objects.filter(participations__person=person).update(published=False)
    assert client.get(url).status_code == 404


def test_a_replaced_image_is_kept_unpublished_and_returns_with_a_revert(client, editor, media_root):
    event = Event.objects.get(slug=VISIT)
    first = illustrate(event, "red")
    with_first = event.history.first()
    second = illustrate(event, "blue")
    assert (media_root / first).exists()  # Kept for the history…
    assert client.get(media_url(first)).status_code == 404  # …but not served.
    assert client.get(media_url(second)).status_code == 200

    client.force_login(editor)
    url = reverse("admin:events_event_simple_history", args=[event.pk, with_first.pk])
    response = client.post(url, admin_form_data(client.get(url)))
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert event.illustration.name == first
    client.logout()
    assert client.get(media_url(first)).status_code == 200
    assert client.get(media_url(second)).status_code == 404


def test_a_file_that_is_no_records_image_is_not_served(client, media_root):
    (media_root / "portraits" / "guessed.webp").write_bytes(b"RIFF")
    assert client.get("/media/portraits/guessed.webp").status_code == 404


def test_staff_get_uploads_that_are_images_shown_but_sandboxed(editor_client, media_root):
    (media_root / "portraits" / "ivanov.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    response = editor_client.get("/media/portraits/ivanov.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox;")


@pytest.mark.parametrize("name", ["page.html", "image.svg", "code.js", "no-extension"])
def test_uploads_that_a_browser_could_run_are_only_downloaded(editor_client, media_root, name):
    (media_root / "portraits" / name).write_text("<script>alert(1)</script>")
    response = editor_client.get(f"/media/portraits/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.parametrize(
    "path",
    [
        "/media/../secret.txt",
        "/media/%2e%2e/secret.txt",
        "/media/..%2fsecret.txt",
        "/media/portraits/..%2f..%2fsecret.txt",
        "/media/%2fetc/passwd",
        "/media//etc/passwd",
        "/media/portraits/%00.png",
        "/media/portraits/",
        "/media/portraits/missing.webp",
    ],
)
@pytest.mark.parametrize("signed_in", [False, True], ids=["public", "staff"])
def test_nothing_outside_the_media_folder_is_served(client, editor, media_root, path, signed_in):
    if signed_in:
        client.force_login(editor)
    response = client.get(path)
    assert response.status_code in {400, 404}
    assert b"outside the media folder" not in b"".join(response)


def test_the_web_server_can_be_told_to_send_the_bytes(client, media_root, settings):
    settings.MEDIA_ACCEL_REDIRECT = "/protected-media/"
    name = illustrate(Event.objects.get(slug=VISIT))
    response = client.get(media_url(name))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{name}"
    assert response.content == b""
    assert response["Content-Type"] == "image/webp"
    draft = illustrate(Event.objects.get(slug=DRAFT))
    refused = client.get(media_url(draft))
    assert refused.status_code == 404 and "X-Accel-Redirect" not in refused


def test_pages_point_at_the_media_view(client, media_root):
    person = Person.objects.get(slug=LAVRENTIEV)
    person.portrait = jpeg()
    person.portrait_alt, person.portrait_credit = "Lavrentiev.", "Photo: NATO"
    person.save()
    page = client.get(person.get_absolute_url()).content.decode()
    thumbnail = person.portrait_picture.thumbnail.url
    assert f'src="{thumbnail}"' in page
    assert client.get(thumbnail).status_code == 200
