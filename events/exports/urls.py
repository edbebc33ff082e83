from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from . import views
from .feeds import EventFeed
from .sitemaps import SITEMAPS

app_name = "exports"

urlpatterns = [
    path("export/events.csv", views.events_csv, name="events-csv"),
    path("export/citations.csv", views.citations_csv, name="citations-csv"),
    path("export/dataset.zip", views.dataset_zip, name="dataset"),
    path("export/events.ics", views.events_ics, name="events-ics"),
    path("export/timelinejs.json", views.timelinejs_json, name="timelinejs"),
    path("export/axis.svg", views.axis_svg, name="axis-svg"),
    path("feeds/events.atom", EventFeed(), name="events-feed"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "exports:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
]
