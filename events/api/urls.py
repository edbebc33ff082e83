from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from events.kinds import KINDS

from . import views

router = DefaultRouter()
router.register("events", views.EventViewSet, basename="api-event")
for kind in KINDS:
    router.register(kind.segment, views.viewset_for(kind), basename=kind.api_basename)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", views.api_docs, name="api-docs"),
    path("", include(router.urls)),
]
