"""Importing an article: proposing, saving as drafts, merging into existing events."""

from dataclasses import replace
from datetime import date

import pytest
from django.db import IntegrityError

from events.dates import DatePrecision, DateQualifier, PartialDate
from events.importing.duplicates import EventMatch, clear_match
from events.importing.entities import Gazetteer, Record
from events.importing.proposals import proposal_from_json, proposal_to_json, propose
from events.importing.saving import (
    NEW,
    Action,
    Article,
    Decision,
    DuplicateSourceError,
    save_import,
)
from events.models import (
    Agreement,
    Citation,
    Event,
    Language,
    Organization,
    Person,
    Place,
    Source,
)
from tests.factories import make_event, make_source

# Written for these tests; the people are invented. Published Thursday 9 June 2011.
ARTICLE = (
    "Envoys agree on joint rescue drill\n\n"
    "VALLETTA, June 9, 2011 (Harbour Wire) - Defence Minister Marta Kowalczyk met her "
    "counterpart Pavel Orlov in Valletta on Tuesday to sign a memorandum on submarine rescue.\n\n"
    "Kowalczyk said the first joint drill will take place in Reykjavik next month.\n\n"
    "Orlov told reporters the navies had trained together since 2008.\n"
)
PUBLISHED = date(2011, 6, 9)


@pytest.fixture
def records(db):
    kowalczyk = Person.objects.create(
        slug="marta-kowalczyk", name="Marta Kowalczyk", role="Defence Minister"
    )
    valletta = Place.objects.create(slug="valletta", name="Valletta", kind=Place.Kind.CITY)
    return {"kowalczyk": kowalczyk, "valletta": valletta}


def article(text=ARTICLE, **fields):
    values = {
        "text": text,
        "title": "Envoys agree on joint rescue drill",
        "publisher": "Harbour Wire",
        "published": PUBLISHED,
        "published_note": "Dateline.",
    }
    values.update(fields)
    return Article(**values)


def proposals_for(text=ARTICLE):
    return propose(text, PUBLISHED, Gazetteer.from_database())


def by_date_text(proposals):
    return {proposal.date_text: proposal for proposal in proposals}


def test_each_dated_fact_is_proposed_with_its_sentence_date_and_status(records):
    proposals = by_date_text(proposals_for())
    tuesday = proposals["on Tuesday"]
    assert tuesday.quote.startswith("Defence Minister Marta Kowalczyk met")
    assert ARTICLE[tuesday.start : tuesday.end] == tuesday.quote
    assert tuesday.date == PartialDate(date(2011, 6, 7))
    assert "published Thursday 9 June 2011" in tuesday.date_note
    assert tuesday.status == Event.Status.OCCURRED
    assert tuesday.event_type == Event.Type.AGREEMENT_SIGNED
    drill = proposals["next month"]
    assert drill.date == PartialDate(date(2011, 7, 1), DatePrecision.MONTH)
    assert drill.status == Event.Status.PLANNED
    assert proposals["since 2008"].date == PartialDate(date(2008, 1, 1), DatePrecision.YEAR)


def test_the_headline_and_the_dateline_give_no_proposal(records):
    for proposal in proposals_for():
        assert not proposal.quote.startswith(("Envoys agree", "VALLETTA"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marta Kowalczyk closed the port to all ships. Oslo backed the decision\n\n"
            "Marta Kowalczyk closed the port of Valletta on Tuesday.\n",
            Language.ENGLISH,
        ),
        (
            "Марта Ковальчик подписала соглашение о порте Валлетты. В Осло поддержали решение\n\n"
            "Марта Ковальчик закрыла порт Валлетты во вторник.\n",
            Language.RUSSIAN,
        ),
    ],
)
def test_a_headline_of_two_sentences_gives_no_proposal(records, text, language):
    [proposal] = propose(text, PUBLISHED, MARTA, match_events=False, language=language)
    assert proposal.date == PartialDate(date(2011, 6, 7))


def test_a_paragraph_ending_in_its_source_s_tag_is_the_story_s():
    text = (
        "Port closed\n\n"
        "Marta Kowalczyk closed the port of Valletta on Tuesday. Oslo protested against it on "
        "Wednesday. [Harbour Radio, Valletta, in Maltese 1800 gmt 8 Jun 11]\n"
    )
    found = propose(text, PUBLISHED, MARTA, match_events=False)
    assert [p.date.start for p in found] == [date(2011, 6, 7), date(2011, 6, 8)]


# Each way wire copy writes a dateline, before a story filed on Tuesday 7 June 2011 and
# published on Thursday the 9th: (dateline, the day "yesterday" is, the article's language).
DATELINES = [
    ("VALLETTA, June 7 (Harbour Wire) - ", date(2011, 6, 6), Language.ENGLISH),
    ("VALLETTA, Jun. 7 (Harbour Wire) \u2014 ", date(2011, 6, 6), Language.ENGLISH),
    ("VALLETTA, June 7 \u2013 ", date(2011, 6, 6), Language.ENGLISH),
    ("VALLETTA, June 7, 2011 (Harbour Wire) -- ", date(2011, 6, 6), Language.ENGLISH),
    ("VALLETTA, Malta, June 7 (Harbour Wire) - ", date(2011, 6, 6), Language.ENGLISH),
    ("VALLETTA (Harbour Wire) - ", date(2011, 6, 8), Language.ENGLISH),  # no date: publication
    ("(Harbour Wire) - ", date(2011, 6, 8), Language.ENGLISH),
    ("ВАЛЛЕТТА, 7 июня. /ТАСС/. ", date(2011, 6, 6), Language.RUSSIAN),
    ("ВАЛЛЕТТА, 7 июн \u2014 РИА Новости. ", date(2011, 6, 6), Language.RUSSIAN),
    ("ВАЛЛЕТТА, 7 июня. /Интерфакс/ - ", date(2011, 6, 6), Language.RUSSIAN),
    ("ВАЛЛЕТТА, 7 июня /ТАСС/ \u2014 ", date(2011, 6, 6), Language.RUSSIAN),
    ("ВАЛЛЕТТА, 7 июня. ", date(2011, 6, 6), Language.RUSSIAN),
    ("VALLETTA, June 7. ", date(2011, 6, 6), Language.ENGLISH),
]
STORIES = {
    Language.ENGLISH: "Defence Minister Pavel Orlov signed a rescue memorandum yesterday.",
    Language.RUSSIAN: "Министр обороны Павел Орлов вчера подписал меморандум о спасании.",
}


@pytest.mark.parametrize(("dateline", "yesterday", "language"), DATELINES)
def test_a_dateline_is_no_part_of_the_quote_and_no_fact(records, dateline, yesterday, language):
    story = STORIES[language]
    text = f"Rescue memorandum signed\n\n{dateline}{story}\n"
    (proposal,) = propose(text, PUBLISHED, Gazetteer.from_database(), language=language)
    assert proposal.quote == story
    assert text[proposal.start : proposal.end] == story
    assert proposal.date == PartialDate(yesterday)
    names = [mention.text for mention in proposal.mentions]
    assert not any(agency in name for name in names for agency in ("Harbour", "ТАСС", "РИА"))
    assert not any(name.upper() in ("VALLETTA", "ВАЛЛЕТТА") for name in names)


def test_the_dateline_s_city_is_a_place_of_the_fact_only_when_the_sentence_names_it(records):
    text = (
        "VALLETTA, June 7 (Harbour Wire) - Pavel Orlov met the navy chiefs on Monday.\n\n"
        "Orlov signed a rescue memorandum in Valletta on Tuesday.\n"
    )
    monday, tuesday = propose(text, PUBLISHED, Gazetteer.from_database())
    assert [m.slug for m in monday.mentions if m.kind == "place"] == []
    assert [m.slug for m in tuesday.mentions if m.kind == "place"] == ["valletta"]


def test_here_in_a_story_under_a_dateline_is_the_dateline_s_city(records):
    text = (
        "VALLETTA, June 7 (Harbour Wire) - Pavel Orlov signed a rescue memorandum here on "
        'Monday. "Here is what we agreed," Orlov said on Tuesday.\n'
    )
    signed, said = propose(text, PUBLISHED, Gazetteer.from_database())
    assert [m.slug for m in signed.mentions if m.kind == "place"] == ["valletta"]
    assert [m.slug for m in said.mentions if m.kind == "place"] == []


def test_a_dateline_late_in_december_dates_an_article_of_january(records):
    text = (
        "WASHINGTON, Dec. 31 (Harbour Wire) - Pavel Orlov met the navy chiefs yesterday.\n\n"
        "Orlov will sign a rescue memorandum on Friday, his aides said.\n"
    )
    published = date(2009, 1, 2)  # a Friday; the dateline's Wednesday is of 2008
    yesterday, friday = propose(text, published, Gazetteer.from_database())
    assert yesterday.date == PartialDate(date(2008, 12, 30))
    assert friday.date == PartialDate(date(2009, 1, 2))
    assert "counted from its dateline's Wednesday 31 December 2008" in friday.date_note
    assert friday.status == Event.Status.PLANNED


def test_an_editor_s_dated_update_is_today_for_the_text_after_it(records):
    text = (
        "VALLETTA, Dec. 30 (Harbour Wire) - Pavel Orlov met the navy chiefs on Monday.\n\n"
        "UPDATE, Jan. 2: Pavel Orlov signed the rescue memorandum on Friday.\n"
    )
    published = date(2009, 1, 3)  # the update is of the new year, after the dateline
    monday, friday = propose(text, published, Gazetteer.from_database())
    assert monday.date == PartialDate(date(2008, 12, 29))
    assert friday.date == PartialDate(date(2009, 1, 2))
    assert friday.quote.startswith("Pavel Orlov signed")
    assert not [m for m in friday.mentions if m.kind == "organization"]


def test_an_article_without_a_dateline_counts_from_its_publication(records):
    text = "Rescue memorandum signed\n\n" + STORIES[Language.ENGLISH] + "\n"
    (proposal,) = propose(text, PUBLISHED, Gazetteer.from_database())
    assert proposal.date == PartialDate(date(2011, 6, 8))
    assert proposal.date_note == (
        "“yesterday” in an article published Thursday 9 June 2011: 8 June 2011"
    )


