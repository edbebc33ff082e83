"""Admin widgets."""

from django import forms
from django.utils.dates import MONTHS
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy


class PartialDateWidget(forms.MultiWidget):
    """A year, an optional month and an optional day, each with its own accessible name.

    The admin's label for the field is not tied to any one input, so each input is
    named after it: "Start date, year", "Start date, month", "Start date, day".
    """

    def __init__(self, label, attrs=None):
        # Made once for the form class: lazy, so each page names the parts in its language.
        months = [("", gettext_lazy("(no month)"))] + [(str(n), MONTHS[n]) for n in range(1, 13)]
        super().__init__(
            [
                forms.NumberInput(
                    attrs={
                        "aria-label": format_lazy("{}, {}", label, gettext_lazy("year")),
                        "placeholder": gettext_lazy("year"),
                        "min": 1,
                        "max": 9999,
                    }
                ),
                forms.Select(
                    attrs={"aria-label": format_lazy("{}, {}", label, gettext_lazy("month"))},
                    choices=months,
                ),
                forms.NumberInput(
                    attrs={
                        "aria-label": format_lazy("{}, {}", label, gettext_lazy("day")),
                        "placeholder": gettext_lazy("day"),
                        "min": 1,
                        "max": 31,
                    }
                ),
            ],
            attrs,
        )

    def decompress(self, value):
        """``value`` is the parts dict from ``events.dates.parts``."""
        if not value:
            return [None, None, None]
        return [value.get("year"), value.get("month"), value.get("day")]


class DateWordsWidget(forms.TextInput):
    """A one-line field with a button that reads it as a date (see ``DateWordsForm``).

    The button submits the form (the page comes back with the date filled in); with
    JavaScript, ``js/date-words.js`` fills the date fields in place instead and says what
    it did in the status line beside it.
    """

    resolve_name = "_resolve_date"

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        field_id = (attrs or {}).get("id", name)
        return format_html(
            '{} <button type="submit" class="button" name="{}" value="1">{}</button>'
            ' <span id="{}_status" class="date-words-status" role="status"></span>',
            field,
            self.resolve_name,
            gettext("Resolve"),
            field_id,
        )
