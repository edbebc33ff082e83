"""Checking page numbers and sizes the same way for the HTML pages and the API."""

MAX_PAGE = 10**6
#: How many results pages may skip. Skipping costs time in proportion to the rows
#: skipped, so deep pages are refused with a hint to narrow the filters instead.
MAX_DEPTH = 5_000


def parse_positive_int(raw, maximum=MAX_PAGE):
    """``raw`` as a whole number from 1 to ``maximum``, or ValueError saying why not."""
    text = raw.strip()
    # The length check keeps int() away from enormous digit strings.
    valid = text.isascii() and text.isdigit() and len(text) <= len(str(maximum))
    if valid and 1 <= int(text) <= maximum:
        return int(text)
    raise ValueError(f"Expected a whole number from 1 to {maximum}.")