def test_a_name_and_a_dash_is_an_aside_not_a_dateline(records):
    text = (
        "Marta Kowalczyk \u2014 rarely one to hurry \u2014 signed the rescue memorandum "
        "in Valletta on Tuesday.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.quote == text.strip()
    assert proposal.date == PartialDate(date(2011, 6, 7))
    assert "marta-kowalczyk" in [mention.slug for mention in proposal.mentions]


@pytest.mark.parametrize(
    ("label", "day", "quoted"),
    [
        ("Yesterday: ", date(2011, 6, 8), "Yesterday: "),
        # A digest's day label: left out of the quote.
        ("Tuesday: ", date(2011, 6, 7), ""),
    ],
)
def test_a_day_opening_a_paragraph_dates_it(records, label, day, quoted):
    sentence = "Marta Kowalczyk met the navy chiefs in Valletta."
    (proposal,) = proposals_for(f"{label}{sentence}\n")
    assert proposal.quote == quoted + sentence
    assert proposal.date == PartialDate(day)


# A digest published Thursday 9 June 2011: its items are dated by their day labels, in the
# direction their section's heading says.
DIGEST = (
    "Harbour Brief\n\n"
    "THE DAYS AHEAD\n\n"
    "- Thu: Marta Kowalczyk opens the rescue conference in Valletta.\n"
    "- Sat 11: Pavel Orlov visits the naval base in Valletta. "
    "He meets the navy chiefs in Valletta.\n"
    "- Mon\u2013Tue: Marta Kowalczyk hosts talks with Pavel Orlov in Valletta.\n"
    "- Aug: Pavel Orlov expected in Valletta again.\n"
    "- Autumn: a joint rescue exercise off Valletta.\n\n"
    "LAST WEEK\n\n"
    "- Fri: Marta Kowalczyk signs the submarine rescue memorandum in Valletta.\n"
)


def test_a_section_heading_dates_every_labelled_line_under_it(records):
    text = (
        "Harbour Brief\n\n"
        "THE WEEK AHEAD\n\n"
        "Mon: Pavel Orlov meets the navy chiefs in Valletta.\n\n"
        "Wed: Marta Kowalczyk tours the naval base in Valletta.\n"
    )
    # Thursday 9 June 2011: the Monday and Wednesday to come, not the Wednesday gone by.
    assert [(p.date.start, p.status) for p in proposals_for(text)] == [
        (date(2011, 6, 13), Event.Status.PLANNED),
        (date(2011, 6, 15), Event.Status.PLANNED),
    ]


def test_a_digest_s_day_labels_date_their_items(records):
    found = proposals_for(DIGEST)
    assert [(p.quote.split(".")[0], p.date, p.status) for p in found] == [
        (
            "Marta Kowalczyk opens the rescue conference in Valletta",
            PartialDate(date(2011, 6, 9)),
            Event.Status.PLANNED,
        ),
        (
            "Pavel Orlov visits the naval base in Valletta",
            PartialDate(date(2011, 6, 11)),
            Event.Status.PLANNED,
        ),
        ("He meets the navy chiefs in Valletta", PartialDate(date(2011, 6, 11)), "planned"),
        (
            "Marta Kowalczyk hosts talks with Pavel Orlov in Valletta",
            PartialDate(date(2011, 6, 13), DatePrecision.DAY, date(2011, 6, 14)),
            Event.Status.PLANNED,
        ),
        (
            "Pavel Orlov expected in Valletta again",
            PartialDate(date(2011, 8, 1), DatePrecision.MONTH),
            Event.Status.EXPECTED,
        ),
        (
            "a joint rescue exercise off Valletta",
            PartialDate(
                date(2011, 9, 1), DatePrecision.MONTH, date(2011, 11, 1), DateQualifier.WITHIN
            ),
            Event.Status.PLANNED,
        ),
        (
            "Marta Kowalczyk signs the submarine rescue memorandum in Valletta",
            PartialDate(date(2011, 6, 3)),
            Event.Status.OCCURRED,
        ),
    ]
    assert found[0].date_text == "Thu:"
    assert "under the heading “THE DAYS AHEAD”" in found[0].date_note
    assert not [m for p in found for m in p.mentions if m.kind == "person" and "Mon" in m.text]


@pytest.mark.parametrize(
    ("item", "day", "status"),
    [
        # Without a heading that says which way, the item's verb does.
        (
            "Sat: Pavel Orlov will visit the base in Valletta.",
            date(2011, 6, 11),
            Event.Status.PLANNED,
        ),
        ("Sat: Pavel Orlov visited the base in Valletta.", date(2011, 6, 4), Event.Status.OCCURRED),
        # What was suggested happened, whatever it looks ahead to.
        (
            "Tue: Pavel Orlov suggested that the navies could train off Valletta.",
            date(2011, 6, 7),
            Event.Status.OCCURRED,
        ),
        (
            "В субботу: Pavel Orlov visited the base in Valletta.",
            date(2011, 6, 4),
            Event.Status.OCCURRED,
        ),
    ],
)
def test_a_day_label_looks_the_way_its_item_s_verb_does(records, item, day, status):
    (proposal,) = proposals_for(item + "\n")
    assert proposal.quote == item.split(": ", 1)[1]
    assert (proposal.date, proposal.status) == (PartialDate(day), status)


# A digest of the past week, published Thursday 9 June 2011, under day headings.
DAY_HEADINGS = (
    "Harbour Week\n\n"
    "Our round-up, compiled by the harbour desk.\n\n"
    "{monday}\n"
    "Marta Kowalczyk opened the rescue conference in Valletta. "
    "Pavel Orlov, in Valletta the day before, praised the navies.\n\n"
    "Marta Kowalczyk thanked the navy chiefs in Valletta.\n\n"
    "Tuesday\n"
    "Pavel Orlov suggested that the navies could train together off Valletta.\n\n"
    "Wednesday, June 8\n"
    "Marta Kowalczyk signed the rescue memorandum in Valletta.\n\n"
    "Elsewhere\n"
    "Pavel Orlov praised the harbour council.\n"
)


@pytest.mark.parametrize("monday", ["MONDAY", "Monday", "Mon 6 June"])
def test_a_digest_s_day_heading_dates_the_paragraphs_under_it(records, monday):
    opened, praised, thanked, suggested, signed, praised_elsewhere = proposals_for(
        DAY_HEADINGS.format(monday=monday)
    )
    assert opened.quote.startswith("Marta Kowalczyk opened")  # the heading is no part of it
    assert (opened.date, opened.date_text) == (PartialDate(date(2011, 6, 6)), monday)
    assert praised.date == PartialDate(date(2011, 6, 5))  # the day before the heading's
    assert thanked.date == PartialDate(date(2011, 6, 6))  # to the next heading
    # A digest of the past week: what was suggested on Tuesday was this week's.
    assert (suggested.date, suggested.status) == (
        PartialDate(date(2011, 6, 7)),
        Event.Status.OCCURRED,
    )
    assert signed.date == PartialDate(date(2011, 6, 8))
    # A heading that is no day ends the last day's section.
    assert praised_elsewhere.date.qualifier == DateQualifier.NO_LATER_THAN


def test_day_headings_under_a_section_heading_look_its_way(records):
    text = (
        "Harbour Week\n\nTHE WEEK AHEAD\n\n"
        "Friday\nPavel Orlov visits the naval base in Valletta.\n\n"
        "Monday\nMarta Kowalczyk hosts the navy chiefs in Valletta.\n"
    )
    friday, monday = proposals_for(text)
    assert (friday.date, friday.status) == (PartialDate(date(2011, 6, 10)), "planned")
    assert (monday.date, monday.status) == (PartialDate(date(2011, 6, 13)), "planned")


def test_a_russian_digest_s_day_heading_dates_its_paragraphs(records):
    text = "Неделя в Валлетте\n\nВторник\nМарта Ковальчик открыла конференцию в Валлетте.\n"
    (opened,) = propose(text, PUBLISHED, Gazetteer.from_database(), language=Language.RUSSIAN)
    assert (opened.date, opened.date_text) == (PartialDate(date(2011, 6, 7)), "Вторник")


def test_a_weekday_in_a_story_s_line_is_no_heading(records):
    text = (
        "Marta Kowalczyk thanked the navy chiefs in Valletta.\n\nTuesday was quiet in Valletta.\n"
    )
    thanked, *_ = proposals_for(text)
    assert thanked.quote.startswith("Marta Kowalczyk thanked")
    assert thanked.date.qualifier == DateQualifier.NO_LATER_THAN


def test_a_day_label_looks_back_when_its_first_verb_is_past(records):
    # "would train" looks ahead, but it is what was offered on the Tuesday just gone.
    (proposal,) = proposals_for("Tue: Pavel Orlov offered a base where the navies would train.\n")
    assert proposal.date == PartialDate(date(2011, 6, 7))


def test_an_organization_s_statement_keeps_its_name(records):
    Organization.objects.create(slug="harbour-council", name="Harbour Council")
    text = "HARBOUR COUNCIL: Pavel Orlov will sign the memorandum on Friday, a spokesman said.\n"
    (proposal,) = proposals_for(text)
    assert proposal.quote == text.strip()


LIVE_BLOG = (
    "Live: envoys in Valletta\n\n"
    "{heading}"
    "16:40 GMT \u2014 Marta Kowalczyk will sign a rescue memorandum, her aides say.\n\n"
    "15:15 GMT: Marta Kowalczyk met Pavel Orlov in Valletta.\n\n"
    "Marta Kowalczyk praised the rescue memorandum in Valletta.\n\n"
    "2.05pm BST\n\n"
    "Pavel Orlov told reporters in Valletta that the navies trained together.\n\n"
    "Pavel Orlov thanked the harbour council.\n"
)


def test_a_live_blog_s_timestamps_are_left_out_and_date_their_entries(records):
    found = proposals_for(LIVE_BLOG.format(heading=""))
    met, praised, told, thanked = found
    assert met.quote == "Marta Kowalczyk met Pavel Orlov in Valletta."
    assert met.date == PartialDate(date(2011, 6, 9))  # the article's day
    assert "entry stamped “15:15 GMT”, the article's day" in met.date_note
    assert told.quote.startswith("Pavel Orlov told")
    assert told.date == PartialDate(date(2011, 6, 9))
    assert not any("GMT" in m.text or "BST" in m.text for p in (met, told) for m in p.mentions)
    # What is planned is not for that day (still to come, not before it): an undated plan,
    # it is no proposal (dated the entry's day, it would be one). An entry ends with its
    # paragraph, but one under a time on a line of its own runs to the next stamp.
    assert not any("will sign" in p.quote for p in found)
    assert praised.quote.startswith("Marta Kowalczyk praised")
    assert praised.date.qualifier == DateQualifier.NO_LATER_THAN
    assert thanked.date == PartialDate(date(2011, 6, 9))


def test_the_story_s_own_stamp_under_its_headline_opens_no_entry(records):
    text = (
        "Envoys in Valletta\n\nBy Anna Berg\nJune 9, 2011, 07:00\n\n"
        "Marta Kowalczyk thanked Pavel Orlov in Valletta.\n"
    )
    [thanked] = proposals_for(text)
    assert thanked.date == PartialDate(date(2011, 6, 9), qualifier=DateQualifier.NO_LATER_THAN)


def test_a_live_page_s_dated_stamps_date_their_entries_to_the_next_stamp(records):
    text = (
        "Live updates: envoys in Valletta\n\n"
        "Envoys sign the accord at the palace where the first rescue pact was agreed\n"
        "June 9, 2011 / 11:02 AM EDT\n\n"
        "Marta Kowalczyk signed a rescue memorandum in Valletta.\n\n"
        "Pavel Orlov told reporters that the navies trained together.\n\n"
        "Talks open in the harbour\n"
        "June 8, 2011 / 9:30 PM EDT\n\n"
        "Marta Kowalczyk met Pavel Orlov in Valletta.\n\n"
        "Pavel Orlov thanked the harbour council.\n"
    )
    signed, told, met, thanked = proposals_for(text)
    # Each stamp's day, over the entry's paragraphs, though its headline runs long.
    assert [p.date for p in (signed, told, met, thanked)] == [
        PartialDate(date(2011, 6, 9)),
        PartialDate(date(2011, 6, 9)),
        PartialDate(date(2011, 6, 8)),
        PartialDate(date(2011, 6, 8)),
    ]
    assert "under the stamp “June 8, 2011 / 9:30 PM EDT”" in thanked.date_note


def test_words_quoted_alone_after_a_saying_are_that_saying(records):
    text = '"The fleet stays," Marta Kowalczyk told reporters. "Nobody in Gozo will sign this."\n'
    said, quoted = propose(text, PUBLISHED, MARTA, match_events=False)
    assert (quoted.same_as, quoted.date, quoted.status) == (0, said.date, said.status)


def test_a_saying_told_on_in_a_live_blog_s_entry_is_the_same_fact(records):
    text = LIVE_BLOG.replace(
        "the navies trained together.", 'the navies trained together. "It went well," he said.'
    ).format(heading="")
    _met, _praised, told, told_on, _thanked = proposals_for(text)
    assert (told_on.date, told_on.same_as) == (told.date, 2)


def test_a_live_blog_s_entries_are_of_the_day_of_their_heading(records):
    text = LIVE_BLOG.format(heading="Tuesday 7 June 2011\n\n")
    met, *_ = proposals_for(text)
    assert met.quote == "Marta Kowalczyk met Pavel Orlov in Valletta."
    assert met.date == PartialDate(date(2011, 6, 7))
    assert "under the heading “Tuesday 7 June 2011”" in met.date_note


@pytest.mark.parametrize(
    "entries",
    [
        (
            "09:47 Marta Kowalczyk has landed in Valletta.\n\n"
            "11:40 Marta Kowalczyk met Pavel Orlov in Valletta.\n\n"
            "13:05 Pavel Orlov told reporters that the navies trained together.\n"
        ),
        (
            "8:02 Marta Kowalczyk arrived in Valletta by ferry.\n\n"
            "11:40 Marta Kowalczyk met Pavel Orlov in Valletta.\n\n"
            "23:55 CET Pavel Orlov told reporters that the navies trained together.\n"
        ),
    ],
)
def test_a_live_blog_s_bare_stamps_are_left_out_and_date_their_entries(records, entries):
    landed, met, told = proposals_for(f"Live: envoys in Valletta\n\n{entries}")
    assert met.quote == "Marta Kowalczyk met Pavel Orlov in Valletta."
    assert met.date == PartialDate(date(2011, 6, 9))  # the article's day, not "by" it
    assert "entry stamped “11:40”, the article's day" in met.date_note
    assert landed.date == told.date == PartialDate(date(2011, 6, 9))
    assert told.quote.startswith("Pavel Orlov told")


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("15:35 Orlov leaves for Valletta.", "Pavel Orlov"),
        ("16:10 Kowalczyk flies home.", "marta-kowalczyk"),
        ("17:02 Orlov met reporters.", "Pavel Orlov"),
    ],
)
def test_a_live_blog_s_short_entry_is_a_fact_of_the_person_named_before(records, entry, person):
    first = "11:40 Marta Kowalczyk met Pavel Orlov in Valletta."
    text = f"Live: envoys in Valletta\n\n{first}\n\n{entry}\n"
    *_, last = proposals_for(text)
    assert last.quote == entry.split(" ", 1)[1]
    assert last.date == PartialDate(date(2011, 6, 9))  # the entry's day
    assert {m.slug or m.proposed_name for m in last.mentions if m.kind == "person"} == {person}


