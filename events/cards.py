"""Event cards (``events/includes/event.html``), rendered once per data version, reused by
every list.

A card depends only on its event and its heading level, so the timeline, each
filter combination and each entity page share it. Rendering fifty cards is most
of the cost of a list page; reading them back is one cache round trip.
"""

from typing import NamedTuple
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import data_cache
from .kinds import RELATED
from .models import cited_passages


class Link(NamedTuple):
    """A row an event names: its page, its name and, for a participant, the role played."""

    url: str
    name: str
    role: str = ""


#: Kept in a card where its link to the event page may carry the list it was found in
#: (``?back=…``), which differs for each filter state while the card is shared.
BACK_MARKER = "<!--back-->"


def attach_cards(events, level, back=""):
    """Give each of ``events`` its rendered card as ``event.card``.

    Only the events whose cards are not kept load their people, places,
    organizations, agreements and citations (one query each for all of them).
    ``back`` is the timeline query the event page's breadcrumb leads back to.
    """
    keys = {event.pk: data_cache.cache_key(["card", event.pk, level]) for event in events}
    kept = cache.get_many(list(keys.values()))
    missing = [event for event in events if keys[event.pk] not in kept]
    attach_links(missing)
    prefetch_related_objects(missing, cited_passages())
    rendered = {
        keys[event.pk]: render_to_string(
            "events/includes/event.html",
            {"event": event, "level": level, "back_marker": mark_safe(BACK_MARKER)},
        )
        for event in missing
    }
    cache.set_many(rendered, data_cache.TIMEOUT_SECONDS)
    kept.update(rendered)
    back_link = escape(f"?{urlencode({'back': back})}") if back else ""
    for event in events:
        # Rendered by the template engine above; the link suffix is escaped.
        event.card = mark_safe(kept[keys[event.pk]].replace(BACK_MARKER, back_link))


def attach_links(events):
    """Give each of ``events`` the rows it names, as ``event.linked``: ``(kind, [Link …])``
    for each kind it has rows of, in the order the site shows kinds.

    One query per kind, reading values rather than making a model instance of each row
    and of each link to it: these are most of what a list page reads.
    """
    linked = {event.pk: {} for event in events}
    for kind in RELATED:
        url = kind.urls()
        entity = kind.lookup
        # An agreement's short name ("SOFA") when it has one, as its str() gives.
        names = [
            f"{entity}__{kind.short_label_field or kind.label_field}",
            f"{entity}__{kind.label_field}",
        ]
        roles = [kind.role_field] if kind.role_field else []
        rows = (
            kind.through.objects.filter(event__in=list(linked))
            .order_by(*[f"{entity}__{field}" for field in kind.model._meta.ordering])
            .values_list("event_id", f"{entity}__slug", *names, *roles)
        )
        for event_id, slug, short_name, name, *role in rows:
            linked[event_id].setdefault(kind, []).append(Link(url(slug), short_name or name, *role))
    for event in events:
        event.linked = list(linked[event.pk].items())
