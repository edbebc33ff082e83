"""Every page type under ``/ru/`` shows its interface in Russian: once the parts marked as
in another language (quotes, and the records' own texts, marked ``lang="en"``) are set
aside, no English word is left in the visible text. In the attributes people read
(``aria-label``, ``title``, ``alt``, ``placeholder``) and the page's ``<title>``, which
cannot say their language, the data (names, titles …) is set aside too; what the visitor
typed and addresses are set aside everywhere."""

import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.apps import apps
from django.db import models

from tests.dataset import BRUSSELS, GAZETTE, KELLER, NATO, SIGNING, TRANSIT

pytestmark = pytest.mark.django_db

READ_ATTRIBUTES = {"aria-label", "title", "alt", "placeholder", "aria-description"}
#: Words that are the same in a Russian interface: names of formats and of the alliance.
SAME_IN_RUSSIAN = {
    "NATO",
    "API",
    "JSON",
    "CSV",
    "RSS",
    "Atom",
    "BibTeX",
    "RIS",
    "CSL",
    "iCal",
    "ICS",
    "SVG",
    "OpenAPI",
    "GeoJSON",
    "XLSX",
    "Excel",
    "Zotero",
    "JavaScript",
    "ZIP",
    "TimelineJS",
    "iCalendar",
}
PAGES = [
    "/ru/",
    f"/ru/?person={KELLER}&event_type=meeting&date_from=2004-04&q=transit",
    "/ru/?q=nothing-matches-this",
    "/ru/?view=axis",
    f"/ru/?view=axis&lanes=person&agreement={TRANSIT}",
    "/ru/?q=signed",
    f"/ru/embed/axis/?lanes=person&person={KELLER}",
    "/ru/?date_from=not-a-date",
    f"/ru/events/{SIGNING}/",
    f"/ru/people/{KELLER}/",
    f"/ru/agreements/{TRANSIT}/",
    f"/ru/places/{BRUSSELS}/",
    f"/ru/organizations/{NATO}/",
    f"/ru/sources/{GAZETTE}/",
    "/ru/people/",
    "/ru/agreements/",
    "/ru/places/",
    "/ru/organizations/",
    "/ru/sources/",
    "/ru/people/?q=kel",
    "/ru/no-such-page/",
]


class VisibleText(HTMLParser):
    """The text a reader sees, outside scripts, styles and parts in another language."""

    def __init__(self):
        super().__init__()
        self.stack, self.texts = [], []
        #: Text that cannot carry a language of its own: the attributes and the ``<title>``.
        self.unmarkable = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        foreign = "lang" in attrs and not attrs["lang"].startswith("ru")
        # Scripts, styles and machine text shown as such (a BibTeX record).
        hidden = tag in {"script", "style", "template", "pre", "code", "textarea"}
        inherited = bool(self.stack and self.stack[-1])
        if tag not in {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "area"}:
            self.stack.append(inherited or foreign or hidden)
        if not (inherited or foreign):
            self.unmarkable += [
                value for name, value in attrs.items() if name in READ_ATTRIBUTES and value
            ]
        self.in_title = self.in_title or tag == "title"

    def handle_endtag(self, tag):
        self.in_title = self.in_title and tag != "title"
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]) and data.strip():
            (self.unmarkable if self.in_title else self.texts).append(data)


def data_texts(typed=(), records=True):
    """A pattern matching ``typed`` and, with ``records``, every text value the data holds
    (two characters or more), longest first (a name inside a title goes after it), as whole
    words."""
    values = set()
    for model in apps.get_app_config("events").get_models() if records else ():
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, (models.CharField, models.TextField))
        ]
        for row in model.objects.values_list(*fields):
            for value in row:
                if isinstance(value, str) and value:
                    values.update(value.split("\n"))
                    values.add(value)
    values.update(typed)
    values = sorted((v.strip() for v in values if len(v.strip()) > 1), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, values)) or r"(?!)"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)"), values


def english_left(text, data):
    pattern, values = data
    # A long title may be cut short ("Lavrentiev visits N…"); addresses are machine text.
    cut = text.strip().removesuffix("…")
    if cut != text.strip() and any(value.startswith(cut) for value in values):
        return []
    text = re.sub(r"https?://\S+", " ", pattern.sub(" ", text))
    words = re.findall(r"[A-Za-z][A-Za-z’']+", text)
    return [word for word in words if word not in SAME_IN_RUSSIAN]


@pytest.mark.parametrize("path", PAGES)
def test_no_english_interface_text_on_russian_pages(client, path):
    response = client.get(path)
    assert response.status_code in (200, 400, 404)
    parser = VisibleText()
    parser.feed(response.content.decode())
    typed = [value for _name, value in parse_qsl(urlsplit(path).query)]  # the visitor's
    unmarked, typed_only = data_texts(typed), data_texts(typed, records=False)
    left = {text.strip(): english_left(text, typed_only) for text in parser.texts}
    left |= {text.strip(): english_left(text, unmarked) for text in parser.unmarkable}
    assert {text: words for text, words in left.items() if words} == {}
