"""An Atom feed of recently added or changed events, for feed readers.

Entries are dated by their edits (``published`` when added, ``updated`` when
last changed); the historical date is in the content, which is the same short
article the TimelineJS export shows.
"""

from typing import NamedTuple

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_safe

from ..text import xml_safe
from .content import TEMPLATE, event_content_context
from .filtering import filtered_events, rejects_invalid_filters

FEED_LENGTH = 50


class FilteredFeed(NamedTuple):
    events: QuerySet
    #: The feed's own path and query string.
    path: str


class XmlSafeAtom1Feed(Atom1Feed):
    """Atom whose entries leave out what XML 1.0 cannot carry, such as Word's ``\x0b``:
    stored text that has one must not take the feed down for every reader."""

    def add_item(self, **kwargs):
        super().add_item(**{name: _xml_safe(value) for name, value in kwargs.items()})


def _xml_safe(value):
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list | tuple):
        return type(value)(_xml_safe(item) for item in value)
    return value


@method_decorator([require_safe, rejects_invalid_filters], name="__call__")
class EventFeed(Feed):
    feed_type = XmlSafeAtom1Feed
    title = "NATO–Russia cooperation timeline: new and changed events"
    subtitle = "Source-cited events of NATO–Russia cooperation, latest edits first."
    author_name = "NATO–Russia cooperation timeline"
    description_template = TEMPLATE

    def get_object(self, request, *args, **kwargs):
        return FilteredFeed(filtered_events(request).with_related(), request.get_full_path())

    def link(self):
        return reverse("events:timeline")

    def feed_url(self, feed):
        """``rel="self"``: this feed with its filters, so a reader subscribes to the same."""
        return feed.path

    def items(self, feed):
        return feed.events.order_by("-updated_at", "slug")[:FEED_LENGTH]

    def item_title(self, event):
        return event.title

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_categories(self, event):
        return [event.get_event_type_display()]

    def get_context_data(self, **kwargs):
        return event_content_context(kwargs["item"], kwargs["request"])
