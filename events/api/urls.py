from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("events", views.EventViewSet, basename="api-event")
router.register("people", views.PersonViewSet, basename="api-person")
router.register("places", views.PlaceViewSet, basename="api-place")
router.register("organizations", views.OrganizationViewSet, basename="api-organization")
router.register("agreements", views.AgreementViewSet, basename="api-agreement")
router.register("sources", views.SourceViewSet, basename="api-source")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include(router.urls)),
]
