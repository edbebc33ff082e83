from datetime import date

import pytest

from events.dates import DatePrecision
from events.importing.datelines import find_dateline, find_lead_in
from events.importing.reading import (
    MAX_ARTICLE_BYTES,
    MAX_ARTICLE_CHARS,
    ArticleError,
    check_article_text,
    decode_article,
    html_to_text,
    looks_like_markdown,
    propose_publication_date,
)


def refusal(data, filename=""):
    with pytest.raises(ArticleError) as error:
        decode_article(data, filename)
    return str(error.value)


# --- Decoding and refusals ---------------------------------------------------


def test_plain_text_is_returned_exactly():
    data = "  Allies meet\r\n\r\nThey talk – at length.\n".encode()
    assert decode_article(data, "story.txt") == "  Allies meet\r\n\r\nThey talk – at length.\n"


def test_byte_order_mark_is_dropped():
    assert decode_article(b"\xef\xbb\xbfAllies meet.") == "Allies meet."


def test_empty_and_blank_files_are_refused():
    assert refusal(b"") == "The file is empty."
    assert refusal(b" \n\t ") == "The file is empty."
    assert refusal(b"\xef\xbb\xbf") == "The article is empty."


def test_oversized_file_is_refused():
    message = refusal(b"a" * (MAX_ARTICLE_BYTES + 1))
    assert message == "The file is too large (2,000,001 bytes); the limit is 2,000,000 bytes."


def test_too_many_characters_are_refused():
    message = refusal(b"a" * (MAX_ARTICLE_CHARS + 1))
    assert message == "The article is too long (200,001 characters); the limit is 200,000."


def test_binary_files_are_refused():
    assert refusal(b"%PDF-1.4\x00\x01\x02").startswith("This looks like binary data")
    controls = bytes(range(1, 9)) * 20 + b"Some words here."
    assert refusal(controls).startswith("This looks like binary data")


def test_invalid_utf8_says_which_byte():
    data = b"a" * 1233 + b"\xe9t\xe9"
    assert refusal(data).startswith("The file is not UTF-8 text: byte 1,234 is not UTF-8.")


def test_invalid_utf8_position_counts_the_byte_order_mark():
    assert "byte 5 is not UTF-8" in refusal(b"\xef\xbb\xbfa\xffb")


def test_html_file_is_reduced_to_its_text():
    assert decode_article(b"<p>One</p><p>Two &amp; three</p>", "page.HTM") == "One\n\nTwo & three"


def test_html_document_is_recognised_without_a_file_name():
    data = b"\n  <!DOCTYPE html><html><body><p>Hello</p></body></html>"
    assert decode_article(data) == "Hello"


def test_html_without_readable_text_is_refused():
    assert refusal(b"<html><script>go()</script></html>") == "The HTML page has no readable text."


def test_text_mentioning_html_stays_plain():
    assert decode_article(b"Use <p> for paragraphs.") == "Use <p> for paragraphs."


def test_pasted_text_is_checked_and_returned_unchanged():
    assert check_article_text(" Talks\n\nbegan. ") == " Talks\n\nbegan. "
    with pytest.raises(ArticleError, match="empty"):
        check_article_text("\n \u3000")
    with pytest.raises(ArticleError, match="binary data"):
        check_article_text("Talks\x00began.")
    with pytest.raises(ArticleError, match="too long"):
        check_article_text("x" * (MAX_ARTICLE_CHARS + 1))


def test_a_stray_control_character_in_long_text_is_accepted():
    text = "The talks went on.\x0b" + "They agreed. " * 20
    assert check_article_text(text) == text


# --- HTML to text ------------------------------------------------------------


def test_scripts_styles_and_page_furniture_are_dropped():
    html = """<html><head><title>Site name</title><style>p {color: red}</style></head>
    <body><nav>Home | World</nav><script>if (a < b) { x = "</p>"; }</script>
    <p>Allies met.</p><!-- ad slot --><noscript>Enable JS</noscript>
    <aside>Related</aside><form>Search</form><footer>Contact us</footer></body></html>"""
    assert html_to_text(html) == "Allies met."


