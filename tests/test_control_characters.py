"""Control characters: forms normalise them, and no export fails on any stored text."""

import csv
import io
import json
import xml.dom.minidom

import icalendar
import pytest
from django.db import connection
from django.urls import reverse

from events.models import Citation, Event, Person, Source
from events.text import clean_text

from .admin_helpers import admin_form_data, form_errors
from .factories import make_event, make_source

pytestmark = pytest.mark.django_db

C0 = [chr(code) for code in range(0x20)]
OTHERS = ["\x7f", "\x85", "\u2028", "\u2029", "\u200e", "\u200f"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
EVERY = C0 + OTHERS + BIDI


def store_directly(character):
    """An event, its source, citation and participant holding ``character`` in every text,
    written with ``update()``: past the forms and the models' checks."""
    if character == "\x00" and connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses NUL in text itself, so no stored text can hold it")
    text = f"Start{character}of the source. Middle{character}passage here. End."
    source = make_source(text="Middle passage here.")
    event = make_event(slug="control")
    citation = Citation.objects.create(event=event, source=source, quote="Middle passage here.")
    Source.objects.filter(pk=source.pk).update(title=f"Source{character}title", text=text)
    start = text.index("Middle")
    quote = text[start : start + len(f"Middle{character}passage here.")]
    Citation.objects.filter(pk=citation.pk).update(
        quote=quote, start_offset=start, end_offset=start + len(quote)
    )
    Event.objects.filter(pk=event.pk).update(
        title=f"Title{character}here",
        summary=f"Summary{character}here.",
        date_note=f"Note{character}here.",
    )
    person = Person.objects.first()
    Person.objects.filter(pk=person.pk).update(name=f"Name{character}here")
    event.participations.create(person=person, role=f"role{character}here")
    return Event.objects.get(pk=event.pk)


@pytest.mark.parametrize("character", EVERY, ids=[f"U+{ord(c):04X}" for c in EVERY])
def test_no_export_fails_on_any_stored_character(client, character):
    event = store_directly(character)
    query = {"person": event.participations.get().person.slug}

    response = client.get(reverse("exports:events-csv"), query)
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert any(row and row[0] for row in csv.reader(io.StringIO(content)))

    response = client.get(reverse("exports:events-ics"), query)
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(b"".join(response.streaming_content))
    assert calendar.walk("VEVENT")
    for line in calendar.to_ical().decode().split("\r\n"):
        assert not any(c in line for c in C0 if c != "\t"), repr(line)

    response = client.get(reverse("exports:timelinejs"), query)
    assert response.status_code == 200
    json.loads(b"".join(getattr(response, "streaming_content", [response.content])))

    response = client.get(reverse("exports:events-feed"))
    assert response.status_code == 200
    xml.dom.minidom.parseString(response.content)  # Well-formed XML 1.0.

    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(block)["name"].startswith("Title")

    for url in (reverse("api-event-list"), reverse("api-event-detail", args=[event.slug])):
        response = client.get(url)
        assert response.status_code == 200
        response.json()

    source = event.citations.get().source
    assert client.get(source.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("typed", "multiline", "stored"),
    [
        ("Line\x0bbreak", True, "Line\nbreak"),  # Word's soft line break.
        ("Line\x0bbreak", False, "Line break"),
        ("Page\x0cbreak\u2028and\u2029more", True, "Page\nbreak\nand\nmore"),
        ("Tab\tkept", True, "Tab\tkept"),
        ("Tab\tin a title", False, "Tab in a title"),
        ("Bell\x07 and NUL\x00 and escape\x1b gone", True, "Bell and NUL and escape gone"),
        ("Over\u202eride and \u2066isolate\u2069", False, "Override and isolate"),
        ("Old Mac\rline", True, "Old Mac\nline"),
        ("Windows\r\nline", True, "Windows\nline"),
    ],
)
def test_text_is_normalised(typed, multiline, stored):
    assert clean_text(typed, multiline=multiline) == stored


def test_the_admin_stores_word_s_soft_line_breaks_as_line_breaks(editor_client):
    event = make_event()
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(editor_client.get(url))
    data.update(title_en="Ivanov\x0bin Moscow", summary_en="First line.\x0bSecond line.\x00")
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    event.refresh_from_db()
    assert (event.title, event.summary) == ("Ivanov in Moscow", "First line.\nSecond line.")
    assert editor_client.get(reverse("exports:events-feed")).status_code == 200
