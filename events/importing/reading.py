"""From what an editor gives (pasted text or an uploaded file) to the article's text.

The text returned is what offsets and quotes will point into, so plain text is
kept exactly as given: no newline translation, no stripping. Only HTML, and Markdown
(text the editor says is Markdown, an upload named .md or one that is clearly
Markdown), are reduced to their readable text.
"""

import codecs
import re
from datetime import date
from html.parser import HTMLParser

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.importing.calendar_words import MONTHS, WEEKDAYS
from events.importing.datelines import find_dateline
from events.importing.entities_ru import is_russian
from events.importing.sentences import split_sentences
from events.models import Language

MAX_ARTICLE_CHARS = 200_000
MAX_ARTICLE_BYTES = 2_000_000

# Text with more control characters than this share is a binary file, not an article.
_MAX_CONTROL_SHARE = 0.01
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_DOCUMENT = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_BINARY_MESSAGE = _(
    "This looks like binary data (a PDF, Word document or image?), not text. "
    "Upload a .txt or .html file, or paste the article's text."
)


class ArticleError(ValueError):
    """Input that cannot be an article; the message is written for the editor, in the
    active language."""


def grouped(number: int) -> str:
    """``number`` grouped as the active language writes it: "2,000,000", «2 000 000»."""
    return number_format(number, force_grouping=True)


class TextFormat(models.TextChoices):
    """What the editor says a text is written in. Plain text is never altered: telling
    Markdown from news copy by its look alone would sooner or later alter copy."""

    PLAIN = "plain", _("Plain text")
    MARKDOWN = "markdown", _("Markdown")


def article_text(text: str, text_format: str = TextFormat.PLAIN) -> str:
    """The article text of ``text``, pasted or decoded: exactly as given, or Markdown's
    readable text."""
    if text_format == TextFormat.MARKDOWN:
        text = markdown_to_text(text)
    return check_article_text(text)


def decode_article(data: bytes, filename: str = "", text_format: str = TextFormat.PLAIN) -> str:
    """The article text of an uploaded .txt, .html or .md file's bytes; a file named .md,
    or clearly Markdown, is read as Markdown whatever ``text_format`` says."""
    if not data.strip():
        raise ArticleError(gettext("The file is empty."))
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            gettext("The file is too large (%(size)s bytes); the limit is %(limit)s bytes.")
            % {"size": grouped(len(data)), "limit": grouped(MAX_ARTICLE_BYTES)}
        )
    if b"\x00" in data:
        raise ArticleError(str(_BINARY_MESSAGE))
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        position = bom + error.start + 1  # Counted from 1, as an editor would count.
        raise ArticleError(
            gettext(
                "The file is not UTF-8 text: byte %(position)s is not UTF-8. "
                "Save it as UTF-8 (or paste its text) and try again."
            )
            % {"position": grouped(position)}
        ) from None
    if filename.lower().endswith((".html", ".htm")) or _HTML_DOCUMENT.match(text):
        _refuse_control_characters(text)
        text = html_to_text(text)
        if not text:
            raise ArticleError(gettext("The HTML page has no readable text."))
    elif filename.lower().endswith((".md", ".markdown")) or looks_like_markdown(text):
        text_format = TextFormat.MARKDOWN
    return article_text(text, text_format)


def check_article_text(text: str) -> str:
    """``text`` unchanged if it can be an article; pasted text goes straight here."""
    if not text.strip():
        raise ArticleError(gettext("The article is empty."))
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            gettext("The article is too long (%(length)s characters); the limit is %(limit)s.")
            % {"length": grouped(len(text)), "limit": grouped(MAX_ARTICLE_CHARS)}
        )
    _refuse_control_characters(text)
    return text


