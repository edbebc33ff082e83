"""Slugs made from titles and names: made one way wherever they are made.

The admin makes a record's slug here too, on saving with the slug left empty, rather
than in the browser with Django's URLify, which transliterates and drops characters by
rules of its own: a slug typed nowhere comes out the same from the admin and the import.
"""

from anyascii import anyascii
from django.utils.text import slugify

from .text import DASHES

# Of the 120 characters a slug may have: room for a "-2" when the slug is taken.
SLUG_LENGTH = 100
# Characters that join two words: slugify would drop them and run the words together.
_WORD_JOINS = str.maketrans(dict.fromkeys(DASHES + "/", " "))


def slug_from(text):
    """``text`` as a slug, in ASCII letters: "NATO–Russia Council" gives
    "nato-russia-council" (Django's ``slugify`` alone drops the en dash and gives
    "natorussia-council"), "Совет Россия — НАТО" gives "sovet-rossiia-nato" (``slugify``
    alone drops every letter not in ASCII)."""
    return slugify(anyascii(text.translate(_WORD_JOINS)))


def unique_slug(model, text, exclude_pk=None):
    """A slug for ``text`` that no other row of ``model`` has yet."""
    base = slug_from(text)[:SLUG_LENGTH].strip("-") or model._meta.model_name
    rows = model._base_manager.filter(slug__startswith=base).exclude(pk=exclude_pk)
    taken = set(rows.values_list("slug", flat=True))
    candidates = (base if n == 1 else f"{base}-{n}" for n in range(1, len(taken) + 2))
    return next(slug for slug in candidates if slug not in taken)
