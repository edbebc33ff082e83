from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("events.api.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("", include("events.exports.urls")),
]
# The public pages in each language: English at today's addresses, Russian under /ru/.
urlpatterns += i18n_patterns(path("", include("events.urls")), prefix_default_language=False)
urlpatterns += [
    # Every upload is served through this view, which decides who may see it.
    path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", views.serve_media, name="media"),
]
