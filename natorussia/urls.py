from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("events.api.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("", include("events.exports.urls")),
    path("", include("events.urls")),
    # Every upload is served through this view, which decides who may see it.
    path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", views.serve_media, name="media"),
]