def test_figures_and_their_captions_are_dropped():
    html = (
        "<article><p>Allies met.</p><figure><img src='a.jpg'><figcaption>Envoys arrive,"
        " May 2, 2005. REUTERS/Ola Nordmann</figcaption></figure><p>They talked.</p></article>"
    )
    assert html_to_text(html) == "Allies met.\n\nThey talked."


def test_entities_are_unescaped_and_nbsp_is_a_space():
    assert html_to_text("<p>Rock&nbsp;&amp;&nbsp;roll &#8211; &quot;live&quot;</p>") == (
        'Rock & roll – "live"'
    )


def test_blocks_become_paragraphs_and_whitespace_collapses():
    html = "<h1> Title </h1>\n<div>First\n   line<br>second</div><ul><li>one</li><li>two</li></ul>"
    assert html_to_text(html) == "Title\n\nFirst line\n\nsecond\n\none\n\ntwo"


def test_table_cells_are_separated():
    assert html_to_text("<table><tr><td>Oslo</td><td>Monday</td></tr></table>") == "Oslo Monday"


def test_inline_tags_do_not_break_words():
    assert html_to_text("<p>NATO<b>-</b>Russia <i>talks</i></p>") == "NATO-Russia talks"


def test_article_text_is_preferred_and_the_longest_article_wins():
    html = """<body><header>Site</header><article><p>Short teaser</p></article>
    <main><article><h1>Story</h1><p>The full story text.</p></article></main>
    <p>Newsletter sign-up</p></body>"""
    assert html_to_text(html) == "Story\n\nThe full story text."


def test_main_is_used_when_there_is_no_article():
    html = "<body><div>Menu</div><main><p>Body text.</p></main><div>Ads</div></body>"
    assert html_to_text(html) == "Body text."


def test_page_without_body_text_gives_nothing():
    assert html_to_text("<html><head><title>Only a title</title></head></html>") == ""


def test_malformed_html_does_not_crash():
    html = "<div><p>Unclosed <b>bold</div></div></span><p>Next<p"
    assert html_to_text(html) == "Unclosed bold\n\nNext"
    assert html_to_text("<article><p>Never closed") == "Never closed"
    assert html_to_text("</p></div><p") == ""


def test_unclosed_head_ends_at_body():
    assert html_to_text("<html><head><title>T</title><body><p>Text</p>") == "Text"


# --- Publication date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "note"),
    [
        (
            "Prague, 21 April 2005 (RFE/RL) -- Ministers met.",
            date(2005, 4, 21),
            "Dateline “Prague, 21 April 2005 (RFE/RL) --”",
        ),
        (
            "MOSCOW, April 21, 2005 (Reuters) - Ministers met.",
            date(2005, 4, 21),
            "Dateline “MOSCOW, April 21, 2005 (Reuters) -”",
        ),
        (
            "BRUSSELS, Jan. 5, 2004 — Ministers met.",
            date(2004, 1, 5),
            "Dateline “BRUSSELS, Jan. 5, 2004 —”",
        ),
        ("ROME, Sept 9, 2003 - Talks.", date(2003, 9, 9), "Dateline “ROME, Sept 9, 2003 -”"),
        ("15 April 2004", date(2004, 4, 15), "Date line “15 April 2004”"),
        ("April 15, 2004", date(2004, 4, 15), "Date line “April 15, 2004”"),
        ("Published: 15 April 2004", date(2004, 4, 15), "Date line “Published: 15 April 2004”"),
        (
            "Posted on Thursday, April 15, 2004",
            date(2004, 4, 15),
            "Date line “Posted on Thursday, April 15, 2004”",
        ),
        ("Thursday 15 April 2004", date(2004, 4, 15), "Date line “Thursday 15 April 2004”"),
        ("2004-04-15", date(2004, 4, 15), "Date line “2004-04-15”"),
        ("15.04.2004", date(2004, 4, 15), "Date line “15.04.2004”"),
        ("Sep. 3, 2004", date(2004, 9, 3), "Date line “Sep. 3, 2004”"),
        (
            "Allies met in Oslo (28 January 2014). Later more.",
            date(2014, 1, 28),
            "Date in the first sentence “(28 January 2014)”",
        ),
    ],
)
def test_date_forms(text, expected, note):
    article = f"Subscribe to our newsletter\n\n{text}\n\nThe talks went on for hours."
    assert propose_publication_date(article) == (expected, note)


