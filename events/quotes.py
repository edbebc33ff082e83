"""Finding a cited quote in its source's text, and saying what went wrong if it isn't there."""

from dataclasses import dataclass

EXCERPT = 60


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


def occurrences(text, quote):
    """Where each occurrence of ``quote`` (without surrounding white space) starts in ``text``.

    Overlapping occurrences count: each is a place the passage can be cited at.
    """
    quote = quote.strip()
    starts = []
    start = text.find(quote) if quote else -1
    while start >= 0:
        starts.append(start)
        start = text.find(quote, start + 1)
    return starts


def locate_quote(text, quote, near=None):
    """Where ``quote`` stands in ``text``; if it does not, which part is missing.

    Quotes must be verbatim. Only surrounding white space is forgiven, since
    editors paste passages with stray line breaks at either end. A passage that occurs
    more than once is taken at ``near`` if it stands there, else at its first occurrence.
    """
    quote = quote.strip()
    if not quote:
        return QuoteMatch(problem="The quote is empty.")
    if near is not None and text.startswith(quote, near):
        return QuoteMatch(start=near, end=near + len(quote))
    start = text.find(quote)
    if start >= 0:
        # Report offsets of the stripped quote, which is what the reader highlights.
        return QuoteMatch(start=start, end=start + len(quote))
    # The longest prefix that does occur: any shorter prefix occurs too, so bisect.
    low, high = 0, len(quote)
    while low < high:
        middle = (low + high + 1) // 2
        if quote[:middle] in text:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return QuoteMatch(
            problem="The quote was not found in the source: not even its first "
            f"character “{quote[0]}” occurs there."
        )
    return QuoteMatch(
        problem=f"The quote was not found in the source. It matches up to "
        f"“{_shorten(quote[max(0, low - EXCERPT) : low])}”, but the rest, "
        f"“{_shorten(quote[low:])}”, differs from the source's text."
    )