def _refuse_control_characters(text: str) -> None:
    if "\x00" in text:
        raise ArticleError(str(_BINARY_MESSAGE))
    if len(_CONTROL_CHARACTER.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise ArticleError(str(_BINARY_MESSAGE))


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, paragraphs separated by one blank line."""
    # html.parser hands an unfinished tag at the very end ("<p") back as text.
    last_tag = html.rfind("<")
    if last_tag != -1 and ">" not in html[last_tag:]:
        html = html[:last_tag]
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    return reader.text()


_PARAGRAPH_BREAK = None  # Stands among the text pieces where a block starts or ends.


class _TextReader(HTMLParser):
    """Collects text and paragraph breaks; ``article`` and ``main`` are remembered as regions."""

    SKIPPED = frozenset({
        "script", "style", "noscript", "template", "head", "svg", "iframe", "form", "nav",
        "footer", "aside", "figure", "figcaption",
    })  # fmt: skip
    BLOCKS = frozenset({
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
        "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "section",
        "article", "main", "header", "br", "hr", "pre", "figure", "figcaption", "address",
        "details", "summary", "body",
    })  # fmt: skip
    CELLS = frozenset(["td", "th"])
    STORY = ("article", "main")  # News pages wrap the story in one of these.

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[str | None] = []
        self.skipping: list[str] = []
        self.open_stories: list[tuple[str, int]] = []
        self.stories: list[tuple[str, int, int]] = []
        self.in_pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body" and "head" in self.skipping:  # <head> left unclosed.
            del self.skipping[self.skipping.index("head") :]
        if tag in self.SKIPPED:
            self.skipping.append(tag)
        elif tag in self.STORY:
            self.open_stories.append((tag, len(self.pieces)))
        self._mark_layout(tag)
        if tag == "pre":
            self.in_pre += 1

    def handle_startendtag(self, tag, attrs):
        self._mark_layout(tag)

    def handle_endtag(self, tag):
        if tag in self.skipping:
            while self.skipping.pop() != tag:
                pass
        elif tag in self.STORY and tag in (name for name, _ in self.open_stories):
            while True:  # Closing an article also closes whatever story opened inside it.
                name, start = self.open_stories.pop()
                self.stories.append((name, start, len(self.pieces)))
                if name == tag:
                    break
        self._mark_layout(tag)
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1

    def handle_data(self, data):
        if self.skipping:
            return
        if self.in_pre:
            for number, line in enumerate(data.split("\n")):
                if number:
                    self.pieces.append(_PARAGRAPH_BREAK)
                self.pieces.append(line)
        else:
            self.pieces.append(data)

    def _mark_layout(self, tag):
        if tag in self.BLOCKS:
            self.pieces.append(_PARAGRAPH_BREAK)
        elif tag in self.CELLS:
            self.pieces.append(" ")

    def text(self) -> str:
        stories = self.stories + [
            (name, start, len(self.pieces)) for name, start in self.open_stories
        ]
        for kind in self.STORY:
            texts = [
                _paragraphs(self.pieces[start:end]) for name, start, end in stories if name == kind
            ]
            if any(texts):
                return max(texts, key=len)  # Teasers may be articles too; the story is longest.
        return _paragraphs(self.pieces)


def _paragraphs(pieces: list[str | None]) -> str:
    paragraphs, current = [], []
    for piece in [*pieces, _PARAGRAPH_BREAK]:
        if piece is _PARAGRAPH_BREAK:
            paragraph = " ".join("".join(current).split())
            if paragraph:
                paragraphs.append(paragraph)
            current = []
        else:
            current.append(piece)
    return "\n\n".join(paragraphs)


# --- Markdown ---------------------------------------------------------------

# What only Markdown writes; plain news copy has none of these, or one by chance.
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE),  # "# Heading"
    re.compile(r"\[[^\]\n]+\]\((?:https?://|/|#|mailto:)[^)\s]*\)"),  # [text](url)
    re.compile(r"\*\*\S[^*\n]*?\*\*|__\S[^_\n]*?__"),  # **bold**
    re.compile(r"(?<![\w*])\*[^\s*][^*\n]*?(?<![\s*])\*(?![\w*])|(?<!\w)_[^\s_][^_\n]*?_(?!\w)"),
    re.compile(r"^>[ \t]", re.MULTILINE),  # > a quotation
    re.compile(r"^(?:```|~~~)", re.MULTILINE),
)
_MARKDOWN_INLINE = (
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # an image: its alt text
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # a link: its text
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # a reference link: its text
    (re.compile(r"<(?:https?://|mailto:)[^>\s]+>"), ""),  # an automatic link
    (re.compile(r"\*\*(\S(?:[^*\n]*?\S)?)\*\*|__(\S(?:[^_\n]*?\S)?)__"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*([^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_([^\s_](?:[^_\n]*?[^\s_])?)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # an escaped mark: the mark
)
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_MARKDOWN_RULE = re.compile(r"(?:[-=*_][ \t]*){3,}|```.*|~~~.*")  # rules, setext lines, fences
_MARKDOWN_QUOTE = re.compile(r"(?:>[ \t]?)+")
_MARKDOWN_BULLET = re.compile(r"[-*+][ \t]+")
_MARKDOWN_TABLE_RULE = re.compile(r"\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?")
_MARKDOWN_LINK_DEFINITION = re.compile(r"\[[^\]\n]+\]:[ \t]+\S+.*")


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is clearly Markdown: two kinds of its marks or more, three marks
    in all; an asterisk or two in plain copy are not enough."""
    found = [len(sign.findall(text)) for sign in _MARKDOWN_SIGNS]
    return sum(1 for count in found if count) >= 2 and sum(found) >= 3


def markdown_to_text(markdown: str) -> str:
    """The readable text of Markdown, as ``html_to_text`` gives HTML's: marks, link
    targets and quotation markers left out, a heading its own paragraph, the lines of a
    paragraph joined, each list item a line of its own opening with "- " or its number,
    each row of a table a line with its cells split by tabs."""
    paragraphs, current = [], []

    def end_paragraph():
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in markdown.splitlines():
        line = _MARKDOWN_QUOTE.sub("", line.strip(), count=1).strip()
        if not line or _MARKDOWN_RULE.fullmatch(line) or _MARKDOWN_LINK_DEFINITION.fullmatch(line):
            end_paragraph()
            continue
        if line.startswith("|"):  # a table's row: its cells split by tabs, as plain copy's
            end_paragraph()
            if not _MARKDOWN_TABLE_RULE.fullmatch(line):
                paragraphs.append(
                    "\t".join(_markdown_inline(c) for c in line.strip("|").split("|"))
                )
            continue
        heading = _MARKDOWN_HEADING.fullmatch(line)
        if heading:
            end_paragraph()
            paragraphs.append(_markdown_inline(heading[1]))
            continue
        bullet = _MARKDOWN_BULLET.match(line)
        if bullet or _is_list_item(line):
            end_paragraph()  # an item begins a paragraph of its own
            line = "- " + line[bullet.end() :] if bullet else line
        current.append(_markdown_inline(line))
    end_paragraph()
    text = ""
    for number, paragraph in enumerate(paragraphs):
        if number:  # a list's items follow each other line by line
            previous = paragraphs[number - 1]
            text += (
                "\n"
                if _is_list_item(paragraph)
                and _is_list_item(previous)
                or "\t" in paragraph
                and "\t" in previous
                else "\n\n"
            )
        text += paragraph
    return text


def _is_list_item(line: str) -> bool:
    return bool(re.match(r"- |\d{1,3}[.)] ", line))


def _markdown_inline(line: str) -> str:
    for mark, kept in _MARKDOWN_INLINE:
        line = mark.sub(kept, line)
    return " ".join(line.split())


# --- Publication date -------------------------------------------------------

_TOP_LINES = 12
_PAGE_STAMP = re.compile(r"updated|modified|copyright|©", re.IGNORECASE)

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_FORMS = (
    rf"(?P<day>{_DAY})\s+(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}})",  # 15 April 2004
    rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY}),?\s+(?P<year>\d{{4}})",  # Apr. 15, 2004
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",  # 2004-04-15
    # 15.04.2004, day first; slashed dates are left alone because 07/08 is ambiguous.
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",
)
_DATE = r"\b(?:" + "|".join(re.sub(r"\?P<\w+>", "", form) for form in _DATE_FORMS) + r")\b"
_DATE_LINE = re.compile(
    rf"(?:(?:published|posted|dated?|released|issued)(?:\s+on)?:?\s+)?"
    rf"(?:{_WEEKDAY},?\s+)?{_DATE}\.?",
    re.IGNORECASE,
)
_DATE_IN_BRACKETS = re.compile(rf"\(\s*{_DATE}\s*\)", re.IGNORECASE)


