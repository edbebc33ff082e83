"""The admin's "Import an article": the article form, the review page and its refusals."""

import re
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.importing.reading import MAX_ARTICLE_BYTES
from events.models import Event, Person, Source
from tests.factories import make_event, make_source

IMPORT_URL = reverse("admin:events_source_import")
REVIEW_URL = reverse("admin:events_source_import_review")
# Written for these tests; the people are invented.
TEXT = (
    "Harbour talks end\n\n"
    "VALLETTA, June 9, 2011 (Harbour Wire) - Defence Minister Marta Kowalczyk met her "
    "counterpart Pavel Orlov in Valletta on Tuesday to sign a memorandum on submarine rescue.\n\n"
    "Kowalczyk said the first joint drill will take place next month.\n"
)


def article_data(**fields):
    data = {
        "text": TEXT,
        "title": "Harbour talks end",
        "publisher": "Harbour Wire",
        "url": "",
        "language": "en",
        "published": "2011-06-09",
        "published_note": "Dateline.",
    }
    data.update(fields)
    return data


def review_data(response, bulk=""):
    """What the review page would post back unchanged, with the chosen bulk button."""
    data = {"token": response.context["token"], "bulk": bulk}
    for form, _context in response.context["reviews"]:
        for name, field in form.fields.items():
            value = form[name].value()
            key = form.add_prefix(name)
            if isinstance(value, dict | list | type(None)) and hasattr(field, "fields"):
                parts = field.widget.decompress(value)
                for index, part in enumerate(parts):
                    data[f"{key}_{index}"] = "" if part is None else str(part)
            else:
                data[key] = "" if value is None else str(value)
    return data


def test_the_source_list_links_to_the_import(editor_client):
    page = editor_client.get(reverse("admin:events_source_changelist")).content.decode()
    assert IMPORT_URL in page


def test_the_import_needs_an_editor(client, db):
    staff = User.objects.create_user("viewer", password="x-password-1", is_staff=True)
    client.force_login(staff)
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(REVIEW_URL, {"token": "x"}).status_code == 403


def test_a_missing_date_is_proposed_from_the_dateline_and_must_be_confirmed(editor_client):
    response = editor_client.post(IMPORT_URL, article_data(published="", published_note=""))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["published"] == date(2011, 6, 9)
    assert "VALLETTA" in form.initial["published_note"]
    assert "token" not in response.context  # not yet reviewed: the editor confirms first


def test_without_a_dateline_the_date_is_asked_for(editor_client):
    response = editor_client.post(
        IMPORT_URL, article_data(text="Ministers met on Tuesday in Oslo.", published="")
    )
    assert response.status_code == 400
    assert "No dateline" in str(response.context["form"].errors["published"])


def test_a_dateline_without_a_year_leaves_the_date_to_the_editor(editor_client):
    text = "VALLETTA, June 7 (Harbour Wire) - Ministers met on Tuesday in Oslo."
    response = editor_client.post(IMPORT_URL, article_data(text=text, published=""))
    assert response.status_code == 400
    error = str(response.context["form"].errors["published"])
    assert "No dateline or date line with a year" in error


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": ""}, "__all__", "Paste the article's text or upload a file."),
        ({"text": "A\x00B"}, "text", "Null characters"),
        ({"published": "2011-13-45"}, "published", "Enter a valid date."),
        ({"published": (date.today() + timedelta(days=2)).isoformat()}, "published", "future"),
        ({"title": "x" * 301}, "title", "at most 300"),
    ],
)
def test_bad_article_input_is_refused_with_a_message(editor_client, fields, field, message):
    sources = Source.objects.count()
    response = editor_client.post(IMPORT_URL, article_data(**fields))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert Source.objects.count() == sources


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("article.txt", b"", "empty"),
        ("article.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("article.txt", "Ministers met in Zürich.".encode("latin-1"), "UTF-8"),
        ("article.txt", b"x" * (MAX_ARTICLE_BYTES + 1), "at most"),
    ],
)
def test_bad_uploads_are_refused_with_a_message(editor_client, name, content, message):
    upload = SimpleUploadedFile(name, content)
    response = editor_client.post(IMPORT_URL, {**article_data(text=""), "upload": upload})
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["upload"])


