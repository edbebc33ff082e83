"""Event cards (``events/includes/event.html``) for the lists: the timeline and each entity's."""

from urllib.parse import urlencode

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string

from .models import card_prefetches


def attach_cards(events, level, back=""):
    """Give each of ``events`` its rendered card as ``event.card``.

    Their people, places, organizations, agreements and citations are read in one query
    each for all of them. ``back`` is the timeline query the event page's breadcrumb
    leads back to.
    """
    prefetch_related_objects(events, *card_prefetches())
    back_query = urlencode({"back": back}) if back else ""
    for event in events:
        event.card = render_to_string(
            "events/includes/event.html",
            {"event": event, "level": level, "back_query": back_query},
        )