def language_of(text: str) -> str:
    """The language of ``text`` by its script: Russian when most of its letters are
    Cyrillic, English otherwise (the two languages the importer reads). An article read
    in the wrong language loses its dates ("в понедельник" read as English is no day)."""
    return Language.RUSSIAN if is_russian(text) else Language.ENGLISH


def propose_publication_date(text: str) -> tuple[date, str] | None:
    """A date from the article's dateline or date line, with a note saying where it was found.

    Only the top lines count: a date further down is news, not publication. A dateline
    without a year ("BRUSSELS, March 3 (Reuters) -") proposes nothing: the year is what
    the editor is asked for.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_TOP_LINES]
    for line in lines:
        if _PAGE_STAMP.search(line):  # "Last updated 07/27/2016" is not when it was written.
            continue
        if _DATE_LINE.fullmatch(line) and (found := _read_date(line)):
            return found, f"Date line “{line}”"
        if (dateline := find_dateline(line)) and dateline.stated_date:
            return dateline.stated_date, f"Dateline “{dateline.text}”"
        first_sentence = line[slice(*split_sentences(line)[0])]
        match = _DATE_IN_BRACKETS.search(first_sentence)
        if match and (found := _read_date(match[0])):
            return found, f"Date in the first sentence “{match[0]}”"
    return None


def _read_date(text: str) -> date | None:
    """The first date written in ``text``, if it is a real day."""
    written = re.search(_DATE, text, re.IGNORECASE)
    if not written:
        return None
    for form in _DATE_FORMS:
        if match := re.fullmatch(form, written[0], re.IGNORECASE):
            month = match["month"].rstrip(".").lower()
            try:
                return date(
                    int(match["year"]),
                    MONTHS[month] if month in MONTHS else int(month),
                    int(match["day"].rstrip("stndrh")),
                )
            except ValueError:
                return None
    return None