def test_a_short_line_outside_a_live_blog_is_still_no_fact(records):
    text = "Marta Kowalczyk met Pavel Orlov in Valletta on Monday.\n\nOrlov leaves for Valletta.\n"
    assert [p.quote for p in proposals_for(text)] == [text.split("\n")[0]]


@pytest.mark.parametrize(
    "text",
    [
        "9:30 was the hour Marta Kowalczyk chose to thank Pavel Orlov in Valletta.\n",
        "Pavel Orlov met the navy chiefs in Valletta.\n\n"
        "11:15 suited Marta Kowalczyk, who met Pavel Orlov in Valletta.\n",
    ],
)
def test_a_lone_time_opening_a_sentence_is_no_live_blog_stamp(records, text):
    *_, last = proposals_for(text)
    assert last.quote == text.strip().split("\n")[-1]
    assert last.date_text is None  # no stamp's day: the publication's bound


def test_each_row_of_a_table_of_dates_is_a_fact_quoted_verbatim(records):
    text = (
        "Valletta and the navy\n\n"
        "Year\tWhat happened\n"
        "12 May 2009\tMarta Kowalczyk opened the Valletta rescue centre\n"
        "2010\tMarta Kowalczyk visits Valletta again\n"
    )
    opened, visits = proposals_for(text)
    assert opened.quote == "12 May 2009\tMarta Kowalczyk opened the Valletta rescue centre"
    assert opened.date == PartialDate(date(2009, 5, 12))
    # A year before a cell's gap names nothing: it dates the row.
    assert visits.date == PartialDate(date(2010, 1, 1), DatePrecision.YEAR)
    assert [m.text for m in visits.mentions] == ["Marta Kowalczyk", "Valletta"]


@pytest.mark.parametrize(
    ("stamp", "time"),
    [("Updated 17:05 GMT", "17:05 GMT"), ("Last updated: 6.10pm BST", "6.10pm BST")],
)
def test_a_bulletin_s_update_stamp_dates_the_entry_it_opens(records, stamp, time):
    text = (
        f"{stamp}\n\n"
        "Pavel Orlov thanked Marta Kowalczyk in Valletta.\n\n"
        f"{stamp}\n\n"
        "Pavel Orlov told reporters in Valletta that the navies trained together.\n"
    )
    above, told = proposals_for(text)
    # Above the story, the stamp is the article's: it opens no entry, and is left out.
    assert above.quote == "Pavel Orlov thanked Marta Kowalczyk in Valletta."
    assert above.date.qualifier == DateQualifier.NO_LATER_THAN
    assert told.quote.startswith("Pavel Orlov told")
    assert told.date == PartialDate(date(2011, 6, 9))
    assert f"entry stamped “{time}”, the article's day" in told.date_note


@pytest.mark.parametrize(
    "question",
    [
        "Will Marta Kowalczyk meet Pavel Orlov in Valletta on Friday?",
        "Can Marta Kowalczyk and Pavel Orlov sign the memorandum by July?",
        "\u201cWill Pavel Orlov sign the memorandum in Valletta?\u201d",
    ],
)
def test_a_question_asserts_nothing(records, question):
    assert proposals_for(f"{question}\n") == []


def test_a_question_reported_is_a_fact(records):
    text = "Pavel Orlov asked Marta Kowalczyk on Tuesday: \u201cWhen will you sign?\u201d\n"
    (proposal,) = proposals_for(text)
    assert proposal.date == PartialDate(date(2011, 6, 7))


def test_an_interview_s_labels_are_no_part_of_its_quotes(records):
    text = (
        "Q: Marta Kowalczyk met Pavel Orlov in Valletta on Tuesday. Will they sign?\n\n"
        "A: Pavel Orlov signed the memorandum on Wednesday, his aides said.\n\n"
        "Вопрос: Will Pavel Orlov visit Valletta on Friday?\n"
    )
    tuesday, wednesday = proposals_for(text)
    assert tuesday.quote == "Marta Kowalczyk met Pavel Orlov in Valletta on Tuesday."
    assert wednesday.quote.startswith("Pavel Orlov signed")
    assert not tuesday.title.startswith("Q")


TRANSCRIPT = (
    "[00:01:10] PRESENTER (ANNA LIND): Good evening. Marta Kowalczyk thanked the navy chiefs.\n\n"
    "[00:01:30] TOM BERG (REPORTER): The chiefs met in Valletta this afternoon.\n\n"
    "[00:01:50] PRESENTER: Tom, the chiefs met in Valletta on Monday too, did they not?\n\n"
    "Mr. Orlov (Valletta North) (Lab): I am grateful to the Minister for the statement.\n\n"
    "The Minister of State (Mrs. Marta Kowalczyk): We signed the memorandum on Tuesday. "
    "I can give the right hon. Gentleman that assurance.\n\n"
    "С. ПЕТРОВ: Вот Иван из Твери пишет: «Марта Ковальчик подписала меморандум в июне».\n"
)


def test_a_transcript_s_speaker_labels_are_lead_ins_and_questions_give_no_facts(records):
    # A presenter's news stands; the question, the courtesies and the message read out do not.
    news, afternoon, tuesday = proposals_for(TRANSCRIPT)
    assert news.quote == "Marta Kowalczyk thanked the navy chiefs."
    assert afternoon.quote == "The chiefs met in Valletta this afternoon."
    assert afternoon.title == "The chiefs met in Valletta this afternoon"
    assert not any(m.kind == "organization" for m in afternoon.mentions)  # "REPORTER"
    assert tuesday.quote == "We signed the memorandum on Tuesday."
    # The label names who says "we": the speaker is the fact's person.
    assert [m.text for m in tuesday.mentions] == ["Marta Kowalczyk"]


def test_a_russian_broadcast_s_role_labels_are_lead_ins_not_bodies(records):
    text = (
        "ВЕДУЩИЙ: Сегодня в Валлетте Марта Ковальчик встретилась с командующими флотами.\n\n"
        "КОРРЕСПОНДЕНТ: Вчера командующие флотами прибыли в Валлетту.\n"
    )
    today, yesterday = propose(
        text, PUBLISHED, Gazetteer.from_database(), language=Language.RUSSIAN
    )
    assert today.quote.startswith("Сегодня") and yesterday.quote.startswith("Вчера")
    labels = {"ВЕДУЩИЙ", "КОРРЕСПОНДЕНТ"}
    assert not labels & {m.text for p in (today, yesterday) for m in p.mentions}


def test_a_russian_transcript_s_label_of_initials_and_a_surname_is_a_lead_in(records):
    text = "Вопрос: Когда встретятся министры?\n\nП.Орлов: Мы встретились в Валлетте вчера.\n"
    [proposal] = propose(text, PUBLISHED, Gazetteer.from_database(), language=Language.RUSSIAN)
    assert proposal.quote == "Мы встретились в Валлетте вчера."


def test_a_question_s_premise_is_a_fact_only_when_dated_or_of_someone_named(records):
    text = (
        "Q: Marta Kowalczyk signed the memorandum in 2008. The chiefs met in Valletta. Why?\n\n"
        "\u2014 \u041f\u0430\u0432\u0435\u043b, the navy chiefs met in Valletta. Why?\n\n"
        "\u2014 Marta Kowalczyk met Pavel Orlov in Valletta on Tuesday.\n"
    )
    in_2008, tuesday = proposals_for(text)
    assert in_2008.date_text == "2008"
    assert tuesday.date_text == "on Tuesday"


def test_a_time_above_a_speaker_s_turn_opens_no_live_blog_entry(records):
    text = "3.31 pm\n\nMr. Orlov: Marta Kowalczyk thanked the navy chiefs in Valletta.\n"
    (proposal,) = proposals_for(text)
    assert proposal.quote.startswith("Marta Kowalczyk")
    assert proposal.date.qualifier == DateQualifier.NO_LATER_THAN


