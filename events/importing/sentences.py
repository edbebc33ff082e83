"""Sentence spans in news copy, as exact character offsets.

Quotes cut from these spans are stored as verbatim citations, so every span is
``(start, end)`` with ``text[start:end]`` the sentence itself: nothing is
normalised, only the whitespace around a sentence is left out.

Rules, in order:

* Line breaks: a blank line always ends a sentence; a single line break ends one
  when the line before is short (headlines, datelines, bylines have no final
  punctuation), or the next line is a list item or a stamp of its own ("July 9, 2024 /
  9:30 PM EDT" under an entry's headline, however long). Otherwise it is a hard wrap
  inside a paragraph and counts as a space.
* A list item is a sentence of its own, whatever ends it (";", nothing), and its
  bullet ("- ", "• ", "* ", "1. ", "2) ") is no part of it. ``list_items`` says which
  sentences are items and, for a list introduced by a sentence ending in a colon
  ("Under the plan, the council will:"), which sentence that is: each item completes
  it ("the council will … hold an exercise in March;").
* ``?`` and ``!`` end a sentence, as does ``.`` unless it belongs to an
  abbreviation, an initial ("George W. Bush") or an elision (" ... ").
  Closing quotes and brackets after the mark stay with the sentence, and so does a
  note's marker ("in being.[3] Ambassadors", "in 2019.³ The", "in 2019.(3) The").
* A row of a table of dates and events (cells split by tabs, by two spaces or more, or
  by Markdown's "|"; the first a date with its year: "28 May 2002<tab>Council founded")
  is a sentence of its own, its outer "|" no part of it. ``table_rows`` says which
  sentences are rows: two such lines in a row or more make a table.
* A chronology's entry, a line (with a bullet or none) opening with a date, then a colon or
  a spaced dash, then what happened ("- 16 August: Medvedev signs the ceasefire", «19 ноября
  1990 – в Париже подписан ДОВСЕ»), is a sentence whatever ends it, and two such lines in
  a row are two sentences however long: ``dated_entries`` says which sentences open one.
* A list of notes (after a line "References", "Notes", "Sources", «Примечания»…, or a
  line opening with a marker "[5] SHAPE, press release") is no part of the story:
  ``notes`` gives where such lines are.
* Nothing ends before a lower-case word ("etc. and", "a.m. in").
* A title's abbreviation ("Amb.", "Sec.", "Lt.", «посл.») is followed by a name, never a new
  sentence; nor is a short month name closing a sentence's opening date ("On 12 Feb.
  Volker met"), unless a common opener follows.
* After a dotted acronym (U.S., U.N.) a capital usually starts a name, as in
  "the U.S. Defense Secretary", so only a common sentence opener ("He", "The",
  "But"…) ends the sentence there. "a.m."/"p.m." end a sentence before any
  capital except a weekday or month ("9 a.m. Monday").
* Russian copy: initials ("С. Лавров", "Лавров С.В."), "т.е.", "и т.д." are read as
  in English; "г." after a year ends a sentence only when more than three words come
  before it, with a verb among them, and a capital follows ("В 1997 г. Россия…", "После
  конфликта в августе 2008 г. НАТО…", "Закон от 7 июня 2007 г. № 99-ФЗ" go on, "Договор
  подписан в 1997 г. Россия…" ends);
  "г." before a name is "город" ("в г. Москве"). Direct speech goes on after its
  quote: «Мы готовы!» — заявил он.
* A quotation of several sentences closed by its attribution ("… That is all,” she said.",
  «… Мы ждём», — заявил он.) is one sentence from its first to the attribution, so that what
  was said is quoted whole, up to ``QUOTATION_LENGTH``; it may run over paragraphs, each
  opening with the quotation mark again. A quotation closed with a full stop ("… all.") says
  nothing of who speaks and is split as any text.
"""

import re
from itertools import pairwise

from events.importing.calendar_words import MONTHS, RU_MONTH_ABBREVIATIONS, RU_MONTHS, WEEKDAYS
from events.importing.names import word_set

SHORT_LINE = 60  # Hard-wrapped news copy runs 65–80 characters to a line.
QUOTATION_LENGTH = 600  # A quotation longer than this is a speech: quote it sentence by sentence.

