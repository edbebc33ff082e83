"""The address of a page named by its slug (``/people/ivanov/``): what ``reverse()`` gives,
for a fraction of its cost.

A list page links some six hundred rows, and ``reverse()`` takes a tenth of a
millisecond each. Two addresses under one URL name differ only in their slug, so each
name is reversed once, with a stand-in slug, for each state ``reverse()`` reads: the URL
configuration, the script prefix and the active language (which ``i18n_patterns`` puts
in the address). A row's address is then that pattern with its slug in place.
"""

import re
from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.urls.converters import SlugConverter
from django.utils.translation import get_language

# The slugs that ``<slug:…>`` accepts: ``reverse()`` puts them in the address unquoted.
_ROUTABLE_SLUG = re.compile(SlugConverter.regex)
_STAND_IN = "slug-stand-in"


def slug_url(name, slug):
    """``reverse(name, kwargs={"slug": slug})``, from a pattern made once."""
    return slug_urls(name)(slug)


def slug_urls(name):
    """``slug_url`` for many slugs under one name: what ``reverse()`` reads is read once."""
    before, after = _pattern(name, get_urlconf(), get_script_prefix(), get_language())

    def url(slug):
        if not _ROUTABLE_SLUG.fullmatch(slug):
            return reverse(name, kwargs={"slug": slug})  # which refuses it, as it should
        return f"{before}{slug}{after}"

    return url


@lru_cache(maxsize=512)
def _pattern(name, urlconf, script_prefix, language):
    """The address of ``name`` around its slug. The last three arguments are what
    ``reverse()`` reads for itself: they key the cache."""
    before, _, after = reverse(name, kwargs={"slug": _STAND_IN}).rpartition(_STAND_IN)
    return before, after


@receiver(setting_changed)
def _forget_patterns(**kwargs):
    # A test's settings (ROOT_URLCONF, LANGUAGE_CODE …) can change every address.
    _pattern.cache_clear()