def test_page_stamps_are_not_publication_dates():
    text = "Last Updated: 07/27/2016\n\nModified 15 April 2016\n\n© 2016 News Corp\n\nStory."
    assert propose_publication_date(text) is None
    text = "Last updated 3 May 2016\n\n15 April 2004\n\nStory."
    assert propose_publication_date(text) == (date(2004, 4, 15), "Date line “15 April 2004”")


def test_dates_in_the_body_are_not_datelines():
    top = "\n".join(f"Line {n} of the page" for n in range(12))
    assert propose_publication_date(top + "\n15 April 2004\nMore.") is None
    assert propose_publication_date("In April 1997 the act was signed.") is None
    assert propose_publication_date("On 15 April 2004, the allies met.") is None


def test_impossible_dates_are_ignored():
    assert propose_publication_date("31 February 2004\n\nStory.") is None


def test_nothing_found():
    assert propose_publication_date("Allies meet\n\nThey talk.") is None


def test_a_dateline_without_a_year_proposes_no_publication_date():
    text = "Envoys meet\n\nTALLINN, May 14 (Baltic Wire) - Envoys met on Tuesday.\n\nMore."
    assert propose_publication_date(text) is None


def test_a_russian_dateline_with_a_year_proposes_the_publication_date():
    text = "ТАЛЛИН, 14 мая 2008 г. — РИА Новости. Послы встретились во вторник."
    assert propose_publication_date(text) == (
        date(2008, 5, 14),
        "Dateline “ТАЛЛИН, 14 мая 2008 г. — РИА Новости.”",
    )


