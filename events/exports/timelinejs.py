"""The Knight Lab TimelineJS3 JSON format: a title slide and one slide per event.

https://timeline.knightlab.com/docs/json-format.html. Dates carry only the
parts their precision allows, so TimelineJS shows "2004", not "1 January 2004".
"""

from django.template.defaultfilters import pluralize
from django.utils.html import escape

from .content import event_html

# TimelineJS draws every slide at once; past this, a story is unreadable and the
# browser struggles. Narrower filters make a usable story.
MAX_SLIDES = 2000
TITLE = "NATO–Russia cooperation timeline"


class TooManyEvents(Exception):
    pass


def _date(parts, display):
    return {**parts, "display_date": display}


def _media(event, request):
    """The event's illustration, at the size the pages show it."""
    picture = event.illustration_picture
    if picture is None:
        return None
    return {
        "url": request.build_absolute_uri(picture.display.url),
        "thumbnail": request.build_absolute_uri(picture.thumbnail.url),
        "alt": picture.alt,
        "credit": escape(picture.credit),
    }


def _group(event):
    """Slides are grouped in rows by their first agreement, or else by event type."""
    agreement = next(iter(event.agreements.all()), None)
    return str(agreement) if agreement else event.get_event_type_display()


def event_slide(event, request):
    date = event.date
    slide = {
        "unique_id": event.slug,
        "start_date": _date(date.start_parts, date.display),
        "display_date": date.display,
        "text": {"headline": escape(event.title), "text": event_html(event, request)},
        "group": escape(_group(event)),
    }
    if date.end_parts:
        slide["end_date"] = _date(date.end_parts, date.display)
    media = _media(event, request)
    if media:
        slide["media"] = media
    return slide


def timeline(events, request):
    """The whole story, or :class:`TooManyEvents` rather than a story no browser can show."""
    chosen = list(events[: MAX_SLIDES + 1])
    if len(chosen) > MAX_SLIDES:
        raise TooManyEvents(
            f"More than {MAX_SLIDES} events match: narrow the filters to make a TimelineJS story."
        )
    return {
        "title": {
            "text": {
                "headline": escape(TITLE),
                "text": f"<p>{len(chosen)} source-cited event{pluralize(len(chosen))}.</p>",
            }
        },
        "events": [event_slide(event, request) for event in chosen],
    }
