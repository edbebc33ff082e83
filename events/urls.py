from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("places/<slug:slug>/", views.place_detail, name="place-detail"),
    path("organizations/<slug:slug>/", views.organization_detail, name="organization-detail"),
    path("agreements/<slug:slug>/", views.agreement_detail, name="agreement-detail"),
    path("sources/<slug:slug>/", views.source_detail, name="source-detail"),
]