@pytest.mark.parametrize(
    ("name", "content", "content_type", "dropped"),
    [
        (
            "story.html",
            b"<html><head><script>alert(1)</script><style>p{}</style></head><body><article>"
            b"<h1>Harbour talks end</h1><p>Ministers <b>met</b> in Oslo on Tuesday.</p>"
            b"</article></body></html>",
            "text/html",
            "alert(1)",
        ),
        (
            "story.md",
            b"# Harbour talks end\n\n"
            b"Ministers **met** in [Oslo](https://example.org/oslo) on Tuesday.\n",
            "text/markdown",
            "example.org",
        ),
    ],
)
def test_an_html_or_markdown_upload_is_reduced_to_its_text(
    editor_client, name, content, content_type, dropped
):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    response = editor_client.post(IMPORT_URL, {**article_data(text=""), "upload": upload})
    assert response.status_code == 200
    body = response.content.decode()
    assert dropped not in body
    assert "Ministers met in Oslo on Tuesday." in body


# One Markdown mark of a kind: too few to tell Markdown by its look, so only the editor's
# word makes it Markdown.
PASTED_MARKDOWN = (
    "## Port visit\n\nThe frigate **Skarv** docked in [Bergen](https://example.org/b).\n"
)


def test_pasted_text_said_to_be_markdown_is_reduced_to_its_text(editor_client):
    # No publication date: the form comes back with the text as read, to date it.
    data = article_data(text=PASTED_MARKDOWN, text_format="markdown", published="")
    form = editor_client.post(IMPORT_URL, data).context["form"]
    assert form["text"].value() == "Port visit\n\nThe frigate Skarv docked in Bergen."
    # That text is plain now: sent again, it is not read as Markdown a second time.
    assert form["text_format"].value() == "plain"


@pytest.mark.parametrize("fields", [{"text_format": "plain"}, {}])
def test_pasted_text_is_plain_unless_the_editor_says_otherwise(editor_client, fields):
    data = article_data(text=PASTED_MARKDOWN, published="", **fields)
    form = editor_client.post(IMPORT_URL, data).context["form"]
    assert form["text"].value() == PASTED_MARKDOWN.strip()


def test_a_review_with_no_proposal_says_why(editor_client):
    text = "Harbour talks end\n\nMinisters meet in Valletta\n\nA memorandum on rescue\n"
    response = editor_client.post(IMPORT_URL, article_data(text=text))
    assert response.context["reviews"] == []
    assert "no line of this text is a sentence of a story" in response.content.decode()


def test_the_upload_field_offers_text_html_and_markdown_files(editor_client):
    page = editor_client.get(IMPORT_URL).content.decode()
    assert 'accept=".txt,.html,.htm,.md,.markdown,' in page


def test_a_text_already_imported_is_refused_with_a_link_to_it(editor_client):
    source = make_source(text=TEXT)
    response = editor_client.post(IMPORT_URL, article_data())
    assert response.status_code == 400
    errors = str(response.context["form"].errors["text"])
    assert reverse("admin:events_source_change", args=[source.pk]) in errors


def test_the_review_shows_each_proposal_in_its_text_and_saves_nothing(editor_client):
    sources, events = Source.objects.count(), Event.objects.count()
    response = editor_client.post(IMPORT_URL, article_data())
    assert response.status_code == 200
    body = response.content.decode()
    assert "<mark>Defence Minister Marta Kowalczyk met her counterpart" in body
    assert "Proposal 1 of 2" in body
    assert "published Thursday 9 June 2011" in body
    assert (Source.objects.count(), Event.objects.count()) == (sources, events)


