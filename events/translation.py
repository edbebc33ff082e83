"""The records' texts in both of the site's languages (django-modeltranslation).

Each field listed here gets a column per language (``title_en``, ``title_ru``); the
field itself reads the current language's text and falls back to English where the
Russian one is missing (``events.models.text_language`` says which was shown, so that a
page can mark it). Quotes and sources are never translated.

The histories of these models are registered here, after their translated fields exist,
so that each revision records both languages (django-simple-history's advice for
modeltranslation): the other models declare theirs in ``models.py``.
"""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Agreement, Event, Organization, Person, Place


class Translated(TranslationOptions):
    # A translation left blank is stored as NULL, never as "", whichever way it is
    # written: "no Russian text" has one spelling, and the English one is shown instead.
    empty_values = None


@register(Event)
class EventTranslation(Translated):
    fields = ("title", "summary")


@register(Person)
class PersonTranslation(Translated):
    fields = ("name", "role", "aliases")


@register(Place)
class PlaceTranslation(Translated):
    fields = ("name",)


@register(Organization)
class OrganizationTranslation(Translated):
    fields = ("name", "aliases")


@register(Agreement)
class AgreementTranslation(Translated):
    fields = ("name", "short_name", "summary")


# The time of each change is in the history already; its own column would only add noise.
simple_history.register(
    Event, m2m_fields=["places", "organizations", "agreements"], excluded_fields=["updated_at"]
)
simple_history.register(Agreement, m2m_fields=["parties"])
for model in (Person, Place, Organization):
    simple_history.register(model)
