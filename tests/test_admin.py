"""The admin as editors use it: every page, the event form with its inlines, actions, roles."""

import io
import re
from datetime import date

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.admin import EventAdmin
from events.dates import DatePrecision
from events.models import (
    Agreement,
    Citation,
    Event,
    Organization,
    Participation,
    Person,
    Place,
    Source,
    StaleVersionError,
)

from .admin_helpers import admin_form_data, form_errors, make_editor
from .dataset import GAZETTE, KELLER, NATO, SIGNING, WIRE, ZAMYATIN
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db

EVENTS_MODELS = [model for model in admin.site._registry if model._meta.app_label == "events"]


def admin_url(model, view, *args):
    return reverse(f"admin:events_{model._meta.model_name}_{view}", args=args)


def add_event_data(client, **fields):
    """The add form as an editor fills it: a day-precision meeting, no inline rows."""
    data = admin_form_data(client.get(admin_url(Event, "add")))
    data.update(
        {
            "title_en": "Ivanov meets de Hoop Scheffer",
            "slug": "ivanov-meets-de-hoop-scheffer",
            "summary_en": "They met.",
            "event_type": Event.Type.MEETING,
            "status": Event.Status.OCCURRED,
            "start_date_0": "2004",
            "start_date_1": "4",
            "start_date_2": "8",
        }
    )
    data.update(fields)
    return data


def test_every_model_is_in_the_admin():
    names = {model.__name__ for model in EVENTS_MODELS}
    assert names == {
        "Source",
        "Organization",
        "Person",
        "Place",
        "Agreement",
        "Event",
        "Participation",
        "Citation",
    }