RUSSIAN_TEXT = "Министр Марта Ковальчик во вторник заявила протест в Валлетте."


@pytest.mark.parametrize(
    ("text", "language", "expected", "date_text"),
    [
        # Left to the script: Cyrillic is Russian, and «во вторник» is a day.
        (RUSSIAN_TEXT, "", "ru", "во вторник"),
        (TEXT, "", "en", "on Tuesday"),
        # The editor's choice stands: read as English, the Russian gives no date.
        (RUSSIAN_TEXT, "en", "en", None),
    ],
)
def test_the_article_is_read_in_the_language_chosen_or_that_of_its_script(
    editor_client, text, language, expected, date_text
):
    response = editor_client.post(IMPORT_URL, article_data(text=text, language=language))
    assert response.status_code == 200
    assert response.context["article"].language == expected
    (form, _context), *_rest = response.context["reviews"]
    assert form.proposal.date_text == date_text


def test_accept_all_creates_unpublished_drafts_and_the_source(editor_client):
    review = editor_client.post(IMPORT_URL, article_data())
    response = editor_client.post(REVIEW_URL, review_data(review, bulk="accept-all"))
    source = Source.objects.get(title="Harbour talks end")
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:events_source_change", args=[source.pk])
    events = Event.objects.filter(citations__source=source)
    assert events.count() == 2
    assert not events.filter(published=True).exists()
    drill = events.get(date_precision="month")
    assert drill.status == Event.Status.PLANNED
    # The editor's name is on the history, as for any change made in the admin.
    assert drill.history.first().history_user.username == "editor"


def test_the_editors_edits_and_rejections_are_what_is_saved(editor_client):
    review = editor_client.post(IMPORT_URL, article_data())
    data = review_data(review)
    data["p0-title"] = "Kowalczyk and Orlov sign a rescue memorandum"
    data["p0-start_date_2"] = ""  # only the month: June 2011
    data["p1-action"] = "reject"
    entity_fields = [key for key in data if key.startswith("p0-entity_")]
    for key in entity_fields:
        data[key] = ""  # link nobody: no new person is created
    people = Person.objects.count()
    assert editor_client.post(REVIEW_URL, data).status_code == 302
    event = Event.objects.get(title="Kowalczyk and Orlov sign a rescue memorandum")
    assert (event.start_date, event.date_precision) == (date(2011, 6, 1), "month")
    assert event.participations.count() == 0
    assert Person.objects.count() == people
    assert Event.objects.filter(citations__source__title="Harbour talks end").count() == 1


def test_a_proposal_with_an_impossible_date_is_shown_again_with_its_error(editor_client):
    review = editor_client.post(IMPORT_URL, article_data())
    data = review_data(review)
    data["p0-start_date_1"], data["p0-start_date_2"] = "2", "30"
    sources = Source.objects.count()
    response = editor_client.post(REVIEW_URL, data)
    assert response.status_code == 400
    assert "there is no day 30" in response.content.decode()
    assert Source.objects.count() == sources


def test_reject_all_saves_only_the_source(editor_client):
    events = Event.objects.count()
    review = editor_client.post(IMPORT_URL, article_data())
    assert editor_client.post(REVIEW_URL, review_data(review, "reject-all")).status_code == 302
    assert Source.objects.filter(title="Harbour talks end").exists()
    assert Event.objects.count() == events


def test_a_duplicate_is_offered_as_a_citation_on_the_existing_event(editor_client):
    kowalczyk = Person.objects.create(slug="m-kowalczyk", name="Marta Kowalczyk", role="Minister")
    orlov = Person.objects.create(slug="p-orlov", name="Pavel Orlov", role="Minister")
    existing = make_event(event_type=Event.Type.AGREEMENT_SIGNED, start_date=date(2011, 6, 7))
    existing.participations.create(person=kowalczyk, role="signatory")
    existing.participations.create(person=orlov, role="signatory")
    review = editor_client.post(IMPORT_URL, article_data())
    assert "Likely already on the timeline" in review.content.decode()
    data = review_data(review)
    assert data["p0-action"] == "cite" and data["p0-event"] == existing.slug
    editor_client.post(REVIEW_URL, data)
    assert existing.citations.filter(source__title="Harbour talks end").count() == 1