# --- Datelines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "place", "agency", "written"),
    [
        ("TALLINN, May 14 (Baltic Wire) - ", "TALLINN", "Baltic Wire", (None, 5, 14)),
        ("TALLINN, Sept. 9 (Baltic Wire) \u2014 ", "TALLINN", "Baltic Wire", (None, 9, 9)),
        ("TALLINN, Oct 2 (BW) -- ", "TALLINN", "BW", (None, 10, 2)),
        ("TALLINN (Baltic Wire) - ", "TALLINN", "Baltic Wire", (None, None, None)),
        ("TALLINN, May 14 \u2013 ", "TALLINN", None, (None, 5, 14)),
        ("TALLINN, May 14, 2008 (Baltic Wire) - ", "TALLINN", "Baltic Wire", (2008, 5, 14)),
        ("Tallinn, 14 May 2008 (BW/EE) -- ", "Tallinn", "BW/EE", (2008, 5, 14)),
        ("NARVA, Estonia, May 14 (Baltic Wire) - ", "NARVA, Estonia", "Baltic Wire", (None, 5, 14)),
        ("SAN DIEGO, Calif., May 14 /Harbour Wire/ -- ", "SAN DIEGO, Calif.", "Harbour Wire",
         (None, 5, 14)),
        ("(Baltic Wire) - ", None, "Baltic Wire", (None, None, None)),
        # No place, as for a timeline or a factbox.
        ("May 14 (Baltic Wire) - ", None, "Baltic Wire", (None, 5, 14)),
        ("TALLINN, May 14, 2008\n\n", "TALLINN", None, (2008, 5, 14)),
        ("TALLINN/RIGA, May 14 (Baltic Wire) - ", "TALLINN/RIGA", "Baltic Wire", (None, 5, 14)),
        ("TALLINN - ", "TALLINN", None, (None, None, None)),
        # An em dash with no space, as the Toronto Star prints it.
        ("TALLINN\u2014", "TALLINN", None, (None, None, None)),
        ("NARVA, ESTONIA\u2014", "NARVA, ESTONIA", None, (None, None, None)),
        # A city and its country as written, as Al Jazeera writes them.
        ("Tallinn, Estonia \u2013 ", "Tallinn, Estonia", None, (None, None, None)),
        ("Tallinn (Baltic Wire) - ", "Tallinn", "Baltic Wire", (None, None, None)),
        ("ТАЛЛИН, 14 мая. /ТАСС/. ", "ТАЛЛИН", "ТАСС", (None, 5, 14)),
        ("ТАЛЛИН, 14 мар \u2014 РИА Новости. ", "ТАЛЛИН", "РИА Новости", (None, 3, 14)),
        ("ТАЛЛИН, 7 июн \u2014 РИА Новости, Ольга Петрова. ", "ТАЛЛИН",
         "РИА Новости, Ольга Петрова", (None, 6, 7)),
        ("ТАЛЛИН, 14 мая 2008 г. (Рейтер) \u2014 ", "ТАЛЛИН", "Рейтер", (2008, 5, 14)),
        ("ТАЛЛИН. 14 мая. ИНТЕРФАКС - ", "ТАЛЛИН", "ИНТЕРФАКС", (None, 5, 14)),
        ("ТАЛЛИН. 14 мая. Интерфакс-АВН - ", "ТАЛЛИН", "Интерфакс-АВН", (None, 5, 14)),
        ("ТАЛЛИН. 14 мая. Интерфакс - ", "ТАЛЛИН", "Интерфакс", (None, 5, 14)),
        # The dash after an agency between slashes is the dateline's too.
        ("ТАЛЛИН, 14 мая. /Балтийская служба/ - ", "ТАЛЛИН", "Балтийская служба", (None, 5, 14)),
        ("ТАЛЛИН, 14 мая /БС/ \u2014 ", "ТАЛЛИН", "БС", (None, 5, 14)),
        # A period alone after the day, as a ministry or a newspaper writes it.
        ("ТАЛЛИН, 14 мая. ", "ТАЛЛИН", None, (None, 5, 14)),
        ("TALLINN, May 14. ", "TALLINN", None, (None, 5, 14)),
    ],
)  # fmt: skip
def test_dateline_forms(dateline, place, agency, written):
    story = "Envoys met on Tuesday." if dateline.isascii() else "Послы встретились во вторник."
    found = find_dateline(dateline + story)
    assert (found.place, found.agency) == (place, agency)
    assert (found.year, found.month, found.day) == written
    assert (found.start, found.end) == (0, len(dateline))


