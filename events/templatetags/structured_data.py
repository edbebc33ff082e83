"""``{% json_ld event %}``: the page's schema.org data, for the ``<head>``."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from events.exports import structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, obj):
    """An event, person, place or organization as ``<script type="application/ld+json">``.

    Other objects (agreements, sources) embed nothing.
    """
    data = structured_data.json_ld(obj, context["request"].build_absolute_uri)
    if data is None:  # e.g. an agreement on the shared entity page: nothing to embed
        return ""
    # script_text escapes <, > and &, so the JSON cannot end the script element.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(structured_data.script_text(data)),
    )
