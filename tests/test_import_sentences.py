import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.importing.sentences import dated_entries, list_items, notes, split_sentences, table_rows


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_full_stop_question_and_exclamation_end_sentences():
    assert sentences("The vote passed. Was it close? Not at all! Then they left.") == [
        "The vote passed.",
        "Was it close?",
        "Not at all!",
        "Then they left.",
    ]


def test_offsets_are_exact_for_repeated_sentences():
    text = "  They met.  They met.\n\nThey met. "
    assert split_sentences(text) == [(2, 11), (13, 22), (24, 33)]


def test_blank_line_ends_a_line_without_punctuation():
    assert sentences("Allies agree on patrols\n\nThe plan was approved") == [
        "Allies agree on patrols",
        "The plan was approved",
    ]


def test_short_lines_are_headlines_and_bylines():
    text = "Allies agree on patrols\nBy Jane Roe\nKYIV, 3 May 2004 -- Talks began."
    assert sentences(text) == [
        "Allies agree on patrols",
        "By Jane Roe",
        "KYIV, 3 May 2004 -- Talks began.",
    ]


def test_hard_wrapped_lines_stay_one_sentence():
    text = (
        "The ministers of the alliance said on Tuesday that their navies would\n"
        "share the patrols with the Russian fleet from next spring onwards.\n"
    )
    assert sentences(text) == [text.strip()]


def test_wrapped_line_ending_in_a_full_stop_still_ends_the_sentence():
    text = (
        "The ministers of the alliance met on Tuesday in a hall near the harbour.\n"
        "Their navies will share the patrols with the fleet from next spring on."
    )
    assert len(sentences(text)) == 2


def test_list_items_start_new_sentences_without_their_bullets():
    text = (
        "The ministers agreed on the following points after a long day of talks\n"
        "- a liaison office\n"
        "1. more staff\n"
        "• two ferries;\n"
        "* a hotline, from May."
    )
    assert sentences(text)[1:] == [
        "a liaison office",
        "more staff",
        "two ferries;",
        "a hotline, from May.",
    ]
    assert split_sentences(text)[1] == (text.index("a liaison"), text.index("\n1."))


def test_each_item_of_a_list_knows_the_colon_sentence_that_introduces_it():
    text = (
        "Talks ended at noon. Under the accord, the two navies will:\n\n"
        "- hold a joint drill in June;\n\n"
        "- open a hotline. It will run day and night.\n"
        "The talks resume in May.\n"
        "- a last point\n"
    )
    lead_in = (text.index("Under"), text.index(":") + 1)
    assert {text[start : start + 6]: span for start, span in list_items(text).items()} == {
        "hold a": lead_in,
        "open a": lead_in,  # a blank line between items keeps the list going
        "a last": None,  # a sentence that is no item ends it
    }


