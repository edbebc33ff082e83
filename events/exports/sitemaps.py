"""sitemap.xml: every public page, so search engines find the whole archive.

Served as a sitemap index with one sitemap per kind of page, each split into
pages of 50,000 addresses as the sitemaps protocol requires.
"""

from django.contrib.sitemaps import GenericSitemap, Sitemap
from django.urls import reverse

from events.models import Agreement, Event, Organization, Person, Place, Source


class TimelineSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["events:timeline"]

    def location(self, item):
        return reverse(item)


def _pages(model):
    return GenericSitemap({"queryset": model.objects.only("slug")})


SITEMAPS = {
    "timeline": TimelineSitemap(),
    "events": GenericSitemap(
        {
            "queryset": Event.objects.published().only("slug", "updated_at"),
            "date_field": "updated_at",
        }
    ),
    "people": _pages(Person),
    "places": _pages(Place),
    "organizations": _pages(Organization),
    "agreements": _pages(Agreement),
    "sources": _pages(Source),
}