@pytest.mark.parametrize(
    "text",
    [
        "Envoys met in Tallinn on May 14 (a Wednesday).",
        "TALLINN\n\nEnvoys met on Tuesday.",
        "Tallinn, Tuesday. Envoys met.",
        "Tallinn\u2014Riga ferries stopped on Tuesday.",
        "Anna Berg, Estonia \u2013 the envoy \u2013 said little.",
        "Envoys Meet In Tallinn\n\nTALLINN, May 14 - Envoys met.",
        "Q: Will the envoys meet again in May?",
        "Послы встретились в Таллине 14 мая.",
        # A name in title case and a dash is an aside; a day and a colon dates the entry.
        "Marta Kowalczyk - never one for small talk - said on Monday that talks failed.",
        "Marta Kowalczyk: the talks failed, she said on Monday.",
        "Yesterday: Marta Kowalczyk met the navy chiefs in Tallinn.",
        "Monday: Marta Kowalczyk met the navy chiefs in Tallinn.",
        "Monday, May 12 - Marta Kowalczyk met the navy chiefs in Tallinn.",
        "Updated 14 May 2008\n\nEnvoys met.",
    ],
)
def test_what_is_not_a_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "lead_in", "time"),
    [
        ("Q: Will the envoys meet again in May?", "Q:", None),
        ("A: They will meet in Tallinn.", "A:", None),
        ("QUESTION: Will they meet?", "QUESTION:", None),
        ("Q (ANNA BERG, Baltic Wire): Will they meet?", "Q (ANNA BERG, Baltic Wire):", None),
        ("Вопрос: Встретятся ли послы?", "Вопрос:", None),
        ("ANNA BERG (Baltic Wire): Envoys met.", "ANNA BERG (Baltic Wire):", None),
        ("BERG: Envoys met.", "BERG:", None),
        ("Update: Envoys met.", "Update:", None),
        ("UPDATE, May 15: Envoys met.", "UPDATE, May 15:", None),
        (
            "Updated May 15, 2008, 14:05 GMT - Envoys met.",
            "Updated May 15, 2008, 14:05 GMT -",
            None,
        ),
        ("CORRECTION, Aug. 3: Envoys met.", "CORRECTION, Aug. 3:", None),
        ("14:05 GMT \u2014 Envoys met.", "14:05 GMT \u2014", "14:05 GMT"),
        ("15:15 MSK: Envoys met.", "15:15 MSK:", "15:15 MSK"),
        ("[09:30] Envoys met.", None, None),
        ("[09:30] - Envoys met.", "[09:30] -", "09:30"),
        ("2.05pm BST\n\nEnvoys met.", "2.05pm BST", "2.05pm BST"),
        ("9 a.m. ET - Envoys met.", "9 a.m. ET -", "9 a.m. ET"),
        ("TALLINN, May 14 (Baltic Wire) - Envoys met.", "TALLINN, May 14 (Baltic Wire) -", None),
        ("Anna Berg: Envoys met.", None, None),
        ("Driving the news: Envoys met.", "Driving the news:", None),
        ("Flashback: Envoys met.", "Flashback:", None),
        ("14.05 - Envoys met.", None, None),  # a number, not a time, without am/pm or a zone
        ("Yesterday: Envoys met.", None, None),
    ],
)
def test_what_opens_a_paragraph_and_is_no_part_of_its_quote(text, lead_in, time):
    found = find_lead_in(text)
    assert (found.text if found else None) == lead_in
    assert (found.time if found else None) == time


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Q: Will the envoys meet again in May?", True),
        ("ANNA BERG (Baltic Wire): Envoys met.", True),
        ("BERG: Envoys met.", True),
        ("Update: Envoys met.", False),
        ("BACKGROUND: Envoys met.", False),
        ("Why it matters: Envoys met.", False),
        ("Flashback: Envoys met.", False),
        ("Yes, but: Envoys met.", False),
        ("UPDATE, May 15: Envoys met.", False),
        ("15:15 MSK: Envoys met.", False),
        ("TALLINN, May 14 (Baltic Wire) - Envoys met.", False),
        ("FRI: Envoys met.", False),
        ("MAY: We will meet in Oslo.", True),
        ("May: Envoys meet in Oslo.", False),
    ],
)
def test_a_label_names_a_speaker_unless_an_editor_s_or_a_timestamp(text, speaker):
    assert find_lead_in(text).names_a_speaker is speaker


