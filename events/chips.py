"""Active filters as removable chips, in the order they appear in the address."""

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django import forms
from django.utils.translation import gettext

from .filters import PartialDateFilter


@dataclass(frozen=True)
class Chip:
    name: str
    value: str
    label: str
    remove_url: str
    #: The end of ``label`` that is a record's own text (the name of the row filtered by).
    record_text: str = ""


def _url(path, pairs):
    return f"{path}?{urlencode(pairs)}" if pairs else path


def _describe(name, value, facets_by_name, filter_):
    """The chip's label, and the end of it that is a record's text (or "")."""
    facet = facets_by_name.get(name)
    if facet is not None:
        shown = facet.label_for(value)
        return f"{facet.label}: {shown}", shown if facet.of_records and shown != value else ""
    label = filter_.label
    if isinstance(filter_, PartialDateFilter):
        try:  # as the site writes dates, "April 2004"; a value it cannot read, as typed
            return f"{label}: {filter_.field_class().clean(value).display}", ""
        except forms.ValidationError:
            return f"{label}: {value}", ""
    choices = dict(filter_.extra.get("choices", ()))
    if value in choices:
        return f"{label}: {choices[value]}", ""
    # A value no option names, as typed: in quotation marks as the language writes them.
    return gettext("%(label)s: “%(value)s”") % {"label": label, "value": value}, ""


def active_chips(path, query_string, facets, filter_names, kept=()):
    """One chip per non-empty filter value, each linking to the address without it.

    ``query_string`` is read in order so that the last chip is the filter added
    last; the page number is dropped from every link, since the results change.
    Parameters named in ``kept`` that are not filters (how the events are shown) stay
    in every link.
    """
    pairs = parse_qsl(query_string)
    shown_as = [(name, value) for name, value in pairs if name in kept]
    pairs = [(name, value) for name, value in pairs if name in filter_names and value.strip()]
    facets_by_name = {facet.name: facet for facet in facets}
    return [
        Chip(
            name,
            value,
            label,
            _url(path, pairs[:index] + pairs[index + 1 :] + shown_as),
            record_text,
        )
        for index, (name, value) in enumerate(pairs)
        for label, record_text in [_describe(name, value, facets_by_name, filter_names[name])]
    ]
