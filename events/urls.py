from django.urls import path

from . import views
from .citations import FORMATS
from .kinds import KINDS

app_name = "events"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("embed/axis/", views.axis_embed, name="axis-embed"),
]
urlpatterns += [
    path(
        f"events/<slug:slug>/cite.{extension}",
        views.event_citation,
        {"extension": extension},
        name=f"event-cite-{extension}",
    )
    for extension in FORMATS
]
for kind in KINDS:
    urlpatterns += [
        path(
            f"{kind.segment}/",
            views.entity_index,
            {"kind": kind.segment},
            name=f"{kind.param}-list",
        ),
        path(
            f"{kind.segment}/<slug:slug>/",
            getattr(views, kind.detail_view),
            {"kind": kind.segment},
            name=f"{kind.param}-detail",
        ),
    ]