# Published Wednesday 14 May 2008.
@pytest.mark.parametrize(
    ("label", "ahead", "start", "end", "precision"),
    [
        ("Fri: ", True, date(2008, 5, 16), None, DatePrecision.DAY),
        ("Fri: ", False, date(2008, 5, 9), None, DatePrecision.DAY),
        ("Wed: ", False, date(2008, 5, 14), None, DatePrecision.DAY),
        ("Tues 20: ", False, date(2008, 5, 20), None, DatePrecision.DAY),  # the 20th, a Tuesday
        ("Thursday, 1 May: ", True, date(2008, 5, 1), None, DatePrecision.DAY),
        ("Mon\u2013Tue: ", True, date(2008, 5, 19), date(2008, 5, 20), DatePrecision.DAY),
        ("Sat-Mon: ", False, date(2008, 5, 10), date(2008, 5, 12), DatePrecision.DAY),
        ("Feb: ", True, date(2009, 2, 1), None, DatePrecision.MONTH),
        ("Feb: ", False, date(2008, 2, 1), None, DatePrecision.MONTH),
        ("Summer: ", False, date(2007, 6, 1), date(2007, 8, 1), DatePrecision.MONTH),
        ("Пт: ", True, date(2008, 5, 16), None, DatePrecision.DAY),
        (
            "Во вторник: ",
            True,
            date(2008, 5, 20),
            None,
            DatePrecision.DAY,
        ),
        (
            "В декабре: ",
            False,
            date(2007, 12, 1),
            None,
            DatePrecision.MONTH,
        ),
        (
            "Осенью: ",
            True,
            date(2008, 9, 1),
            date(2008, 11, 1),
            DatePrecision.MONTH,
        ),
    ],
)
def test_a_digest_s_day_label_dates_its_item(label, ahead, start, end, precision):
    found = find_lead_in(label + "Envoys met in Tallinn.")
    assert found.text == label.strip()
    assert found.dates_item
    assert found.day_given(date(2008, 5, 14)) is None  # it dates its item, not the text
    day = found.item_date(date(2008, 5, 14), ahead)
    assert (day.start, day.end, day.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    ["May 14: Envoys met.", "Monday 14 May 2008: Envoys met.", "Wednesday's talks: Envoys met."],
)
def test_what_is_no_day_label(text):
    found = find_lead_in(text)
    assert not (found and found.dates_item)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("11:40 The leaders signed.\n\n12:05 They left.", "11:40"),
        ("09:47 Bush has landed.\n\n10:02 GMT Bush met Putin.", "09:47"),
        ("12:05 Путин прибыл в Брюссель.\n\n12:40 Саммит открылся.", "12:05"),
        ("9:30 was the hour set.\n\nThey met.", None),  # a lone time opens a sentence
    ],
)
def test_a_bare_stamp_opens_an_entry_where_paragraphs_open_with_stamps(text, time):
    found = find_lead_in(text)
    assert (found.time if found else None) == time


@pytest.mark.parametrize(
    ("before", "stamp", "time"),
    [
        ("", "Updated 14:15 GMT\n\n", None),  # above the story: the article's stamp
        ("Envoys met.\n\n", "Updated 14:15 GMT\n\n", "14:15 GMT"),
        ("Envoys met.\n\n", "Last updated: 4.30pm BST - ", "4.30pm BST"),
        ("Послы встретились.\n\n", "обновлено 14:15 МСК\n\n", "14:15 МСК"),
        ("Послы встретились.\n\n", "Обновлено в 16:30 мск: ", "16:30 мск"),
    ],
)
def test_an_update_stamp_after_a_paragraph_of_the_story_opens_an_entry(before, stamp, time):
    found = find_lead_in(f"{before}{stamp}They left.", len(before))
    assert found.text == stamp.strip()
    assert found.end == len(before) + len(stamp)
    assert found.time == time


