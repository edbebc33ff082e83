"""Image uploads: only real JPEG, PNG and WebP images get in, and only re-encoded and resized."""

import io
import re
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse
from PIL import Image

from events import images
from events.images import (
    MAX_BYTES,
    RENDITIONS,
    encode_upload,
    fitted_size,
    open_upload,
    rendition_name,
)
from events.models import Event, Person

from .admin_helpers import admin_form_data, form_errors
from .quality import html_errors

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
SECRET = b"appended-secret-payload"


def photo(image_format, size=(1200, 900), mode="RGB", **save_options):
    """A noisy picture (so encoders cannot shrink it to nothing) in ``image_format``."""
    image = Image.effect_noise(size, 64).convert(mode)
    output = io.BytesIO()
    image.save(output, image_format, **save_options)
    return output.getvalue()


def jpeg_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Inc."  # Make
    exif.get_ifd(GPS_IFD)[2] = (55.0, 45.0, 7.0)  # GPSLatitude: Moscow.
    return photo("JPEG", exif=exif.tobytes()) + SECRET


def png(width, height, *, bit_depth=8, color_type=2, pixel_data=None):
    """A PNG of ``width`` × ``height`` pixels; by default only its header is sound."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixel_data or b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def png_16_bit_rgba(width, height):
    row = b"\x00" + b"\x12\x34\x56\x78\x9a\xbc\xff\xff" * width  # No filter, opaque.
    return png(width, height, bit_depth=16, color_type=6, pixel_data=row * height)


def upload(content, name="picture.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def post_portrait(client, person, file, **fields):
    url = reverse("admin:events_person_change", args=[person.pk])
    data = admin_form_data(client.get(url))
    data.update({"portrait_alt": "Ivanov at a podium.", "portrait_credit": "Photo: NATO"})
    data.update(fields)
    data["portrait"] = file
    return client.post(url, data)


@pytest.fixture
def ivanov():
    return Person.objects.get(slug="boris-lavrentiev")


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (jpeg_with_gps(), "ivanov.jpg"),
        (photo("PNG", mode="RGBA"), "ivanov.png"),
        (photo("WEBP", quality=90), "ivanov.webp"),
    ],
    ids=["jpeg", "png", "webp"],
)
def test_a_valid_image_is_stored_re_encoded_and_resized(
    editor_client, media_root, ivanov, content, name
):
    response = post_portrait(editor_client, ivanov, upload(content, name))
    assert response.status_code == 302, form_errors(response)
    ivanov.refresh_from_db()
    stored = ivanov.portrait.read()
    assert stored != content
    assert SECRET not in stored
    display = Image.open(io.BytesIO(stored))
    assert display.format == "WEBP"
    assert not display.getexif()
    assert "exif" not in display.info
    assert display.size == (800, 600) == (ivanov.portrait_width, ivanov.portrait_height)

    picture = ivanov.portrait_picture
    thumbnail_path = media_root / rendition_name(ivanov.portrait.name, "thumbnail")
    thumbnail = Image.open(thumbnail_path)
    assert thumbnail.size == (160, 120) == (picture.thumbnail.width, picture.thumbnail.height)
    assert (picture.display.width, picture.display.height) == (800, 600)
    assert picture.thumbnail.url.endswith(".thumbnail.webp")
    assert picture.display.alt == "Ivanov at a podium."
    assert picture.display.credit == "Photo: NATO"


def test_transparency_survives_re_encoding(media_root, ivanov):
    image = Image.new("RGBA", (40, 20), (255, 0, 0, 0))
    output = io.BytesIO()
    image.save(output, "PNG")
    ivanov.portrait = upload(output.getvalue(), "clear.png", "image/png")
    ivanov.save()
    stored = Image.open(ivanov.portrait.path)
    assert stored.mode == "RGBA"
    assert stored.getpixel((0, 0))[3] == 0
    assert (ivanov.portrait_width, ivanov.portrait_height) == (40, 20)  # Never enlarged.


def test_a_sideways_photo_is_stored_upright(media_root, ivanov):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display.
    ivanov.portrait = upload(photo("JPEG", size=(400, 200), exif=exif.tobytes()))
    ivanov.save()
    assert (ivanov.portrait_width, ivanov.portrait_height) == (200, 400)


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (SVG, "drawing.svg", "could not be read as an image"),
        (b"<html><body>Not a picture</body></html>", "photo.jpg", "could not be read"),
        (photo("JPEG")[:3000], "truncated.jpg", "damaged, incomplete"),
        (photo("GIF", size=(50, 50)), "animated.gif", "This is a GIF image"),
        (photo("BMP", size=(3000, 700)), "huge.bmp", "6.0 MB; images can be at most 5 MB"),
        (png(100_000, 100_000), "bomb.png", "too many pixels"),
        (png(8_000, 6_000), "big.png", "It is 8000 × 6000 pixels"),
        (b"", "empty.jpg", "The submitted file is empty."),
    ],
    ids=[
        "svg",
        "renamed-text",
        "truncated",
        "gif",
        "oversized",
        "bomb",
        "too-many-pixels",
        "empty",
    ],
)
def test_anything_but_a_sound_image_is_refused_with_a_form_error(
    editor_client, media_root, ivanov, content, name, message
):
    response = post_portrait(editor_client, ivanov, upload(content, name))
    assert response.status_code == 200
    errors = [error for error in form_errors(response) if error.startswith("portrait:")]
    assert len(errors) == 1 and message in errors[0], errors
    ivanov.refresh_from_db()
    assert not ivanov.portrait
    assert not any(media_root.rglob("*.*"))  # Nothing was stored.


def test_a_16_bit_png_is_stored_as_an_ordinary_8_bit_image(editor_client, media_root, ivanov):
    response = post_portrait(editor_client, ivanov, upload(png_16_bit_rgba(300, 200), "deep.png"))
    assert response.status_code == 302, form_errors(response)
    ivanov.refresh_from_db()
    stored = Image.open(ivanov.portrait.path)
    assert (stored.format, stored.mode, stored.size) == ("WEBP", "RGB", (300, 200))
    assert stored.getpixel((0, 0)) == pytest.approx((0x12, 0x56, 0x9A), abs=3)


def test_images_are_decoded_in_a_child_process_not_the_web_worker(
    editor_client, media_root, ivanov, monkeypatch
):
    def no_decoding_here(*args, **kwargs):
        raise AssertionError("decoded in the web worker")

    monkeypatch.setattr(images.Image, "open", no_decoding_here)
    response = post_portrait(editor_client, ivanov, upload(photo("JPEG")))
    assert response.status_code == 302, form_errors(response)
    ivanov.refresh_from_db()
    assert (ivanov.portrait_width, ivanov.portrait_height) == (800, 600)


@pytest.mark.parametrize("decoder", ["/bin/false", "/bin/echo"], ids=["dies", "talks-nonsense"])
def test_a_failing_decoder_is_a_refusal_not_a_server_error(
    editor_client, media_root, ivanov, monkeypatch, decoder
):
    monkeypatch.setattr(images.sys, "executable", decoder)
    response = post_portrait(editor_client, ivanov, upload(photo("JPEG")))
    assert response.status_code == 200
    assert any("could not be read as an image" in error for error in form_errors(response))
    ivanov.refresh_from_db()
    assert not ivanov.portrait


def test_stored_names_are_random_not_the_uploads(media_root):
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    names = set()
    for _ in range(2):
        event.illustration = upload(photo("JPEG", size=(300, 200)), "secret-summit-plan.jpg")
        event.illustration_alt, event.illustration_credit = "A hall.", "Photo: NATO"
        event.save()
        names.add(event.illustration.name)
    assert len(names) == 2
    for name in names:
        assert re.fullmatch(r"illustrations/[\w-]{24}\.webp", name), name
        thumbnail = rendition_name(name, "thumbnail")
        assert (media_root / thumbnail).exists()


def test_an_image_of_the_largest_size_is_accepted(editor_client, media_root, ivanov):
    image = photo("JPEG", size=(400, 300))
    largest = image + b"\x00" * (MAX_BYTES - len(image))  # Pillow ignores what follows.
    response = post_portrait(editor_client, ivanov, upload(largest))
    assert response.status_code == 302, form_errors(response)
    assert int(response.wsgi_request.META["CONTENT_LENGTH"]) > MAX_BYTES
    ivanov.refresh_from_db()
    assert ivanov.portrait_width == 400


def test_the_size_limit_is_checked_before_decoding():
    too_big = upload(b"\xff\xd8" + b"\x00" * MAX_BYTES)
    with pytest.raises(Exception, match="at most 5 MB"):
        open_upload(too_big)


def test_an_image_needs_alt_text_and_a_credit(editor_client, media_root, ivanov):
    response = post_portrait(
        editor_client, ivanov, upload(photo("PNG"), "p.png"), portrait_alt=" ", portrait_credit=""
    )
    assert response.status_code == 200
    errors = form_errors(response)
    assert any(e.startswith("portrait_alt: Describe what the image shows") for e in errors)
    assert any(e.startswith("portrait_credit: Say who made the image") for e in errors)


def test_an_event_illustration_is_uploaded_the_same_way(editor_client, media_root, monkeypatch):
    decoded = []

    def counting_encode_upload(file):
        decoded.append(file)
        return encode_upload(file)

    monkeypatch.setattr(images, "encode_upload", counting_encode_upload)
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(editor_client.get(url))
    data.update(
        illustration=upload(photo("JPEG", size=(2000, 500))),
        illustration_alt="The Kremlin.",
        illustration_credit="Photo: NATO",
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert (event.illustration_width, event.illustration_height) == (800, 200)
    assert len(decoded) == 1  # checked by the form, re-encoded from that same decoding
    page = editor_client.get(url).content.decode()
    assert event.illustration_picture.thumbnail.url in page  # The stored thumbnail is previewed.


@pytest.mark.parametrize(
    ("size", "box", "fitted"),
    [
        ((1200, 900), (800, 800), (800, 600)),
        ((900, 1200), (800, 800), (600, 800)),
        ((100, 50), (160, 160), (100, 50)),
        ((5000, 1), (160, 160), (160, 1)),
    ],
)
def test_renditions_keep_proportions_and_are_never_enlarged(size, box, fitted):
    assert fitted_size(size, box) == fitted


def _portrait_partial(ivanov):
    ivanov.portrait = upload(photo("JPEG"))
    ivanov.portrait_alt, ivanov.portrait_credit = "Ivanov & aides.", "Photo: NATO"
    ivanov.save()
    return render_to_string("includes/image.html", {"image": ivanov.portrait_picture.thumbnail})


def test_the_partial_renders_a_rendition_with_its_size_alt_and_credit(media_root, ivanov):
    html = _portrait_partial(ivanov)
    assert f'src="{ivanov.portrait_picture.thumbnail.url}"' in html
    assert 'width="160" height="120"' in html
    assert 'alt="Ivanov &amp; aides."' in html
    assert "Photo: NATO" in html


@pytest.mark.html_checker
def test_the_partial_is_valid_html(media_root, ivanov):
    html = _portrait_partial(ivanov)
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    </head><body><main>{html}</main></body></html>"""
    assert html_errors({"partial": page}) == []


