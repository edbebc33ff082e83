from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from events.dates import DatePrecision
from events.models import Citation, Event, Organization, Person, Place

from .factories import make_event, make_source

pytestmark = pytest.mark.django_db


def test_citation_offsets_come_from_the_source_text():
    source = make_source(text="Intro. NATO and Russia met on Monday. Outro.")
    citation = Citation.objects.create(
        event=make_event(), source=source, quote="  NATO and Russia met on Monday.\n"
    )
    assert citation.quote == "NATO and Russia met on Monday."
    assert source.text[citation.start_offset : citation.end_offset] == citation.quote
    assert citation.anchor == f"passage-{citation.start_offset}-{citation.end_offset}"


def test_a_quote_not_in_its_source_is_rejected_saying_which_part_differs():
    citation = Citation(
        event=make_event(), source=make_source(), quote="NATO and Russia met on Tuesday."
    )
    with pytest.raises(ValidationError) as error:
        citation.full_clean()
    message = error.value.message_dict["quote"][0]
    assert "matches up to “NATO and Russia met on ”" in message
    assert "“Tuesday.”" in message
    with pytest.raises(ValidationError):
        citation.save()
    assert citation.pk is None


def test_a_quote_with_no_matching_start_is_rejected():
    citation = Citation(event=make_event(), source=make_source(), quote="§ nothing like it")
    with pytest.raises(ValidationError, match="not even its first character"):
        citation.full_clean()


def test_an_empty_quote_is_rejected():
    citation = Citation(event=make_event(), source=make_source(), quote="   ")
    with pytest.raises(ValidationError):
        citation.save()


def test_end_before_start_is_rejected_by_clean_and_by_the_database():
    event = Event(
        slug="backwards",
        title="Backwards",
        summary="…",
        event_type=Event.Type.VISIT,
        start_date=date(2004, 4, 8),
        end_date=date(2004, 4, 7),
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "before the start" in error.value.message_dict["end_date"][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_a_day_on_a_year_precision_date_is_rejected():
    event = make_event(start_date=date(2004, 4, 8), date_precision=DatePrecision.YEAR)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "enter 2004-01-01" in error.value.message_dict["start_date"][0]


def test_slugs_are_unique():
    make_event(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_event(slug="same")
    with pytest.raises(ValidationError) as error:
        Event(
            slug="same", title="x", summary="x", event_type="visit", start_date=date(2004, 1, 1)
        ).full_clean()
    assert "slug" in error.value.message_dict


def test_events_sort_chronologically_and_stably():
    Event.objects.all().delete()
    later = make_event(slug="b-later", start_date=date(2004, 4, 8))
    year = make_event(slug="a-year", start_date=date(2004, 1, 1), date_precision="year")
    range_ = make_event(slug="c-range", start_date=date(2004, 4, 7), end_date=date(2004, 4, 8))
    single = make_event(slug="d-single", start_date=date(2004, 4, 7))
    tie = make_event(slug="a-tie", start_date=date(2004, 4, 7))
    assert list(Event.objects.all()) == [year, tie, single, range_, later]


def test_published_queryset_hides_drafts():
    draft = make_event(published=False)
    assert draft not in Event.objects.published()
    assert Event.objects.published().exists()


def test_display_date_and_anticipation_follow_the_fields():
    event = make_event(start_date=date(2004, 1, 1), date_precision="year", status="expected")
    assert event.display_date == "2004"
    assert event.is_anticipated
    assert str(event) == event.title


def test_organization_cannot_be_its_own_ancestor():
    parent = Organization.objects.create(slug="p", name="Parent", kind="alliance")
    child = Organization.objects.create(slug="c", name="Child", kind="mission", parent=parent)
    parent.parent = child
    with pytest.raises(ValidationError, match="own ancestor"):
        parent.full_clean()


def test_place_coordinates_come_in_pairs():
    place = Place(slug="x", name="X", kind="city", latitude=1)
    with pytest.raises(ValidationError, match="both latitude and longitude"):
        place.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        place.save()


def test_a_portrait_needs_alt_text():
    person = Person(slug="p", name="P", role="R", portrait="portraits/p.jpg")
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "portrait_alt" in error.value.message_dict


def test_natural_keys_round_trip():
    ivanov = Person.objects.get_by_natural_key("boris-lavrentiev")
    assert ivanov.natural_key() == ("boris-lavrentiev",)
    citation = Citation.objects.filter(event__slug="lavrentiev-visits-brussels").first()
    assert Citation.objects.get_by_natural_key(*citation.natural_key()) == citation
    participation = ivanov.participations.first()
    assert (
        type(participation).objects.get_by_natural_key(*participation.natural_key())
        == participation
    )


def test_every_model_links_to_its_page():
    assert (
        Person.objects.get(slug="boris-lavrentiev").get_absolute_url()
        == "/people/boris-lavrentiev/"
    )
    assert Place.objects.get(slug="moscow").get_absolute_url() == "/places/moscow/"
    assert Organization.objects.get(slug="nato").get_absolute_url() == "/organizations/nato/"