# Abbreviations always followed by a name, so never the end of a sentence.
# Titles and ranks of news and diplomatic copy ("Amb. Volker", "Sec. Rice", "Lt. Gen.").
_TITLES = frozenset({
    "mr", "mrs", "ms", "messrs", "mme", "dr", "gen", "lt", "col", "maj", "capt", "cmdr", "cdr",
    "brig", "adm", "sgt", "cpl", "sen", "rep", "gov", "pres", "prof", "rev", "hon", "amb",
    "ambs", "sec", "secy", "dep", "min", "asst", "st", "mt", "ft", "vs",
    "проф", "акад", "ген", "адм", "полк", "подполк", "им", "ул", "просп", "пл", "пер", "св",
    "тов", "зам", "г-н", "г-жа", "посл", "мин", "пред", "ген-л", "ген-м", "корр", "спецкорр",
})  # fmt: skip
# Abbreviations that end no sentence when a number follows ("No. 5", "Jan. 5").
_BEFORE_NUMBER = frozenset(
    ["no", *(name for name in MONTHS if len(name) <= 4), *RU_MONTH_ABBREVIATIONS]
)
# Units that a number comes before, where the title's abbreviation would not.
_UNITS = frozenset({"min", "sec", "мин"})
# Short month names written after a day: "12 Feb.", "5 дек.".
_MONTH_AFTER_DAY = frozenset(
    [*(name for name in MONTHS if len(name) <= 4 and name != "may"), *RU_MONTH_ABBREVIATIONS]
)
_SENTENCE_OPENERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "there", "here", "but", "and", "so", "yet", "or",
    "if", "when", "while", "as", "after", "before", "since", "in", "on", "at", "for",
    "however", "meanwhile", "also",
    "затем", "он", "она", "оно", "они", "это", "этот", "эта", "эти", "в", "во", "на", "по",
    "но", "и", "а", "как", "кроме", "однако", "при", "с", "со", "после", "тогда", "так",
    "также", "тем", "для", "из", "к", "о", "об", "у", "за", "до", "если", "когда", "хотя",
    "пока", "мы", "я", "вы", "там", "здесь", "сейчас", "ранее", "позже", "потом", "впрочем",
    "напомним", "согласно", "между", "все", "всё", "его", "ее", "её", "их", "не", "ни",
})  # fmt: skip

_NEWLINE = re.compile(r"\r\n?|\n")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–—]|\d{1,3}[.)])\s")
# A note's marker after the mark: "[3]", "³", "(3)".
NOTE_MARKER = r"(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\(\d{1,2}\))"
_END_MARK = re.compile(
    rf"""(?P<mark>\.{{3,}}|…|[.!?]+)(?P<closers>["'”’»)\]]*){NOTE_MARKER}*(?=\s)""",
)
_ELLIPSIS = re.compile(r"\.{3,}|…")
_INITIAL = re.compile(r"[A-ZА-ЯЁ]\.")  # "J. Stoltenberg", "С. Лавров"
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-zА-Яа-яЁё]\.){2,}")
_YEAR_ABBREVIATION = re.compile(r"гг?\.")  # "1997 г.", "1994–1997 гг."; "г. Москва"
# A Russian verb by its ending: a past ("подписал", "вышла", "состоялись"), a short
# participle ("подписан", "принят", "создана", "заключён") or a reflexive present or future
# ("состоится").
_RUSSIAN_VERB = re.compile(
    r"(?<![\w-])(?:был[аои]?|[а-яё]{2,}(?:[аеиоуыя]л(?:а|о|и)?(?:ся|сь)?|тся|(?:ова|иса|да)н[аоы]?"
    r"|[яы]т[аоы]?|[её]н[аоы]?))(?![\w-])"  # not "сил", "сила"
)
_NUMBER_BEFORE = re.compile(r"\d(?:-?[а-я]{1,2})?\s*$")
_SPEECH_GOES_ON = re.compile(r"[\u2014\u2013-]\s+[a-zа-яё]")  # «Мы готовы!» — заявил он
_OPENING_PUNCTUATION = "\"'“‘«(["