@pytest.mark.parametrize("model", EVENTS_MODELS, ids=lambda model: model.__name__)
def test_every_changelist_add_change_and_history_page_renders_for_an_editor(editor_client, model):
    first = model.objects.order_by("pk").first()
    for url in [
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", first.pk),
        admin_url(model, "history", first.pk),
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize("model", EVENTS_MODELS, ids=lambda model: model.__name__)
def test_changelists_take_the_same_number_of_queries_however_many_rows(editor_client, model):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(admin_url(model, "changelist")).status_code == 200
        return len(captured)

    before = queries()
    source, nato = make_source(), Organization.objects.get(slug=NATO)
    for n in range(3):
        event = make_event()
        person = Person.objects.create(slug=f"p-{n}", name=f"P {n}", role="R", affiliation=nato)
        Citation.objects.create(event=event, source=source, quote="Ivanov spoke.")
        Participation.objects.create(event=event, person=person, role="host")
        Organization.objects.create(slug=f"o-{n}", name=f"O {n}", kind="state", parent=nato)
        Place.objects.create(slug=f"pl-{n}", name=f"Pl {n}", kind="city")
        Agreement.objects.create(slug=f"a-{n}", name=f"A {n}", status="signed").parties.add(nato)
    assert queries() == before


def test_the_admin_needs_a_login(client):
    response = client.get(admin_url(Event, "changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_an_editor_cannot_reach_user_management(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403
    assert editor_client.get(reverse("admin:auth_user_add")).status_code == 403
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert "/admin/auth/" not in index
    assert "/admin/events/event/" in index


def test_editors_cannot_delete_records_other_than_an_events_rows(editor):
    assert editor.has_perm("events.change_event")
    assert editor.has_perm("events.delete_citation")
    assert editor.has_perm("events.delete_participation")
    assert not editor.has_perm("events.delete_event")
    assert not editor.has_perm("events.delete_source")
    assert not editor.has_perm("auth.change_user")
    assert not editor.has_perm("auth.change_group")


def test_creating_an_event_with_participants_and_a_citation(editor_client):
    source = make_source(text="Intro. Ivanov met de Hoop Scheffer on Thursday. Outro.")
    guest = Person.objects.get(slug=ZAMYATIN)
    data = add_event_data(
        editor_client,
        **{
            "participations-0-person": str(guest.pk),
            "participations-0-role": "guest",
            "citations-0-source": str(source.pk),
            "citations-0-quote": "\nIvanov met de Hoop Scheffer on Thursday. ",
        },
    )
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get(slug="ivanov-meets-de-hoop-scheffer")
    assert (event.start_date, event.date_precision) == (date(2004, 4, 8), DatePrecision.DAY)
    assert not event.published  # New events are drafts until published.
    assert [(p.person, p.role) for p in event.participations.all()] == [(guest, "guest")]
    citation = event.citations.get()
    assert source.text[citation.start_offset : citation.end_offset] == (
        "Ivanov met de Hoop Scheffer on Thursday."
    )
    assert event.history.get().history_user.username == "editor"


def test_a_wrong_quote_is_rejected_on_its_row_saying_which_part_differs(editor_client):
    source = make_source(text="NATO and Russia met on Monday.")
    data = add_event_data(
        editor_client,
        **{
            "citations-0-source": str(source.pk),
            "citations-0-quote": "NATO and Russia met Sunday.",
        },
    )
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 200
    citation_form = response.context["inline_admin_formsets"][1].formset.forms[0]
    [message] = citation_form.errors["quote"]
    assert "matches up to “NATO and Russia met ”" in message
    assert "“Sunday.”" in message
    assert not Event.objects.filter(slug="ivanov-meets-de-hoop-scheffer").exists()


def test_the_same_passage_cited_twice_is_rejected(editor_client):
    source = make_source(text="NATO and Russia met on Monday.")
    data = add_event_data(editor_client)
    for row in (0, 1):
        data[f"citations-{row}-source"] = str(source.pk)
        data[f"citations-{row}-quote"] = "met on Monday"
        data[f"citations-{row}-id"] = ""
    data["citations-TOTAL_FORMS"] = "2"
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 200
    assert "quote: This passage is already cited for this event." in form_errors(response)


def test_the_same_person_twice_is_rejected(editor_client):
    keller = Person.objects.get(slug=KELLER)
    data = add_event_data(editor_client)
    for row in (0, 1):
        data[f"participations-{row}-person"] = str(keller.pk)
        data[f"participations-{row}-role"] = "guest"
    data["participations-TOTAL_FORMS"] = "2"
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 200
    assert any("duplicate" in error for error in form_errors(response))


def test_a_citation_added_on_its_own_page_cannot_repeat_a_passage(editor_client):
    event, source = make_event(), make_source(text="NATO and Russia met on Monday.")
    Citation.objects.create(event=event, source=source, quote="met on Monday")
    data = {"event": str(event.pk), "source": str(source.pk), "quote": "met on Monday"}
    response = editor_client.post(admin_url(Citation, "add"), data)
    assert response.status_code == 200
    assert "quote: This passage is already cited for this event." in form_errors(response)


@pytest.mark.parametrize(
    ("start", "end", "field", "message"),
    [
        (("2004", "4", "8"), ("2004", "4", "7"), "end_date", "before the start date"),
        (("2004", "", "8"), ("", "", ""), "start_date", "A day needs its month"),
        (("2004", "2", "30"), ("", "", ""), "start_date", "February 2004 has 29 days"),
        (("", "4", ""), ("", "", ""), "start_date", "Enter the year."),
        (("2004", "4", "8"), ("2004", "5", ""), "end_date", "to the day but the end date to"),
        (("2004", "", ""), ("2004", "", ""), "end_date", "equals the start date"),
        (("2004", "4", ""), ("", "", ""), "start_date", "This field is required."),
        (("abc", "4", "1"), ("", "", ""), "start_date", "Enter a whole number."),
        (("2004\x00", "4", "1"), ("", "", ""), "start_date", "Enter a whole number."),
    ],
)
def test_incoherent_dates_are_rejected_with_a_message(editor_client, start, end, field, message):
    data = add_event_data(editor_client)
    for name, parts in (("start_date", start), ("end_date", end)):
        data.update({f"{name}_{i}": part for i, part in enumerate(parts)})
    if start == ("2004", "4", ""):
        data.update({"start_date_0": "", "start_date_1": "", "start_date_2": ""})
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 200
    messages = response.context["adminform"].form.errors[field]
    assert any(message in m for m in messages), messages
    assert len(messages) == 1  # Reported once, in the editor's terms.
    assert not Event.objects.filter(slug="ivanov-meets-de-hoop-scheffer").exists()


def test_what_is_entered_sets_the_precision_and_is_shown_again(editor_client):
    data = add_event_data(
        editor_client,
        start_date_2="",
        end_date_0="2004",
        end_date_1="6",
        date_qualifier="within",
    )
    assert editor_client.post(admin_url(Event, "add"), data).status_code == 302
    event = Event.objects.get(slug="ivanov-meets-de-hoop-scheffer")
    assert (event.start_date, event.end_date) == (date(2004, 4, 1), date(2004, 6, 1))
    assert event.date_precision == DatePrecision.MONTH
    assert event.display_date == "between April and June 2004"
    shown = admin_form_data(editor_client.get(admin_url(Event, "change", event.pk)))
    assert [shown[f"start_date_{i}"] for i in range(3)] == ["2004", "4", ""]


def test_a_duplicate_slug_is_rejected(editor_client):
    make_event(slug="ivanov-meets-de-hoop-scheffer")
    response = editor_client.post(admin_url(Event, "add"), add_event_data(editor_client))
    assert response.status_code == 200
    assert "slug: Event with this Slug already exists." in form_errors(response)


def test_an_unchanged_change_form_saves(editor_client):
    event = Event.objects.get(slug=SIGNING)  # a range, two people, a citation
    before = {
        "dates": (event.start_date, event.end_date, event.date_precision),
        "people": list(event.participations.values_list("person", "role")),
        "citations": list(event.citations.values_list("source", "start_offset")),
    }
    url = admin_url(Event, "change", event.pk)
    response = editor_client.post(url, admin_form_data(editor_client.get(url)))
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert before == {
        "dates": (event.start_date, event.end_date, event.date_precision),
        "people": list(event.participations.values_list("person", "role")),
        "citations": list(event.citations.values_list("source", "start_offset")),
    }


def test_a_stale_form_is_refused_showing_what_changed_then_saves_the_merge(editor_client):
    event = make_event(title="Original title", summary="Original summary.")
    url = admin_url(Event, "change", event.pk)
    first = admin_form_data(editor_client.get(url))
    second = dict(first)
    first["title_en"] = "First editor's title"
    assert editor_client.post(url, first).status_code == 302

    second["summary_en"] = "Second editor's summary."
    response = editor_client.post(url, second)
    assert response.status_code == 200
    [message] = response.context["adminform"].form.non_field_errors()
    assert "saved by editor" in message
    assert "Title [en]: <del>Original</del> title → <ins>First editor&#x27;s</ins> title" in message
    assert "Summary" not in message  # Only what the other editor changed.
    event.refresh_from_db()
    assert (event.title, event.summary) == ("First editor's title", "Original summary.")

    # Having seen the changes, the second editor saves both: the first editor's title
    # is not undone by a form opened before it.
    again = admin_form_data(response)
    assert again["title_en"] == "First editor's title"
    assert editor_client.post(url, again).status_code == 302
    event.refresh_from_db()
    assert (event.title, event.summary) == ("First editor's title", "Second editor's summary.")


def test_a_conflict_page_names_the_record_as_saved_not_the_unsaved_title(editor_client):
    event = make_event(title="Original title")
    url = admin_url(Event, "change", event.pk)
    first = admin_form_data(editor_client.get(url))
    second = dict(first)
    assert editor_client.post(url, first | {"title_en": "Saved title"}).status_code == 302
    response = editor_client.post(url, second | {"title_en": "My unsaved title"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h2>Saved title</h2>" in page
    assert "<title>Error: Saved title | Change event" in page
    assert re.search(r'<div class="breadcrumbs">.*?Saved title\s*</div>', page, re.DOTALL)
    assert "My unsaved title" not in page.split('<div id="content-main">')[0]
    # The form still holds the editor's own title, offered against theirs.
    assert response.context["adminform"].form["title_en"].value() == "My unsaved title"


def test_a_save_racing_another_is_refused_without_an_error_page(editor_client, monkeypatch):
    event = make_event(title="Original title")
    url = admin_url(Event, "change", event.pk)
    data = admin_form_data(editor_client.get(url))
    data["title_en"] = "Mine"
    save_model = EventAdmin.save_model

    def someone_saves_first(self, request, obj, form, change):
        Event.objects.get(pk=obj.pk).save()  # Between the form's check and this save.
        save_model(self, request, obj, form, change)

    monkeypatch.setattr(EventAdmin, "save_model", someone_saves_first)
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "at the same moment" in response.content.decode()
    event.refresh_from_db()
    assert event.title == "Original title"


def test_two_copies_of_a_record_cannot_both_save():
    event = make_event(title="Original")
    first, second = Event.objects.get(pk=event.pk), Event.objects.get(pk=event.pk)
    first.title = "First"
    first.save()
    second.title = "Second"
    with pytest.raises(StaleVersionError):
        second.save()
    event.refresh_from_db()
    assert (event.title, event.version) == ("First", 2)


def test_publish_and_unpublish_actions_record_each_change(editor_client):
    drafts = [make_event(published=False), make_event(published=False)]
    pks = [str(event.pk) for event in drafts]
    url = admin_url(Event, "changelist")
    response = editor_client.post(url, {"action": "publish", "_selected_action": pks}, follow=True)
    assert "Published 2 events." in response.content.decode()
    assert Event.objects.filter(pk__in=pks, published=True).count() == 2
    assert drafts[0].history.first().history_change_reason == "Published from the list of events"

    response = editor_client.post(
        url, {"action": "unpublish", "_selected_action": pks[:1]}, follow=True
    )
    assert "Unpublished 1 event." in response.content.decode()
    assert list(Event.objects.filter(pk__in=pks, published=True)) == [drafts[1]]


def test_duplicating_an_event_makes_an_unpublished_copy_with_a_new_slug(editor_client):
    # Linked to people, places, organizations, an agreement and a source.
    original = Event.objects.get(slug=SIGNING)
    for relation in ("participations", "citations", "places", "organizations", "agreements"):
        assert getattr(original, relation).exists(), relation
    url = admin_url(Event, "changelist")
    response = editor_client.post(url, {"action": "duplicate", "_selected_action": [original.pk]})
    copy = Event.objects.get(slug=f"{SIGNING}-copy")
    assert response["Location"] == admin_url(Event, "change", copy.pk)
    assert not copy.published
    assert copy.title == f"{original.title} (copy)"
    assert list(copy.participations.values_list("person", "role")) == list(
        original.participations.values_list("person", "role")
    )
    assert list(copy.citations.values_list("source", "quote", "start_offset")) == list(
        original.citations.values_list("source", "quote", "start_offset")
    )
    for relation in ("places", "organizations", "agreements"):
        assert set(getattr(copy, relation).all()) == set(getattr(original, relation).all())

    response = editor_client.post(
        url, {"action": "duplicate", "_selected_action": [original.pk, copy.pk]}, follow=True
    )
    assert "Created 2 unpublished copies" in response.content.decode()
    assert Event.objects.filter(slug=f"{SIGNING}-copy-2").exists()
    assert Event.objects.filter(slug=f"{SIGNING}-copy-copy").exists()


def test_duplicating_reads_the_linked_people_and_sources_with_their_links():
    original = Event.objects.get(slug=SIGNING)
    # Two people and two sources, so that a query per row would show.
    Citation.objects.create(
        event=original, source=Source.objects.get(slug=WIRE), quote="met Marta Keller"
    )
    assert original.participations.count() > 1
    assert original.citations.values("source").distinct().count() > 1
    with CaptureQueriesContext(connection) as captured:
        original.duplicate()
    # Not one query per participant or per citation for its person or source: the
    # sources' texts are read once, under a lock, for every new citation to be located in.
    queries = [q["sql"] for q in captured if re.search(r'FROM "events_(person|source)"', q["sql"])]
    assert len(queries) == 1 and '"events_source"."text"' in queries[0]


def test_view_on_site_leads_to_the_public_page_even_for_a_draft(editor_client):
    draft = make_event(published=False)
    page = editor_client.get(admin_url(Event, "change", draft.pk)).content.decode()
    link = reverse(
        "admin:view_on_site", args=[ContentType.objects.get_for_model(Event).pk, draft.pk]
    )
    assert link in page
    response = editor_client.get(link)
    assert response.status_code == 302
    assert response["Location"].endswith(draft.get_absolute_url())


@pytest.mark.parametrize(
    "query",
    [
        {"q": "Ivanov\x00"},
        {"p": "99999"},
        {"start_date__year": "abc"},
        {"published__exact": "maybe"},
        {"o": "x.y"},
    ],
)
def test_bad_changelist_parameters_never_cause_an_error_page(editor_client, query):
    response = editor_client.get(admin_url(Event, "changelist"), query)
    assert response.status_code in (200, 302)


def test_an_unknown_record_redirects_with_a_message(editor_client):
    response = editor_client.get(admin_url(Event, "change", 999999), follow=True)
    assert response.status_code == 200
    assert "doesn’t exist" in response.content.decode()


def test_dev_login_creates_a_random_password_once_and_only_in_development(settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("dev_login", stdout=out)
    password = out.getvalue().split("password “")[1].split("”")[0]
    admin_user = User.objects.get(username="admin", is_superuser=True)
    assert admin_user.check_password(password)
    assert len(password) >= 16

    out = io.StringIO()
    call_command("dev_login", stdout=out)
    assert "as “admin”" in out.getvalue() and "password “" not in out.getvalue()
    assert User.objects.filter(is_superuser=True).count() == 1

    settings.DEBUG = False
    with pytest.raises(CommandError, match="createsuperuser"):
        call_command("dev_login", stdout=io.StringIO())


def test_an_editor_without_the_group_sees_nothing(client):
    user = make_editor("outsider")
    user.groups.clear()
    client.force_login(user)
    assert client.get(admin_url(Event, "changelist")).status_code == 403


@pytest.mark.parametrize("opened_version", ["abc", "", "1\x00"])
def test_a_tampered_or_missing_version_is_a_form_error_not_a_save(editor_client, opened_version):
    event = make_event(title="Original title")
    url = admin_url(Event, "change", event.pk)
    data = admin_form_data(editor_client.get(url))
    data.update(title_en="Changed", opened_version=opened_version)
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert form_errors(response)
    event.refresh_from_db()
    assert event.title == "Original title"


def test_line_breaks_typed_in_the_browser_are_stored_as_in_the_sources(editor_client):
    source = make_source(text="First paragraph ends.\n\nSecond paragraph starts.")
    data = add_event_data(
        editor_client,
        summary_en="Line one.\r\nLine two.",
        **{
            "citations-0-source": str(source.pk),
            "citations-0-quote": "paragraph ends.\r\n\r\nSecond paragraph",
        },
    )
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get(slug="ivanov-meets-de-hoop-scheffer")
    assert event.summary == "Line one.\nLine two."
    assert event.citations.get().quote == "paragraph ends.\n\nSecond paragraph"

    url = admin_url(Event, "change", event.pk)
    data = admin_form_data(editor_client.get(url))
    data["summary_en"] = data["summary_en"].replace("\n", "\r\n")
    data["citations-0-quote"] = data["citations-0-quote"].replace("\n", "\r\n")
    citation_versions = event.citations.get().history.count()
    assert editor_client.post(url, data).status_code == 302
    assert event.history.first().diff_against(event.history.last()).changed_fields == []
    # The unchanged citation is not saved again, nor logged as changed.
    assert event.citations.get().history.count() == citation_versions
    assert "Quote" not in LogEntry.objects.order_by("-pk").first().get_change_message()


@pytest.mark.parametrize(
    ("model_name", "field_name", "term", "expected"),
    [
        ("participation", "person", "Kell", "Marta Keller"),
        ("citation", "source", "Gazette", "Lavrentiev visits NATO"),  # by its publisher
        ("event", "places", "Bruss", "Brussels"),
        ("event", "agreements", "Transit", "TA"),  # shown by its short name
    ],
)
def test_editors_can_search_related_records_while_typing(
    editor_client, model_name, field_name, term, expected
):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    assert any(expected in result["text"] for result in response.json()["results"])


def test_a_citation_changed_on_its_own_page_makes_an_open_event_page_stale(editor_client):
    event, source = make_event(), make_source(text="NATO and Russia met on Monday.")
    citation = Citation.objects.create(event=event, source=source, quote="met on Monday")
    stale_event_page = admin_form_data(editor_client.get(admin_url(Event, "change", event.pk)))

    url = admin_url(Citation, "change", citation.pk)
    data = admin_form_data(editor_client.get(url))
    data["quote"] = "NATO and Russia met"
    assert editor_client.post(url, data).status_code == 302

    response = editor_client.post(admin_url(Event, "change", event.pk), stale_event_page)
    assert response.status_code == 200
    [message] = response.context["adminform"].form.non_field_errors()
    assert "Changed citation" in message and "on its own page" in message
    assert event.citations.get().quote == "NATO and Russia met"

    url = admin_url(Citation, "delete", citation.pk)
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert event.history.first().history_change_reason.startswith("Deleted citation")


def test_deleting_participants_from_their_list_counts_as_a_change_to_the_event(editor_client):
    event = make_event()
    row = Participation.objects.create(
        event=event, person=Person.objects.get(slug=KELLER), role="guest"
    )
    version = event.version
    response = editor_client.post(
        admin_url(Participation, "changelist"),
        {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not event.participations.exists()
    event.refresh_from_db()
    assert event.version == version + 1
    assert event.history.first().history_change_reason.startswith("Deleted participation")


def test_correcting_a_source_text_moves_its_citations_with_it(editor_client):
    source = Source.objects.get(slug=GAZETTE)
    before = {c.pk: (c.quote, c.start_offset) for c in source.citations.all()}
    assert len(before) > 1
    url = admin_url(Source, "change", source.pk)
    data = admin_form_data(editor_client.get(url))
    data["text"] = "[Correction appended later.] " + data["text"]
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    source.refresh_from_db()
    shift = len("[Correction appended later.] ")
    for citation in source.citations.all():
        quote, start = before[citation.pk]
        assert citation.start_offset == start + shift
        assert source.text[citation.start_offset : citation.end_offset] == quote


def test_a_source_text_losing_a_cited_passage_is_refused_naming_the_event(editor_client):
    source = Source.objects.get(slug=GAZETTE)
    citation = source.citations.select_related("event").first()
    url = admin_url(Source, "change", source.pk)
    data = admin_form_data(editor_client.get(url))
    data["text"] = data["text"].replace(citation.quote, "")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    errors = " ".join(form_errors(response))
    assert f"“{citation.event.title}” cites a passage the new text no longer has" in errors
    source.refresh_from_db()
    assert citation.quote in source.text  # nothing was saved
    # Saved outside the admin, the same text is refused before anything is written.
    source.text = data["text"]
    with pytest.raises(ValidationError):
        source.save()
    assert citation.quote in Source.objects.get(pk=source.pk).text


def test_the_citation_list_never_loads_the_sources_full_texts(editor_client):
    with CaptureQueriesContext(connection) as captured:
        response = editor_client.get(admin_url(Citation, "changelist"))
    assert response.status_code == 200
    assert "Lavrentiev visits NATO" in response.text  # a source filter
    assert not [q["sql"] for q in captured if '"events_source"."text"' in q["sql"]]
    release = Source.objects.get(slug=GAZETTE)
    by_source = {"source__id__exact": release.pk}
    filtered = editor_client.get(admin_url(Citation, "changelist"), by_source)
    assert filtered.context["cl"].result_count == release.citations.count()


TWICE = "Ivanov spoke. NATO listened. Lavrov spoke. NATO listened. Outro."


def test_an_editor_chooses_which_occurrence_of_a_passage_to_cite(editor_client):
    source = make_source(text=TWICE)
    second = TWICE.index("NATO listened.", TWICE.index("NATO listened.") + 1)
    data = add_event_data(
        editor_client,
        **{
            "citations-0-source": str(source.pk),
            "citations-0-quote": "NATO listened.",
            "citations-0-occurrence": "2",
        },
    )
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get(slug="ivanov-meets-de-hoop-scheffer")
    citation = event.citations.get()
    assert (citation.start_offset, citation.end_offset) == (second, second + 14)
    # The event's page shows the choice again, and saving it unchanged keeps it.
    page = editor_client.get(admin_url(Event, "change", event.pk))
    citation_form = page.context["inline_admin_formsets"][1].formset.forms[0]
    assert citation_form.initial["occurrence"] == 2
    response = editor_client.post(admin_url(Event, "change", event.pk), admin_form_data(page))
    assert response.status_code == 302, form_errors(response)
    assert event.citations.get().start_offset == second


def test_without_an_occurrence_a_passage_is_cited_where_it_first_stands(editor_client):
    source = make_source(text=TWICE)
    data = {"event": str(make_event().pk), "source": str(source.pk), "quote": "NATO listened."}
    response = editor_client.post(admin_url(Citation, "add"), data)
    assert response.status_code == 302, form_errors(response)
    assert Citation.objects.get(source=source).start_offset == TWICE.index("NATO listened.")


def test_both_occurrences_of_a_passage_can_be_cited_on_its_own_page(editor_client):
    event, source = make_event(), make_source(text=TWICE)
    first = Citation.objects.create(event=event, source=source, quote="NATO listened.")
    data = {"event": str(event.pk), "source": str(source.pk), "quote": "NATO listened."}
    response = editor_client.post(admin_url(Citation, "add"), data | {"occurrence": "2"})
    assert response.status_code == 302, form_errors(response)
    offsets = sorted(Citation.objects.filter(source=source).values_list("start_offset", flat=True))
    assert offsets == [first.start_offset, TWICE.rindex("NATO listened.")]


@pytest.mark.parametrize(("number", "message"), [("3", "occurs 2 times"), ("0", "greater than")])
def test_an_occurrence_the_source_does_not_have_is_refused(editor_client, number, message):
    source = make_source(text=TWICE)
    data = {"event": str(make_event().pk), "source": str(source.pk), "quote": "NATO listened."}
    response = editor_client.post(admin_url(Citation, "add"), data | {"occurrence": number})
    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["occurrence"]
    assert message in error
    assert not Citation.objects.filter(source=source).exists()


def cited_event():
    """An event citing one source, published on Tuesday 6 April 2004."""
    event = make_event(start_date=date(2004, 4, 5))
    source = make_source(title="Tuesday's paper", publication_date=date(2004, 4, 6))
    Citation.objects.create(event=event, source=source, quote="NATO and Russia met on Monday.")
    return event


def test_resolve_fills_the_date_from_words_counting_from_the_cited_source(editor_client):
    event = cited_event()
    url = admin_url(Event, "change", event.pk)
    data = admin_form_data(editor_client.get(url))
    data |= {"date_words": "Thursday", "_resolve_date": "1"}
    response = editor_client.post(url, data)
    assert response.status_code == 200  # shown again to be checked, not saved
    form = response.context["adminform"].form
    assert form["start_date"].value() == ["2004", "4", "1"]
    assert form["end_date"].value() == ["", "", ""]
    note = form["date_note"].value()
    assert "“Thursday”" in note
    assert "Counted from 6 April 2004, the publication of “Tuesday's paper”." in note
    assert form.errors["date_words"] == [
        "Read as 1 April 2004: the date fields and the note below are filled in. "
        "Check them, then save."
    ]
    event.refresh_from_db()
    assert event.start_date == date(2004, 4, 5)
    # Saved as filled in: the date, its precision and the note.
    response = editor_client.post(url, admin_form_data(response) | {"_save": "Save"})
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert (event.start_date, event.date_precision) == (date(2004, 4, 1), DatePrecision.DAY)
    assert event.date_note == note


def test_saving_with_words_and_no_start_date_resolves_them_first(editor_client):
    no_start = {f"start_date_{part}": "" for part in range(3)}
    data = add_event_data(editor_client, date_words="early 2004") | no_start
    response = editor_client.post(admin_url(Event, "add"), data)
    assert not Event.objects.filter(slug=data["slug"]).exists()
    form = response.context["adminform"].form
    assert form["start_date"].value() == ["2004", "", ""]
    # The note says what the date cannot show.
    assert form["date_note"].value() == (
        "Given in the text as “2004”; “early” is finer than a date can be, so it stays 2004."
    )
    assert "start_date" not in form.errors
    response = editor_client.post(admin_url(Event, "add"), admin_form_data(response))
    assert response.status_code == 302, form_errors(response)
    assert Event.objects.get(slug=data["slug"]).date_precision == DatePrecision.YEAR


def test_a_span_in_words_fills_start_end_and_qualifier(editor_client):
    event = cited_event()
    url = admin_url(Event, "change", event.pk)
    data = admin_form_data(editor_client.get(url))
    data |= {"date_words": "last week", "_resolve_date": "1", "date_qualifier": "exact"}
    form = editor_client.post(url, data).context["adminform"].form
    assert form["start_date"].value() == ["2004", "3", "29"]
    assert form["end_date"].value() == ["2004", "4", "4"]
    assert form["date_qualifier"].value() == "within"


@pytest.mark.parametrize(
    "words, reference, field, message",
    [
        ("sometime or other", "2004-04-06", "date_words", "No date could be read from"),
        ("1997 and 2004", "2004-04-06", "date_words", "gives more than one date (1997; 2004)"),
        ("Thursday", "", "date_reference", "“Thursday” counts from a day: give the date"),
        ("Thursday", "6 April", "date_reference", "Enter a valid date."),
    ],
)
def test_words_that_give_no_one_date_are_refused_with_a_reason(
    editor_client, words, reference, field, message
):
    data = add_event_data(editor_client, date_words=words, date_reference=reference)
    response = editor_client.post(admin_url(Event, "add"), data | {"_resolve_date": "1"})
    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors[field]
    assert message in error
    assert not Event.objects.filter(slug=data["slug"]).exists()


def test_a_save_with_the_start_date_given_ignores_the_words(editor_client):
    data = add_event_data(editor_client, date_words="Thursday")
    response = editor_client.post(admin_url(Event, "add"), data)
    assert response.status_code == 302, form_errors(response)
    assert Event.objects.get(slug=data["slug"]).start_date == date(2004, 4, 8)


def test_the_resolve_endpoint_answers_json_for_the_script(editor_client):
    event = cited_event()
    url = reverse("admin:events_event_resolve_date")
    response = editor_client.get(url, {"date_words": "7–8 April", "event": event.pk})
    assert response.json() == {
        "start_date": {"year": 2003, "month": 4, "day": 7},
        "end_date": {"year": 2003, "month": 4, "day": 8},
        "date_qualifier": "exact",
        "date_note": response.json()["date_note"],
        "message": "Read as 7–8 April 2003: the date fields and the note below are filled "
        "in. Check them, then save.",
    }
    assert "the publication of “Tuesday's paper”" in response.json()["date_note"]
    # A reference date given counts before the source's.
    query = {"date_words": "Thursday", "date_reference": "2004-04-10", "event": event.pk}
    response = editor_client.get(url, query)
    assert response.json()["start_date"] == {"year": 2004, "month": 4, "day": 8}
    assert "Counted from 10 April 2004, the date given." in response.json()["date_note"]
    response = editor_client.get(url, {"date_words": "whenever", "date_reference": "2004-04-06"})
    assert response.status_code == 200
    [problem] = response.json()["errors"]
    assert problem.startswith("No date could be read from “whenever”")


def test_the_resolve_endpoint_is_for_editors_only(client):
    response = client.get(reverse("admin:events_event_resolve_date"), {"date_words": "2004"})
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize(
    "model, field, wide",
    [
        (Event, "title_en", True),
        (Event, "title_ru", True),
        (Source, "title", True),
        (Person, "name_en", True),
        (Event, "slug", False),
    ],
)
def test_headline_fields_get_the_admins_wide_input(editor_client, model, field, wide):
    form = editor_client.get(admin_url(model, "add")).context["adminform"].form
    assert ("vLargeTextField" in form[field].as_widget()) is wide


@pytest.mark.parametrize("event", ["", "x", "²", "99999", str(10**30), "-1"])
def test_the_resolve_endpoint_takes_any_event_parameter_without_failing(editor_client, event):
    response = editor_client.get(
        reverse("admin:events_event_resolve_date"), {"date_words": "Thursday", "event": event}
    )
    assert response.status_code == 200
    assert "counts from a day" in response.json()["errors"][0]