def test_the_partial_renders_nothing_without_an_image(ivanov):
    assert ivanov.portrait_picture is None
    assert render_to_string("includes/image.html", {"image": None}).strip() == ""


def test_renditions_are_named_beside_the_display_file():
    assert rendition_name("portraits/a.webp", "thumbnail") == "portraits/a.thumbnail.webp"
    assert rendition_name("portraits/a.webp", "display") == "portraits/a.webp"
    assert set(RENDITIONS) == {"display", "thumbnail"}


def test_public_pages_serve_the_renditions_with_size_and_alt(client, media_root, ivanov):
    ivanov.portrait = upload(photo("JPEG"))
    ivanov.portrait_alt, ivanov.portrait_credit = "Ivanov at a podium.", "Photo: NATO"
    ivanov.save()
    event = Event.objects.get(slug="lavrentiev-visits-brussels")
    event.illustration = upload(photo("PNG", size=(1600, 400)), "kremlin.png", "image/png")
    event.illustration_alt, event.illustration_credit = "The Kremlin.", "Photo: NATO"
    event.save()

    person_page = client.get(ivanov.get_absolute_url()).content.decode()
    thumbnail = ivanov.portrait_picture.thumbnail
    assert f'src="{thumbnail.url}" width="{thumbnail.width}" height="{thumbnail.height}"' in (
        person_page
    )
    assert 'alt="Ivanov at a podium."' in person_page
    event_page = client.get(event.get_absolute_url()).content.decode()
    assert f'src="{event.illustration_picture.display.url}" width="800" height="200"' in event_page
    assert 'alt="The Kremlin."' in event_page
    # Its link preview shows the picture, by its full address.
    display_url = f"http://testserver{event.illustration_picture.display.url}"
    assert f'<meta property="og:image" content="{display_url}">' in event_page
    assert '<meta property="og:image:alt" content="The Kremlin.">' in event_page
    assert '<meta name="twitter:card" content="summary_large_image">' in event_page
