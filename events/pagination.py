"""Page numbers, sizes and counts, the same for the HTML pages and the API."""

from django.core.paginator import Paginator
from django.utils.formats import number_format
from django.utils.translation import gettext

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
    raise ValueError(
        gettext("Expected a whole number from 1 to %(maximum)s.") % {"maximum": maximum}
    )


def depth_problem(number, page_size):
    """Why page ``number`` is too deep to show, or None."""
    if (number - 1) * page_size < MAX_DEPTH:
        return None
    return gettext(
        "Pages reach only the first %(depth)s events. To see later ones, narrow "
        "the filters, e.g. with a start date (date_from)."
    ) % {"depth": number_format(MAX_DEPTH, force_grouping=True)}


class CountedPaginator(Paginator):
    """Django's Paginator, told how many objects there are where that is known without
    counting them (``known_count``): from the tallies for a list of every published event
    or of some types or statuses, which a count would read whole, or from the counts of the
    facets made for the same filters."""

    def __init__(self, object_list, per_page, known_count=None):
        super().__init__(object_list, per_page)
        if known_count is not None:
            self.count = known_count  # in place of the cached property's query
