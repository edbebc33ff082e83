"""Admin widgets."""

from django import forms
from django.utils.html import format_html

from .dates import MONTH_NAMES


class PartialDateWidget(forms.MultiWidget):
    """A year, an optional month and an optional day, each with its own accessible name.

    The admin's label for the field is not tied to any one input, so each input is
    named after it: "Start date, year", "Start date, month", "Start date, day".
    """

    def __init__(self, label, attrs=None):
        months = [("", "(no month)")] + [(str(n), MONTH_NAMES[n]) for n in range(1, 13)]
        super().__init__(
            [
                forms.NumberInput(
                    attrs={
                        "aria-label": f"{label}, year",
                        "placeholder": "year",
                        "min": 1,
                        "max": 9999,
                    }
                ),
                forms.Select(attrs={"aria-label": f"{label}, month"}, choices=months),
                forms.NumberInput(
                    attrs={"aria-label": f"{label}, day", "placeholder": "day", "min": 1, "max": 31}
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
            '{} <button type="submit" class="button" name="{}" value="1">Resolve</button>'
            ' <span id="{}_status" class="date-words-status" role="status"></span>',
            field,
            self.resolve_name,
            field_id,
        )
