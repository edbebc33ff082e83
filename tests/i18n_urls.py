"""The site's addresses under a language prefix (``/ru/people/…``), as ``i18n_patterns``
gives them: for the tests of ``events.addresses``."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

urlpatterns = i18n_patterns(path("", include("events.urls")))
