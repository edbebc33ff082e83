"""Event cards (``templatetags.timeline.event_card``) for the lists: the timeline and each
entity's."""

from urllib.parse import urlencode

from django.conf import settings
from django.db.models import prefetch_related_objects

from .kinds import RELATED
from .models import cited_passages, page_record_language, shown_text, translated_lookups
from .templatetags.timeline import Link, event_card

#: The languages of the records' texts: a query of values reads a column for each.
LANGUAGES = len(settings.MODELTRANSLATION_LANGUAGES)


def attach_cards(events, level, back=""):
    """Give each of ``events`` its rendered card as ``event.card``.

    Their people, places, organizations, agreements and citations are read in one query
    each for all of them. ``back`` is the timeline query the event page's breadcrumb
    leads back to.
    """
    attach_links(events)
    prefetch_related_objects(events, cited_passages())
    back_query = urlencode({"back": back}) if back else ""
    for event in events:
        event.card = event_card(event, level, back_query)


def attach_links(events):
    """Give each of ``events`` the rows it names, as ``event.linked``: ``(kind, [Link …])``
    for each kind it has rows of, in the order the site shows kinds.

    One query per kind, reading values rather than making a model instance of each row
    and of each link to it: these are most of what a list page reads.
    """
    linked = {event.pk: {} for event in events}
    page = page_record_language()
    for kind in RELATED:
        url = kind.urls()
        entity = kind.lookup
        # An agreement's short name ("SOFA") when it has one, as its str() gives.
        fields = [kind.short_label_field] if kind.short_label_field else []
        names = [
            lookup
            for field in [*fields, kind.label_field]
            for lookup in translated_lookups(f"{entity}__{field}")
        ]
        roles = [kind.role_field] if kind.role_field else []
        rows = (
            kind.through.objects.filter(event__in=list(linked))
            .order_by(*[f"{entity}__{field}" for field in kind.model._meta.ordering])
            .values_list("event_id", f"{entity}__slug", *names, *roles)
        )
        for event_id, slug, *values in rows:
            name = ""
            for first in range(0, len(names), LANGUAGES):  # the short name first, if any
                name = name or shown_text(*values[first : first + LANGUAGES], page=page)
            role = values[len(names) :]
            linked[event_id].setdefault(kind, []).append(Link(url(slug), name, *role))
    for event in events:
        event.linked = list(linked[event.pk].items())
