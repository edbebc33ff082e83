"""Template helpers for the public pages."""

import unicodedata

from django import template
from django.urls import reverse

register = template.Library()

NAVIGATION = [
    ("events:timeline", "Timeline"),
    ("events:person-list", "People"),
    ("events:agreement-list", "Agreements"),
    ("events:place-list", "Places"),
    ("events:organization-list", "Organizations"),
    ("events:source-list", "Sources"),
]


@register.simple_tag(takes_context=True)
def navigation(context):
    """The main menu as ``(url, label, is_current)``; works without a request (500 page)."""
    request = context.get("request")
    current = request.path if request is not None else None
    return [(reverse(name), label, reverse(name) == current) for name, label in NAVIGATION]


@register.simple_tag
def heading(level, offset=0):
    """An HTML heading tag name, e.g. ``h3`` for level 2 with offset 1."""
    return f"h{min(int(level) + int(offset), 6)}"


@register.filter
def errors_for(form, name):
    """The form's errors for field ``name`` (an empty list when it has none)."""
    return form.errors.get(name, [])


@register.filter
def field_label(form, name):
    return form.fields[name].label


@register.filter
def cleaned_iso(cleaned_data, name):
    """A valid date field's value as ``YYYY-MM-DD``, or "" (an invalid date is never echoed)."""
    value = cleaned_data.get(name)
    return value.isoformat() if value else ""


@register.filter
def printable(text):
    """``text`` with control characters (a NUL byte in a bad address …) shown as �."""
    return "".join(
        "\ufffd" if unicodedata.category(char) == "Cc" and char not in "\t\n" else char
        for char in str(text)
    )