def split_sentences(text: str, whole_quotations: bool = True) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence in ``text``, in order; a quotation of
    several sentences closed by its attribution is one, unless not ``whole_quotations``."""
    rows = _table_lines(text)
    spans = [span for block in _blocks(text, rows) for span in _block_sentences(text, *block, rows)]
    return _join_quotations(text, spans) if whole_quotations else spans


# A quotation mark: "“", "«" and "„" open, "”" and "»" close; a straight one opens before a
# word and closes after one; "“" closes what "„" opened.
_QUOTE_MARK = re.compile(r'[“”«»„"]')
_OPENS_AFTER = " \t\n([\u2014\u2013-"
# What follows a quotation's close when it names who spoke: "…,” she said", "…?” he asked",
# «…», — заявил он.
_ATTRIBUTION_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*[\u2014\u2013-][^\S\n]*\w|[^\S\n]+[^\W\d_]")


def _join_quotations(text, spans):
    """``spans`` with the sentences of each quotation closed by its attribution joined into
    one, from the sentence that opens it to the one that closes it."""
    joined = []
    opened = None  # where in ``joined`` the quotation still open began
    stack = []  # the marks that opened it, innermost last
    for start, end in spans:
        scan = start
        if stack and "\n" in text[joined[-1][1] : start]:
            # A paragraph going on with the quotation opens with its mark again.
            again = _QUOTE_MARK.match(text, start)
            if again and _quote_role(text, again, stack) == "open":
                scan = again.end()
            else:
                stack, opened = [], None  # never closed: read as it is
        closed = _read_quotes(text, scan, end, stack)
        joined.append((start, end))
        if opened is not None and closed is not None:
            first = joined[opened][0]
            if _attributed(text, closed, end) and end - first <= QUOTATION_LENGTH:
                joined[opened:] = [(first, end)]
            opened = None
        if stack and opened is None:
            opened = len(joined) - 1
    return joined


def _quote_role(text, mark, stack):
    """Whether the quotation mark ``mark`` opens or closes a quotation, or neither."""
    char = mark.group()
    if char in "«„" or (char == "“" and not (stack and stack[-1] == "„")):
        return "open"
    if char in "”»“":
        return "close"
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if before in _OPENS_AFTER and not after.isspace():
        return "open"
    return "close" if not before.isspace() else None


def _read_quotes(text, start, end, stack):
    """Follow the quotation marks of ``text[start:end]`` on ``stack``; the first mark that
    closes all that was open before it, or None."""
    closed = None
    for mark in _QUOTE_MARK.finditer(text, start, end):
        role = _quote_role(text, mark, stack)
        if role == "open":
            stack.append(mark.group())
        elif role == "close" and stack:
            stack.pop()
            if not stack and closed is None:
                closed = mark
    return closed


def _attributed(text, close, end):
    """Whether the quotation closed by ``close`` is followed by who said it before ``end``:
    "…,” she said.", "…?” he asked.", «…», — заявил он."""
    before = text[close.start() - 1]
    if before in ",?!":
        return bool(re.search(r"[^\W\d_]", text[close.end() : end]))
    return bool(_ATTRIBUTION_AFTER.match(text, close.end(), end)) and before != "."


def list_items(text: str) -> dict[int, tuple[int, int] | None]:
    """The list items among the sentences of ``text``: the start of each item's first
    sentence, with the span of the sentence ending in a colon that introduces its list,
    or None when no such sentence does."""
    items = {}
    lead_in = None  # the colon sentence of the list being read
    previous = None  # the last sentence before the block
    rows = _table_lines(text)
    for block_start, block_end in _blocks(text, rows):
        spans = _block_sentences(text, block_start, block_end, rows)
        if not spans:
            continue  # a blank line neither ends nor begins a list
        if _after_bullet(text, block_start, block_end) == block_start:
            lead_in = None
        else:
            if previous and text[previous[0] : previous[1]].endswith(":"):
                lead_in = previous
            items[spans[0][0]] = lead_in
        previous = spans[-1]
    return items


# A heading that opens the list of a piece's notes or sources, to its end.
_NOTES_HEADING = re.compile(
    r"(?im)^[ \t#*]*(?:references|notes|end\s?notes|foot\s?notes|sources|bibliography|"
    r"citations|works\s+cited|further\s+reading|примечания|источники|список\s+литературы|"
    r"литература|сноски)[ \t*:]*$"
)
# A note of its own: "[5] SHAPE, press release, 19 April 2018.", "¹ Ibid."
_NOTE_LINE = re.compile(r"(?m)^[ \t]*(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)[ \t]")


def notes(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of ``text`` that is a note or a list of notes,
    not the story: from a heading "References" (or the like) to the end, and each line
    opening with a note's marker."""
    stretches = []
    for line in _NOTE_LINE.finditer(text):
        end = text.find("\n", line.start())
        stretches.append((line.start(), len(text) if end == -1 else end))
    if heading := _NOTES_HEADING.search(text):
        stretches.append((heading.start(), len(text)))
    return stretches


