"""schema.org JSON-LD for the event, person, place and organization pages.

Search engines read it to understand the pages. Dates are ISO 8601 at the
event's precision ("2004-04" for April 2004), never padded to a fake day.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from events.models import Event, Organization, Person, Place

SCHEMA_ORG = "https://schema.org"
# schema.org has no status for "it happened": a planned or expected event is
# "scheduled", and an event that occurred carries no status.
EVENT_STATUS = {
    Event.Status.PLANNED: f"{SCHEMA_ORG}/EventScheduled",
    Event.Status.EXPECTED: f"{SCHEMA_ORG}/EventScheduled",
}
# Escaped like django.utils.html.json_script, so no text can close the <script>.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def organization(org, absolute_url):
    return _without_empty(
        {
            "@type": "Organization",
            "name": org.name,
            "url": absolute_url(org.get_absolute_url()),
            "alternateName": org.alias_list,
        }
    )


def place(place, absolute_url):
    geo = None
    if place.latitude is not None:
        coordinates = {"latitude": float(place.latitude), "longitude": float(place.longitude)}
        geo = {"@type": "GeoCoordinates", **coordinates}
    address = {"@type": "PostalAddress", "addressCountry": place.country} if place.country else None
    return _without_empty(
        {
            "@type": "Place",
            "name": place.name,
            "url": absolute_url(place.get_absolute_url()),
            "geo": geo,
            "address": address,
        }
    )


def _person_reference(person, absolute_url):
    """Who took part in an event: no more than the event's own queries fetched."""
    return {"@type": "Person", "name": person.name, "url": absolute_url(person.get_absolute_url())}


def person(person, absolute_url):
    affiliation, portrait = person.affiliation, person.portrait_picture
    return _without_empty(
        {
            **_person_reference(person, absolute_url),
            "jobTitle": person.role,
            "alternateName": person.alias_list,
            "affiliation": affiliation and organization(affiliation, absolute_url),
            "image": portrait and absolute_url(portrait.display.url),
        }
    )


def event(event, absolute_url):
    date = event.date
    return _without_empty(
        {
            "@type": "Event",
            "name": event.title,
            "description": event.summary,
            "url": absolute_url(event.get_absolute_url()),
            "identifier": event.slug,
            "startDate": date.iso_start,
            "endDate": date.iso_end,
            "eventStatus": EVENT_STATUS.get(event.status),
            "location": [place(p, absolute_url) for p in event.places.all()],
            "performer": [
                _person_reference(participation.person, absolute_url)
                for participation in event.participations.all()
            ],
            "organizer": [organization(org, absolute_url) for org in event.organizations.all()],
        }
    )


BUILDERS = {Event: event, Person: person, Place: place, Organization: organization}


def json_ld(obj, absolute_url):
    """The object's JSON-LD document as a dict, or None for kinds schema.org data skips."""
    builder = BUILDERS.get(type(obj))
    if builder is None:
        return None
    return {"@context": SCHEMA_ORG, **builder(obj, absolute_url)}


def script_text(data):
    """JSON safe to put inside ``<script type="application/ld+json">``."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