@pytest.mark.parametrize(
    "title", ["Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "St."]
)
def test_titles_never_end_a_sentence(title):
    text = f"They met {title} Smith. He agreed."
    assert sentences(text) == [f"They met {title} Smith.", "He agreed."]


def test_initials_and_decimals():
    assert sentences("George W. Bush spoke. Growth was 3.5 percent. Aid rose.") == [
        "George W. Bush spoke.",
        "Growth was 3.5 percent.",
        "Aid rose.",
    ]


def test_month_abbreviation_before_a_day():
    assert sentences("Talks start Sept. 14 in Rome. They end on Jan. 3. Then a vote.") == [
        "Talks start Sept. 14 in Rome.",
        "They end on Jan. 3.",
        "Then a vote.",
    ]


@pytest.mark.parametrize(
    "title", ["Amb.", "Sec.", "Dep.", "Min.", "Adm.", "Cmdr.", "Brig.", "Hon.", "Rev."]
)
def test_a_title_abbreviation_before_a_name_ends_no_sentence(title):
    text = f"Late on 3 March, {title} Hartley saw the envoy. Both left early."
    assert sentences(text) == [
        f"Late on 3 March, {title} Hartley saw the envoy.",
        "Both left early.",
    ]


def test_a_unit_after_a_number_may_end_a_sentence():
    assert sentences("The talk ran 40 min. Delegates then left.") == [
        "The talk ran 40 min.",
        "Delegates then left.",
    ]


def test_a_month_abbreviation_opening_a_sentence_goes_on_before_a_name():
    text = "Note: On 9 Mar. Hartley called. The envoy left on 9 Mar. Hartley stayed."
    assert sentences(text) == [
        "Note: On 9 Mar. Hartley called.",
        "The envoy left on 9 Mar.",
        "Hartley stayed.",
    ]


def test_russian_title_and_month_abbreviations():
    text = "9 мар. посл. Орлов и ген. Седов приехали в Рим. Визит кончился 10 мар. Орлов уехал."
    assert sentences(text) == [
        "9 мар. посл. Орлов и ген. Седов приехали в Рим.",
        "Визит кончился 10 мар.",
        "Орлов уехал.",
    ]


def test_a_russian_correspondent_s_abbreviation_ends_no_sentence():
    text = "Как сообщили корр. ИТАР-ТАСС в делегации, обсуждался визит. Орлов уехал."
    assert sentences(text) == [
        "Как сообщили корр. ИТАР-ТАСС в делегации, обсуждался визит.",
        "Орлов уехал.",
    ]


def test_number_abbreviation():
    assert sentences("Resolution No. 1244 was cited. It passed.") == [
        "Resolution No. 1244 was cited.",
        "It passed.",
    ]


def test_lower_case_word_never_starts_a_sentence():
    assert sentences("Tanks, jets, etc. were listed. Ships, etc. Later more.") == [
        "Tanks, jets, etc. were listed.",
        "Ships, etc.",
        "Later more.",
    ]


def test_dotted_acronym_before_a_name_or_a_new_sentence():
    text = "The U.S. Defense Secretary and the U.N. envoy met. It was sent by the U.S. He said no."
    assert sentences(text) == [
        "The U.S. Defense Secretary and the U.N. envoy met.",
        "It was sent by the U.S.",
        "He said no.",
    ]


def test_clock_times():
    text = "They met at 9 a.m. Monday and left at 5 p.m. The talks resume at 10 a.m. in Oslo."
    assert sentences(text) == [
        "They met at 9 a.m. Monday and left at 5 p.m.",
        "The talks resume at 10 a.m. in Oslo.",
    ]


def test_elision_inside_a_quotation_does_not_end_it():
    text = 'He called it "a modest ... but real Step" for both sides. He waited... Then he left.'
    assert sentences(text) == [
        'He called it "a modest ... but real Step" for both sides.',
        "He waited...",
        "Then he left.",
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    text = "She said it was “a good day.” (He disagreed.) They said \"no.\" 'Why?' he asked."
    assert sentences(text) == [
        "She said it was “a good day.”",
        "(He disagreed.)",
        'They said "no."',
        "'Why?' he asked.",
    ]


def test_quotation_splits_only_where_a_new_sentence_starts():
    text = "He said: “We agree. We will sign.” The next day they did."
    assert sentences(text) == ["He said: “We agree.", "We will sign.”", "The next day they did."]


def test_windows_line_breaks():
    assert sentences("Headline here\r\n\r\nFirst sentence.") == ["Headline here", "First sentence."]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t") == []


def assert_spans_cover(text):
    """Ordered, non-overlapping, stripped spans inside the text, covering all but whitespace
    and the bullets of list items."""
    spans = split_sentences(text)
    for (_, end), (next_start, _) in pairwise(spans):
        assert end <= next_start
    covered = set()
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
    bullets = {i for match in BULLET.finditer(text) for i in range(*match.span("bullet"))}
    assert covered >= {i for i, char in enumerate(text) if not char.isspace()} - bullets


# A list item's bullet: at a line's start, after any spaces.
BULLET = re.compile(r"(?:^|(?<=[\n\r]))[^\S\n\r]*(?P<bullet>[-*•–—]|\d{1,3}[.)])(?=\s)")


@given(st.text(alphabet=st.sampled_from(list('aA .!?…"”)(\n\r\t\u00a0MrUS3-•:;')), max_size=80))
def test_spans_cover_punctuation_heavy_text(text):
    assert_spans_cover(text)


@given(st.text(max_size=200))
def test_spans_cover_any_text(text):
    assert_spans_cover(text)


@pytest.mark.parametrize("marker", ["[4]", "\u2074", "(4)"])
def test_a_note_s_marker_after_the_full_stop_stays_with_its_sentence(marker):
    text = f"The envoys met in Bergen in 2011.{marker} Talks resumed a year later."
    assert sentences(text) == [
        f"The envoys met in Bergen in 2011.{marker}",
        "Talks resumed a year later.",
    ]


def test_notes_are_the_lines_opening_with_a_marker_and_all_after_a_notes_heading():
    text = (
        "The envoys met in Bergen.[1]\n\n"
        "[1] Ministry of Fisheries, press release, 3 May 2011.\n\n"
        "Sources\n\n"
        "Coast guard logbook, 2011."
    )
    stretches = [text[start:end] for start, end in notes(text)]
    assert stretches == [
        "[1] Ministry of Fisheries, press release, 3 May 2011.",
        "Sources\n\nCoast guard logbook, 2011.",
    ]
    assert notes("Notes were exchanged in Bergen on Monday.") == []


@pytest.mark.parametrize(
    "table",
    [
        "When\tWhat\n3 Feb 1999\tFerry line to Kirkenes opened. Tickets sold out.\n"
        "Autumn 2004\tA second ferry added\n",
        "|  3 Feb 1999  |  Ferry line to Kirkenes opened. Tickets sold out. |\n"
        "| Autumn 2004 | A second ferry added |\n",
        "3 Feb 1999     Ferry line to Kirkenes opened. Tickets sold out.\n"
        "Autumn 2004    A second ferry added\n",
    ],
)
def test_each_row_of_a_table_of_dates_is_a_sentence(table):
    text = f"Ferry links\n\n{table}\nThe line closed in 2015."
    rows = sentences(text)[2:4] if table.startswith("When") else sentences(text)[1:3]
    assert [re.split(r"\t| {2,}| *\| *", row)[0] for row in rows] == ["3 Feb 1999", "Autumn 2004"]
    assert rows[0].endswith("Tickets sold out.") and not rows[0].startswith("|")
    assert {text.index(row) for row in rows} == table_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "It met in 2016.  Then it stopped.\nIt met in 2017.  Then it went on.\n",  # two spaces
        "1999\t4\t12\n2000\t5\t13\n",  # figures
        "3 Feb 1999\tFerry line opened\n\nThe line closed in 2015.\n",  # one line is no table
    ],
)
def test_what_is_no_table_of_dates(text):
    assert table_rows(text) == set()


