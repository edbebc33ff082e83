"""Parameters nobody defined: named, so a typo never silently widens an answer.

``?persn=sergei-ivanov`` would otherwise be ignored and answer with every event. The
timeline names such parameters in a notice; the API and the exports refuse them with
400 and the API's error shape.

Campaign tags that mail and social sites add to shared links (``utm_source``,
``fbclid`` …) name no filter and are never a typo: they are let through everywhere.
"""

import re

from django.utils.translation import gettext

TRACKING = re.compile(r"utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid")


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
