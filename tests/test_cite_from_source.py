"""A source's admin page: the events citing it, and adding an event from a passage of it."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import Event, Source

from .admin_helpers import admin_form_data, form_errors
from .dataset import DRAFT, GAZETTE, SIGNING, VISIT
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db

# The second sentence occurs twice: the passage is cited where it was chosen.
TEXT = "BRUSSELS (Gazette) - Talks opened.\n\nThey met on Monday. They met on Monday.\n\nEnd."


def cite_url(source):
    return reverse("admin:events_source_cite", args=[source.pk])


def change_url(source):
    return reverse("admin:events_source_change", args=[source.pk])


def pick(client, source, **data):
    return client.post(cite_url(source), data)


def add_form_query(response):
    assert response.status_code == 302, response.context and response.context["form"].errors
    url = urlsplit(response["Location"])
    assert url.path == reverse("admin:events_event_add")
    return {key: values[0] for key, values in parse_qs(url.query).items()}


def save_event(client, add_url):
    """The prefilled add form, saved with only the event's own fields filled in."""
    data = admin_form_data(client.get(add_url))
    data.update(
        {
            "title_en": "Talks in Brussels",
            "slug": "talks-in-brussels",
            "summary_en": "They met.",
            "event_type": Event.Type.MEETING,
            "status": Event.Status.OCCURRED,
            "start_date_0": "2004",
            "start_date_1": "4",
            "start_date_2": "5",
        }
    )
    response = client.post(add_url, data)
    assert response.status_code == 302, form_errors(response)
    return Event.objects.get(slug="talks-in-brussels")


def test_the_source_page_lists_the_events_citing_it(editor_client):
    source = Source.objects.get(slug=GAZETTE)
    response = editor_client.get(change_url(source))
    rows = [(c.event.slug, c.quote) for c in response.context["citations"]]
    assert [slug for slug, _quote in rows] == [VISIT, DRAFT, SIGNING]
    visit = Event.objects.get(slug=VISIT)
    page = response.content.decode()
    assert f'href="{reverse("admin:events_event_change", args=[visit.pk])}"' in page
    assert visit.display_date in page
    assert page.count("<td>Published</td>") == 2
    assert page.count("<td>Draft</td>") == 1
    assert f"“{rows[0][1][:40]}" in page


def test_a_source_nobody_cites_says_so(editor_client):
    response = editor_client.get(change_url(make_source()))
    assert "No event cites this source yet." in response.content.decode()


def test_the_citing_list_takes_the_same_queries_however_many_events_cite(editor_client):
    source = make_source(text="One. Two. Three.")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(change_url(source))
        return len(response.context["citations"]), len(captured.captured_queries)

    make_event(published=False).citations.create(source=source, quote="One.")
    one = queries()
    for quote in ["Two.", "Three."]:
        make_event().citations.create(source=source, quote=quote)
    three = queries()
    assert (one[0], three[0]) == (1, 3)
    assert one[1] == three[1]


def test_an_event_is_added_from_ticked_sentences_at_their_exact_offsets(editor_client):
    source = make_source(text=TEXT)
    page = editor_client.get(cite_url(source)).content.decode()
    assert "They met on Monday." in page and 'type="checkbox"' in page

    # Sentence 2, counting from 0: the second "They met on Monday.".
    picked = pick(editor_client, source, sentences=["2"])
    start = TEXT.rindex("They met on Monday.")
    query = {"source": str(source.pk), "start": str(start), "end": str(start + 19)}
    assert add_form_query(picked) == query

    add_url = picked["Location"]
    response = editor_client.get(add_url)
    assert admin_form_data(response)["citations-0-occurrence"] == "2"
    assert response.context["cited_passage"].source == source
    assert "published Tuesday 6 April 2004" in response.content.decode()
    event = save_event(editor_client, add_url)
    citation = event.citations.get()
    assert (citation.start_offset, citation.end_offset) == (start, start + 19)
    assert citation.quote == TEXT[start : start + 19]


def test_a_run_of_sentences_runs_from_the_first_ticked_to_the_last(editor_client):
    source = make_source(text=TEXT)
    query = add_form_query(pick(editor_client, source, sentences=["3", "0"]))
    assert TEXT[int(query["start"]) : int(query["end"])] == TEXT[: TEXT.index("End.") + 4]


def test_a_selection_is_cited_exactly_without_the_white_space_around_it(editor_client):
    source = make_source(text=TEXT)
    start = TEXT.index("opened")
    response = pick(editor_client, source, start=start - 1, end=start + 9)
    assert add_form_query(response) == {
        "source": str(source.pk),
        "start": str(start),
        "end": str(start + 7),
    }
    citation = save_event(editor_client, response["Location"]).citations.get()
    assert (citation.start_offset, citation.end_offset) == (start, start + 7)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose the passage to cite"),
        ({"start": "5", "end": "5"}, "The passage is empty"),
        ({"start": "9", "end": "4"}, "The passage is empty"),
        ({"start": "34", "end": "36"}, "only white space"),
        ({"start": "0", "end": str(len(TEXT) + 1)}, f"which has {len(TEXT)} characters"),
        ({"start": "0", "end": "9" * 5000}, "Enter a whole number"),
        ({"start": "0", "end": "9" * 40}, f"which has {len(TEXT)} characters"),
        ({"start": "-1", "end": "4"}, "greater than or equal to 0"),
        ({"start": "1\x00", "end": "4"}, "Enter a whole number"),
        ({"start": "1"}, "Choose the passage to cite"),
        ({"sentences": ["99"]}, "Select a valid choice"),
        ({"sentences": ["0\x00"]}, "Select a valid choice"),
    ],
)
def test_a_bad_passage_is_refused_with_a_message(editor_client, data, message):
    source = make_source(text=TEXT)
    response = pick(editor_client, source, **data)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query", ["start=0&end=4", "source=x&start=0&end=4", "source={pk}&start=4&end=0", "source={pk}"]
)
def test_the_add_form_ignores_a_passage_it_cannot_use(editor_client, query):
    source = make_source(text=TEXT)
    url = f"{reverse('admin:events_event_add')}?{query.format(pk=source.pk)}"
    response = editor_client.get(url)
    assert response.status_code == 200
    assert response.context["cited_passage"] is None
    assert admin_form_data(response).get("citations-0-quote", "") == ""


def staff_with(*codenames):
    user = User.objects.create_user("limited", password="x", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


@pytest.mark.parametrize("codenames", [["view_source"], ["add_event", "view_event"]])
def test_only_editors_who_add_events_and_read_sources_may_cite(client, codenames):
    source = make_source(text=TEXT)
    client.force_login(staff_with(*codenames))
    assert client.get(cite_url(source)).status_code == 403
    assert pick(client, source, start=0, end=8).status_code == 403
    if "add_event" in codenames:
        add_url = f"{reverse('admin:events_event_add')}?source={source.pk}&start=0&end=8"
        assert client.get(add_url).context["cited_passage"] is None
    else:
        assert (
            "Add an event from this source" not in client.get(change_url(source)).content.decode()
        )


def test_the_source_page_offers_the_picker_to_editors(editor_client):
    source = make_source(text=TEXT)
    page = editor_client.get(change_url(source)).content.decode()
    assert f'href="{cite_url(source)}"' in page


def test_an_unknown_source_is_not_found(editor_client):
    assert (
        editor_client.get(reverse("admin:events_source_cite", args=["999999"])).status_code == 404
    )
