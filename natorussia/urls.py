from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from . import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("events.api.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("", include("events.exports.urls")),
    path("", include("events.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", views.serve_media),
    ]