def test_a_readout_s_stamp_dates_what_it_reports(records):
    text = (
        "Meeting with the navy chiefs\n\n"
        "June 7, 2011, 13:40, Valletta\n\n"
        "Marta Kowalczyk held a meeting with the navy chiefs.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.date == PartialDate(date(2011, 6, 7))
    assert "under the stamp \u201cJune 7, 2011, 13:40, Valletta\u201d" in proposal.date_note


def test_a_date_line_under_the_headline_is_the_story_s_today(records):
    text = (
        "Navy chiefs meet in Valletta\n\n"
        "June 3, 2011\n\n"
        "Marta Kowalczyk met the navy chiefs in Valletta yesterday.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.date == PartialDate(date(2011, 6, 2))
    assert proposal.quote.startswith("Marta Kowalczyk")


def test_a_quotation_of_two_sentences_is_quoted_whole_with_its_speaker(records):
    text = (
        "“The navy chiefs agree on everything. That is what I came to say,” Marta Kowalczyk said.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.quote == text.strip()
    assert proposal.title.startswith("The navy chiefs agree on everything")


def test_facts_of_coordinated_clauses_are_titled_each_by_its_own(records):
    text = (
        "Pavel Orlov met the navy chiefs on Monday, and Marta Kowalczyk flew to Valletta on "
        "Tuesday.\n"
    )
    monday, tuesday = proposals_for(text)
    assert monday.title == "Pavel Orlov met the navy chiefs on Monday"
    assert tuesday.title == "Marta Kowalczyk flew to Valletta on Tuesday"
    # One clause, two dates, one title; "and" between names parts no clauses.
    text = "Pavel Orlov and Marta Kowalczyk met on Monday, and again on Tuesday.\n"
    assert {p.title for p in proposals_for(text)} == {
        "Pavel Orlov and Marta Kowalczyk met on Monday, and again on Tuesday"
    }


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # Who said it, with a title or an "according to", is cut from the end.
        (
            "Malta and Norway agreed on Monday to resume talks, Norway's Defence"
            " Minister Marta Kowalczyk said.",
            "Malta and Norway agreed on Monday to resume talks",
        ),
        (
            "The navy chiefs met in Valletta on Monday, said Norway's Defence Minister"
            " Marta Kowalczyk.",
            "The navy chiefs met in Valletta on Monday",
        ),
        (
            "Pavel Orlov signed the memorandum on Monday, according to the Valletta Times.",
            "Pavel Orlov signed the memorandum on Monday",
        ),
        # … and so is where the news comes from, opening it.
        (
            "According to the Valletta Times, Pavel Orlov signed the memorandum on Monday.",
            "Pavel Orlov signed the memorandum on Monday",
        ),
        # What they said stays: only who said it, when and where, is cut.
        (
            "After the storm on Monday, Malta says there can be no drill with Norway.",
            "After the storm on Monday, Malta says there can be no drill with Norway",
        ),
        (
            "Pavel Orlov, Malta's envoy to Norway, said on Monday that the drill was off.",
            "Pavel Orlov, Malta's envoy to Norway, said on Monday that the drill was off",
        ),
        (
            "Pavel Orlov, speaking in Valletta on Monday, said Malta would not sign.",
            "Pavel Orlov, speaking in Valletta on Monday, said Malta would not sign",
        ),
        # A verb or a clause joined to the main one is no one's saying.
        (
            "Malta recalled its envoy on Monday, warned of retaliation and suspended talks.",
            "Malta recalled its envoy on Monday, warned of retaliation and suspended talks",
        ),
        (
            "Malta and Norway on Monday announced a joint review of the drill.",
            "Malta and Norway on Monday announced a joint review of the drill",
        ),
        # A chronology's date or a live blog's flag before a colon is said elsewhere.
        ("June 22, 2003: Pavel Orlov signed the memorandum in Valletta.", None),
        ("BREAKING: Pavel Orlov signed the memorandum in Valletta on Monday.", None),
        # A speaker's name before a colon is not.
        (
            "Malta: Pavel Orlov signed the memorandum in Valletta on Monday.",
            "Malta: Pavel Orlov signed the memorandum in Valletta on Monday",
        ),
    ],
)
def test_a_title_drops_who_said_it_and_a_label_and_keeps_what_was_said(records, sentence, title):
    (proposal,) = proposals_for(sentence + "\n")
    expected = title or sentence.partition(": ")[2].rstrip(".")
    assert proposal.title == expected


def test_a_label_in_capitals_is_no_part_of_its_quote(records):
    text = (
        "* TALKS: Marta Kowalczyk met Pavel Orlov in Valletta on Tuesday.\n\n"
        "NEXT STEPS: Pavel Orlov signed the memorandum on Wednesday.\n"
    )
    tuesday, wednesday = proposals_for(text)
    assert tuesday.quote == "Marta Kowalczyk met Pavel Orlov in Valletta on Tuesday."
    assert wednesday.title == "Pavel Orlov signed the memorandum on Wednesday"


def test_people_are_matched_to_records_or_proposed_as_new(records):
    tuesday = by_date_text(proposals_for())["on Tuesday"]
    mentions = {mention.text: mention for mention in tuesday.mentions}
    assert mentions["Marta Kowalczyk"].slug == "marta-kowalczyk"
    assert mentions["Valletta"].slug == "valletta"
    assert mentions["Pavel Orlov"].slug is None
    # A surname later in the article is the person introduced earlier.
    drill = by_date_text(proposals_for())["next month"]
    assert {m.text: m.slug for m in drill.mentions}["Kowalczyk"] == "marta-kowalczyk"


def test_an_undated_signing_is_no_proposal_but_an_undated_saying_is_by_publication(records):
    text = ARTICLE + "\nOrlov has signed rescue agreements with several navies.\n"
    # Dated by nothing but the publication, an act the story gives no date is no proposal:
    # the article's proposals are those it had without that sentence.
    found = proposals_for(text)
    assert not [p for p in found if p.quote.startswith("Orlov has signed")]
    assert [(p.quote, p.date) for p in found] == [(p.quote, p.date) for p in proposals_for()]
    # The article's undated saying (Orlov's telling of a training dated "since 2008") is
    # still proposed, dated by the publication.
    [told] = [p for p in found if p.date_text is None]
    assert told.quote.startswith("Orlov told reporters")
    assert told.date == PartialDate(PUBLISHED, DatePrecision.DAY, None, DateQualifier.NO_LATER_THAN)
    assert "No date of its own" in told.date_note


def test_accepting_all_saves_the_source_and_unpublished_drafts_with_exact_citations(records):
    proposals = proposals_for()
    result = save_import(article(), [Decision.as_proposed(p) for p in proposals])
    source = Source.objects.get(pk=result.source.pk)
    assert source.text == ARTICLE
    assert len(result.created) == len(proposals)
    for event in result.created:
        event.refresh_from_db()
        assert not event.published
        citation = event.citations.get()
        assert source.text[citation.start_offset : citation.end_offset] == citation.quote
        assert citation.reported_date == event.date
        assert event.history.first().history_change_reason.startswith("Imported from")
    tuesday = next(e for e in result.created if e.start_date == date(2011, 6, 7))
    assert set(tuesday.people.values_list("slug", flat=True)) == {
        "marta-kowalczyk",
        Person.objects.get(name="Pavel Orlov").slug,
    }
    assert list(tuesday.places.values_list("slug", flat=True)) == ["valletta"]


def test_new_records_are_created_once_and_only_when_chosen(records):
    proposals = proposals_for()
    decisions = []
    for proposal in proposals:
        decision = Decision.as_proposed(proposal)
        decision.entities = [
            (mention, None if mention.text == "Reykjavik" else choice)
            for mention, choice in decision.entities
        ]
        decisions.append(decision)
    result = save_import(article(), decisions)
    assert Person.objects.filter(name="Pavel Orlov").count() == 1
    assert not Place.objects.filter(name="Reykjavik").exists()
    assert {record.name for record in result.new_records} >= {"Pavel Orlov"}


def test_rejected_proposals_leave_only_the_source(records):
    events_before = Event.objects.count()
    proposals = proposals_for()
    decisions = [Decision.as_proposed(p) for p in proposals]
    for decision in decisions:
        decision.action = Action.REJECT
    result = save_import(article(), decisions)
    assert Event.objects.count() == events_before
    assert result.rejected == len(proposals)
    assert Source.objects.filter(pk=result.source.pk).exists()


def test_a_fact_already_on_the_timeline_is_cited_on_that_event(records):
    existing = make_event(
        title="Kowalczyk signs rescue memorandum in Valletta",
        event_type=Event.Type.AGREEMENT_SIGNED,
        start_date=date(2011, 6, 1),
        date_precision=DatePrecision.MONTH,
    )
    existing.participations.create(person=records["kowalczyk"], role="signatory")
    existing.places.add(records["valletta"])
    other_source = make_source(text="Kowalczyk signed the memorandum in June.")
    existing.citations.create(source=other_source, quote="Kowalczyk signed the memorandum")

    tuesday = by_date_text(proposals_for())["on Tuesday"]
    assert tuesday.matched_event.slug == existing.slug
    assert "shares" in tuesday.matched_event.reason

    result = save_import(article(), [Decision.as_proposed(tuesday)])
    assert result.cited == [existing] and result.created == []
    citation = existing.citations.get(source=result.source)
    assert citation.reported_date == PartialDate(date(2011, 6, 7))
    existing = Event.objects.with_related().get(pk=existing.pk)
    assert existing.sources_differ_on_date
    assert set(existing.date_readings.values()) == {existing.date, PartialDate(date(2011, 6, 7))}


def test_the_event_page_says_how_many_sources_report_it_and_where_they_differ(client, records):
    existing = make_event(start_date=date(2011, 6, 1), date_precision=DatePrecision.MONTH)
    first = make_source(title="First report", text="The memorandum was signed in June.")
    second = make_source(title="Second report", text="It was signed on Tuesday.")
    existing.citations.create(source=first, quote="The memorandum was signed in June.")
    Citation.objects.create(
        event=existing,
        source=second,
        quote="It was signed on Tuesday.",
        reported_start_date=date(2011, 6, 7),
        reported_date_precision=DatePrecision.DAY,
        reported_date_qualifier=DateQualifier.EXACT,
    )
    page = client.get(existing.get_absolute_url()).content.decode()
    assert "Reported by 2 sources." in page
    assert "The sources differ on the date." in page
    assert "First report</a>: June 2011" in page
    assert "Second report</a>: 7 June 2011" in page


def test_a_text_that_is_already_a_source_is_refused(records):
    make_source(text=ARTICLE)
    with pytest.raises(DuplicateSourceError):
        save_import(article(text=ARTICLE + "\n"), [])


def test_a_failed_import_leaves_nothing_half_saved(records, monkeypatch):
    counts = (Source.objects.count(), Event.objects.count(), Person.objects.count())
    proposals = proposals_for()
    decisions = [Decision.as_proposed(p) for p in proposals]
    calls = []
    original = Citation.save

    def fail_on_the_second(citation, *args, **kwargs):
        calls.append(citation)
        if len(calls) == 2:
            raise IntegrityError("simulated failure")
        return original(citation, *args, **kwargs)

    monkeypatch.setattr(Citation, "save", fail_on_the_second)
    with pytest.raises(IntegrityError):
        save_import(article(), decisions)
    assert (Source.objects.count(), Event.objects.count(), Person.objects.count()) == counts


def test_the_database_refuses_a_reading_without_its_precision(records):
    event = make_event()
    source = make_source(text="It happened.")
    with pytest.raises(IntegrityError):
        Citation.objects.create(
            event=event, source=source, quote="It happened.", reported_start_date=date(2011, 6, 7)
        )


def test_proposals_survive_their_json_form(records):
    for proposal in proposals_for():
        assert proposal_from_json(proposal_to_json(proposal)) == proposal


def test_a_new_organization_is_given_a_kind_from_its_name(records):
    text = (
        "The Baltic Naval Command said on Monday that the Nordic Rescue Agency "
        "signed the memorandum with Orlov.\n"
    )
    proposals = proposals_for(text)
    decision = Decision.as_proposed(proposals[0])
    decision.entities = [(m, NEW if m.slug is None else m.slug) for m, _ in decision.entities]
    save_import(article(text=text), [decision])
    kinds = dict(Organization.objects.values_list("name", "kind"))
    assert kinds["Baltic Naval Command"] == Organization.Kind.MILITARY_COMMAND
    assert kinds["Nordic Rescue Agency"] == Organization.Kind.MEDIA


def test_a_new_newspaper_is_news_media(records):
    text = "The Baltic Naval Command signed the memorandum on Monday, Vedomosti reported.\n"
    decision = Decision.as_proposed(proposals_for(text)[0])
    decision.entities = [(m, NEW if m.slug is None else m.slug) for m, _ in decision.entities]
    save_import(article(text=text), [decision])
    assert Organization.objects.get(name="Vedomosti").kind == Organization.Kind.MEDIA


def test_a_new_organization_named_with_its_abbreviation_is_one_record_with_that_alias(records):
    text = (
        "The Adriatic Mine Clearance Group (AMCG) met in Valletta on Tuesday, and "
        "Orlov said the AMCG would grow.\n"
    )
    [proposal] = [p for p in proposals_for(text) if p.date_text == "on Tuesday"]
    [group] = [m for m in proposal.mentions if m.kind == "organization"]
    assert (group.text, group.also_written) == ("Adriatic Mine Clearance Group", ("AMCG",))
    decision = Decision.as_proposed(proposal)
    save_import(article(text=text), [decision])
    [created] = Organization.objects.filter(name="Adriatic Mine Clearance Group")
    assert created.aliases == "AMCG"


def test_a_known_organization_and_its_abbreviation_are_listed_once(records):
    Organization.objects.create(
        slug="mine-group", name="Adriatic Mine Clearance Group", aliases="AMCG"
    )
    text = "The Adriatic Mine Clearance Group met on Tuesday; the AMCG chose Orlov as its chair.\n"
    [proposal] = [p for p in proposals_for(text) if p.date_text == "on Tuesday"]
    groups = [m for m in proposal.mentions if m.kind == "organization"]
    assert [m.slug for m in groups] == ["mine-group"]
    assert groups[0].also_written == ("AMCG",)


# The lead tells the fact, a later paragraph tells it again with detail.
REPEATING = (
    "Rescue pact signed\n\n"
    "Defence Minister Marta Kowalczyk signed a submarine rescue pact in Valletta on Tuesday.\n\n"
    "The pact, which Kowalczyk signed in Valletta on 7 June, covers joint drills.\n"
)


def test_a_fact_told_twice_in_an_article_is_proposed_once_with_two_passages(records):
    first, repeat = proposals_for(REPEATING)
    assert (first.same_as, repeat.same_as) == (None, 0)
    assert proposal_from_json(proposal_to_json(repeat)).same_as == 0
    result = save_import(
        article(text=REPEATING), [Decision.as_proposed(p) for p in (first, repeat)]
    )
    assert len(result.created) == 1 and result.merged == 1
    event = result.created[0]
    assert [c.quote[:20] for c in event.citations.order_by("start_offset")] == [
        "Defence Minister Mar",
        "The pact, which Kowa",
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Kowalczyk also signed a fishing quota treaty with Malta on 7 June.",
        "On Tuesday Kowalczyk and her Maltese host also signed a deal on sharing weather data.",
    ],
)
def test_another_act_of_the_same_kind_and_day_is_another_fact(records, second):
    first, other = proposals_for(REPEATING.split("The pact")[0] + second + "\n")
    assert (first.date, first.event_type) == (other.date, other.event_type)
    assert other.same_as is None


