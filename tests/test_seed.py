"""The seed extracted from the two articles: complete, cited verbatim and honestly dated."""

import io
import json
import re
from datetime import date

import pytest
from django.core import serializers
from django.core.management import call_command

from events import data_version
from events.models import (
    Agreement,
    Citation,
    Event,
    Organization,
    Participation,
    Person,
    Place,
    Source,
)

# Reads the seed's content. This module is about the seed itself.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seed")]

SEEDED_MODELS = [Source, Organization, Place, Person, Agreement, Event, Participation, Citation]


def snapshot():
    return {
        model.__name__: serializers.serialize(
            "json", model.objects.order_by("pk"), use_natural_foreign_keys=True
        )
        for model in SEEDED_MODELS
    }


def test_loading_twice_changes_nothing():
    before = snapshot()
    out = io.StringIO()
    call_command("load_seed", stdout=out)
    assert "already loaded" in out.getvalue()
    call_command("load_seed", "--reload", stdout=out)
    call_command("load_seed", "--reload", stdout=out)
    assert snapshot() == before


def test_reloading_the_seed_changes_the_data_version():
    before = data_version.current()
    call_command("load_seed", "--reload", stdout=io.StringIO())
    assert data_version.current().number > before.number


def test_an_editors_change_survives_a_second_load():
    Event.objects.filter(slug="de-hoop-scheffer-visits-moscow").update(title="Edited")
    call_command("load_seed", stdout=io.StringIO())
    assert Event.objects.get(slug="de-hoop-scheffer-visits-moscow").title == "Edited"


def test_both_articles_are_stored_whole_with_provenance(settings):
    # The two articles as the team received them (../shared/seeds), kept with the fixtures.
    seeds = sorted((settings.BASE_DIR / "fixtures" / "articles").glob("*.txt"))
    assert len(seeds) == 2
    texts = {source.text for source in Source.objects.all()}
    for path in seeds:
        assert path.read_text() in texts
    pact = Source.objects.get(slug="nato-cooperation-pact-may-be-signed-soon")
    assert pact.publication_date == date(2004, 4, 6)
    assert pact.page_stamp == "Last Updated: 07/27/2016"
    assert pact.page_stamp_date == date(2016, 7, 27) != pact.publication_date
    assert "last week" in pact.publication_date_note
    release = Source.objects.get(slug="nato-and-russia-enhance-military-cooperation")
    assert release.publication_date == date(2004, 4, 15)
    assert "Bureau of International Information Programs" in release.distributor


def test_every_event_is_published_dated_coherently_and_cited_verbatim():
    events = Event.objects.prefetch_related("citations__source")
    assert events.count() >= 20
    for event in events:
        assert event.published, event.slug
        event.full_clean()  # coherent precision, range and qualifier
        assert event.date_note, f"{event.slug} has no note on how its date was derived"
        citations = list(event.citations.all())
        assert citations, f"{event.slug} is not cited"
        for citation in citations:
            text = citation.source.text
            assert text[citation.start_offset : citation.end_offset] == citation.quote


def test_no_orphan_entities():
    for model in (Person, Place, Organization, Agreement):
        orphans = model.objects.filter(events__isnull=True).values_list("slug", flat=True)
        assert not orphans, f"{model.__name__} not in any event: {list(orphans)}"
    assert not Source.objects.filter(citations__isnull=True).exists()


def test_one_record_per_person_and_namesakes_kept_apart():
    sergei = Person.objects.get(slug="sergei-ivanov")
    assert {"Defense Minister Sergei Ivanov", "Russian Defence Minister Ivanov"} <= set(
        sergei.alias_list
    )
    assert Person.objects.filter(name__endswith="Ivanov").count() == 2
    igor = Person.objects.get(slug="igor-ivanov")
    # His title in April 2004; the press release's wording is kept as an alias.
    assert igor.role == "Secretary of the Security Council of the Russian Federation"
    assert "Secretary of State of the Security Council Igor Ivanov" in igor.alias_list
    de_hoop = Person.objects.get(slug="jaap-de-hoop-scheffer")
    assert "NATO chief Jaap de Hoop Scheffer" in de_hoop.alias_list
    assert de_hoop.events.filter(
        citations__source__slug="nato-cooperation-pact-may-be-signed-soon"
    ).exists()
    assert de_hoop.events.filter(
        citations__source__slug="nato-and-russia-enhance-military-cooperation"
    ).exists()