@pytest.mark.parametrize(
    ("dateline", "published", "filed"),
    [
        ("TALLINN, May 14 (Baltic Wire) - ", date(2008, 5, 16), date(2008, 5, 14)),
        ("TALLINN, May 14 (Baltic Wire) - ", date(2008, 5, 14), date(2008, 5, 14)),
        # Never after publication: the year before when the day is later in the year.
        ("WASHINGTON, Dec. 31 (AP) - ", date(2009, 1, 2), date(2008, 12, 31)),
        ("ТАЛЛИН, 31 дек. /ТАСС/. ", date(2009, 1, 2), date(2008, 12, 31)),
        ("TALLINN, May 16 - ", date(2008, 5, 14), date(2007, 5, 16)),
        ("TALLINN, Feb. 29 - ", date(2009, 3, 1), date(2008, 2, 29)),
        ("TALLINN, Tuesday (Baltic Wire) - ", date(2008, 5, 16), date(2008, 5, 13)),
        # A year written is the dateline's own, unless it puts the filing after publication.
        ("TALLINN, May 14, 2007 - ", date(2008, 5, 16), date(2007, 5, 14)),
        ("TALLINN, May 18, 2008 - ", date(2008, 5, 16), None),
        ("TALLINN (Baltic Wire) - ", date(2008, 5, 16), None),
    ],
)
def test_the_day_a_story_was_filed(dateline, published, filed):
    assert find_dateline(dateline + "Envoys met.").date_before(published) == filed


@pytest.mark.parametrize(
    ("update", "published", "filed", "day"),
    [
        # Written after the story: on or after its dateline's day, never a year back.
        ("UPDATE, May 15: ", date(2008, 5, 14), date(2008, 5, 14), date(2008, 5, 15)),
        ("UPDATE, Jan. 2: ", date(2008, 12, 31), date(2008, 12, 30), date(2009, 1, 2)),
        ("Correction, Saturday: ", date(2008, 5, 14), date(2008, 5, 14), date(2008, 5, 17)),
        # Without a dateline before it, the nearest such day to publication.
        ("UPDATE, May 15: ", date(2008, 5, 20), None, date(2008, 5, 15)),
        ("Updated May 15, 2007: ", date(2008, 5, 20), None, date(2007, 5, 15)),
        # A line of its own above the story, with its time.
        ("Updated May 15, 2007, 9:40 a.m.\n\n", date(2008, 5, 20), None, date(2007, 5, 15)),
    ],
)
def test_the_day_of_an_editor_s_update(update, published, filed, day):
    found = find_lead_in(update + "Envoys met.")
    assert found.edited
    assert found.day_given(published, filed) == day


def test_a_markdown_file_is_reduced_to_its_text():
    data = (
        b"## Talks in *Oslo*\n\n"
        b"**OSLO** \xe2\x80\x94 The envoys [met](https://example.org/a) on _Monday_\n"
        b"and agreed a plan.\n\n"
        b'> "We are ready," Berg said.\n\n'
        b"* one item\n"
        b"* another item\n"
    )
    assert decode_article(data, "talks.md") == (
        "Talks in Oslo\n\n"
        "OSLO \u2014 The envoys met on Monday and agreed a plan.\n\n"
        '"We are ready," Berg said.\n\n'
        "- one item\n"
        "- another item"
    )


def test_a_markdown_table_s_rows_are_lines_of_tab_separated_cells():
    data = (
        b"| When | What |\n|:-----|------|\n| 3 Feb 1999 | Ferry line **opened** |\n"
        b"| Autumn 2004 | A [second](https://example.org) ferry added |\n\nThe line closed."
    )
    assert decode_article(data, "ferries.md") == (
        "When\tWhat\n3 Feb 1999\tFerry line opened\nAutumn 2004\tA second ferry added"
        "\n\nThe line closed."
    )


def test_markdown_is_recognised_by_its_marks_without_a_file_name():
    data = b"# Envoys meet\n\nThe **council** met on [Monday](https://example.org/)."
    assert decode_article(data) == "Envoys meet\n\nThe council met on Monday."


def test_plain_copy_with_an_asterisk_is_kept_as_given():
    text = "Prices rose 5 * 3 percent.* Berg_said so.\n\n* Figures are provisional."
    assert not looks_like_markdown(text)
    assert decode_article(text.encode(), "story.txt") == text