def test_a_repeat_of_a_rejected_proposal_becomes_its_own_draft(records):
    first, repeat = proposals_for(REPEATING)
    rejected = Decision.as_proposed(first)
    rejected.action = Action.REJECT
    result = save_import(article(text=REPEATING), [rejected, Decision.as_proposed(repeat)])
    assert len(result.created) == 1 and result.merged == 0
    assert result.created[0].citations.get().quote.startswith("The pact, which")


# Statements are one fact only when the same speaker says the same thing.
@pytest.fixture
def speakers(records):
    orlov = Person.objects.create(
        slug="pavel-orlov", name_en="Pavel Orlov", name_ru="Павел Орлов", role="Admiral"
    )
    Person.objects.filter(pk=records["kowalczyk"].pk).update(name_ru="Марта Ковальчик")
    return {"orlov": orlov}


def statements(text, language=Language.ENGLISH):
    """The statements proposed for ``text``, each with its index among all proposals."""
    found = propose(text, PUBLISHED, Gazetteer.from_database(), language=language)
    return [(i, p) for i, p in enumerate(found) if p.event_type == Event.Type.STATEMENT]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Admiral Pavel Orlov said on Tuesday that Marta Kowalczyk would open the rescue "
            "drill in Valletta.\n\n"
            "Kowalczyk, speaking on Tuesday, said she would open the rescue drill together "
            "with Orlov.\n",
            Language.ENGLISH,
        ),
        (
            "Marta Kowalczyk said on Tuesday that Pavel Orlov's sailors were ready for the "
            "drill.\n\n"
            "Orlov told reporters on Tuesday that his sailors were ready for the drill.\n",
            Language.ENGLISH,
        ),
        (
            "Адмирал Павел Орлов заявил во вторник, что Марта Ковальчик откроет учения.\n\n"
            "Марта Ковальчик во вторник сообщила, что откроет учения вместе с Павлом Орловым.\n",
            Language.RUSSIAN,
        ),
    ],
)
def test_statements_of_different_speakers_are_not_one_fact(speakers, text, language):
    (_, first), (_, second) = statements(text, language)
    assert second.same_as is None


@pytest.mark.parametrize(
    "text",
    [
        "Admiral Pavel Orlov said on Tuesday that the rescue drill would start in Valletta.\n\n"
        "Orlov also said on Tuesday that the fishing quotas were unfair to coastal villages.\n",
        "On Tuesday Pavel Orlov told reporters the rescue drill would start in Valletta. "
        "He also complained on Tuesday about the price of fuel for the fleet.\n",
    ],
)
def test_another_remark_of_the_same_speaker_is_another_fact(speakers, text):
    (_, first), (_, second) = statements(text)
    assert second.same_as is None


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Admiral Pavel Orlov said on Tuesday that the rescue drill would start in "
            "Valletta.\n\n"
            "The rescue drill will start in Valletta, Orlov told reporters on Tuesday.\n",
            Language.ENGLISH,
        ),
        (
            "Адмирал Павел Орлов заявил во вторник, что учения по спасению начнутся в "
            "Валлетте.\n\n"
            "Учения по спасению начнутся в Валлетте, сообщил во вторник Павел Орлов.\n",
            Language.RUSSIAN,
        ),
        (  # a speaker new to the records
            "Admiral Ivo Brenko said on Tuesday that Marta Kowalczyk would sign the rescue "
            "pact.\n\n"
            "Kowalczyk will sign the rescue pact, Brenko told reporters on Tuesday.\n",
            Language.ENGLISH,
        ),
    ],
)
def test_the_same_speaker_saying_the_same_again_is_one_fact(speakers, text, language):
    (index, _), (_, second) = statements(text, language)
    assert second.same_as == index


# A closing recap tells again facts the story told before: each is the earlier one.
RECAPPED = {
    Language.ENGLISH: (
        "The navy will close the port of Marsaxlokk to fishing boats from 1 July, the ministry "
        "said.\n\nMarta Kowalczyk signed the submarine rescue pact on Tuesday.\n\n"
        "{opening}the port will close to fishing boats from the first of July, and the rescue "
        "pact was signed on Tuesday.\n",
        "So, to recap the main points: ",
    ),
    Language.RUSSIAN: (
        "Порт Марсашлокк закроют для рыболовных судов с 1 июля, сообщили в министерстве.\n\n"
        "Во вторник Марта Ковальчик подписала соглашение о спасании подводников.\n\n"
        "{opening}порт закроют для рыболовных судов с 1 июля, а соглашение о спасании "
        "подписано во вторник.\n",
        "Коротко о главном: ",
    ),
}


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.RUSSIAN])
def test_a_closing_recap_tells_again_the_facts_told_before(records, language):
    text, opening = RECAPPED[language]
    found = propose(
        text.format(opening=opening), PUBLISHED, Gazetteer.from_database(), language=language
    )
    assert [p.same_as for p in found] == [None, None, 0, 1]


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        (Language.ENGLISH, ""),
        (Language.RUSSIAN, ""),
        # "The main points" of something, not a heading: no recap.
        (Language.ENGLISH, "The main points of the plan are clear: "),
    ],
)
def test_a_plan_told_again_without_a_recap_is_not_linked(records, language, opening):
    text, _opening = RECAPPED[language]
    found = propose(
        text.format(opening=opening), PUBLISHED, Gazetteer.from_database(), language=language
    )
    assert [p.same_as for p in found[:3]] == [None, None, None]


def test_a_sentence_s_two_facts_are_never_one():
    text = (
        "There was no summit in Valletta last week, and Marta Kowalczyk, who returned to "
        "Warsaw on 2 April, said she will not go to Rome.\n"
    )
    kowalczyk = Record("person", "marta-kowalczyk", "Marta Kowalczyk")
    found = propose(text, PUBLISHED, Gazetteer([kowalczyk]), match_events=False)
    assert len(found) == 2
    assert [p.same_as for p in found] == [None, None]


MARTA = Gazetteer([Record("person", "marta-kowalczyk", "Marta Kowalczyk")])


def test_a_quotation_after_a_dated_statement_by_its_speaker_is_that_statement():
    text = (
        "Marta Kowalczyk dismissed the quota plan in Valletta on Tuesday.\n\n"
        '"It is a mouse of a plan," Kowalczyk told reporters.\n'
    )
    dismissed, quoted = propose(text, PUBLISHED, MARTA, match_events=False)
    assert quoted.date == dismissed.date == PartialDate(date(2011, 6, 7))
    assert quoted.same_as == 0
    assert "the statement the sentence before dates" in quoted.date_note


def test_a_quotation_goes_on_with_the_saying_before_not_the_act_it_said_was_done():
    text = (
        "Marta Kowalczyk told reporters on Tuesday that Malta had closed the port last month."
        '\n\n"The fleet was warned," Kowalczyk said.\n'
    )
    told, closed, quoted = propose(text, PUBLISHED, MARTA, match_events=False)
    assert (told.date_text, closed.date_text) == ("on Tuesday", "last month")
    assert (quoted.same_as, quoted.date) == (0, PartialDate(date(2011, 6, 7)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The sentence before also dates what is still to come: its one act done is told on.
        (
            "Marta Kowalczyk announced on Tuesday that the port would close from 1 July.\n\n"
            '"The fleet will be warned," Kowalczyk said.\n',
            Language.ENGLISH,
        ),
        # Said in the sentence before, given on her word: what is to come is what she said.
        (
            "Во вторник Марта Ковальчик заявила, что порт будет закрыт.\n\n"
            "По её словам, рыбаков предупредят заранее.\n",
            Language.RUSSIAN,
        ),
        # What is to come in her words, though of a kind of its own (talks), is her saying;
        # and what she stressed after it tells on from the same statement.
        (
            "Во вторник Марта Ковальчик заявила, что порт будет закрыт.\n\n"
            "По её словам, Мальта готова обсуждать квоты с рыбаками.\n\n"
            "Вместе с тем она подчеркнула, что решение окончательное.\n",
            Language.RUSSIAN,
        ),
    ],
)
def test_a_saying_told_on_after_a_dated_statement_is_that_statement(text, language):
    found = propose(text, PUBLISHED, MARTA, match_events=False, language=language)
    announced, quoted = found[0], found[-1]
    assert quoted.date == announced.date == PartialDate(date(2011, 6, 7))
    assert (quoted.same_as, quoted.status) == (0, Event.Status.OCCURRED)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marta Kowalczyk told reporters that the port would close.\n\n"
            '"The fleet will be warned," she said.\n',
            Language.ENGLISH,
        ),
        (
            "Марта Ковальчик заявила журналистам, что порт будет закрыт.\n\n"
            "«Рыбаков предупредят», — сказала она.\n",
            Language.RUSSIAN,
        ),
    ],
)
def test_a_saying_told_on_after_an_undated_one_by_its_speaker_is_that_saying(text, language):
    said, quoted = propose(text, PUBLISHED, MARTA, match_events=False, language=language)
    assert quoted.same_as == 0
    by = PartialDate(PUBLISHED, DatePrecision.DAY, None, DateQualifier.NO_LATER_THAN)
    assert quoted.date == said.date == by


def test_an_impression_someone_reports_is_their_statement():
    text = "Marta Kowalczyk said it seemed that the port would close.\n"
    [said] = propose(text, PUBLISHED, MARTA, match_events=False)
    assert said.event_type == "statement"


def test_what_someone_insists_on_now_is_no_statement_told_on():
    text = (
        "Marta Kowalczyk said on Tuesday that the port would close.\n\n"
        'Kowalczyk now insists that the port "will stay open".\n'
    )
    found = propose(text, PUBLISHED, MARTA, match_events=False)
    # Told on, it would be the saying before's (and proposed, merged into it); as it is, it
    # is an undated plan, and no proposal.
    assert [(p.quote, p.same_as) for p in found] == [(text.split("\n")[0], None)]


def test_what_one_said_after_an_act_others_told_of_is_no_statement_told_on():
    text = (
        "The details of the quota accord were finalised late on Tuesday by Marta Kowalczyk "
        "and Jan Nowak, according to officials on both sides.\n\n"
        "Marta Kowalczyk told reporters the accord covered fuel and food.\n"
    )
    _finalised, said = propose(text, PUBLISHED, MARTA, match_events=False)
    assert said.same_as is None


def test_what_someone_taking_part_said_is_of_the_act_s_day():
    text = (
        "Marta Kowalczyk signed the fisheries accord in Valletta on Tuesday.\n\n"
        '"This is a good day for the fleet," Kowalczyk said.\n'
    )
    signed, said = propose(text, PUBLISHED, MARTA, match_events=False)
    assert (said.date, said.same_as) == (signed.date, None)