@pytest.mark.parametrize(
    ("slug", "display", "phrase"),
    [
        ("ivanov-oslo-sofa-remarks", "4 April 2004", "“Sunday”"),
        ("norfolk-anti-terrorism-conference", "5 April 2004", "Monday"),
        ("pszczel-confirms-sofa-talks", "5 April 2004", "Monday"),
        ("nato-accepts-seven-new-members", "between 29 March and 4 April 2004", "“Last week”"),
        ("nato-russia-sofa-signing-expected", "2004", "“This year”"),
        ("nato-russia-kola-peninsula-exercise", "2004", "“This year”"),
        ("de-hoop-scheffer-visits-moscow", "7–8 April 2004", "dateline"),
        ("zhirinovsky-objects-to-sofa", "by 6 April 2004", "no date"),
        ("ivanov-rumsfeld-talks-on-patrols", "April 2004", "No day is given"),
        ("ivanov-de-hoop-scheffer-talks-on-patrols", "April 2004", "No day is given"),
    ],
)
def test_relative_dates_are_resolved_against_publication(slug, display, phrase):
    event = Event.objects.get(slug=slug)
    assert event.display_date == display
    assert phrase in event.date_note


def test_planned_and_expected_events_are_marked():
    assert Event.objects.get(slug="nato-russia-sofa-signing-expected").status == "expected"
    assert Event.objects.get(slug="nato-russia-kola-peninsula-exercise").status == "planned"
    assert (
        Event.objects.filter(status="occurred").count()
        > Event.objects.exclude(status="occurred").count()
    )


def test_agreements_and_their_lifecycle():
    sofa = Agreement.objects.get(short_name="SOFA")
    assert sofa.status == Agreement.Status.UNDER_NEGOTIATION
    assert set(sofa.parties.values_list("slug", flat=True)) == {"nato", "russia"}
    kinds = set(sofa.events.values_list("event_type", flat=True))
    assert {"negotiation", "agreement_signed", "objection", "statement"} <= kinds


def test_enlargement_names_all_seven_countries():
    enlargement = Event.objects.get(event_type="enlargement")
    assert set(enlargement.places.values_list("name", flat=True)) == {
        "Romania",
        "Bulgaria",
        "Slovakia",
        "Slovenia",
        "Lithuania",
        "Latvia",
        "Estonia",
    }
    assert enlargement.citations.values("source").distinct().count() == 2


def test_the_two_mediterranean_talks_are_read_alike():
    # One sentence plans both talks on Ivanov's April trip: the month is known, not doubtful.
    talks = Event.objects.filter(
        slug__in=["ivanov-rumsfeld-talks-on-patrols", "ivanov-de-hoop-scheffer-talks-on-patrols"]
    )
    readings = {(e.status, e.date, e.date_note) for e in talks}
    assert len(readings) == 1
    ((status, partial, note),) = readings
    assert status == Event.Status.PLANNED
    assert partial.qualifier == "exact" and partial.precision == "month"
    assert "Norfolk conference" in note


def test_the_liaison_missions_strengthening_is_part_of_the_agreement_that_provides_it():
    # The text gives the strengthening no date, so it is not an event dated by the signing.
    assert not Event.objects.filter(slug="nato-liaison-mission-moscow-to-be-strengthened").exists()
    signing = Event.objects.get(slug="russian-military-liaison-offices-agreed")
    assert signing.citations.filter(quote__contains="will also be strengthened").exists()
    assert signing.organizations.filter(slug="nato-military-liaison-mission-moscow").exists()
    assert "no date" in signing.summary


def test_the_sofa_under_negotiation_is_the_partnership_for_peace_sofa():
    sofa = Agreement.objects.get(slug="nato-russia-sofa")
    assert "Partnership for Peace SOFA" in sofa.name
    assert "most of the other 20 or so countries" in sofa.summary
    assert "does not say when, or whether, it was signed" in sofa.summary