# A table's cells: split by a tab, by two spaces or more, or by Markdown's "|".
_CELL_GAP = re.compile(r"[ \t]*(?:\t|\|)[ \t]*| {2,}")
_YEAR_IN_CELL = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_DATE_CELL_WORDS = 5  # "28 May 2002", "Aug. 19, 2008", "Spring 2016", "2001–2002"


def _row_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a line that is shaped as a table's row of a date and what happened on
    it (its outer "|" and white space left out), or None."""
    line = text[start:end]
    inner_start = len(line) - len(line.lstrip(" \t|"))
    inner_end = len(line.rstrip(" \t|"))
    cells = _CELL_GAP.split(line[inner_start:inner_end])
    if len(cells) < 2 or not all(cell.strip() for cell in cells):
        return None
    date, *rest = cells
    if not _YEAR_IN_CELL.search(date) or len(date.split()) > _DATE_CELL_WORDS:
        return None
    if date.endswith((".", "!", "?")):
        return None  # "It met in 2016.  Then it stopped.": sentences two spaces apart
    if not any(re.search(r"[^\W\d_]{2,}", cell) for cell in rest):
        return None  # a row of figures: "2016  3  12"
    return start + inner_start, start + inner_end


# What sets a chronology entry's date off from what happened: "Dec 20, 1991 - NATO …",
# "1999: …", a table's cell ("1999 | …"); not the dash inside "7–8 August".
ENTRY_DATE_END = re.compile(r"[^\S\n]*(?:[-\u2013\u2014:]|\|)[^\S\n]")
_ENTRY_HEAD = re.compile(rf"(?P<date>[^\n]{{1,40}}?){ENTRY_DATE_END.pattern}")
# The words a chronology entry's date may have besides numbers and months' names: "Late May
# 2002", "Spring 2016", "1st", «19 ноября 1990 года»; not "Madrid 1997: the summit that …",
# a headline's, nor "MOSCOW, Dec. 3 (Reuters) -", a dateline's.
_ENTRY_DATE_WORDS = word_set(
    "early mid late end of and to spring summer autumn fall winter st nd rd th "
    "года год г гг весна весной лето летом осень осенью зима зимой начало конец середина"
)


def _entry_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a chronology's entry: a date (a day or a year)
    heading what happened."""
    head = _ENTRY_HEAD.match(text, _after_bullet(text, start, end), end)
    if not head:
        return False
    words = re.findall(r"[^\W\d_]+", head["date"].lower())
    months = [w for w in words if w in MONTHS or w in RU_MONTHS or w in RU_MONTH_ABBREVIATIONS]
    return (
        all(w in months or w in _ENTRY_DATE_WORDS for w in words)
        and re.search(r"\d", head["date"]) is not None
        and (bool(months) or _YEAR_IN_CELL.search(head["date"]) is not None)
    )


def heads_an_entry(sentence: str, start: int, end: int) -> bool:
    """Whether the date ``sentence[start:end]`` heads a chronology's entry: it opens the
    sentence, and a colon or a spaced dash follows ("16 August: Medvedev signs …")."""
    return not sentence[:start].strip() and ENTRY_DATE_END.match(sentence, end) is not None


def dated_entries(text: str) -> set[int]:
    """The starts of the sentences that open a chronology's entry."""
    return {
        _after_bullet(text, start, end)
        for start, end in _lines(text)
        if _entry_line(text, start, end)
    }


def table_rows(text: str) -> set[int]:
    """The starts of the sentences that are rows of a table of dates and events."""
    return {start for start, _end in _table_lines(text).values()}


def _table_lines(text: str) -> dict[int, tuple[int, int]]:
    """The lines of a table of dates and events, by where they start, with their rows'
    spans: lines shaped as rows, two or more one after another."""
    rows, run = {}, {}
    for start, end in [*_lines(text), (len(text), len(text))]:
        if span := _row_span(text, start, end):
            run[start] = span
            continue
        if len(run) >= 2:
            rows.update(run)
        run = {}
    return rows


def _block_sentences(text: str, block_start: int, block_end: int, rows=None):
    if rows and block_start in rows:
        return [rows[block_start]]  # a table's row is one sentence, whatever is in its cells
    spans = []
    start = _after_bullet(text, block_start, block_end)
    for end in _sentence_ends(text, start, block_end):
        spans.append(_strip(text, start, end))
        start = end
    spans.append(_strip(text, start, block_end))
    return [(start, end) for start, end in spans if start < end]


def _after_bullet(text: str, block_start: int, block_end: int) -> int:
    """Where a block begins once the bullet of a list item is left out."""
    bullet = _LIST_ITEM.match(text, block_start, block_end)
    return bullet.end() if bullet else block_start