def test_what_someone_said_after_an_act_of_months_ago_is_not_of_its_day():
    text = (
        "Marta Kowalczyk was appointed fisheries envoy in January.\n\n"
        '"I defended the fleet," Kowalczyk said.\n'
    )
    _appointed, said = propose(text, PUBLISHED, MARTA, match_events=False)
    assert said.date.qualifier == DateQualifier.NO_LATER_THAN


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        (
            "The ministers also agreed to set up a fisheries board in Gozo.",
            PartialDate(date(2011, 6, 7)),
        ),
        (
            "In response, Marta Kowalczyk recalled the Polish fleet from Gozo.",
            PartialDate(date(2011, 6, 7), DatePrecision.DAY, PUBLISHED, DateQualifier.WITHIN),
        ),
    ],
)
def test_a_sentence_going_on_with_a_dated_act_takes_its_date(follow_up, expected):
    text = f"Fisheries ministers met in Valletta on Tuesday.\n\n{follow_up}\n"
    _met, follow = propose(text, PUBLISHED, MARTA, match_events=False)
    assert follow.date == expected


@pytest.mark.parametrize(
    "follow_up",
    [
        'Kowalczyk has since recalled the fleet, and she now insists it "will stay home".',
        "Kowalczyk has since quietly recalled the fleet from Gozo.",
    ],
)
def test_what_was_done_since_a_dated_act_is_after_it(follow_up):
    text = f"Marta Kowalczyk said on Tuesday that the fleet would stay in port.\n\n{follow_up}\n"
    _said, recalled = propose(text, PUBLISHED, MARTA, match_events=False)
    assert recalled.date == PartialDate(
        date(2011, 6, 7), DatePrecision.DAY, PUBLISHED, DateQualifier.WITHIN
    )
    assert recalled.status == Event.Status.OCCURRED


def test_a_russian_sentence_going_on_with_a_dated_act_takes_its_date():
    text = (
        "Министры рыболовства встретились в Валлетте во вторник.\n\n"
        "Кроме того, министры договорились создать рыболовный совет на Гоцо.\n"
    )
    _met, agreed = propose(text, PUBLISHED, MARTA, match_events=False, language=Language.RUSSIAN)
    assert agreed.date == PartialDate(date(2011, 6, 7))


def test_what_someone_is_expected_to_do_on_a_visit_to_come_is_within_it():
    text = (
        "Marta Kowalczyk will visit Valletta on 14-15 June.\n\n"
        "She is expected to sign the fisheries accord.\n"
    )
    _visit, sign = propose(text, PUBLISHED, MARTA, match_events=False)
    assert sign.date == PartialDate(
        date(2011, 6, 14), DatePrecision.DAY, date(2011, 6, 15), DateQualifier.WITHIN
    )
    assert sign.status == Event.Status.EXPECTED


def test_the_same_act_also_done_is_that_act():
    text = (
        "Fisheries ministers signed the quota accord in Valletta on Tuesday.\n\n"
        "Marta Kowalczyk, the Polish fisheries minister, also signed.\n"
    )
    signed, also = propose(text, PUBLISHED, MARTA, match_events=False)
    assert (also.date, also.same_as) == (signed.date, 0)


@pytest.mark.parametrize(
    ("follow_up", "dated"),
    [
        # A state, however "also" it is: no fact at all.
        ("Warsaw is also unhappy that the quota accord has not been signed.", []),
        # Another side's reaction; a reaction naming the speaker, not their words.
        (
            "Norwegian officials also criticised Marta Kowalczyk over the quota accord.",
            [DateQualifier.NO_LATER_THAN],
        ),
        (
            "In Warsaw the statement by Marta Kowalczyk was received with regret.",
            [DateQualifier.NO_LATER_THAN],
        ),
    ],
)
def test_what_does_not_go_on_with_the_act_before_keeps_publication(follow_up, dated):
    text = f"Marta Kowalczyk signed the quota accord in Valletta on Tuesday.\n\n{follow_up}\n"
    found = propose(text, PUBLISHED, MARTA, match_events=False)
    assert [p.date.qualifier for p in found[1:]] == dated
    assert all(p.same_as is None for p in found)


def test_besides_another_matter_goes_on_with_no_one():
    text = (
        "Marta Kowalczyk signed the quota accord in Valletta on Tuesday.\n\n"
        "Besides fishing, the ministers of Malta and Italy spoke of a ferry route to Gozo.\n"
    )
    _signed, besides = propose(text, PUBLISHED, MARTA, match_events=False)
    assert besides.date.qualifier == DateQualifier.NO_LATER_THAN


def test_a_date_goes_on_over_a_sentence_of_no_fact_and_from_one_carried():
    text = (
        "Marta Kowalczyk signed the quota accord in Valletta on Tuesday.\n\n"
        "The ceremony was brief.\n\n"
        "Besides Marta Kowalczyk, the ministers of Malta and Italy put their names to it.\n\n"
        "Marta Kowalczyk also announced that Poland would open a port office in Gozo.\n\n"
        "Later, her spokesman Jan Nowak told reporters the fleet would stay in port.\n"
    )
    signed, besides, announced, later = propose(text, PUBLISHED, MARTA, match_events=False)
    assert besides.date == announced.date == signed.date == PartialDate(date(2011, 6, 7))
    assert announced.same_as is None  # going on from an act carried on, not one said
    assert later.date == PartialDate(
        date(2011, 6, 7), DatePrecision.DAY, PUBLISHED, DateQualifier.WITHIN
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Poland and Malta agreed to share fishing quotas.\n\n"
            "The agreement was reached on Tuesday in Valletta by Marta Kowalczyk.\n",
            Language.ENGLISH,
        ),
        (
            "Польша и Мальта договорились о квотах на рыболовство. Такая договорённость была "
            "достигнута во вторник в Валлетте.\n",
            Language.RUSSIAN,
        ),
    ],
)
def test_an_act_told_again_by_a_noun_in_the_next_sentence_takes_its_date(text, language):
    agreed, reached = propose(text, PUBLISHED, MARTA, match_events=False, language=language)
    assert agreed.date == reached.date == PartialDate(date(2011, 6, 7))
    assert reached.same_as == 0


def test_a_saying_of_a_view_is_not_the_act_a_noun_in_the_next_sentence_tells():
    text = (
        "Marta Kowalczyk thanked the allies and said the navies were a guarantee of calm. "
        "The decision to send the navies was taken in Valletta on Tuesday.\n"
    )
    thanked, decided = propose(text, PUBLISHED, MARTA, match_events=False)
    assert thanked.date.qualifier == DateQualifier.NO_LATER_THAN
    assert decided.date == PartialDate(date(2011, 6, 7))
    assert decided.same_as is None
    # A saying that reports an act is that act, told again.
    text = (
        "Poland has told Malta it is freezing all naval co-operation with it. "
        "The decision was passed on in Valletta on Tuesday.\n"
    )
    told, *_ = propose(text, PUBLISHED, MARTA, match_events=False)
    assert told.date == PartialDate(date(2011, 6, 7))


@pytest.mark.parametrize(
    "next_sentence",
    [
        "The move follows the signing of a rescue pact in Valletta on Tuesday.",
        "The move came two days after the drill, which began in Valletta on Tuesday.",
    ],
)
def test_the_date_of_what_an_act_told_again_followed_is_not_its_own(next_sentence):
    text = "Poland has told Malta it is freezing all naval co-operation. " + next_sentence + "\n"
    told, *_ = propose(text, PUBLISHED, MARTA, match_events=False)
    assert told.date.qualifier == DateQualifier.NO_LATER_THAN


@pytest.mark.parametrize(
    "reported",
    [
        "Об этом во вторник сообщил МИД Польши.",
        "Об этом говорится в заявлении, опубликованном во вторник на сайте МИД Польши.",
    ],
)
def test_a_russian_act_made_known_on_a_day_the_next_sentence_gives_is_of_that_day(reported):
    text = "Польша отозвала посла с Мальты. " + reported + "\n"
    recalled, *told = propose(text, PUBLISHED, MARTA, match_events=False, language=Language.RUSSIAN)
    assert recalled.date == PartialDate(date(2011, 6, 7))
    assert all(t.same_as == 0 for t in told)


def test_the_text_an_act_made_named_again_with_that_act_is_the_same_fact():
    text = (
        "Marta Kowalczyk signed a fisheries declaration in Valletta on Tuesday.\n\n"
        "The document, known as the Valletta Declaration, was signed at the harbour office.\n\n"
        "The declaration was ratified by the Sejm.\n"
    )
    # The ratification, another act, is no part of the signing: merged into it, it would be
    # proposed; undated, it is not.
    _signed, again = propose(text, PUBLISHED, MARTA, match_events=False)
    assert again.same_as == 0 and again.quote.startswith("The document")


def test_a_sentence_with_no_word_going_on_keeps_publication():
    text = (
        "Fisheries ministers met in Valletta on Tuesday.\n\n"
        "Marta Kowalczyk recalled the Polish fleet from Gozo.\n"
    )
    _met, recalled = propose(text, PUBLISHED, MARTA, match_events=False)
    assert recalled.date.qualifier == DateQualifier.NO_LATER_THAN


def test_an_act_told_again_on_its_day_in_the_same_words_is_one_fact():
    text = (
        "The rescue pact signed on Tuesday opens the port to both navies.\n\n"
        "The rescue pact was signed in Valletta on Tuesday after a year of talks.\n\n"
        "A fisheries pact was also signed in Valletta on Tuesday.\n"
    )
    found = propose(text, PUBLISHED, Gazetteer([]), match_events=False)
    assert [p.same_as for p in found] == [None, 0, None]


# Written for these tests, in Russian; the people are invented. Published Thursday 9 June 2011.
RUSSIAN_ARTICLE = (
    "Посланники договорились об учениях\n\n"
    "ВАЛЛЕТТА, 9 июня. Министр обороны Марта Ковальчик во вторник встретилась в Валлетте с "
    "Павлом Орловым и подписала меморандум о спасении подводников.\n"
)


def test_a_russian_article_s_drafts_and_new_records_have_their_russian_texts(records):
    proposals = propose(
        RUSSIAN_ARTICLE, PUBLISHED, Gazetteer.from_database(), language=Language.RUSSIAN
    )
    decisions = [Decision.as_proposed(proposal) for proposal in proposals]
    result = save_import(
        article(text=RUSSIAN_ARTICLE, title="Посланники", language=Language.RUSSIAN), decisions
    )
    (event,) = result.created
    event.refresh_from_db()
    assert event.title_ru and event.title_en is None  # an editor adds the English
    assert event.summary_ru.startswith("Министр обороны Марта Ковальчик")
    assert event.slug.isascii() and event.slug
    minister = Person.objects.get(name_ru="Марта Ковальчик")
    assert minister in result.new_records and minister.name_en is None
    assert minister.slug == "marta-kovalchik"


# Duplicates: an existing event is offered only when the evidence says it is the same fact.


@pytest.fixture
def valletta_events(records):
    """Three events in Valletta, which makes it a place many events name, as a capital."""
    orlov = Person.objects.create(slug="pavel-orlov", name="Pavel Orlov", role="Admiral")
    signing = make_event(
        title="Kowalczyk and Orlov sign a submarine rescue memorandum",
        summary="The two ministers signed a memorandum on rescuing the crews of submarines.",
        event_type=Event.Type.AGREEMENT_SIGNED,
        start_date=date(2011, 6, 7),
    )
    talks = make_event(
        title="Kowalczyk meets Orlov on submarine rescue",
        summary="The ministers discussed joint submarine rescue drills.",
        start_date=date(2011, 6, 7),
    )
    harbour = make_event(title="Harbour reopens", start_date=date(2011, 6, 2))
    for event in (signing, talks, harbour):
        event.places.add(records["valletta"])
    for event in (signing, talks):
        event.participations.create(person=records["kowalczyk"], role="minister")
        event.participations.create(person=orlov, role="admiral")
    return {"signing": signing, "talks": talks}


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Marta Kowalczyk told fishermen in Valletta on Tuesday that fuel "
        "subsidies would rise by ten percent.\n",
        "Marta Kowalczyk met a Chinese trade envoy in Valletta on Tuesday to discuss timber.\n",
    ],
)
def test_a_shared_person_and_a_common_capital_on_another_topic_is_no_match(valletta_events, text):
    (proposal,) = proposals_for(text)
    assert proposal.date == PartialDate(date(2011, 6, 7))
    assert proposal.matches == []
    assert Decision.as_proposed(proposal).action == Action.CREATE


