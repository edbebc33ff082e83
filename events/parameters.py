"""Parameters nobody defined: named, so a typo never silently widens an answer.

``?persn=sergei-ivanov`` would otherwise be ignored and answer with every event. The
timeline names such parameters in a notice; the API and the exports refuse them with
400 and the API's error shape.

Campaign tags that mail and social sites add to shared links (``utm_source``,
``fbclid`` …) name no filter and are never a typo: they are let through everywhere.
"""

import re

from django.conf import settings
from django.utils.translation import get_language, get_supported_language_variant, gettext

TRACKING = re.compile(r"utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid")
#: The language of an API answer or an export (``?lang=ru``): see ``natorussia.middleware``.
LANG_PARAMETER = "lang"


def export_language():
    """``lang`` for a page's links to the API and the exports, which then answer in the
    page's language: the page's language, or None in the site's default language."""
    language = get_supported_language_variant(get_language())
    return None if language == get_supported_language_variant(settings.LANGUAGE_CODE) else language


def unknown_parameters(query, known):
    """The names in ``query`` that are not in ``known`` nor a campaign tag, sorted."""
    return sorted(name for name in set(query) - set(known) if not TRACKING.fullmatch(name))


def unknown_parameter_errors(query, known):
    """``{name: [message]}`` for each parameter of ``query`` not in ``known``."""
    listed = ", ".join(sorted(known))
    return {
        name[:80]: [gettext("Unknown parameter. Known parameters: %(known)s.") % {"known": listed}]
        for name in unknown_parameters(query, known)
    }
