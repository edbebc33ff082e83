"""Control characters in text: normalised as editors type them, left out where formats forbid them.

Word inserts ``\\x0b`` for a soft line break; pasting from PDFs and web pages brings form
feeds, Unicode line and paragraph separators, bidirectional overrides and the odd NUL.
None of them belongs in the timeline's text, and XML (the Atom feed) and iCalendar
refuse most of them outright.
"""

import re

# Hyphens, dashes and the minus sign: the same mark to a reader, wherever it is typed.
DASHES = "-‐‑‒–—―−⁃﹘﹣－"

# Characters that end a line: a line break in multi-line text, a space in one line.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Invisible characters that reorder text for display, and can make it read other than it is.
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Every other C0 and C1 control, except the tab and the line feed, and DEL.
OTHER_CONTROLS = "".join(
    chr(code)
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]
    if chr(code) not in "\t\n" + LINE_BREAKS
)

_MULTILINE = str.maketrans(
    {**dict.fromkeys(LINE_BREAKS, "\n"), **dict.fromkeys(OTHER_CONTROLS + BIDI_CONTROLS)}
)
_ONE_LINE = str.maketrans(
    {**dict.fromkeys(LINE_BREAKS + "\t\n", " "), **dict.fromkeys(OTHER_CONTROLS + BIDI_CONTROLS)}
)

# What either table changes: text without any (nearly all text) is returned as it is,
# since ``str.translate`` with a table looks up every character (slow in bulk exports).
_MULTILINE_CHANGES = re.compile(f"[{re.escape(LINE_BREAKS + OTHER_CONTROLS + BIDI_CONTROLS)}]")
_ONE_LINE_CHANGES = re.compile(
    f"[{re.escape(LINE_BREAKS + OTHER_CONTROLS + BIDI_CONTROLS + chr(9) + chr(10))}]"
)


def clean_text(value, *, multiline):
    """``value`` as the timeline stores text: line breaks as ``\\n`` (or, in a one-line
    field, spaces), tabs kept in multi-line text, every other control character removed."""
    changes, table = (
        (_MULTILINE_CHANGES, _MULTILINE) if multiline else (_ONE_LINE_CHANGES, _ONE_LINE)
    )
    if not changes.search(value):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.translate(table)


# What XML 1.0 refuses (and Django's feed writer raises on): C0 controls but tab and breaks.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    """``value`` with every character XML 1.0 cannot carry replaced by a space."""
    return _NOT_XML.sub(" ", value)
