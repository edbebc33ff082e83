from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("people/", views.entity_index, {"kind": "people"}, name="person-list"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("places/", views.entity_index, {"kind": "places"}, name="place-list"),
    path("places/<slug:slug>/", views.place_detail, name="place-detail"),
    path("organizations/", views.entity_index, {"kind": "organizations"}, name="organization-list"),
    path("organizations/<slug:slug>/", views.organization_detail, name="organization-detail"),
    path("agreements/", views.entity_index, {"kind": "agreements"}, name="agreement-list"),
    path("agreements/<slug:slug>/", views.agreement_detail, name="agreement-detail"),
    path("sources/", views.entity_index, {"kind": "sources"}, name="source-list"),
    path("sources/<slug:slug>/", views.source_detail, name="source-detail"),
]
