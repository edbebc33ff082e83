"""Template helpers for the public pages."""

import unicodedata
from html import escape
from typing import NamedTuple

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import (
    get_language,
    get_supported_language_variant,
    gettext,
    ngettext,
)

from events.dates import with_full_stop
from events.kinds import KINDS
from events.models import DATA_LANGUAGE, Event, data_lang
from events.parameters import export_language

register = template.Library()
register.simple_tag(export_language)


class Link(NamedTuple):
    """A row an event names: its page, its name and, for a participant, the role played."""

    url: str
    name: str
    role: str = ""


def _html(template, *args):
    """``format_html`` for the markup the lists repeat (fifty cards a page): each argument
    escaped as ``conditional_escape`` escapes it, without its check of every argument
    for lazy text, which took a third of a card's time."""
    return SafeString(
        template.format(
            *(arg.__html__() if hasattr(arg, "__html__") else escape(str(arg)) for arg in args)
        )
    )


def _language(text):
    """The language a record's ``text`` is in: its own, if it knows it (a translated
    field: ``models.RecordText``), else the records' first language."""
    return getattr(text, "language", DATA_LANGUAGE)


@register.simple_tag
def data_lang_attribute(text=""):
    """`` lang="en"`` for an element holding only a record's ``text`` (a name, a title) on
    a page in another language than the text's (``models.data_lang``); "" on the others."""
    return _lang_attribute(data_lang(_language(text)))


def _lang_attribute(lang):
    return _html(' lang="{}"', lang) if lang else ""


@register.filter
def data_text(text, element="span"):
    """A record's text inside a sentence of the interface: in ``<span lang="en">`` (or
    another ``element``: ``tspan`` in SVG) on a page in another language than the
    text's, as it is on the others."""
    return _in_lang(text, data_lang(_language(text)), element)


@register.filter
def in_language(text, language):
    """Text in ``language`` (a quote, in its source's) inside a sentence of the interface:
    in a ``<span lang>`` on a page in another language, as it is on the others."""
    return _in_lang(text, data_lang(language))


def _in_lang(text, lang, element="span"):
    if not lang:
        return conditional_escape(text)
    return _html('<{0} lang="{1}">{2}</{0}>', element, lang, text)


@register.filter
def chip_label(chip, length=None):
    """A chip's label as ``printable`` shows it, cut to ``length`` characters, the name of
    the row it filters by (``Chip.record_text``) marked as ``data_text``."""
    label = printable(chip.label)
    if length is not None:
        label = Truncator(label).chars(length)
    split = len(chip.label) - len(chip.record_text)
    if not chip.record_text or split >= len(label):  # or cut short before the name
        return label
    name = _in_lang(label[split:], data_lang(_language(chip.record_text)))
    return _html("{}{}", label[:split], name)