def test_two_nearly_tied_events_are_offered_and_accept_all_makes_a_draft(editor_client):
    kowalczyk = Person.objects.create(slug="m-kowalczyk", name="Marta Kowalczyk", role="Minister")
    orlov = Person.objects.create(slug="p-orlov", name="Pavel Orlov", role="Minister")
    twins = [
        make_event(
            slug=slug,
            title="Submarine rescue memorandum signed",
            event_type=Event.Type.AGREEMENT_SIGNED,
            start_date=date(2011, 6, 7),
        )
        for slug in ("rescue-memorandum", "rescue-memorandum-again")
    ]
    for event in twins:
        event.participations.create(person=kowalczyk, role="signatory")
        event.participations.create(person=orlov, role="signatory")
    review = editor_client.post(IMPORT_URL, article_data())
    page = review.content.decode()
    assert "Perhaps already on the timeline" in page and "Nearly as likely" in page
    form = review.context["reviews"][0][0]
    assert [slug for slug, _label in form.fields["event"].choices] == [
        "rescue-memorandum",
        "rescue-memorandum-again",
    ]
    data = review_data(review, "accept-all")
    assert data["p0-action"] == "create" and data["p0-event"] == ""
    assert editor_client.post(REVIEW_URL, data).status_code == 302
    assert not any(event.citations.exists() for event in twins)
    assert Event.objects.filter(citations__source__title="Harbour talks end").count() == 2


@pytest.mark.parametrize("token", ["", "not-a-token", "x" * 5000 + ":abc"])
def test_an_altered_or_missing_review_token_is_a_clear_400(editor_client, token):
    response = editor_client.post(REVIEW_URL, {"token": token})
    assert response.status_code == 400
    assert b"Import the article again" in response.content


def test_the_review_reads_the_records_in_a_fixed_number_of_queries(editor_client, db):
    for n in range(5):
        Person.objects.create(slug=f"person-{n}", name=f"Anton Petrov{n}", role="Envoy")

    def queries_for(text):
        from tests.queries import CountDataQueries

        with CountDataQueries() as counted:
            response = editor_client.post(IMPORT_URL, article_data(text=text))
        assert response.status_code == 200
        return counted.count

    one = "Harbour talks\n\nAnton Petrov0 met Anton Petrov1 in Oslo on Tuesday.\n"
    many = one + "".join(
        f"\nAnton Petrov{n} met Anton Petrov{n + 1} in Oslo on {day}.\n"
        for n, day in zip(range(4), ["Monday", "Sunday", "Saturday", "Friday"], strict=True)
    )
    assert queries_for(many) == queries_for(one)


def test_the_review_page_marks_quotes_with_the_source_language(editor_client):
    response = editor_client.post(IMPORT_URL, article_data(text=RUSSIAN_TEXT, language="ru"))
    assert re.search(r'<blockquote class="import-context" lang="ru">', response.content.decode())


def test_a_long_article_with_many_proposals_can_be_reviewed_and_saved(editor_client):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    text = "Long report\n\n" + "\n\n".join(
        f"Envoy Anton Petrov{n} met Envoy Lena Holm{n} in Oslo on {days[n % 7]}." for n in range(80)
    )
    review = editor_client.post(IMPORT_URL, article_data(text=text, title="Long report"))
    data = review_data(review, bulk="accept-all")
    assert len(review.context["reviews"]) == 80 and len(data) > 1000
    assert editor_client.post(REVIEW_URL, data).status_code == 302
    assert Event.objects.filter(citations__source__title="Long report").count() == 80
