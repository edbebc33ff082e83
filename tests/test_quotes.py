"""Quotes match their source whatever the typography of the editor's copy."""

import pytest

from events.quotes import locate_quote, occurrences


def located(text, quote, near=None):
    match = locate_quote(text, quote, near)
    assert match.found, match.problem
    return text[match.start : match.end]


@pytest.mark.parametrize(
    "source, pasted",
    [
        # Double quotes, either way round and in other languages' styles.
        ("He called it “a new era”.", 'He called it "a new era".'),
        ('He called it "a new era".', "He called it „a new era“."),
        ("Il l’a appelé « une ère ».", 'Il l\'a appelé " une ère ".'),
        # Single quotes, apostrophes and primes.
        ("Russia’s envoy said ‘no’.", "Russia's envoy said 'no'."),
        ("Russia's envoy said 'no'.", "Russia’s envoy said ‚no‘."),
        ("A 5′ gap.", "A 5' gap."),
        # Hyphens, dashes and the minus sign.
        ("The NATO–Russia Council — again.", "The NATO-Russia Council - again."),
        ("The NATO-Russia Council ‒ again.", "The NATO‑Russia Council ― again."),
        ("A fall of −3 points.", "A fall of -3 points."),
        ("A fall of ‐3 points.", "A fall of —3 points."),
    ],
)
def test_quote_marks_apostrophes_and_dashes_match_in_any_style(source, pasted):
    assert located(source, pasted) == source


@pytest.mark.parametrize(
    "source, pasted",
    [
        ("NATO and Russia\nmet on Monday.", "NATO and Russia met on Monday."),
        ("NATO and Russia met on Monday.", "NATO and\n\tRussia   met on\r\nMonday."),
        ("NATO  and \t Russia\n\n met on Monday.", "NATO and Russia met on Monday."),
    ],
)
def test_any_run_of_white_space_matches_any_other(source, pasted):
    assert located(source, pasted) == source


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u2002", "\u3000"])
def test_unicode_spaces_match_an_ordinary_space_either_way(space):
    source = f"on 7{space}April 2004"
    assert located(source, "7 April 2004") == f"7{space}April 2004"
    assert located("on 7 April 2004", f"7{space}April") == "7 April"


def test_soft_hyphens_match_nothing_in_the_quote_or_the_source():
    source = "the Found\u00adIng Act was signed"
    assert located(source, "FoundIng Act") == "Found\u00adIng Act"
    assert located("the FoundIng Act", "Found\u00adIng\u00ad Act") == "FoundIng Act"
    # At the edges of the source's passage, they are left outside it.
    assert located("a \u00adFounding\u00ad b", "Founding") == "Founding"
    assert located("a Founding b", "\u00adFounding\u00ad") == "Founding"


def test_offsets_map_back_across_collapsed_runs():
    source = "x\u00ad \u00a0\n\u00ad y \u00ad\u00ad z\u00ad\u00adw end"
    match = locate_quote(source, "x y z w")
    assert match.found is False
    match = locate_quote(source, "y zw")
    assert (match.start, match.end) == (source.index("y"), source.index("w") + 1)
    assert located(source, "x y") == source[: source.index("y") + 1]
    assert located(source, "end") == "end"


def test_a_long_text_is_searched_without_quadratic_work():
    # Every other character collapses; a per-character scan from each candidate
    # start would take minutes here.
    source = "a\u00ad \u00a0" * 50_000 + "“the end”"
    assert located(source, '"the end"') == "“the end”"
    assert len(occurrences(source, "a a")) == 49_999


def test_a_passage_found_more_than_once_is_taken_near_its_offset_else_the_first():
    source = "They met in Rome. Later, they’d say: “they met in Rome”."
    first, second = occurrences(source, "met in Rome")
    assert (first, second) == (5, source.rindex("met in Rome"))
    assert occurrences(source, "they'd say: \"they met") == [source.index("they’d")]
    assert locate_quote(source, "met in Rome").start == first
    assert locate_quote(source, "met in Rome", near=second).start == second
    # An offset where the passage does not stand (the text changed) is not used.
    assert locate_quote(source, "met in Rome", near=second + 1).start == first


def test_the_partial_match_message_quotes_the_editors_own_text():
    match = locate_quote("NATO–Russia talks began on Monday.", "NATO-Russia talks ended on Monday.")
    assert not match.found
    assert "matches up to “NATO-Russia talks ”" in match.problem
    assert "“ended on Monday.”" in match.problem


def test_a_quote_of_nothing_but_spaces_and_soft_hyphens_is_empty():
    assert locate_quote("text", " \u00ad\u00a0 ").problem == "The quote is empty."
