"""Slugs made from titles and names keep the words apart, however they are made."""

import pytest
from django.urls import reverse

from events.models import Event, Organization
from events.slugs import slug_from, unique_slug

from .admin_helpers import admin_form_data, form_errors
from .factories import make_event


@pytest.mark.parametrize(
    "text, slug",
    [
        ("NATO–Russia Council", "nato-russia-council"),
        ("NATO—Russia talks", "nato-russia-talks"),
        ("NATO - Russia ‑ Ukraine", "nato-russia-ukraine"),
        ("Troops −2,000 / Brussels", "troops-2000-brussels"),
        ("Gazeta’s “report”", "gazetas-report"),
    ],
)
def test_dashes_and_slashes_keep_words_apart(text, slug):
    assert slug_from(text) == slug


@pytest.mark.django_db
def test_a_taken_slug_gets_a_number_except_the_rows_own():
    event = make_event(slug="nato-russia-council")
    assert unique_slug(Event, "NATO–Russia Council") == "nato-russia-council-2"
    assert unique_slug(Event, "NATO–Russia Council", exclude_pk=event.pk) == "nato-russia-council"


EVENT_FIELDS = {
    "title_en": "NATO–Russia Council",
    "summary_en": "It met.",
    "event_type": "meeting",
    "status": "occurred",
    "start_date_0": "2004",
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model, fields, slug",
    [
        (
            Organization,
            {"name_en": "NATO–Russia Council", "kind": "alliance"},
            "nato-russia-council",
        ),
        # The event's slug is taken (below): the next free one.
        (Event, EVENT_FIELDS, "nato-russia-council-2"),
    ],
)
def test_the_admin_makes_an_empty_slug_from_the_title_or_name(editor_client, model, fields, slug):
    make_event(slug="nato-russia-council")
    url = reverse(f"admin:events_{model._meta.model_name}_add")
    page = editor_client.get(url)
    # Not in the browser as well, by rules of its own (Django's URLify).
    assert page.context["adminform"].prepopulated_fields == []
    assert "Leave it empty to make it from the" in page.content.decode()
    response = editor_client.post(url, admin_form_data(page) | fields | {"slug": ""})
    assert response.status_code == 302, form_errors(response)
    assert model.objects.filter(slug=slug).exists()


@pytest.mark.django_db
def test_a_slug_typed_by_the_editor_is_kept(editor_client):
    url = reverse("admin:events_organization_add")
    page = editor_client.get(url)
    fields = {"name_en": "NATO–Russia Council", "kind": "alliance", "slug": "nrc"}
    response = editor_client.post(url, admin_form_data(page) | fields)
    assert response.status_code == 302, form_errors(response)
    assert Organization.objects.get(slug="nrc").name == "NATO–Russia Council"
