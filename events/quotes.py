"""Finding a cited quote in its source's text, and saying what went wrong if it isn't there.

Editors paste quotes from web pages, PDFs and word processors, which change typography
on the way: straight quotes become curly (or the other way), hyphens become dashes, line
breaks move, spaces become non-breaking, soft hyphens appear. A quote matches its source
whatever those differences, and what is stored is the source's own text at the place
matched: both are compared in a canonical form (see ``Canonical``) whose every character
remembers where it came from.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

from .text import DASHES

EXCERPT = 60

_DOUBLE_QUOTES = '"“”„‟«»〝〞〟＂″‶'
_SINGLE_QUOTES = "'‘’‚‛‹›′‵ʼ`´＇"
# Invisible characters that only say where a word may break: they match nothing.
IGNORABLE = "\u00ad\u200b\u2060\ufeff"
_WHITE_SPACE = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())

_CANONICAL = str.maketrans(
    {
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(DASHES, "-"),
        **dict.fromkeys(_WHITE_SPACE, " "),
    }
)
# After translation: what changes length. A run of spaces, with any ignorable characters
# among them, becomes one space; ignorable characters on their own disappear.
_COLLAPSING = re.compile(f"[ {IGNORABLE}]{{2,}}|[{IGNORABLE}]")


class Canonical:
    """``original`` with typography made uniform, and a map back to ``original``'s offsets.

    The map is kept as the offsets where the two texts fall out of step (one per
    collapsed run), not one entry per character, so building it costs a pass of a
    regular expression, and reading it a binary search.
    """

    def __init__(self, original):
        translated = original.translate(_CANONICAL)
        pieces = []
        # Segment k starts at canonical offset steps[k] and original offset origins[k];
        # within a segment the two advance together.
        self._steps, self._origins = [0], [0]
        copied = length = 0
        for run in _COLLAPSING.finditer(translated):
            kept = translated[copied : run.start()]
            collapsed = " " if " " in run.group() else ""
            pieces += [kept, collapsed]
            length += len(kept) + len(collapsed)
            copied = run.end()
            self._steps.append(length)
            self._origins.append(copied)
        pieces.append(translated[copied:])
        self.text = "".join(pieces)

    def start(self, offset):
        """Where the character at canonical ``offset`` stands in the original."""
        segment = bisect_right(self._steps, offset) - 1
        return self._origins[segment] + offset - self._steps[segment]

    def end(self, offset):
        """The original offset just past the character before canonical ``offset``."""
        return self.start(offset - 1) + 1 if offset else 0

    def offset_of(self, original_offset):
        """The canonical offset of the character at ``original_offset``, if it has one."""
        segment = bisect_right(self._origins, original_offset) - 1
        offset = self._steps[segment] + original_offset - self._origins[segment]
        return offset if self.start(offset) == original_offset else None


@dataclass(frozen=True)
class QuoteMatch:
    start: int | None = None
    end: int | None = None
    problem: str = ""

    @property
    def found(self):
        return self.start is not None


def _shorten(text):
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _pasted(quote):
    """The quote without surrounding white space (or soft hyphens), and its canonical form."""
    quote = quote.strip(_WHITE_SPACE + IGNORABLE)
    return quote, Canonical(quote)


def occurrences(text, quote):
    """Where each occurrence of ``quote`` starts in ``text``, matched as ``locate_quote`` does.

    Overlapping occurrences count: each is a place the passage can be cited at.
    """
    source, wanted = Canonical(text), _pasted(quote)[1].text
    starts = []
    start = source.text.find(wanted) if wanted else -1
    while start >= 0:
        starts.append(source.start(start))
        start = source.text.find(wanted, start + 1)
    return starts


def locate_quote(text, quote, near=None):
    """Where ``quote`` stands in ``text``; if it does not, which part is missing.

    Quote marks, apostrophes, dashes, white space and soft hyphens may differ (see the
    module's docstring); the match's offsets are the source's, so ``text[start:end]`` is
    the passage as the source has it. A passage that occurs more than once is taken at
    ``near`` if it stands there, else at its first occurrence.
    """
    quote, pasted = _pasted(quote)
    wanted = pasted.text
    if not wanted:
        return QuoteMatch(problem="The quote is empty.")
    source = Canonical(text)
    start = source.offset_of(near) if near is not None else None
    if start is None or not source.text.startswith(wanted, start):
        start = source.text.find(wanted)
    if start >= 0:
        return QuoteMatch(start=source.start(start), end=source.end(start + len(wanted)))
    return QuoteMatch(problem=_difference(source.text, quote, pasted))


def _difference(canonical_text, quote, pasted):
    """What to tell an editor whose quote is not in the text."""
    # The longest prefix that does occur: any shorter prefix occurs too, so bisect.
    low, high = 0, len(pasted.text)
    while low < high:
        middle = (low + high + 1) // 2
        if pasted.text[:middle] in canonical_text:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return (
            "The quote was not found in the source: not even its first "
            f"character “{quote[0]}” occurs there."
        )
    # The excerpts are the editor's own text, as pasted.
    matched = pasted.end(low)
    return (
        f"The quote was not found in the source. It matches up to "
        f"“{_shorten(quote[max(0, matched - EXCERPT) : matched])}”, but the rest, "
        f"“{_shorten(quote[matched:])}”, differs from the source's text."
    )