def test_the_same_fact_reworded_still_matches_its_event(valletta_events):
    text = (
        "On Tuesday in Valletta, Pavel Orlov and Defence Minister Marta Kowalczyk signed a "
        "memorandum on rescuing submarine crews.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.matched_event.slug == valletta_events["signing"].slug
    reason = proposal.matched_event.reason
    assert "within a week: 3 points needed" in reason
    assert "the same kind of event" in reason and "words in common: crew" in reason
    assert "Valletta (0.5 in all)" in reason  # in many events: it counts little
    assert Decision.as_proposed(proposal).action == Action.CITE


def test_a_fact_about_a_day_matches_its_event_of_the_days_around_it(valletta_events):
    text = (
        "Around June 5, Pavel Orlov and Defence Minister Marta Kowalczyk signed a memorandum "
        "on rescuing submarine crews.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.date == PartialDate(date(2011, 6, 5), DatePrecision.DAY, None, "approximate")
    assert proposal.matched_event.slug == valletta_events["signing"].slug  # on 7 June
    (proposal,) = proposals_for(text.replace("June 5", "May 30"))
    assert proposal.matches == []  # the days around it end on 2 June


def kowalczyk_statement(records, title, year):
    """A statement of Kowalczyk's on 7 June of ``year``."""
    event = make_event(title=title, event_type=Event.Type.STATEMENT, start_date=date(year, 6, 7))
    event.participations.create(person=records["kowalczyk"], role="minister")
    return event


def test_a_fact_dated_by_a_decade_does_not_match_a_day_event(records):
    kowalczyk_statement(records, "Kowalczyk calls for submarine rescue cooperation", 2005)
    text = (
        "In the early 2000s, Marta Kowalczyk was among the most visible advocates of "
        "submarine rescue cooperation, she said.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.date.start.year == 2000 and proposal.date.last_day.year == 2009
    assert proposal.matches == []


def test_a_fact_dated_only_by_the_publication_needs_more_than_a_dated_one(records):
    event = kowalczyk_statement(records, "Kowalczyk says the navy will buy rescue vessels", 2011)
    (dated,) = proposals_for("Marta Kowalczyk said on Tuesday the navy would buy tankers.\n")
    assert dated.matched_event.slug == event.slug
    assert "within a week: 3 points needed" in dated.matched_event.reason
    (undated,) = proposals_for("Marta Kowalczyk said the navy would buy tankers.\n")
    assert undated.date.qualifier == DateQualifier.NO_LATER_THAN
    # It lies as far before the publication as the event, two days, but gives no day.
    assert "only within a month: 3.5 points needed" in undated.matched_event.reason
    (older,) = proposals_for("Marta Kowalczyk said in May 2010 the navy would buy tankers.\n")
    assert older.matches == []


def test_two_nearly_tied_candidates_are_offered_and_the_default_is_a_new_draft(records):
    for name in ("Orlov", "Berg"):
        person = Person.objects.create(slug=name.lower(), name=f"Jan {name}", role="Admiral")
        event = make_event(
            slug=f"talks-with-{name.lower()}",
            title=f"Kowalczyk to hold talks with {name} on naval patrols",
            start_date=date(2011, 6, 1),
            date_precision=DatePrecision.MONTH,
        )
        event.participations.create(person=records["kowalczyk"], role="minister")
        event.participations.create(person=person, role="admiral")
    text = "Marta Kowalczyk will meet officials on naval patrols on Wednesday.\n"
    (proposal,) = proposals_for(text)
    assert [m.slug for m in proposal.matches] == ["talks-with-berg", "talks-with-orlov"]
    assert proposal.matches[0].score == proposal.matches[1].score
    assert "Nearly as likely" in proposal.matches[0].reason
    assert proposal.matched_event is None
    decision = Decision.as_proposed(proposal)
    assert decision.action == Action.CREATE and decision.event_slug is None
    result = save_import(article(text=text), [decision])
    assert len(result.created) == 1 and result.cited == []


@pytest.fixture
def harbour_bodies(records):
    """The navy and the coast guard, in a meeting of Kowalczyk's on 1-2 June 2011."""
    navy = Organization.objects.create(slug="maltese-navy", name="Maltese Navy")
    guard = Organization.objects.create(slug="coast-guard", name="Coast Guard")
    meeting = make_event(
        title="Kowalczyk meets navy and coast guard chiefs on harbour safety",
        summary="They discussed harbour safety and the pay of sailors.",
        start_date=date(2011, 6, 1),
        end_date=date(2011, 6, 2),
    )
    meeting.participations.create(person=records["kowalczyk"], role="minister")
    meeting.places.add(records["valletta"])
    meeting.organizations.add(navy, guard)
    return meeting


def test_bodies_shared_do_not_add_up_to_a_person(harbour_bodies):
    text = (
        "Marta Kowalczyk, addressing the Maltese Navy and the Coast Guard in June, said "
        "that the safety of sailors came first.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.date.precision == DatePrecision.MONTH
    assert proposal.event_type == Event.Type.STATEMENT
    assert proposal.matches == []


def test_a_word_many_events_say_tells_none_apart(harbour_bodies):
    for day in (3, 4, 5):
        drill = make_event(title="Harbour safety drill", start_date=date(2011, 6, day))
        drill.participations.create(person=harbour_bodies.people.get(), role="minister")
    text = "Marta Kowalczyk met ministers on 2 June about harbour safety.\n"
    (proposal,) = proposals_for(text)
    (match,) = proposal.matches
    assert "words in common: safeti" not in match.reason
    assert "tell nothing apart: harbour, safeti (0)" in match.reason


def test_a_fact_that_happened_prefers_the_event_that_happened(records):
    visit = make_event(
        slug="kowalczyk-visits-valletta",
        title="Kowalczyk visits Valletta",
        event_type=Event.Type.VISIT,
        start_date=date(2011, 6, 6),
        end_date=date(2011, 6, 7),
    )
    talks = make_event(
        slug="kowalczyk-to-hold-talks",
        title="Kowalczyk to hold talks in Valletta on heavy forces",
        status=Event.Status.PLANNED,
        start_date=date(2011, 6, 1),
        date_precision=DatePrecision.MONTH,
    )
    for event in (visit, talks):
        event.participations.create(person=records["kowalczyk"], role="minister")
    # The date's clause says only the visit; the rest of the sentence tells a promise.
    text = (
        "Marta Kowalczyk, who visited Valletta on 6-7 June, promised that no heavy forces "
        "would be stationed on the islands.\n"
    )
    proposal = next(p for p in proposals_for(text) if p.date_text)
    assert proposal.status == Event.Status.OCCURRED
    assert proposal.matched_event.slug == "kowalczyk-visits-valletta"
    assert all(match.slug != "kowalczyk-to-hold-talks" for match in proposal.matches)


def test_candidates_half_a_point_apart_are_nearly_tied():
    first, second = (
        EventMatch(slug, slug, "", score, "") for slug, score in (("a", 4), ("b", 3.5))
    )
    assert clear_match([first, second]) is None
    assert clear_match([first, replace(second, score=3)]) == first


@pytest.fixture
def union_admits_two(db):
    """An enlargement of the alliance on 14 March 2010, linked to the alliance alone."""
    alliance = Organization.objects.get(slug="nato")  # an alliance: common to many events
    event = make_event(
        title="The alliance admits Iceland's neighbours",
        summary="Two states are admitted as members.",
        event_type=Event.Type.ENLARGEMENT,
        start_date=date(2010, 3, 14),
    )
    event.organizations.add(alliance)
    return event


def test_the_same_kind_on_the_same_exact_day_matches_on_a_common_record(union_admits_two):
    (proposal,) = proposals_for("On 14 March 2010, two more countries joined NATO.\n")
    assert proposal.event_type == Event.Type.ENLARGEMENT
    assert proposal.matched_event.slug == union_admits_two.slug
    assert "on the same day (1.5)" in proposal.matched_event.reason


@pytest.mark.parametrize(
    "text",
    [
        "On 15 March 2010, two more countries joined NATO.\n",  # the same kind, another day
        "On 14 March 2010, NATO warned two countries about their budgets.\n",  # another kind
    ],
)
def test_a_common_record_alone_matches_nothing_on_another_day_or_of_another_kind(
    union_admits_two, text
):
    (proposal,) = proposals_for(text)
    assert proposal.matches == []


def test_an_exact_day_within_an_event_of_a_few_days_is_on_the_same_day(union_admits_two):
    union_admits_two.end_date = date(2010, 3, 16)
    union_admits_two.date_qualifier = DateQualifier.WITHIN
    union_admits_two.save()
    (proposal,) = proposals_for("On 15 March 2010, two more countries joined NATO.\n")
    assert proposal.matched_event.slug == union_admits_two.slug


@pytest.fixture
def gdynia_week(records):
    """Orlov's week in Gdynia before the article of Thursday 9 June 2011: a statement and
    an objection on Sunday, an offer "by" Tuesday, and Kowalczyk's visit on 8–9 June."""
    orlov = Person.objects.create(slug="pavel-orlov", name="Pavel Orlov", role="Admiral")
    gdynia = Place.objects.create(slug="gdynia", name="Gdynia", kind=Place.Kind.CITY)
    squadron = Organization.objects.create(
        slug="baltic-squadron", name="Baltic Squadron", kind=Organization.Kind.ARMED_FORCE
    )
    sunday = {"start_date": date(2011, 6, 5), "event_type": Event.Type.STATEMENT}
    events = {
        "ports": make_event(
            title="Orlov in Gdynia: the memorandum would open each navy's ports",
            summary="The admiral said the memorandum would open the ports of each navy "
            "to the other's ships.",
            **sunday,
        ),
        "quotas": make_event(
            title="Orlov objects to the fishing quotas",
            summary="The admiral called the fishing quotas unfair to coastal villages.",
            **sunday | {"event_type": Event.Type.OBJECTION},
        ),
        "offer": make_event(
            title="Orlov offers the Baltic Squadron for the rescue drills",
            summary="The admiral offered the squadron's vessels for the joint drills.",
            event_type=Event.Type.PROPOSAL,
            start_date=date(2011, 6, 7),
            date_qualifier=DateQualifier.NO_LATER_THAN,
        ),
        "visit": make_event(
            title="Kowalczyk visits Gdynia",
            summary="The minister spent two days at the naval base.",
            event_type=Event.Type.VISIT,
            start_date=date(2011, 6, 8),
            end_date=date(2011, 6, 9),
        ),
    }
    for event in events.values():
        event.places.add(gdynia)
    for key in ("ports", "quotas", "offer"):
        events[key].participations.create(person=orlov, role="admiral")
    events["offer"].organizations.add(squadron)
    events["visit"].participations.create(person=records["kowalczyk"], role="minister")
    return events


@pytest.mark.parametrize(
    "text",
    [
        "Orlov, speaking in Gdynia on Sunday, had called the arrival of foreign minesweepers "
        "in the bay a matter of concern.\n",
        "Speaking in Gdynia on Sunday, Pavel Orlov praised the cadets of the naval academy.\n",
        "On Sunday in Gdynia, Orlov told reporters that the lighthouse would be repainted.\n",
    ],
)
def test_the_same_speaker_on_the_same_day_saying_something_else_is_no_match(gdynia_week, text):
    (proposal,) = proposals_for(text)
    assert proposal.date == PartialDate(date(2011, 6, 5))
    assert proposal.matches == []


@pytest.mark.parametrize(
    "text",
    [
        "Orlov, speaking in Gdynia on Sunday, said the memorandum would open the ports of "
        "both navies to the other side's ships.\n",
        "On Sunday in Gdynia, Orlov told reporters the two navies' ships could soon use each "
        "other's ports.\n",
    ],
)
def test_the_same_speaker_on_the_same_day_saying_the_same_matches(gdynia_week, text):
    (proposal,) = proposals_for(text)
    assert proposal.matched_event.slug == gdynia_week["ports"].slug


def test_a_statement_is_not_counted_against_the_offer_it_makes(gdynia_week):
    text = (
        "On Tuesday, Orlov said vessels of the Baltic Squadron could take part in the "
        "joint drills.\n"
    )
    (proposal,) = proposals_for(text)
    assert proposal.event_type == Event.Type.STATEMENT
    assert proposal.matched_event.slug == gdynia_week["offer"].slug
    reason = proposal.matched_event.reason
    assert "a statement, which the event's kind of statement may be (0)" in reason


@pytest.fixture
def orlov_on_the_radio(gdynia_week):
    """Orlov's radio interview, dated only to the year: a fact "by" the article's day
    agrees with it only within a year, which needs 5 points."""
    interview = make_event(
        title="Orlov on the radio: the squadron stays",
        summary="The admiral told a radio station where the squadron would be based.",
        event_type=Event.Type.INTERVIEW,
        start_date=date(2011, 1, 1),
        date_precision=DatePrecision.YEAR,
    )
    interview.places.add(Place.objects.get(slug="gdynia"))
    interview.participations.create(person=Person.objects.get(slug="pavel-orlov"))
    remark = "“The squadron will stay in Gdynia as long as the bay is open,” Orlov said."
    interview.citations.create(source=make_source(text=remark), quote=remark)
    return interview


def test_the_same_words_quoted_tell_the_interview_a_statement_repeats(orlov_on_the_radio):
    text = (
        'Orlov told a radio station that "the squadron will stay in Gdynia, as long as the '
        'bay is open".\n'
    )
    (proposal,) = proposals_for(text)
    assert proposal.event_type == Event.Type.STATEMENT
    assert proposal.matched_event.slug == orlov_on_the_radio.slug
    reason = proposal.matched_event.reason
    assert "only within a year: 5 points needed" in reason
    assert (
        "the words quoted “the squadron will stay in Gdynia, as long as the bay is open” (2)"
        in reason
    )
    assert "a statement, which the event's kind of statement may be (0)" in reason


@pytest.mark.parametrize(
    "quoted",
    [
        "the squadron will leave Gdynia as soon as the bay is open",  # another remark
        "stay in Gdynia",  # too few words to tell a remark
    ],
)
def test_other_or_fewer_words_quoted_tell_nothing(orlov_on_the_radio, quoted):
    text = f'Orlov told a radio station that the squadron would "{quoted}".\n'
    (proposal,) = proposals_for(text)
    assert orlov_on_the_radio.slug not in [match.slug for match in proposal.matches]


@pytest.fixture
def ports_memorandum(gdynia_week):
    """The Gdynia memorandum, which Orlov's statement on Sunday is about."""
    memorandum = Agreement.objects.create(
        slug="gdynia-memorandum",
        name="Gdynia Memorandum",
        status=Agreement.Status.PROPOSED,
        summary="Each navy's ports open to the other's ships.",
    )
    gdynia_week["ports"].agreements.add(memorandum)
    return gdynia_week


@pytest.mark.parametrize(
    "text",
    [
        "Kowalczyk said on Sunday that the Gdynia Memorandum would open the ports of both "
        "navies to each other's ships.\n",
        "A naval spokesman said on Sunday that the Gdynia Memorandum would open the ports of "
        "both navies.\n",
    ],
)
def test_another_speaker_s_statement_on_the_same_subject_is_no_match(ports_memorandum, text):
    (proposal,) = proposals_for(text)
    assert proposal.event_type == Event.Type.STATEMENT
    assert proposal.matches == []


@pytest.mark.parametrize(
    "text",
    [
        "Orlov said on Sunday that the Gdynia Memorandum would open the ports of both navies "
        "to each other's ships.\n",
        "The Gdynia Memorandum would open the ports of both navies, Pavel Orlov told "
        "reporters on Sunday.\n",
    ],
)
def test_the_speaker_s_own_statement_on_the_subject_matches(ports_memorandum, text):
    (proposal,) = proposals_for(text)
    assert proposal.matched_event.slug == ports_memorandum["ports"].slug


@pytest.mark.parametrize(
    "text",
    [
        "The trip, Kowalczyk's first to Gdynia since she took office, comes a week after "
        "the harbour reopened to merchant traffic.\n",
        "Marta Kowalczyk is visiting Gdynia, where the navy is short of spare parts for its "
        "patrol boats.\n",
    ],
)
def test_an_undated_fact_matches_the_event_of_the_days_before_its_publication(gdynia_week, text):
    (proposal,) = proposals_for(text)
    assert proposal.date.qualifier == DateQualifier.NO_LATER_THAN
    assert proposal.matched_event.slug == gdynia_week["visit"].slug
    assert "only within a month: 3.5 points needed" in proposal.matched_event.reason


def test_an_undated_fact_does_not_match_an_event_of_months_before(gdynia_week):
    visit = gdynia_week["visit"]
    visit.start_date, visit.end_date = date(2010, 10, 4), date(2010, 10, 5)
    visit.save()
    text = "The trip, Kowalczyk's first to Gdynia since she took office, comes a week late.\n"
    (proposal,) = proposals_for(text)
    assert proposal.matches == []


def save_all_new(text, language=Language.ENGLISH):
    """Saves every proposal of ``text`` with its unmatched names as new records."""
    proposals = propose(text, PUBLISHED, Gazetteer.from_database(), language=language)
    decisions = []
    for proposal in proposals:
        decision = Decision.as_proposed(proposal)
        decision.entities = [(m, NEW if m.slug is None else m.slug) for m, _ in decision.entities]
        decisions.append(decision)
    return save_import(article(text=text, language=language), decisions)


@pytest.mark.parametrize(
    "text, name, short",
    [
        (
            "On Tuesday Orlov signed the Agreement on Harbour Safety between Estonia and "
            "the Russian Federation (the Harbour Agreement) in Tallinn.\n",
            "Agreement on Harbour Safety",
            "Harbour Agreement",
        ),
        (  # the short form opens as the name does
            "The Baltic Harbour Charter between Estonia and the Russian Federation "
            "(the Baltic Charter) was signed in Tallinn on Tuesday.\n",
            "Baltic Harbour Charter",
            "Baltic Charter",
        ),
        (
            "The Memorandum on Joint Mine Clearance (MJMC) was signed in Riga on Monday.\n",
            "Memorandum on Joint Mine Clearance",
            "MJMC",
        ),
    ],
)
def test_a_new_agreement_keeps_its_short_form_in_brackets(records, text, name, short):
    save_all_new(text)
    assert Agreement.objects.get(name__startswith=name).short_name == short


def test_a_new_russian_agreement_keeps_its_abbreviation_in_russian(records):
    text = (
        "Во вторник в Таллине подписано Соглашение о спасении на море (СОМ). "
        "Орлов заявил, что СОМ вступит в силу в мае.\n"
    )
    save_all_new(text, Language.RUSSIAN)
    agreement = Agreement.objects.get(name_ru="Соглашение о спасении на море")
    assert agreement.short_name_ru == "СОМ" and not agreement.short_name_en


def test_a_new_organization_keeps_its_bracketed_short_name_as_an_alias(records):
    text = (
        "Orlov opened the Joint Liaison Office for the Baltic Ports (the Liaison Office) "
        "in Riga on Monday.\n"
    )
    save_all_new(text)
    office = Organization.objects.get(name__startswith="Joint Liaison Office")
    assert office.aliases == "Liaison Office"


def test_a_short_form_a_later_proposal_uses_is_the_new_records_alias(records):
    text = (
        "The Barents Fisheries Council met Orlov in Riga on Monday.\n\n"
        "The BFC will meet again in Oslo on 5 May, Orlov said.\n"
    )
    result = save_all_new(text)
    council = Organization.objects.get(name="Barents Fisheries Council")
    assert council.aliases == "BFC"
    assert not Organization.objects.filter(name="BFC").exists()
    assert [r.name for r in result.new_records].count("Barents Fisheries Council") == 1


def test_a_short_form_a_later_proposal_uses_is_the_new_agreements_short_name(records):
    text = (
        "Orlov signed the Arctic Pilotage Agreement in Riga on Monday.\n\n"
        "The APA will take effect on 5 May, Orlov said.\n"
    )
    save_all_new(text)
    assert Agreement.objects.get(name="Arctic Pilotage Agreement").short_name == "APA"


def test_a_name_written_once_or_in_its_cases_gets_no_alias(records):
    save_all_new("The Nordic Ferry Authority met Orlov in Riga on Monday.\n")
    assert Organization.objects.get(name="Nordic Ferry Authority").aliases == ""
    text = (
        "Во вторник Павел Орлов встретился в Таллине с представителями Балтийского "
        "агентства связи. Балтийское агентство связи подписало с Орловым меморандум.\n"
    )
    result = save_all_new(text, Language.RUSSIAN)
    for record in result.new_records:
        if isinstance(record, (Person, Organization)):
            assert not record.aliases_ru, record


def test_an_import_leaves_an_existing_record_s_names_alone(records):
    Organization.objects.create(slug="jlo", name="Joint Liaison Office", aliases="")
    save_all_new("The Joint Liaison Office (JLO) opened in Riga on Monday.\n")
    assert Organization.objects.get(slug="jlo").aliases == ""


@pytest.mark.parametrize(
    "text, language, name, alias",
    [
        (
            "Admiral Pavel Rogosin arrived in Riga on Monday, and Rogozin said the hosts "
            "were kind.\n",
            Language.ENGLISH,
            "Pavel Rogosin",
            "Rogozin",  # another spelling
        ),
        (
            "Admiral Pavel Rogosin met Jan Nowak in Riga on Monday, and Rogosin said the "
            "talks went well.\n",
            Language.ENGLISH,
            "Pavel Rogosin",
            "",  # the surname alone
        ),
        (
            "В понедельник адмирал Павел Рогозин прибыл в Ригу, где Рогозина встретил Ян Новак.\n",
            Language.RUSSIAN,
            "Павел Рогозин",
            "",  # the surname in another case
        ),
    ],
)
def test_a_new_person_keeps_another_spelling_but_not_the_surname(
    records, text, language, name, alias
):
    save_all_new(text, language)
    admiral = Person.objects.get(**{f"name_{language}": name})
    assert getattr(admiral, f"aliases_{language}") == alias


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        # Done where a summit to come meets: at that summit.
        (
            "The ministers will adopt a fisheries charter in Valletta.",
            PartialDate(
                date(2011, 6, 20), DatePrecision.DAY, date(2011, 6, 21), DateQualifier.WITHIN
            ),
        ),
        # Not a meeting's place, where much else is done.
        (
            "Marta Kowalczyk told reporters in Gozo that the quotas would hold.",
            PartialDate(PUBLISHED, DatePrecision.DAY, None, DateQualifier.NO_LATER_THAN),
        ),
        # Nor a place a clause said of something names, or a state held now.
        (
            "Marta Kowalczyk refuses to back the quotas until Malta honours pledges made in "
            "Valletta.",
            PartialDate(PUBLISHED, DatePrecision.DAY, None, DateQualifier.NO_LATER_THAN),
        ),
    ],
)
def test_what_is_done_where_a_summit_meets_is_of_the_summit(follow_up, expected):
    text = (
        "Fisheries ministers held a summit in Valletta on 2 June.\n\n"
        "Fisheries ministers will hold a summit in Valletta on 20-21 June.\n\n"
        "Fisheries officials met in Gozo on Tuesday.\n\n"
        f"{follow_up}\n"
    )
    *_, follow = propose(text, PUBLISHED, MARTA, match_events=False)
    assert follow.date == expected
