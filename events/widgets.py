"""Admin widgets."""

from django import forms

from .dates import MONTH_NAMES


class PartialDateWidget(forms.MultiWidget):
    """A year, an optional month and an optional day, each with its own accessible name.

    The admin shows the field's label as the legend of the three inputs.
    """

    def __init__(self, attrs=None):
        months = [("", "(no month)")] + [(str(n), MONTH_NAMES[n]) for n in range(1, 13)]
        super().__init__(
            [
                forms.NumberInput(
                    attrs={"aria-label": "Year", "placeholder": "year", "min": 1, "max": 9999}
                ),
                forms.Select(attrs={"aria-label": "Month"}, choices=months),
                forms.NumberInput(
                    attrs={"aria-label": "Day", "placeholder": "day", "min": 1, "max": 31}
                ),
            ],
            attrs,
        )

    def decompress(self, value):
        """``value`` is the parts dict from ``events.dates.parts``."""
        if not value:
            return [None, None, None]
        return [value.get("year"), value.get("month"), value.get("day")]
