"""`manage.py import_article`: the batch contract, and a clear refusal of bad input."""

import json
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from events.models import Event, Source

# Written for these tests; the people are invented. Published Monday 14 March 2011.
TEXT = (
    "Talks in Tromsø\n\n"
    "Envoy Lena Haugland said on Friday that the navies will hold a joint drill in May.\n\n"
    "Haugland met Admiral Pyotr Sedov in Tromsø last week.\n"
)


def run(*args):
    out = StringIO()
    call_command("import_article", *args, stdout=out)
    return out.getvalue()


def contract_args(path, *extra):
    return [
        str(path),
        "--published",
        "2011-03-14",
        "--title",
        "Talks in Tromsø",
        "--publisher",
        "North Wire",
        *extra,
    ]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_dry_run_prints_the_proposals_as_json_and_writes_nothing(db, article):
    counts = (Source.objects.count(), Event.objects.count())
    data = json.loads(run(*contract_args(article, "--dry-run", "--format", "json")))
    assert (Source.objects.count(), Event.objects.count()) == counts
    assert data["source"]["title"] == "Talks in Tromsø"
    proposals = data["proposals"]
    assert len(proposals) == 3
    for proposal in proposals:
        assert proposal["quote"] == TEXT[proposal["start_offset"] : proposal["end_offset"]]
        assert set(proposal) >= {
            "title",
            "start_date",
            "end_date",
            "date_precision",
            "date_qualifier",
            "status",
            "event_type",
            "date_note",
            "people",
            "places",
            "organizations",
            "agreements",
            "matches_event",
        }
    friday, drill, week = proposals
    assert (friday["start_date"], friday["date_precision"]) == ("2011-03-11", "day")
    assert (drill["start_date"], drill["date_precision"], drill["status"]) == (
        "2011-05-01",
        "month",
        "planned",
    )
    assert (week["start_date"], week["end_date"], week["date_qualifier"]) == (
        "2011-03-07",
        "2011-03-13",
        "within",
    )
    assert {key: friday["people"][0][key] for key in ("name", "slug")} == {
        "name": "Lena Haugland",
        "slug": None,
    }


@pytest.mark.parametrize(
    ("text", "extra", "language", "date"),
    [
        # Russian by its script: «в пятницу» is read as Friday 11 March.
        (
            "Посол Лена Хауглан в пятницу заявила, что флоты продолжат сотрудничество.",
            [],
            "ru",
            "2011-03-11",
        ),
        (TEXT, [], "en", "2011-03-11"),
        # The language given is the one read: no Russian weekday in English.
        (
            "Посол Лена Хауглан в пятницу заявила, что флоты продолжат сотрудничество.",
            ["--language", "en"],
            "en",
            "2011-03-14",
        ),
    ],
)
def test_the_language_is_the_one_given_or_that_of_the_script(
    db, tmp_path, text, extra, language, date
):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    data = json.loads(run(*contract_args(path, "--dry-run", "--format", "json", *extra)))
    assert data["source"]["language"] == language
    assert data["proposals"][0]["start_date"] == date


@pytest.mark.parametrize(
    ("extra", "quote"),
    [
        (["--text-format", "markdown"], "Envoy Lena Haugland said on Friday that talks went on."),
        ([], "Envoy **Lena Haugland** said on Friday that talks went on."),
    ],
)
def test_a_text_said_to_be_markdown_is_reduced_to_its_text(db, tmp_path, extra, quote):
    path = tmp_path / "article.txt"
    path.write_text("Envoy **Lena Haugland** said on Friday that talks went on.\n", "utf-8")
    data = json.loads(run(*contract_args(path, "--dry-run", "--format", "json", *extra)))
    assert [p["quote"] for p in data["proposals"]] == [quote]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Ferries return to Tromsø\n\nHarbour reopens after storm\n", "no line of this text"),
        ("Ferries\n\nThe sea was calm and the sky was clear all week.\n", "its one sentence"),
    ],
)
def test_a_text_that_gives_no_proposal_says_why(db, tmp_path, text, why):
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    assert why in run(*contract_args(path, "--dry-run"))
    assert why in json.loads(run(*contract_args(path, "--dry-run", "--format", "json")))["message"]


def test_without_dry_run_it_saves_the_source_and_drafts(db, article):
    summary = json.loads(run(*contract_args(article, "--format", "json")))
    source = Source.objects.get(slug=summary["source"])
    assert source.text == TEXT
    events = Event.objects.filter(slug__in=summary["created"])
    assert events.count() == 3 and not events.filter(published=True).exists()
    with pytest.raises(CommandError, match="already the source"):
        run(*contract_args(article))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"GIF89a\x00\x00\x01\x00", "binary"),
        ("Envoys met in Tromsø.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_are_refused_with_a_message(db, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(*contract_args(path, "--dry-run"))


def test_a_missing_file_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run(*contract_args(tmp_path / "missing.txt", "--dry-run"))


@pytest.mark.parametrize("published", ["2011-02-30", "14/03/2011", "yesterday", ""])
def test_a_malformed_publication_date_is_refused(db, article, published):
    with pytest.raises(CommandError, match="not a date"):
        run(str(article), "--published", published, "--title", "T", "--publisher", "P")


def test_a_future_publication_date_is_refused(db, article):
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    with pytest.raises(CommandError, match="future"):
        run(str(article), "--published", tomorrow, "--title", "T", "--publisher", "P")


def test_a_title_too_long_for_a_source_is_refused_and_nothing_is_saved(db, article):
    sources = Source.objects.count()
    with pytest.raises(CommandError, match="Nothing was imported"):
        run(str(article), "--published", "2011-03-14", "--title", "x" * 301, "--publisher", "P")
    assert Source.objects.count() == sources
