"""sitemap.xml: every public page, so search engines find the whole archive.

Served as a sitemap index with one sitemap per kind of page, each split into
pages of 50,000 addresses as the sitemaps protocol requires.
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


def _pages(model):
    return GenericSitemap({"queryset": model.objects.public().only("slug")})


SITEMAPS = {
    "timeline": TimelineSitemap(),
    "events": GenericSitemap(
        {
            "queryset": Event.objects.published().only("slug", "updated_at"),
            "date_field": "updated_at",
        }
    ),
    **{kind.segment: _pages(kind.model) for kind in KINDS},
}