def test_agreements_are_no_further_along_than_the_text_says():
    # "have had to negotiate individual agreements": negotiated, not reported signed.
    germany = Agreement.objects.get(slug="germany-russia-afghanistan-transit")
    assert germany.status == Agreement.Status.UNDER_NEGOTIATION
    assert "have had to negotiate" in germany.summary


def test_the_enlargement_and_its_source_agree_on_what_the_text_says():
    enlargement = Event.objects.get(slug="nato-accepts-seven-new-members")
    note = Source.objects.get(slug="nato-cooperation-pact-may-be-signed-soon")
    # The event keeps the text's reading; the day both notes name is marked as outside it.
    assert enlargement.display_date == "between 29 March and 4 April 2004"
    for text in (enlargement.date_note, note.publication_date_note):
        assert "29 March 2004" in text
        assert "known from elsewhere" in text.lower()
        assert "the text gives no day" in text.lower()


# The fields with a Russian version (django-modeltranslation), model by model.
TRANSLATED_FIELDS = {
    "events.event": ["title", "summary"],
    "events.person": ["name", "role", "aliases"],
    "events.place": ["name"],
    "events.organization": ["name", "aliases"],
    "events.agreement": ["name", "short_name", "summary"],
}


def seed_records_with_russian_fields(settings):
    """The fixture records of the translated models, read from the JSON files themselves."""
    for path in sorted((settings.BASE_DIR / "fixtures" / "seed").glob("*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            if record["model"] in TRANSLATED_FIELDS:
                yield record


def test_every_translated_field_of_the_seed_has_its_russian_version(settings):
    records = list(seed_records_with_russian_fields(settings))
    assert {record["model"] for record in records} == set(TRANSLATED_FIELDS)
    for record in records:
        fields = record["fields"]
        for name in TRANSLATED_FIELDS[record["model"]]:
            where = f"{record['model']} {fields['slug']}: {name}_ru"
            assert f"{name}_ru" in fields, f"{where} is missing"
            russian = fields[f"{name}_ru"]
            if fields[name].strip():
                assert russian.strip(), f"{where} is empty"
                assert re.search("[А-Яа-яЁё]", russian), f"{where} is not in Russian"
            else:
                assert russian == "", f"{where} should be empty like the English"
            if name == "aliases":
                lines = russian.splitlines()
                assert all(line.strip() == line and line for line in lines), where
                assert len(set(lines)) == len(lines), f"{where} repeats an alias"


def test_the_seeds_russian_is_written_in_russian_usage(settings):
    for record in seed_records_with_russian_fields(settings):
        fields = record["fields"]
        for name in TRANSLATED_FIELDS[record["model"]]:
            russian = fields[f"{name}_ru"]
            where = f"{record['model']} {fields['slug']}: {name}_ru"
            # Names in Cyrillic (SOFA is "СОФА", PfP "ПРМ"); quotation marks are «ёлочки».
            assert not re.search("[A-Za-z]", russian), f"{where} has Latin letters: {russian}"
            assert not re.search('[“”"]', russian), f"{where} has English quotation marks"


def test_the_seeds_people_have_their_usual_russian_names(settings):
    people = {
        record["fields"]["slug"]: record["fields"]
        for record in seed_records_with_russian_fields(settings)
        if record["model"] == "events.person"
    }
    names = {slug: fields["name_ru"] for slug, fields in people.items()}
    assert names["sergei-ivanov"] == "Сергей Иванов"
    assert names["igor-ivanov"] == "Игорь Иванов"
    # The spelling of the Russian press and of NATO's Russian releases in 2004–2009;
    # the transcription-rule spelling "де Хоп" (Russian Wikipedia) is kept as an alias.
    assert names["jaap-de-hoop-scheffer"] == "Яап де Хооп Схеффер"
    assert "Яап де Хоп Схеффер" in people["jaap-de-hoop-scheffer"]["aliases_ru"].splitlines()
    assert names["donald-rumsfeld"] == "Дональд Рамсфелд"
    assert names["vladimir-putin"] == "Владимир Путин"
    assert names["sergei-lavrov"] == "Сергей Лавров"
    # The surname alone is an alias in Russian where it is one in English.
    assert "Иванов" in people["sergei-ivanov"]["aliases_ru"].splitlines()
