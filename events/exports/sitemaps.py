"""sitemap.xml: every public page, so search engines find the whole archive.

Served as a sitemap index with one sitemap per kind of page, each split into parts
(``?p=2`` …) small enough to be built quickly: the protocol allows 50,000 addresses
a part, but at that size the events' part took over 12 seconds.
"""

from django.contrib.sitemaps import GenericSitemap, Sitemap
from django.urls import reverse

from events.kinds import KINDS
from events.models import Event


class TimelineSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["events:timeline"]

    def location(self, item):
        return reverse(item)


class EventSitemap(GenericSitemap):
    limit = 2000

    def __init__(self):
        queryset = Event.objects.published().only("slug", "updated_at")
        super().__init__({"queryset": queryset, "date_field": "updated_at"})


def _pages(model):
    return GenericSitemap({"queryset": model.objects.public().only("slug")})


SITEMAPS = {
    "timeline": TimelineSitemap(),
    "events": EventSitemap(),
    **{kind.segment: _pages(kind.model) for kind in KINDS},
}