def test_a_quotation_closed_by_its_attribution_is_one_sentence():
    text = (
        "“The quota stands for all. Nobody gets more,” the envoy said. Then he left.\n\n"
        "«Мы готовы к торгу. Мы ждём ответа», — заявил он.\n\n"
        '"We met in Oslo on 3 June. We signed that night.\n\n'
        '"A year later we met again," Petrov said.'
    )
    assert sentences(text) == [
        "“The quota stands for all. Nobody gets more,” the envoy said.",
        "Then he left.",
        "«Мы готовы к торгу. Мы ждём ответа», — заявил он.",
        text[text.index('"We met') :],
    ]


def test_a_quotation_without_its_attribution_is_split():
    text = '"The quota stands. Nobody gets more." He left. "It holds. It will," he said, "for now."'
    assert sentences(text) == [
        '"The quota stands.',
        'Nobody gets more."',
        "He left.",
        '"It holds. It will," he said, "for now."',
    ]


def test_each_line_of_a_chronology_is_a_sentence_whatever_ends_it():
    entries = [
        "3 February 1999 – the ferry line to Kirkenes opens after two years of talks between "
        "the ports",
        "Autumn 2004: a second ferry is added",
        "12 марта – паром выходит из Мурманска",
    ]
    text = (
        "Key dates\n\n"
        + "\n".join(f"- {entries[0]}" if i == 0 else e for i, e in enumerate(entries))
        + "\n\nThe line closed in 2015."
    )
    assert sentences(text)[1:4] == entries
    assert dated_entries(text) == {text.index(entry) for entry in entries}


@pytest.mark.parametrize(
    "line",
    [
        "Madrid 1997: the summit that opened the door",  # a headline's place and year
        "MOSCOW, Dec. 3 (Reuters) - Envoys met on Monday.",  # a dateline
        "Ferry links: a history",  # no date
    ],
)
def test_what_is_no_chronology_entry(line):
    assert dated_entries(f"{line}\n\nThe line closed in 2015.") == set()
