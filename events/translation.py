"""The records' texts in both of the site's languages (django-modeltranslation).

Each field listed here gets a column per language (``title_en``, ``title_ru``); the
field itself reads the current language's text and falls back to the other language's
where it is missing (English on a Russian page; Russian on an English page for a record
drafted from a Russian article), as ``RecordText`` saying which it shows
(``ShownInItsLanguage``), so that a page can mark it. Quotes and sources are never
translated.

The histories of these models are registered here, after their translated fields exist,
so that each revision records both languages (django-simple-history's advice for
modeltranslation): the other models declare theirs in ``models.py``.
"""

import simple_history
from django.conf import settings
from modeltranslation.translator import TranslationOptions, register, translator
from simple_history.models import HistoricalRecords

from .models import (
    DATA_LANGUAGE,
    READING_ORDER,
    Agreement,
    Event,
    Organization,
    Person,
    Place,
    RecordText,
    page_record_language,
)


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


class ShownInItsLanguage:
    """A translated field as read on a page: the text in the page's language, else in
    the other (modeltranslation's fallback), as ``RecordText`` saying which it is, so that
    a template can mark a text in another language than the page's
    (``timeline.data_text``); a plain text on an English page showing English, the most
    common case, read many times a page. Writing is modeltranslation's."""

    def __init__(self, translated, name):
        self.translated = translated
        self.columns = {
            language: f"{name}_{language}" for language in settings.MODELTRANSLATION_LANGUAGES
        }

    def __get__(self, instance, owner):
        if instance is None:
            return self.translated.__get__(instance, owner)
        page = page_record_language()
        for language in READING_ORDER[page]:
            if text := getattr(instance, self.columns[language]):
                return text if language == page == DATA_LANGUAGE else RecordText(text, language)
        return self.translated.__get__(instance, owner)  # in no language: the field's default

    def __set__(self, instance, value):
        self.translated.__set__(instance, value)


for model in translator.get_registered_models(abstract=False):
    for name in translator.get_options_for_model(model).all_fields:
        setattr(model, name, ShownInItsLanguage(model.__dict__[name], name))


class OwnSideHistory(HistoricalRecords):
    """django-simple-history, recording a many-to-many change made from the field's
    owner only: one made from the other side ("place.events.clear()") reaches the
    owner's history with the other side's row, which it cannot record (its fields are
    not the owner's), and it changes none of that row's own fields."""

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not reverse:
            super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)


def _history(model, excluded=(), **options):
    """Register ``model``'s history: its texts in each language, not the plain field
    modeltranslation keeps beside them (the last text written in any language)."""
    translated = list(translator.get_options_for_model(model).all_fields)
    simple_history.register(
        model, records_class=OwnSideHistory, excluded_fields=[*translated, *excluded], **options
    )


# The time of each change is in the history already; its own column would only add noise.
_history(Event, excluded=["updated_at"], m2m_fields=["places", "organizations", "agreements"])
_history(Agreement, m2m_fields=["parties"])
for model in (Person, Place, Organization):
    _history(model)