def _blocks(text: str, rows):
    """Runs of text between the line breaks that always end a sentence; a table's row is
    a run of its own."""
    block_start = 0
    for (start, end), (next_start, next_end) in pairwise(_lines(text)):
        line, next_line = text[start:end], text[next_start:next_end]
        if (
            not line.strip()
            or not next_line.strip()
            or len(line.strip()) < SHORT_LINE
            or _LIST_ITEM.match(next_line)
            or start in rows
            or next_start in rows
            or _entry_line(text, start, end)
            and _entry_line(text, next_start, next_end)
            or _STAMP_LINE.fullmatch(next_line)
        ):
            yield block_start, end
            block_start = next_start
    yield block_start, len(text)


# A line of its own that stamps what follows with its time, under an entry's headline
# however long: "July 9, 2024 / 9:30 PM EDT", "Updated 14:05 GMT"; short, a clock's time in
# it, and no sentence's end.
_STAMP_LINE = re.compile(r"[^\n]{0,30}\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b[^\n.!?]{0,30}")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    lines, start = [], 0
    for newline in _NEWLINE.finditer(text):
        lines.append((start, newline.start()))
        start = newline.end()
    lines.append((start, len(text)))
    return lines


def _sentence_ends(text: str, block_start: int, block_end: int):
    start = block_start
    for mark in _END_MARK.finditer(text, block_start, block_end):
        next_start = _skip_space(text, mark.end(), block_end)
        if next_start < block_end and _ends_sentence(text, mark, next_start, start):
            yield mark.end()
            start = mark.end()


def _ends_sentence(text: str, mark: re.Match, next_start: int, block_start: int) -> bool:
    """Whether ``mark`` ends the sentence begun at ``block_start``."""
    next_word = text[next_start : _skip_word(text, next_start)].strip(_OPENING_PUNCTUATION)
    if text[next_start].islower():
        return False
    if (mark["closers"] or "?" in mark["mark"] or "!" in mark["mark"]) and _SPEECH_GOES_ON.match(
        text, next_start
    ):
        return False
    if "?" in mark["mark"] or "!" in mark["mark"] or mark["closers"]:
        return True
    if _ELLIPSIS.fullmatch(mark["mark"]):
        # " ... " leaves words out of a quotation; "word..." trails off.
        return not text[mark.start() - 1 : mark.start()].isspace()
    word_start = mark.start()
    while word_start > block_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : mark.start() + 1].lstrip(_OPENING_PUNCTUATION)
    abbreviation = word[:-1].lower()
    before = text[block_start:word_start]
    if abbreviation in _UNITS and _NUMBER_BEFORE.search(before):
        pass  # "after 90 min. The": a unit, not a title
    elif abbreviation in _TITLES or _INITIAL.fullmatch(word):
        return False
    if _YEAR_ABBREVIATION.fullmatch(word):
        if not _NUMBER_BEFORE.search(before):
            return False  # "г. Москва": a town's name follows
        if next_word.lower().rstrip(".,") in _SENTENCE_OPENERS:
            return True
        # What comes before must be a sentence of its own, with its verb: "После конфликта
        # в августе 2008 г. НАТО заморозило …", "Закон от 7 июня 2007 г. № 99-ФЗ …" go on.
        clause = before.rpartition(". ")[2]
        return (
            len(clause.split()) > 3
            and next_word[:1].isupper()
            and bool(_RUSSIAN_VERB.search(clause))
        )
    if abbreviation in _BEFORE_NUMBER and next_word[:1].isdigit():
        return False
    if abbreviation in _MONTH_AFTER_DAY and _NUMBER_BEFORE.search(before):
        # "On 12 Feb. Volker met": a date opening the sentence (or what follows its label,
        # "Summary: On 12 Feb.") goes on, as "г." does.
        opening = before.rpartition(": ")[2]
        return len(opening.split()) > 2 or next_word.lower().rstrip(".,") in _SENTENCE_OPENERS
    if word.lower() in ("a.m.", "p.m."):
        return next_word.lower().rstrip(".,") not in {*WEEKDAYS, *MONTHS}
    if _DOTTED_ACRONYM.fullmatch(word):
        return next_word.lower().rstrip(".,") in _SENTENCE_OPENERS
    return True


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _skip_word(text: str, position: int) -> int:
    while position < len(text) and not text[position].isspace():
        position += 1
    return position


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    start = _skip_space(text, start, end)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