@register.simple_tag(takes_context=True)
def navigation(context):
    """The main menu as ``(url, label, is_current)``; works without a request (500 page)."""
    request = context.get("request")
    current = request.path if request is not None else None
    links = [(reverse("events:timeline"), gettext("Timeline"))]
    links += [(reverse(kind.list_url_name), kind.plural) for kind in KINDS]
    return [(url, label, url == current) for url, label in links]


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page in each of the site's languages: ``(code, name, address, is_current)``.
    The address keeps the page's query (its filters); without a request (the 500 page),
    none."""
    request = context.get("request")
    if request is None:
        return []
    current = get_supported_language_variant(get_language())
    return [
        (code, name, translate_url(request.get_full_path(), code), code == current)
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def entity_kinds():
    """The kinds of entity (people, agreements …), in the order the site shows them."""
    return KINDS


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
def submitted(form, name):
    """The value sent for field ``name``, as typed: one that cannot be used stays in view
    beside its error, so the visitor can see what to fix."""
    return form.data.get(name, "")


@register.filter
def printable(text):
    """``text`` with control characters (a NUL byte in a bad address …) shown as �."""
    return "".join(
        "\ufffd" if unicodedata.category(char) == "Cc" and char not in "\t\n" else char
        for char in str(text)
    )


@register.simple_tag
def linked_names(rows, role=""):
    """``rows`` (entities) as links to their pages, as ``link_list`` shows them; ``role`` is
    an attribute of each row shown after its link."""
    return link_list(
        Link(row.get_absolute_url(), row.name, getattr(row, role) if role else "") for row in rows
    )


def event_card(event, level, back_query=""):
    """An event's card in the lists (``cards.attach_cards``): its date, title, summary,
    the rows it names and its quotes; its title a heading at ``level``, linked to its page
    with ``back_query`` (the list to lead back to).

    In Python rather than a template, as its parts are: a list shows fifty.
    """
    title_tag = heading(level, 2)  # under the list's year and month headings
    citations = event.citations.all()
    sources = ""
    if citations:
        quotes = len(citations)
        sources = _html(
            '\n  <details class="event__sources">\n    <summary>{}</summary>\n{}  </details>',
            ngettext("%(counter)s source quote", "%(counter)s source quotes", quotes)
            % {"counter": quotes},
            mark_safe("".join(f"    {quoted_passage(citation)}\n" for citation in citations)),
        )
    return _html(
        '<article class="event{}" id="event-{}">\n  {}\n'
        '  <{} class="event__title"><a href="{}"{}>{}</a></{}>\n'
        '  <p class="event__summary"{}>{}</p>\n  {}{}\n</article>\n',
        " event--anticipated" if event.is_anticipated else "",
        event.slug,
        event_meta(event),
        title_tag,
        f"{event.get_absolute_url()}?{back_query}" if back_query else event.get_absolute_url(),
        data_lang_attribute(event.title),
        event.title,
        title_tag,
        data_lang_attribute(event.summary),
        event.summary,
        event_links(event),
        sources,
    )


@register.simple_tag
def shared_rows(rows):
    """An entity page's related ``rows`` (``views.SharedRow``), each linked, with how many
    events it shares: a list item each. In Python, as the cards are: a page lists up to
    thirty of each kind."""
    return mark_safe("".join(_shared_row(row.url, row.name, row.shared) for row in rows))


def _shared_row(url, name, shared):
    return _html(
        '<li><a href="{}"{}>{}</a> <span class="count">{}<span class="visually-hidden"> {}'
        "</span></span></li>",
        url,
        data_lang_attribute(name),
        name,
        shared,
        ngettext("shared event", "shared events", shared),
    )


@register.simple_tag
def event_meta(event):
    """An event's date, type and, if it had not happened when reported, its status.

    Tags written in Python rather than included templates: an event list shows fifty
    cards, and the template engine costs several times as much for the same markup.
    """
    status = ""
    if event.is_anticipated:
        status = _html(
            '\n  <span class="tag tag--anticipated">{}</span>', Event.Status(event.status).label
        )
    return _html(
        '<p class="event__meta">\n  <time datetime="{}">{}</time>\n'
        '  <span class="tag">{}</span>{}\n</p>',
        event.date.iso_start,
        event.display_date,
        # The choice's own label: get_…_display() translates every label of the field.
        Event.Type(event.event_type).label,
        status,
    )


@register.simple_tag
def facet_option(facet, option):
    """One of a facet's options: its checkbox and its label with its count of events.

    In Python, as the cards' parts are: the filters list a hundred or more options.
    """
    label = option.label
    if option.full_label:  # an agreement's short name ("SOFA"), its name spelt out too
        label = _html(
            '<span{}><abbr title="{}">{}</abbr><span class="visually-hidden"> ({})</span></span>',
            data_lang_attribute(label),
            option.full_label,
            label,
            option.full_label,
        )
    elif facet.of_records:
        label = data_text(label)
    field_id = f"f-{facet.name}-{option.value}"
    return _html(
        '<li class="option{}">\n'
        '            <input type="checkbox" name="{}" value="{}" id="{}"{}{}>\n'
        '            <label for="{}">{} <span class="count"><span class="visually-hidden">(</span>'
        '{}<span class="visually-hidden"> {})</span></span></label>\n          </li>',
        " option--empty" if option.dead_end else "",
        facet.name,
        option.value,
        field_id,
        mark_safe(" checked") if option.selected else "",
        mark_safe(" disabled") if option.dead_end else "",
        field_id,
        label,
        option.count,
        ngettext("event", "events", option.count),
    )


@register.simple_tag
def event_links(event):
    """The rows an event names (``cards.attach_links``), a list of links for each kind."""
    return _html(
        '<dl class="links">{}</dl>',
        mark_safe(
            "".join(
                _html("\n  <div><dt>{}</dt><dd>{}</dd></div>", kind.plural, link_list(links))
                for kind, links in event.linked
            )
        ),
    )


@register.simple_tag
def link_list(links):
    """``Link``s, comma-separated: ``<a href="…">Moscow</a>, <a href="…">…</a> <span
    class="role">(host)</span>``."""
    # Worked out once for each language a record's text can be in, rather than once a link.
    lang_attributes = {
        language: _lang_attribute(data_lang(language))
        for language in settings.MODELTRANSLATION_LANGUAGES
    }
    role_lang = lang_attributes[DATA_LANGUAGE]  # a role is in the records' first language
    # Each one escaped by _html.
    return mark_safe(
        ", ".join(
            _link_html(link, lang_attributes[_language(link.name)], role_lang) for link in links
        )
    )


def _link_html(link, name_lang, role_lang):
    if link.role:
        return _html(
            '<a href="{}"{}>{}</a> <span class="role"{}>({})</span>',
            link.url,
            name_lang,
            link.name,
            role_lang,
            link.role,
        )
    return _html('<a href="{}"{}>{}</a>', link.url, name_lang, link.name)


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)  # so that {% extends %} finds blocks inside it

    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        # Set where the surrounding template can read it, beyond this tag's own scope.
        context.dicts[0][self.name] = self.nodelist.render(context).strip()
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: the rendered content, once, as ``name``.

    A block can be rendered only once in a template, and a page's title is wanted in its
    ``<title>`` and again in its link preview tags.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def ended(sentence):
    """The sentence (or a date ending one) with its full stop: ``dates.with_full_stop``."""
    return with_full_stop(str(sentence))


@register.filter
def absolute(url, request):
    """``url`` as a full address (``https://host/media/…``), as link previews need."""
    return request.build_absolute_uri(url)


@register.simple_tag
def quoted_passage(citation, anchored=False):
    """A citation's quote and its source, linked to the passage in the source's reader;
    ``anchored`` gives it an id that links to it can name (on the event's own page). The
    quote and the source's title are marked with the source's language: they are never
    translated, whatever the page's language; its publisher, a record's text, as
    ``data_text``."""
    source = citation.source
    return _html(
        '<figure class="quote"{}>\n'
        '  <blockquote lang="{}"><p>{}</p></blockquote>\n'
        '  <figcaption><a href="{}" lang="{}">{}</a>, {}, {} <span class="quote__reader">{}'
        "</span></figcaption>\n"
        "</figure>",
        _html(' id="cited-{}"', citation.anchor) if anchored else "",
        source.language,
        citation.quote,
        citation.reader_path,
        source.language,
        source.title,
        data_text(source.publisher),
        source.publication,
        gettext("(read in context)"),
    )
