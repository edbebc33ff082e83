"""The import's temporal tagger: each form news copy uses, resolved at its true precision."""

from datetime import date

import pytest

from events.dates import DatePrecision, DateQualifier, PartialDate
from events.importing.entities import find_mentions
from events.importing.gazetteer import Gazetteer, Record
from events.importing.modality import (
    clause_around,
    relative_clauses,
    status_at,
    status_of,
    unreal_phrases,
)
from events.importing.proposals import propose
from events.importing.temporal import Story, find_dates, read_dates
from events.models import Event, Language

# Thursday 21 April 2005: every relative date below is counted from it.
PUBLISHED = date(2005, 4, 21)
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
BY, WITHIN = DateQualifier.NO_LATER_THAN, DateQualifier.WITHIN
APPROXIMATE = DateQualifier.APPROXIMATE


def only_date(sentence, anchor=None):
    found = find_dates(sentence, PUBLISHED, [anchor] if anchor else [])
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end", "precision", "qualifier"),
    [
        # Absolute dates, every order and abbreviation.
        (
            "The envoys met on 12 March 2003 in Riga.",
            "12 March 2003",
            "2003-03-12",
            None,
            DAY,
            "exact",
        ),
        (
            "The envoys met on March 12, 2003 in Riga.",
            "March 12, 2003",
            "2003-03-12",
            None,
            DAY,
            "exact",
        ),
        (
            "The pact was initialled on Sept. 9, 2001.",
            "Sept. 9, 2001",
            "2001-09-09",
            None,
            DAY,
            "exact",
        ),
        (
            "The summit (14 February 2002) was short.",
            "14 February 2002",
            "2002-02-14",
            None,
            DAY,
            "exact",
        ),
        (
            "The text was agreed in 1999 after long talks.",
            "1999",
            "1999-01-01",
            None,
            YEAR,
            "exact",
        ),
        ("The council first met in June 2002.", "June 2002", "2002-06-01", None, MONTH, "exact"),
        ("The record says 2003-10-02 was the day.", "2003-10-02", "2003-10-02", None, DAY, "exact"),
        # No year: the publication's, unless the tense points across the new year.
        ("The envoys met on 12 March.", "12 March", "2005-03-12", None, DAY, "exact"),
        ("The envoys met on Dec. 12.", "Dec. 12", "2004-12-12", None, DAY, "exact"),
        ("The envoys will meet on 12 March.", "12 March", "2006-03-12", None, DAY, "exact"),
        ("The talks resumed in March.", "March", "2005-03-01", None, MONTH, "exact"),
        ("The talks will resume in mid-May.", "May", "2005-05-01", None, MONTH, "exact"),
        # Ranges.
        ("The visit lasted 3–5 April.", "3–5 April", "2005-04-03", "2005-04-05", DAY, "exact"),
        (
            "The visit lasted 3-5 April 2004.",
            "3-5 April 2004",
            "2004-04-03",
            "2004-04-05",
            DAY,
            "exact",
        ),
        (
            "He was in Kyiv on 3 and 4 April.",
            "3 and 4 April",
            "2005-04-03",
            "2005-04-04",
            DAY,
            "exact",
        ),
        (
            "He was in Kyiv April 3-4, 2004.",
            "April 3-4, 2004",
            "2004-04-03",
            "2004-04-04",
            DAY,
            "exact",
        ),
        (
            "The drills ran from 28 March to 2 April.",
            "from 28 March to 2 April",
            "2005-03-28",
            "2005-04-02",
            DAY,
            "exact",
        ),
        (
            "The deal was struck between 3 and 4 April.",
            "between 3 and 4 April",
            "2005-04-03",
            "2005-04-04",
            DAY,
            "within",
        ),
        (
            "Patrols ran from March to June 2003.",
            "from March to June 2003",
            "2003-03-01",
            "2003-06-01",
            MONTH,
            "exact",
        ),
        (
            "Talks ran from 1994 to 1997.",
            "from 1994 to 1997",
            "1994-01-01",
            "1997-01-01",
            YEAR,
            "exact",
        ),
        (
            "Nothing moved between 1994 and 1997.",
            "between 1994 and 1997",
            "1994-01-01",
            "1997-01-01",
            YEAR,
            "within",
        ),
        ("Relations cooled in the 1990s.", "the 1990s", "1990-01-01", "1999-01-01", YEAR, "within"),
        # Days named relative to publication.
        ("The minister spoke today.", "today", "2005-04-21", None, DAY, "exact"),
        ("The minister spoke yesterday.", "yesterday", "2005-04-20", None, DAY, "exact"),
        ("The minister speaks tomorrow.", "tomorrow", "2005-04-22", None, DAY, "exact"),
        ("The minister said Sunday the door was open.", "Sunday", "2005-04-17", None, DAY, "exact"),
        (
            "The minister spoke late on Tuesday.",
            "late on Tuesday",
            "2005-04-19",
            None,
            DAY,
            "exact",
        ),
        (
            "The minister will fly to Oslo on Tuesday.",
            "on Tuesday",
            "2005-04-26",
            None,
            DAY,
            "exact",
        ),
        ("The treaty was signed on Thursday.", "on Thursday", "2005-04-21", None, DAY, "exact"),
        ("The envoys met three days ago.", "three days ago", "2005-04-18", None, DAY, "exact"),
        ("The talks failed last night.", "last night", "2005-04-20", None, DAY, "exact"),
        (
            "The envoys met over the weekend.",
            "over the weekend",
            "2005-04-16",
            "2005-04-17",
            DAY,
            "within",
        ),
        (
            "The envoys meet next weekend.",
            "next weekend",
            "2005-04-23",
            "2005-04-24",
            DAY,
            "within",
        ),
        # Periods named relative to publication.
        ("The envoys met last week.", "last week", "2005-04-11", "2005-04-17", DAY, "within"),
        ("The envoys meet next week.", "next week", "2005-04-25", "2005-05-01", DAY, "within"),
        (
            "The envoys met earlier this month.",
            "earlier this month",
            "2005-04-01",
            None,
            MONTH,
            "exact",
        ),
        ("The envoys will meet next month.", "next month", "2005-05-01", None, MONTH, "exact"),
        ("The envoys met last month.", "last month", "2005-03-01", None, MONTH, "exact"),
        ("The treaty will be signed this year.", "this year", "2005-01-01", None, YEAR, "exact"),
        ("The treaty was signed last year.", "last year", "2004-01-01", None, YEAR, "exact"),
        (
            "The treaty was signed a year ago.",
            "a year ago",
            "2004-01-01",
            None,
            YEAR,
            "approximate",
        ),
        (
            "The treaty was signed two years ago.",
            "two years ago",
            "2003-01-01",
            None,
            YEAR,
            "approximate",
        ),
        (
            "Joint patrols will run this spring.",
            "this spring",
            "2005-03-01",
            "2005-05-01",
            MONTH,
            "within",
        ),
        # Modifiers around a date.
        ("The office has existed since 1951.", "since 1951", "1951-01-01", None, YEAR, "exact"),
        (
            "From 2015 onwards the patrols were joint.",
            "From 2015 onwards",
            "2015-01-01",
            None,
            YEAR,
            "exact",
        ),
        (
            "The ships will stay until June.",
            "until June",
            "2005-04-01",
            "2005-06-01",
            MONTH,
            "exact",
        ),
        ("It was signed about 2002.", "about 2002", "2002-01-01", None, YEAR, "approximate"),
        ("It must be ratified by June 2006.", "by June 2006", "2006-06-01", None, MONTH, "by"),
        (
            "It will be ready by the end of the year.",
            "by the end of the year",
            "2005-01-01",
            None,
            YEAR,
            "by",
        ),
    ],
)
def test_each_form_resolves_to_its_date_at_its_precision(
    sentence, words, start, end, precision, qualifier
):
    found = only_date(sentence)
    assert found.text == words
    assert sentence[found.start : found.end].strip() == words
    assert found.date.start == date.fromisoformat(start)
    assert found.date.end == (date.fromisoformat(end) if end else None)
    assert (found.date.precision, found.date.qualifier) == (precision, qualifier)


@pytest.mark.parametrize(
    ("sentence", "words", "day"),
    [
        ("The pact was signed on the ninth of June 2003.", "the ninth of June 2003", "2003-06-09"),
        (
            "Talks opened on the twenty-first of May, 2002.",
            "the twenty-first of May, 2002",
            "2002-05-21",
        ),
        (
            "The envoys left on the thirty first of March.",
            "the thirty first of March",
            "2005-03-31",
        ),
        ("They must agree by the 30th of June.", "by the 30th of June", "2005-06-30"),
        ("The talks resumed on March the 3rd.", "March the 3rd", "2005-03-03"),
        ("The pact was signed on June ninth, 2003.", "June ninth, 2003", "2003-06-09"),
    ],
)
def test_a_day_written_in_words_or_with_the_is_read_to_the_day(sentence, words, day):
    found = only_date(sentence)
    assert (found.text, found.date.start, found.date.precision) == (
        words,
        date.fromisoformat(day),
        DAY,
    )


def test_a_day_of_that_year_and_counting_from_a_day_in_words():
    first = only_date("On the fourth of February 1998 the council met.")
    second = only_date("On the second of March that year it met again.", first.date)
    assert second.date == PartialDate(date(1998, 3, 2))
    assert only_date("Ten days later it met again.", second.date).date.start == date(1998, 3, 12)
    # A day in words needs its "of"; "May the first" is a month and an ordinal.
    assert only_date("In May the first convoy crossed.").date.precision == MONTH


def test_an_explicit_date_beside_a_weekday_wins():
    for sentence in (
        "The council met on Monday, 18 April, in Brussels.",
        "The council met Monday (April 18) in Brussels.",
    ):
        found = only_date(sentence)
        assert found.date.start == date(2005, 4, 18)
        assert "Monday" not in found.text


def test_what_modifies_a_weekday_and_its_date_modifies_the_date():
    found = only_date("Troops will pull back by Friday, 22 April, the minister said.")
    assert found.date == PartialDate(date(2005, 4, 22), DAY, None, BY)
    assert found.text == "by Friday, 22 April"


def test_a_weekday_of_the_past_is_on_or_before_publication_and_of_the_future_on_or_after():
    past = only_date("The foreign ministers met on Friday.").date.start
    future = only_date("The foreign ministers will meet on Friday.").date.start
    assert past == date(2005, 4, 15) and past.weekday() == 4
    assert future == date(2005, 4, 22) and future.weekday() == 4


COMING_WEDNESDAY = PartialDate(date(2005, 4, 27))


@pytest.mark.parametrize(
    "sentence",
    [
        "Diplomats said the Wednesday session had been requested by Oslo.",
        "Wednesday's meeting of the board was called for by the Danes.",
        "The ministry said the Wednesday vote had been set up in a rush.",
    ],
)
def test_a_weekday_qualifying_a_noun_is_the_day_of_that_name_the_story_gave(sentence):
    # The story named the coming Wednesday; the past perfect governs the request, not it.
    [found] = find_dates(sentence, PUBLISHED, [COMING_WEDNESDAY])
    assert found.date.start == date(2005, 4, 27)


@pytest.mark.parametrize(
    ("sentence", "anchors"),
    [
        # No Wednesday named before: the clause's tense still says which.
        ("Diplomats said the Wednesday session had been requested by Oslo.", []),
        # A weekday that is the adverb of its verb, or no noun's: no day named before.
        ("The envoys met in Oslo on Wednesday.", [COMING_WEDNESDAY]),
        ("The envoys had met on the Wednesday before the vote.", [COMING_WEDNESDAY]),
    ],
)
def test_a_weekday_not_qualifying_a_noun_named_before_keeps_its_tense(sentence, anchors):
    [found] = find_dates(sentence, PUBLISHED, anchors)
    assert found.date.start == date(2005, 4, 20)


def test_each_clause_has_its_own_tense():
    found = find_dates("Ivanov said on Monday that the ministers will meet on Friday.", PUBLISHED)
    assert [f.date.start for f in found] == [date(2005, 4, 18), date(2005, 4, 22)]


def test_nested_dates_count_from_the_last_date_named():
    anchor = PartialDate(date(2005, 3, 2))
    assert only_date("The next day they signed.", anchor).date.start == date(2005, 3, 3)
    assert only_date("Two days later it was ratified.", anchor).date.start == date(2005, 3, 4)
    assert find_dates("The next day they signed.", PUBLISHED) == []
    # "The next day" needs a day: it counts from the last date named to the day.
    anchors = [anchor, PartialDate(date(2005, 1, 1), YEAR)]
    assert find_dates("The next day they signed.", PUBLISHED, anchors)[0].date.start == date(
        2005, 3, 3
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 2000 troops took part, under Resolution 1244.",
        "The route is 1,500 km long and cost $2004 million.",
        "Officials may march to the square; they may sign.",
        "The Sun newspaper carried the story.",
    ],
)
def test_numbers_and_words_that_are_not_dates_are_left_alone(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_the_note_says_how_a_relative_date_was_resolved():
    note = only_date("The minister spoke on Thursday.").note
    assert "“on Thursday”" in note
    assert "published Thursday 21 April 2005" in note
    assert note.endswith("21 April 2005")


def test_a_month_or_year_is_never_given_a_day():
    for sentence in ("It happened in May 2004.", "It happened in 2004.", "It happened in May."):
        assert only_date(sentence).date.precision != DAY


def test_an_impossible_day_is_read_no_finer_than_its_month():
    found = only_date("The talks on 31 April 2004 were cancelled.")
    assert (found.date.start, found.date.precision) == (date(2004, 4, 1), MONTH)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The ministers met in Oslo.", Event.Status.OCCURRED),
        ("The ministers will meet in Oslo.", Event.Status.PLANNED),
        ("The ministers plan to meet in Oslo.", Event.Status.PLANNED),
        ("Ivanov was to hold talks with Rumsfeld.", Event.Status.PLANNED),
        # "was to" a place is where one went.
        ("His first trip abroad was to London.", Event.Status.OCCURRED),
        # Ready or willing to act: an intention.
        ("Moscow was ready to sign the pact in Oslo.", Event.Status.PLANNED),
        ("Oslo is prepared to host the talks.", Event.Status.PLANNED),
        # A hope expressed is a statement made.
        ("Oslo expressed hope that the pact would be signed.", Event.Status.OCCURRED),
        # What one wants done: planned.
        ("Oslo wants the parliament to ratify the pact.", Event.Status.PLANNED),
        ("The ministers are expected to meet in Oslo.", Event.Status.EXPECTED),
        ("Moscow hopes the pact is signed.", Event.Status.EXPECTED),
        # An opinion held of what is to come is a forecast.
        ("Oleg Sokolov believes Oslo will close the bay.", Event.Status.EXPECTED),
        ("Oslo will close the bay, Oleg Sokolov fears.", Event.Status.EXPECTED),
        # Planning as a noun plans nothing; someone planning does.
        ("Rescue planning for the fleet is coordinated in Oslo.", Event.Status.OCCURRED),
        ("Oslo is planning a quota summit.", Event.Status.PLANNED),
        # What someone expected another to do.
        ("Oleg Sokolov expected the first trawlers to arrive in Oslo.", Event.Status.EXPECTED),
        ("The pact was signed in May.", Event.Status.OCCURRED),
    ],
)
def test_status_is_read_from_the_clause(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    "sentence",
    [
        # Still to come when reported, with no date: an arrangement or a forecast, no fact.
        "Under the accord, Oslo and Anna Berg will set up a quota board.",
        "Oleg Sokolov is expected to sign the accord.",
        # Done, but an occasion with no date after the story's first fact: one the story
        # dates where it tells it.
        "Oleg Sokolov signed the accord.",
    ],
)
def test_a_plan_a_forecast_or_an_occasion_with_no_date_is_not_proposed(sentence):
    story = f"Anna Berg criticised the quotas on Monday. {sentence}"
    proposals = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert [p.quote for p in proposals] == ["Anna Berg criticised the quotas on Monday."]


@pytest.mark.parametrize(
    ("story", "quote"),
    [
        ("Oleg Sokolov signed the accord.", "Oleg Sokolov signed the accord."),
        (
            "OSLO, April 19 - Oleg Sokolov met Anna Berg in Oslo. Anna Berg signed the accord.",
            "Oleg Sokolov met Anna Berg in Oslo.",
        ),
    ],
)
def test_an_undated_occasion_that_is_the_story_s_first_fact_is_its_news(story, quote):
    # A readout's "Dmitry Medvedev met with …", a wire's lede under its dateline.
    [news] = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert (news.quote, news.date.qualifier) == (quote, BY)


def test_a_saying_done_with_no_date_is_bounded_by_the_publication_on_its_side():
    # Done when reported: by the publication, never "not before" it.
    [fact] = propose("Oleg Sokolov criticised the accord.", PUBLISHED, ENVOYS, match_events=False)
    assert fact.date == PartialDate(PUBLISHED, DAY, None, "by")
    assert fact.date_text is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The relative clause's verb neither governs the date after it, nor carries out the
        # plan; its year does not give the day set off after it its year.
        (
            "Oslo will close the quota office, which has worked since 2001, from June 1.",
            Language.ENGLISH,
        ),
        ("Oslo will close the quota office, which opened in 2001, on June 1.", Language.ENGLISH),
        ("Осло закроет бюро квот, которое открылось в 2001 году, 1 июня.", Language.RUSSIAN),
    ],
)
def test_a_relative_clause_set_off_before_a_date_does_not_date_or_tense_it(text, language):
    *_, last = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert last.date == PartialDate(date(2005, 6, 1))
    assert last.status == Event.Status.PLANNED


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The quota board meets in Tromsø on Friday. Norway will be represented by Anna Berg.",
            Language.ENGLISH,
        ),
        (
            "Совет по квотам соберётся в Тромсё в пятницу. Делегацию Норвегии возглавит Анна Берг.",
            Language.RUSSIAN,
        ),
    ],
)
def test_who_will_be_at_a_gathering_still_to_come_is_of_its_day(text, language):
    # PUBLISHED is Thursday 21 April 2005.
    meets, represented = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert represented.date == meets.date == PartialDate(date(2005, 4, 22))
    assert represented.status == Event.Status.PLANNED


def test_what_else_is_planned_near_a_gathering_still_to_come_gets_not_its_day_nor_a_proposal():
    text = "The quota board meets in Tromsø on Friday. Anna Berg will press for lower quotas."
    # Given the gathering's Friday, the plan would be proposed; with no date, it is not.
    [meets] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert meets.quote == "The quota board meets in Tromsø on Friday."


def test_a_participle_s_phrase_after_the_date_does_not_tense_it():
    # PUBLISHED is 21 April 2005: the talks expected in June are this June's.
    sentence = (
        "Officials expect Anna Berg and Oleg Sokolov to hold quota talks in June, possibly "
        "followed by a summit in Tromsø."
    )
    [talks] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert talks.date == PartialDate(date(2005, 6, 1), MONTH)
    assert talks.status == Event.Status.EXPECTED


def test_what_a_promise_told_in_the_past_perfect_was_for_lies_back():
    # PUBLISHED is Thursday 21 April 2005: the Monday the closing was promised for is past.
    sentence = "Anna Berg had promised that the bay would close on Monday, but trawlers stayed."
    [closing] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert closing.date == PartialDate(date(2005, 4, 18))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # PUBLISHED is Thursday 21 April 2005.
        # Earlier: before the day it is written.
        (
            "Anna Berg met Oleg Sokolov earlier in the week.",
            PartialDate(date(2005, 4, 18), DAY, date(2005, 4, 20), WITHIN),
        ),
        (
            "Anna Berg met Oleg Sokolov earlier this week.",
            PartialDate(date(2005, 4, 18), DAY, date(2005, 4, 20), WITHIN),
        ),
        # Not what a thing of a date is about: "about" is no approximation then.
        ("Anna Berg spoke about last month's drill.", PartialDate(date(2005, 3, 1), MONTH)),
        # Later this spring: from this month on.
        (
            "Anna Berg and Oleg Sokolov are also planning a drill later this spring.",
            PartialDate(date(2005, 4, 1), MONTH, date(2005, 5, 1), WITHIN),
        ),
        (
            "Anna Berg will meet Oleg Sokolov later in the month.",
            PartialDate(date(2005, 4, 1), MONTH),
        ),
    ],
)
def test_earlier_or_later_in_a_period_is_this_one_on_that_side_of_today(sentence, expected):
    [fact] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert fact.date == expected


def test_talk_of_an_act_in_a_month_looks_ahead():
    sentence = "There is talk of another meeting of Anna Berg and Oleg Sokolov in March."
    [meeting] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert meeting.date == PartialDate(date(2006, 3, 1), MONTH)


def test_a_month_someone_expected_another_to_act_by_looks_ahead_of_the_saying():
    # PUBLISHED is 21 April 2005: said in March, "by early June" was still to come.
    sentence = (
        'Oleg Sokolov said in March that he expected the first trawlers to arrive "by early June".'
    )
    said, arrival = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert said.date == PartialDate(date(2005, 3, 1), MONTH)
    assert arrival.date == PartialDate(date(2005, 6, 1), MONTH, None, BY)
    assert arrival.status == Event.Status.EXPECTED


def test_the_clause_of_a_date_stops_at_that_and_commas():
    sentence = "Ivanov said Sunday that the pact will be signed this year."
    assert clause_around(sentence, 12, 18) == "Ivanov said Sunday"
    assert find_dates(sentence, PUBLISHED)[1].date.qualifier == DateQualifier.EXACT


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Talks ran last Friday and Saturday in Riga.", "2005-04-15", "2005-04-16"),
        ("Talks ran from Monday to Wednesday in Riga.", "2005-04-18", "2005-04-20"),
        ("Talks run today and tomorrow in Riga.", "2005-04-21", "2005-04-22"),
        ("Talks ran yesterday and today in Riga.", "2005-04-20", "2005-04-21"),
        ("Between March and June 2003 the patrols ran.", "2003-03-01", "2003-06-01"),
        # Two months running, the year given once: one span in that year.
        ("The patrols ran in March and April 1997.", "1997-03-01", "1997-04-01"),
        ("The patrols ran in December and in early January 1998.", "1997-12-01", "1998-01-01"),
    ],
)
def test_two_dates_that_make_one_span(sentence, start, end):
    found = only_date(sentence)
    assert (found.date.start, found.date.end) == (
        date.fromisoformat(start),
        date.fromisoformat(end),
    )


def test_the_same_day_set_off_after_a_weekday_is_that_day():
    named = PartialDate(date(2005, 4, 1))
    found = only_date("The flags went up in Oslo last Friday, the same day the envoys met.", named)
    assert found.date == PartialDate(date(2005, 4, 15))


def test_a_span_of_numbers_is_no_year():
    found = find_dates("The pact cuts arsenals to 1700–2200 warheads by 2012.", PUBLISHED)
    assert [f.text for f in found] == ["by 2012"]


def test_by_a_deadline_named_by_its_date_is_a_latest_date():
    found = only_date("By the June 2003 deadline, the envoys had signed the quota pact.")
    assert found.text == "By the June 2003 deadline"
    assert found.date == PartialDate(date(2003, 6, 1), MONTH, qualifier=DateQualifier.NO_LATER_THAN)


def test_two_months_apart_with_and_are_two_in_the_year_given_once():
    found = find_dates("The envoys met in March and June 1997.", PUBLISHED)
    assert [(f.date.start, f.date.end) for f in found] == [
        (date(1997, 3, 1), None),
        (date(1997, 6, 1), None),
    ]


def test_two_weekdays_apart_with_and_are_two_days():
    found = find_dates("The envoys met on Monday and Friday.", PUBLISHED)
    assert [f.date.start for f in found] == [date(2005, 4, 18), date(2005, 4, 15)]


def test_a_deadline_without_a_year_looks_ahead_unless_a_past_perfect_governs_it():
    assert only_date("Plans must be ready by April 15.").date.start == date(2006, 4, 15)
    assert only_date("The troops had left by April 15.").date.start == date(2005, 4, 15)


def test_counting_from_the_last_date_named_in_seasons_and_tens_of_years():
    anchor = PartialDate(date(1997, 5, 27))
    assert only_date("Contacts resumed the following spring.", anchor).date == PartialDate(
        date(1998, 3, 1), MONTH, date(1998, 5, 1), DateQualifier.WITHIN
    )
    assert only_date("Twenty years later little survives.", anchor).date == PartialDate(
        date(2017, 1, 1), YEAR, None, DateQualifier.APPROXIMATE
    )


def test_an_adjective_ending_in_ed_is_not_a_past_tense():
    # "allied" must not make the clause look back: the leaders meet in the coming September.
    found = only_date("When allied leaders meet in Wales in September, they will decide.")
    assert found.date.start == date(2005, 9, 1)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # A named month after "last" or "next" is that one, whatever the tense.
        ("The lesson seemed to be confirmed in Riga last August.", "2004-08-01"),
        ("The envoys will meet next March.", "2006-03-01"),
        ("The envoys met last April.", "2004-04-01"),
        # Schedules and decisions about what is to come look ahead.
        ("The next round, due to open in Geneva on July 27, was set.", "2005-07-27"),
        (
            "The meeting, which allies have proposed to hold in the autumn, was discussed.",
            "2005-09-01",
        ),
        ("He noted the decisions expected at the summit on 8-9 July.", "2005-07-08"),
        ("Officials want the question to be settled in early September.", "2005-09-01"),
        # ... but a decision after its date is the deciding.
        ("At Riga in November, the council agreed to resume talks.", "2004-11-01"),
        # Cause, not schedule.
        ("Flights were cancelled due to bad weather on Monday.", "2005-04-18"),
        ("The envoys met earlier in the day.", "2005-04-21"),
    ],
)
def test_which_way_a_date_without_a_year_points(sentence, start):
    assert only_date(sentence).date.start == date.fromisoformat(start)


# --- What is not so, and whose verb a date follows ---------------------------------------
# Sentences written for these tests; the people are invented.

ENVOYS = Gazetteer(
    [
        Record("person", "anna-berg", "Anna Berg"),
        Record("person", "oleg-sokolov", "Oleg Sokolov"),
    ]
)


def proposed(sentence):
    return [
        (p.date_text, p.date.start.isoformat(), p.status, p.event_type)
        for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov didn't sign the fisheries accord on 12 April, Anna Berg said.",
        "Oleg Sokolov never signed the fisheries accord in 2003, Anna Berg said.",
    ],
)
def test_a_negated_act_said_is_the_saying_never_the_act(sentence):
    [(date_text, start, status, event_type)] = proposed(sentence)
    assert event_type != Event.Type.AGREEMENT_SIGNED
    assert date_text is None and start == "2005-04-21"  # "by" publication, no date of the act
    assert status == Event.Status.OCCURRED
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert "Not a fact:" in proposal.date_note


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov did not sign the fisheries accord in Tromsø on Monday.",
        "The fisheries accord was not ratified by Oleg Sokolov's cabinet in March.",
        "There was no signing of the fisheries accord by Oleg Sokolov in Tromsø last week.",
    ],
)
def test_an_act_only_denied_is_no_fact(sentence):
    assert proposed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tromsø, the fisheries council was less charitable.",
        "The ferry route through Vardø has become more important as fish prices have grown.",
        # How things are, on someone's word; a state since a date, named before its verb.
        "A third of Oslo's trawlers are out of service, according to Oleg Sokolov.",
        "The run of events in Tromsø since February has been swift.",
    ],
)
def test_a_state_or_a_trend_with_no_date_is_no_fact(sentence):
    assert proposed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This is not the first time Oleg Sokolov has put the quota talks on ice.",
        "It was hardly the first time Anna Berg had walked out of the talks.",
    ],
)
def test_that_an_act_happened_before_is_no_fact(sentence):
    assert proposed(sentence) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Declining to comment, or not reached for it.
        ("Anna Berg's office declined to comment on Tuesday.", Language.ENGLISH),
        ("Oleg Sokolov did not respond to a request for comment.", Language.ENGLISH),
        ("Представитель Анны Берг отказался от комментариев.", Language.RUSSIAN),
        # What is done every so often.
        ("The Tromsø quota exercise is held every two years with Anna Berg.", Language.ENGLISH),
        ("Учения «Тромсё» с Анной Берг проводятся раз в два года.", Language.RUSSIAN),
    ],
)
def test_no_comment_or_a_habit_is_no_fact(text, language):
    assert propose(text, PUBLISHED, ENVOYS, match_events=False, language=language) == []


def test_declining_to_comment_but_saying_something_is_a_saying():
    text = "Anna Berg declined to comment on the quotas, but said talks would go on."
    [said] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert said.status == Event.Status.OCCURRED


def test_what_someone_had_with_someone_is_a_fact_by_publication():
    sentence = "Oleg Sokolov had a telephone conversation with Anna Berg."
    assert [(d, start) for d, start, _s, _t in proposed(sentence)] == [(None, "2005-04-21")]


def test_a_position_held_on_is_a_fact_by_publication():
    sentence = "Oleg Sokolov continues to seek guarantees that the quotas will not be cut."
    assert proposed(sentence) == [(None, "2005-04-21", "occurred", "statement")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov would have signed the fisheries accord last week had Anna Berg agreed.",
        "Had Anna Berg stayed in Tromsø, Oleg Sokolov could have met her at the port talks.",
        "A port visit by Oleg Sokolov was to have taken place in March.",
    ],
)
def test_what_would_have_happened_is_no_fact(sentence):
    assert proposed(sentence) == []


def test_what_would_have_happened_is_what_was_said_when_someone_said_it():
    sentence = "Oleg Sokolov would have signed the accord in March, Anna Berg said."
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date_text, proposal.event_type) == (None, Event.Type.STATEMENT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Anna Berg and Oleg Sokolov had been set for early March but were "
        "called off.",
        "A visit by Oleg Sokolov was scheduled for 2 March but was quietly shelved.",
        "Anna Berg said talks with Oleg Sokolov were planned for March but never took place.",
    ],
)
def test_a_plan_called_off_is_neither_dated_nor_typed_by_what_it_planned(sentence):
    [(date_text, start, status, event_type)] = proposed(sentence)
    assert (date_text, start, status) == (None, "2005-04-21", Event.Status.OCCURRED)
    assert event_type == Event.Type.STATEMENT


@pytest.mark.parametrize(
    "sentence",
    [
        "The second round of talks with Anna Berg, planned for 14 June, was cancelled.",
        "Fisheries talks with Oleg Sokolov scheduled for Tuesday were called off after the storm.",
        "A port call by Oleg Sokolov, set for 2 May, has been quietly scrapped.",
        "The joint patrol with Anna Berg slated for last week never took place.",
        # Called off by an active verb: the plan is said of its object.
        "Oleg Sokolov called off a visit to Tromsø planned for Wednesday.",
    ],
)
def test_a_plan_called_off_by_its_own_verb_gives_no_fact_on_its_date(sentence):
    [(date_text, start, status, event_type)] = proposed(sentence)
    assert (date_text, start, status) == (None, "2005-04-21", Event.Status.OCCURRED)
    assert event_type == Event.Type.STATEMENT


@pytest.mark.parametrize(
    "sentence",
    [
        # Called off for the future, or in the past, as well as by "cancelled".
        "A ferry exercise with Anna Berg, which had been planned for later this year, will "
        "not go ahead.",
        "The coastguard drill with Oleg Sokolov planned for September won't take place.",
        "Talks with Anna Berg scheduled for 3 May are not going ahead.",
        "A port call by Oleg Sokolov set for early June will no longer be held.",
        "The joint patrol with Anna Berg planned for March did not go ahead.",
    ],
)
def test_a_plan_called_off_for_the_future_gives_no_plan(sentence):
    assert proposed(sentence) == [(None, "2005-04-21", Event.Status.OCCURRED, Event.Type.STATEMENT)]


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        ("The coastguard drill with Oleg Sokolov planned for 9 June will go ahead.", "9 June"),
        ("Talks with Anna Berg scheduled for 3 May will go ahead as planned.", "3 May"),
    ],
)
def test_a_plan_that_will_go_ahead_stays_planned(sentence, date_text):
    assert (date_text, Event.Status.PLANNED) in [
        (d, status) for d, _s, status, _t in proposed(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "new_date"),
    [
        (
            "A session of the fisheries board with Anna Berg set for Friday has been "
            "postponed to next month.",
            ("next month", "2005-05-01"),
        ),
        # "until" after "put off" is the new date, not a span up to it.
        (
            "The summit with Anna Berg, planned for 3 May, was put off until October.",
            ("October", "2005-10-01"),
        ),
        (
            "Talks with Oleg Sokolov scheduled for 3 March were delayed until 12 June.",
            ("12 June", "2005-06-12"),
        ),
    ],
)
def test_a_plan_put_off_is_planned_on_its_new_date_only(sentence, new_date):
    [(date_text, start, status, _event_type)] = proposed(sentence)
    assert (date_text, start, status) == (*new_date, Event.Status.PLANNED)
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date.end is None and "planned but called off" in proposal.date_note


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A planned joint coastguard exercise between the fleets of Anna Berg and Oleg "
            "Sokolov has been postponed until the autumn.",
            ("the autumn", "2005-09-01", Event.Type.EXERCISE),
        ),
        (
            "The scheduled visit by Anna Berg to the northern naval base at Tromsø was put "
            "off until next year.",
            ("next year", "2006-01-01", Event.Type.VISIT),
        ),
        (
            "Talks between Oleg Sokolov and the Norwegian fisheries envoys have been delayed "
            "until June.",
            ("June", "2005-06-01", Event.Type.MEETING),
        ),
    ],
)
def test_a_plan_put_off_is_the_act_its_subject_names_on_the_new_date(sentence, expected):
    date_text, start, event_type = expected
    assert proposed(sentence) == [(date_text, start, Event.Status.PLANNED, event_type)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The old date of a plan moved is no act that took place on it.
        (
            "The coastguard drill with Anna Berg, originally set for May, has been moved "
            "to next year.",
            [("next year", "2006-01-01", Event.Status.PLANNED, Event.Type.EXERCISE)],
        ),
        (
            "Talks with Oleg Sokolov planned for 9 May were moved back to next month.",
            [("next month", "2005-05-01", Event.Status.PLANNED, Event.Type.MEETING)],
        ),
        # Moved to a place, not a date: no plan put off.
        (
            "Troops under Oleg Sokolov moved to the border in March.",
            [("March", "2005-03-01", Event.Status.OCCURRED, Event.Type.STATEMENT)],
        ),
        (
            "The coastguard drill with Anna Berg was held in May.",
            [("May", "2004-05-01", Event.Status.OCCURRED, Event.Type.EXERCISE)],
        ),
    ],
)
def test_a_plan_moved_to_a_new_date_is_planned_then_only(sentence, expected):
    assert proposed(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg's fleet began the Polar Shield 2005 exercise in March.",
        "Anna Berg's fleet began the active phase of the Polar Shield 2005 joint strategic "
        "exercise in March.",
    ],
)
def test_an_act_begun_types_the_fact_through_its_name_year_and_phase(sentence):
    assert [p[3] for p in proposed(sentence)] == [Event.Type.EXERCISE]


PLANNED, OCCURRED = Event.Status.PLANNED, Event.Status.OCCURRED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "to" after a verb of putting off names the new month, as "until" does.
        (
            "Talks with Oleg Sokolov planned for 9 May were pushed back to June.",
            [("June", "2005-06-01", PLANNED, Event.Type.MEETING)],
        ),
        (
            "The coastguard drill with Anna Berg had been scheduled to take place in March "
            "but was pushed back to July.",
            [("July", "2005-07-01", PLANNED, Event.Type.EXERCISE)],
        ),
        (
            "Talks with Oleg Sokolov have been postponed to September.",
            [("September", "2005-09-01", PLANNED, Event.Type.MEETING)],
        ),
        # Any other "to" before a month's name: no date.
        (
            "Oleg Sokolov spoke to May Lund on Monday.",
            [("on Monday", "2005-04-18", OCCURRED, Event.Type.STATEMENT)],
        ),
    ],
)
def test_a_plan_put_off_to_a_month_is_planned_in_it(sentence, expected):
    assert proposed(sentence) == expected


def test_a_plan_put_off_to_a_month_past_this_year_is_next_years():
    sentence = "Talks with Oleg Sokolov planned for 9 May were pushed back to June."
    [proposal] = propose(sentence, date(2005, 8, 20), ENVOYS, match_events=False)
    assert (proposal.date.start, proposal.status) == (date(2006, 6, 1), PLANNED)


@pytest.mark.parametrize(
    "sentence",
    [
        # "were to", "were due to": a plan in the past, which the delay calls off.
        "The coastguard drills with Anna Berg were to take place in May but have been delayed "
        "until the autumn.",
        "The coastguard drills with Anna Berg were due to take place in May but have been "
        "postponed until the autumn.",
    ],
)
def test_a_plan_in_the_past_put_off_is_planned_on_its_new_date_only(sentence):
    assert proposed(sentence) == [("the autumn", "2005-09-01", PLANNED, Event.Type.EXERCISE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting with Anna Berg, which had tentatively been planned for June, was now off, "
        "officials said.",
        "The session with Oleg Sokolov planned for Friday is off.",
    ],
)
def test_a_plan_said_to_be_off_is_called_off(sentence):
    assert [(d, status) for d, _s, status, _t in proposed(sentence)] == [
        (None, Event.Status.OCCURRED)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The visit by Anna Berg planned for Friday is still on.", ("Friday", "2005-04-22")),
        ("Oleg Sokolov was off to Oslo on Monday.", ("on Monday", "2005-04-18")),
    ],
)
def test_off_not_ending_its_clause_calls_nothing_off(sentence, expected):
    assert [(d, start) for d, start, _status, _t in proposed(sentence)] == [expected]


# Published in April: the spring is under way.
@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Talks with Oleg Sokolov have been postponed until the spring.", "2006-03-01"),
        ("The coastguard drill with Anna Berg was put off until spring.", "2006-03-01"),
        ("Talks with Oleg Sokolov were postponed until the autumn.", "2005-09-01"),
        # Not put off: the spring under way, or the one named.
        ("Anna Berg will hold talks with Oleg Sokolov in the spring.", "2005-03-01"),
        ("Anna Berg will visit Oslo this spring.", "2005-03-01"),
    ],
)
def test_a_plan_put_off_to_a_season_moves_forward(sentence, start):
    assert [s for _d, s, _status, _t in proposed(sentence)] == [start]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The visit by Anna Berg planned for September has not been cancelled.",
            ("September", "2005-09-01", Event.Status.PLANNED, Event.Type.VISIT),
        ),
        (
            "Talks with Oleg Sokolov scheduled for 12 May were not called off.",
            ("12 May", "2005-05-12", Event.Status.PLANNED, Event.Type.MEETING),
        ),
    ],
)
def test_a_plan_not_called_off_stays_planned(sentence, expected):
    assert proposed(sentence) == [expected]


def test_a_plan_called_off_is_no_plan_on_its_date():
    sentence = "The visit by Anna Berg planned for September has been cancelled."
    assert [status for _d, _s, status, _t in proposed(sentence)] == [Event.Status.OCCURRED]


def test_a_plan_not_put_off_gives_no_new_date():
    sentence = "The talks with Anna Berg were not postponed, Oleg Sokolov said."
    assert [status for _d, _s, status, _t in proposed(sentence)] == [Event.Status.OCCURRED]


def test_the_day_a_plan_was_called_off_is_the_calling_off_not_the_plan():
    sentence = "The naval drill with Anna Berg was cancelled on Monday."
    assert proposed(sentence) == [
        ("on Monday", "2005-04-18", Event.Status.OCCURRED, Event.Type.STATEMENT)
    ]


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        # Carried out, not called off.
        ("Talks with Anna Berg planned for 3 May went ahead in Tromsø.", "3 May"),
        # Another clause's plan: "and" opens a verb of its own.
        ("Anna Berg cancelled her leave, and talks planned for 3 June will go ahead.", "3 June"),
        # Put off before, as an adjective says: still planned.
        ("Anna Berg is due in Tromsø on 3 June to sign a long-delayed quota pact.", "3 June"),
    ],
)
def test_a_plan_not_called_off_keeps_its_date(sentence, date_text):
    assert date_text in [d for d, *_ in proposed(sentence)]


def test_lasting_until_a_date_is_still_a_span_to_it():
    found = only_date("The mission with Anna Berg will stay in Tromsø until October.")
    assert found.date.end is not None


def test_what_was_done_and_then_dropped_keeps_its_date():
    sentence = "Anna Berg signed the accord in May 2003, but it was dropped in 2004."
    assert [d for d, *_ in proposed(sentence)] == ["May 2003", "2004"]


def test_a_negated_forecast_is_expected_and_a_negated_act_happened():
    status = status_of("Oleg Sokolov is not expected to attend the port talks.")
    assert status == Event.Status.EXPECTED
    [(_d, _s, status, _t)] = proposed(
        "Oleg Sokolov has not yet answered Anna Berg's letter, his aide Ivan Lebedev said."
    )
    assert status == Event.Status.OCCURRED


@pytest.mark.parametrize("verb", ["recalled", "reminded reporters", "remembered"])
def test_recalling_on_a_day_is_a_statement_that_day(verb):
    sentence = f"Anna Berg met Oleg Sokolov in Oslo in 1998, an aide {verb} on Monday."
    assert ("on Monday", "2005-04-18", Event.Status.OCCURRED, Event.Type.STATEMENT) in (
        proposed(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "language", "words", "start"),
    [
        (
            "Anna Berg recalled that her visit to Tromsø on 3 and 4 May 2001 had opened "
            "the way to the fisheries accord.",
            Language.ENGLISH,
            "3 and 4 May 2001",
            "2001-05-03",
        ),
        (
            "Oleg Sokolov wrote that his visit to Tromsø in June 1999 had been worthwhile.",
            Language.ENGLISH,
            "June 1999",
            "1999-06-01",
        ),
        (
            "Анна Берг напомнила, что её визит в Тромсё 3 мая 2001 года открыл путь к соглашению.",
            Language.RUSSIAN,
            "3 мая 2001 года",
            "2001-05-03",
        ),
    ],
)
def test_a_past_fact_recalled_with_its_own_date_is_a_fact_besides_the_recalling(
    sentence, language, words, start
):
    got = [
        (p.date_text, p.date.start.isoformat(), p.status, p.event_type)
        for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False, language=language)
    ]
    assert got == [
        (None, PUBLISHED.isoformat(), Event.Status.OCCURRED, Event.Type.STATEMENT),
        (words, start, Event.Status.OCCURRED, Event.Type.VISIT),
    ]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "Anna Berg said on Monday that Oleg Sokolov had visited Tromsø in May 2001.",
            ["on Monday", "May 2001"],
        ),
        (
            "Oleg Sokolov told an Oslo radio station late on Monday that the trawlers had "
            "left Tromsø.",
            ["late on Monday"],
        ),
    ],
)
def test_a_saying_with_a_date_of_its_own_is_not_also_proposed_undated(sentence, dates):
    assert [d for d, *_ in proposed(sentence)] == dates


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The fisheries accord was agreed at the 2001 Tromsø summit, Anna Berg said.", "2001"),
        ("Oleg Sokolov signed the pact during the 1997 Bodø Fisheries Conference.", "1997"),
    ],
)
def test_what_was_done_at_an_event_a_year_names_is_dated_by_that_year(sentence, year):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date_text, proposal.date.start.year) == (year, int(year))
    assert proposal.date.precision == YEAR


def test_a_year_naming_an_event_dates_nothing_said_of_the_event():
    [proposal] = propose(
        "The 2001 Tromsø summit was praised by Anna Berg.", PUBLISHED, ENVOYS, match_events=False
    )
    assert proposal.date_text is None and proposal.date.qualifier == BY


FISHERIES = Gazetteer(
    [
        *ENVOYS.records.values(),
        Record("organization", "fisheries-board", "Joint Fisheries Board", aliases=("JFB",)),
        Record("place", "arkhangelsk", "Arkhangelsk", names_ru=("Архангельск",)),
    ]
)


def test_a_record_is_listed_once_with_its_spellings_and_a_case_is_no_other_spelling():
    english = propose(
        "The Joint Fisheries Board met on Monday; the JFB said the Joint Fisheries Board "
        "and the JFB would meet again.",
        PUBLISHED,
        FISHERIES,
        match_events=False,
    )
    russian = propose(
        "Анна Берг 3 мая 2001 года прилетела в Архангельск и провела в Архангельске два дня.",
        PUBLISHED,
        FISHERIES,
        match_events=False,
        language=Language.RUSSIAN,
    )
    assert [(m.text, m.also_written) for m in english[0].mentions] == [
        ("Joint Fisheries Board", ("JFB",))
    ]
    places = [(m.text, m.also_written) for m in russian[0].mentions if m.kind == "place"]
    assert places == [("Архангельск", ())]


def test_each_record_is_listed_once_in_a_proposal_as_first_mentioned():
    sentence = (
        "Oleg Sokolov met Anna Berg in Hammerfest on Monday, and Anna Berg later "
        "thanked Oleg Sokolov for coming to Hammerfest."
    )
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    listed = [(m.kind, m.slug or m.proposed_name, m.start) for m in proposal.mentions]
    assert listed == [
        ("person", "oleg-sokolov", 0),
        ("person", "anna-berg", 17),
        ("place", "Hammerfest", 30),
    ]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Oleg Sokolov's memo of 2 March 2003 may have delayed the fishing pact.", "may have"),
        ("Oleg Sokolov reportedly flew to Oslo in June 2003 to see Anna Berg.", "reportedly"),
        ("Anna Berg allegedly drafted a reply to Oleg Sokolov in May 2003.", "allegedly"),
        ("Oleg Sokolov is thought to have met Anna Berg in Tromsø in 2002.", "is thought to have"),
        ("In March 2003 Oleg Sokolov probably wrote to Anna Berg.", "probably"),
    ],
)
def test_a_hedged_past_fact_happened_and_its_note_names_the_hedge(sentence, hedge):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.status == Event.Status.OCCURRED and proposal.date_text
    assert proposal.date_note.endswith(f"Hedged: “{hedge}” — the article does not assert it.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov may attend the fisheries talks next week, Anna Berg said.",
        "Oleg Sokolov could sign the fisheries accord in June.",
        "Oleg Sokolov will likely meet Anna Berg in Oslo on Friday.",
    ],
)
def test_a_forecast_stays_expected_or_planned_with_no_hedge_note(sentence):
    proposals = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    dated = [p for p in proposals if p.date_text]
    assert dated and all(p.status != Event.Status.OCCURRED for p in dated)
    assert not any("Hedged" in p.date_note for p in proposals)


@pytest.mark.parametrize(
    "sentence",
    [
        "A previous version of this article said Oleg Sokolov visited Tromsø on 3 March.",
        "Correction: An earlier version of this report said Anna Berg met Oleg Sokolov in 2003.",
        "The article misstated the day Anna Berg signed the fisheries accord as 12 April.",
        "This story incorrectly reported that Oleg Sokolov flew to Oslo on Monday.",
        "The article said incorrectly that Oleg Sokolov flew to Oslo on Monday.",
    ],
)
def test_what_a_correction_notice_withdraws_is_no_fact_and_names_nothing(sentence):
    assert propose(sentence, PUBLISHED, ENVOYS, match_events=False) == []
    openers = {"A", "An", "The", "This", "Correction"}
    assert not [m for m in find_mentions(sentence, ENVOYS) if m.text in openers]


def test_the_corrected_fact_after_a_semicolon_stands_and_its_note_says_why():
    sentence = "It misstated Anna Berg's post as minister; Anna Berg will visit Oslo on 3 May."
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date_text, proposal.status) == ("3 May", Event.Status.PLANNED)
    assert "“misstated Anna Berg's post as minister” is withdrawn by a correction" in (
        proposal.date_note
    )
    assert proposal.title == "Anna Berg will visit Oslo on 3 May"  # the corrected fact's


def test_a_correction_in_someone_s_words_is_theirs():
    sentence = "“The earlier version of this report was wrong,” Anna Berg said on Monday."
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "on Monday"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("June 2003 — Oleg Sokolov visits Oslo and meets Anna Berg.", Event.Status.OCCURRED),
        ("14 May 2001 — Envoys of both fleets meet in Tromsø.", Event.Status.OCCURRED),
        ("Anna Berg begins her term in Oslo in March 2004.", Event.Status.OCCURRED),
        ("Oleg Sokolov visits Oslo in June.", Event.Status.PLANNED),  # June still to come
        ("Anna Berg flies to Oslo on Saturday.", Event.Status.PLANNED),
        # A post or a rule changing hands on its day.
        ("Anna Berg takes over the fleet on 1 August.", Event.Status.PLANNED),
        ("The Tromsø accord expires in December.", Event.Status.PLANNED),
        ("March 2004 — Anna Berg takes over the fleet in Oslo.", Event.Status.OCCURRED),
        # Holding talks, signing: a schedule too.
        ("Anna Berg holds talks with Oleg Sokolov on Saturday.", Event.Status.PLANNED),
        ("Anna Berg signs the quota pact on Saturday.", Event.Status.PLANNED),
    ],
)
def test_the_present_of_a_schedule_with_a_past_date_is_a_historical_present(sentence, status):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov met his hosts in Oslo on Tuesday.",
        "Anna Berg met the heads of delegation on Tuesday.",
        "Oslo suspended the exchange visits on Tuesday.",
        "Oleg Sokolov thanked his Norwegian hosts on Tuesday.",
        # … or before "of"
        "Anna Berg met NATO heads of state in Oslo on Tuesday.",
    ],
)
def test_a_schedule_s_verb_after_a_determiner_is_a_noun_not_the_tense(sentence):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    # The last Tuesday, told as done; not the next one, as planned.
    assert (proposal.date.start, proposal.status) == (date(2005, 4, 19), Event.Status.OCCURRED)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday Anna Berg met Oleg Sokolov in Oslo, their third such meeting this year.",
        "On Monday Anna Berg flew to Oslo, her fourth trip there this month.",
        "В понедельник Анна Берг встретилась с Олегом Соколовым в Осло — третий раз в этом году.",
    ],
)
def test_a_count_s_period_is_no_second_date_of_the_fact(sentence):
    language = Language.RUSSIAN if set(sentence) & set("аеиоу") else Language.ENGLISH
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert proposal.date_text in ("On Monday", "В понедельник")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg's last quota session before this week took place in Tromsø in March 2003.",
        "Anna Berg's final session before Tuesday was held in Tromsø in March 2003.",
    ],
)
def test_what_the_last_act_was_before_is_no_date_of_it(sentence):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date == PartialDate(date(2003, 3, 1), MONTH)


def test_a_part_of_a_period_or_a_past_year_after_an_ordinal_is_still_a_date():
    published = date(2009, 6, 1)
    assert [d.text for d in find_dates("It was their third meeting in 2005.", published)] == [
        "2005"
    ]
    (half,) = find_dates("The first half of 2009 was calm.", published)
    assert half.text == "The first half of 2009"


def test_an_after_phrase_behind_a_dated_fact_is_background_not_a_second_fact():
    sentence = (
        "Anna Berg signed the fisheries accord in May 2004, after the loss of a trawler "
        "in March 2002."
    )
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "May 2004"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The incident's own date is its background; what was done over it keeps its date.
        (
            "Anna Berg on Wednesday offered condolences over the attack at the port of "
            "Tromsø last night.",
            [("on Wednesday", "2005-04-20", "occurred", Event.Type.STATEMENT)],
        ),
        (
            "Oleg Sokolov on Thursday condemned the bombing in Murmansk on Monday.",
            [("on Thursday", "2005-04-21", "occurred", Event.Type.OBJECTION)],
        ),
        # One date: it dates the act, as the sentence may mean.
        (
            "Oleg Sokolov condemned the bombing in Murmansk on Monday.",
            [("on Monday", "2005-04-18", "occurred", Event.Type.OBJECTION)],
        ),
        # Two acts, each on its day.
        (
            "Oleg Sokolov met Anna Berg on Monday and again on Wednesday.",
            [
                ("on Monday", "2005-04-18", "occurred", Event.Type.MEETING),
                ("on Wednesday", "2005-04-20", "occurred", Event.Type.MEETING),
            ],
        ),
    ],
)
def test_an_incident_s_own_date_beside_the_act_s_is_background(sentence, expected):
    assert proposed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Anna Berg offered her deepest condolences to Oleg Sokolov on Tuesday.", "statement"),
        ("Anna Berg offered talks on the quotas to Oleg Sokolov on Tuesday.", "proposal"),
    ],
)
def test_condolences_offered_are_a_message_talks_offered_a_proposal(sentence, kind):
    assert proposed(sentence) == [("on Tuesday", "2005-04-19", "occurred", kind)]


@pytest.mark.parametrize(
    "text",
    [
        "This report was first published on the day Anna Berg met Oleg Sokolov in Oslo.",
        "Published alongside our interview with Anna Berg in Tromsø last week.",
        # Who helped write it.
        "Associated Press writer Anna Berg contributed to this report from Tromsø on Monday.",
        "Oleg Sokolov in Murmansk contributed reporting.",
        "Material from Baltic Wire and Anna Berg's office was used in this report.",
        "Previously based in Oslo, she has covered Anna Berg's quota talks since 2003.",
        "He has reported from Tromsø on Oleg Sokolov's fleet since 2001.",
        "I first met Anna Berg in Tromsø in the spring of 2003, when she ran the port.",
        "Norway and Russia should:\n\n- hold a rescue drill in the Barents Sea by May 2006;",
        "We recommend that Anna Berg meet Oleg Sokolov in Tromsø before June 2006.",
        "Next week on the fisheries desk: we look at what Anna Berg promised Oleg Sokolov.",
        "Coming up: Anna Berg on her talks with Oleg Sokolov in Tromsø last week.",
        "Read more: Anna Berg met Oleg Sokolov in Tromsø on Monday.",
        "That's all from the fisheries desk and Anna Berg this week.",
        "Thanks for reading, and see you with Oleg Sokolov next week.",
        "Oleg Sokolov is survived by his daughter and by his sister Anna Berg.",
        "This week's digest covers the talks of Anna Berg and Oleg Sokolov in Tromsø.",
        "Our round-up of the week's news from Tromsø, where Anna Berg met Oleg Sokolov.",
        "Here is what happened when Anna Berg met Oleg Sokolov in Tromsø last week.",
        # A newsletter's or a live blog's greeting.
        "Good Friday morning, and welcome to the Tromsø fisheries brief with Anna Berg.",
        "Welcome to our live coverage of the talks of Anna Berg and Oleg Sokolov in Tromsø.",
        "GOOD MORNING, and welcome to Monday's Tromsø brief with Anna Berg.",
        # Asking to be subscribed to; a transcript's disclaimer.
        "To get the Tromsø brief of Anna Berg in your inbox every Monday, please sign up here.",
        "Tromsø Radio transcripts are created on a rush deadline by Anna Berg's contractor.",
        # The author's own advice or judgement.
        "We must hold Anna Berg to the rescue drill she promised Oleg Sokolov last week.",
        "It would be a grave mistake to let Oleg Sokolov leave Tromsø without a deal.",
        "Both should resist the temptation to punish Oleg Sokolov with empty gestures.",
        "Norway ought to keep the fisheries council open to Oleg Sokolov and Anna Berg.",
        # Advice whatever its date.
        "Oslo should invite Oleg Sokolov to the quota talks in Tromsø in May.",
        # A paper saying what it does.
        "This brief sets out how Anna Berg and Oleg Sokolov built the ferry hotline in 2002.",
        "This paper examines the quota talks Anna Berg held with Oleg Sokolov in March 2004.",
        "In this study, we argue that Anna Berg misread Oleg Sokolov in Tromsø in 1999.",
        "This newspaper has long argued that Anna Berg misread Oleg Sokolov in 1999.",
        # A parliament's written question asks.
        "To ask the Secretary of State what talks Anna Berg held with Oleg Sokolov in 2004.",
        # An opinion, or a state since a date: no act.
        "He believes Anna Berg misread Oleg Sokolov in Tromsø in 1999.",
        # An impression, whatever the date set off before it.
        "At the time it seemed that Anna Berg would sign the accord with Oleg Sokolov.",
        "In 1999, it appeared as if Oleg Sokolov would close the bay to Anna Berg.",
        "Oleg Sokolov still thinks the fisheries council learned the wrong lesson in 2003.",
        "Not everyone around Oleg Sokolov is convinced.",
        "Anna Berg's deputies are not persuaded that Oleg Sokolov will sign in May.",
        "Oleg Sokolov's ferry council has been small and largely idle since 2003.",
        "Since then Oleg Sokolov's ferry council has been largely idle.",
        # A habit told in the present: no act of a day, "Today" or not.
        "Today, Oleg Sokolov's ferry council still meets occasionally in Tromsø.",
        "Anna Berg and Oleg Sokolov hold a ferry drill in Tromsø every summer.",
        "These days Anna Berg rarely visits Oleg Sokolov in Tromsø.",
        # Meeting in the present with no date: how a body works.
        "In the ferry council, Anna Berg and Oleg Sokolov meet as equals.",
        # How things are now: "Today" is our time, not a day.
        "Today the quota pact Anna Berg signed with Oleg Sokolov sounds distant.",
        "Today Oleg Sokolov's ferry council is a shadow of itself.",
        # Commentators' forecast: no fact.
        "According to analysts, Oleg Sokolov's ferries could carry 2,000 trucks a year by 2007.",
        # A commentator's view: no act said.
        '"It is a marriage of convenience," said Oleg Sokolov, a Tromsø analyst.',
        '"The council is a shadow of itself," says Anna Berg, a professor in Oslo.',
        '"It is a symbolic step," says Anna Berg of the Arctic Policy Institute.',
        # An unnamed speaker's quoted words.
        '"We have lost little," said a senior officer who asked not to be named.',
        # How a side took the news; what some fear.
        "Reaction in Tromsø was divided.",
        "Oleg Sokolov's officers were more guarded.",
        "Some of Anna Berg's deputies worry the council will give Oslo a veto.",
        # A live blog's own doings.
        "We're pausing our live coverage of Anna Berg's visit for now.",
        "Good afternoon and welcome to our coverage of Anna Berg's visit.",
        # The outlet's own doing.
        "In today's newsletter: Anna Berg meets Oleg Sokolov in Tromsø.",
        "The Tromsø Herald publishes the full text of Oleg Sokolov's ferry accord.",
        # A podcast's credits, the box about the publisher.
        "Episode published April 21, 2005, with Anna Berg in Oslo.",
        "About Tromsø University: Founded in 1968, it hosted Anna Berg in Oslo.",
        # An age a thing reaches: its anniversary, no act.
        "Oleg Sokolov's ferry accord turns twenty tomorrow.",
        # The writer's reading of why, with no date of its own.
        "That may be why Oleg Sokolov chose Tromsø.",
        "This is because Anna Berg trusts Oleg Sokolov.",
        # Someone in the street's view, whatever it tells.
        '"Oslo has recalled its envoy," said Oleg, a 58-year-old engineer in Tromsø.',
        "Student Anna Berg said she found Oleg Sokolov's talk candid.",
    ],
)
def test_what_a_story_says_of_itself_or_its_author_is_no_fact(text):
    assert propose(text, PUBLISHED, ENVOYS, match_events=False) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Oslo gave notice on 2 February that it would leave the pact in six months.",
        # The day opening the sentence, the subject and the saying after it.
        "On 2 February the Norwegian government announced it would leave the pact in six months.",
    ],
)
def test_a_period_to_come_in_what_was_said_on_a_day_counts_from_that_day(sentence):
    notice, leaving = find_dates(sentence, PUBLISHED)
    assert notice.date == PartialDate(date(2005, 2, 2))
    assert leaving.date == PartialDate(date(2005, 8, 1), MONTH, None, APPROXIMATE)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The quotation's "today" is the day it was said: one date.
        ('"Today we signed," Anna Berg told reporters on Tuesday.', [date(2005, 4, 19)]),
        # Its "yesterday" is the day before it was said.
        (
            '"Yesterday we signed," Anna Berg told reporters on Tuesday.',
            [date(2005, 4, 18), date(2005, 4, 19)],
        ),
    ],
)
def test_a_day_named_in_a_quotation_counts_from_the_day_it_was_said(sentence, expected):
    assert [f.date.start for f in find_dates(sentence, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg visited Tromsø in March. At the time she said the quotas would hold.",
            ("At the time", PartialDate(date(2005, 3, 1), MONTH)),
        ),
        (
            "Anna Berg met Oleg Sokolov on 2 March 2004. Back then, Oslo backed the quotas.",
            ("Back then", PartialDate(date(2004, 3, 2))),
        ),
        (
            "Anna Berg met Oleg Sokolov on 2 March 2004. By evening, Oslo had backed the quotas.",
            ("By evening", PartialDate(date(2004, 3, 2))),
        ),
        # A span named: during it.
        (
            "Anna Berg visited Tromsø on 2 and 3 March 2004. At the time, Oslo backed the quotas.",
            ("At the time", PartialDate(date(2004, 3, 2), DAY, date(2004, 3, 3), WITHIN)),
        ),
        # Nothing named before: no date to be of.
        ("At the time, Anna Berg said the quotas would hold.", (None, None)),
    ],
)
def test_at_the_time_is_the_last_date_named(text, expected):
    *_, last = propose(text, PUBLISHED, ENVOYS, match_events=False)
    words, when = expected
    assert last.date_text == words
    assert last.date == (when or PartialDate(PUBLISHED, DAY, None, BY))


def test_what_was_done_after_a_date_ends_by_the_next_date_of_what_followed():
    sentence = "The ferry service was suspended after the storm of March 2003 and resumed in 2004."
    after, resumed = find_dates(sentence, PUBLISHED)
    assert after.date == PartialDate(date(2003, 3, 1), MONTH, date(2004, 12, 1), WITHIN)
    assert resumed.date == PartialDate(date(2004, 1, 1), YEAR)


def test_what_was_done_again_and_again_in_a_period_given_is_dated_by_it():
    sentence = "In 2003 Anna Berg repeatedly warned Oleg Sokolov against closing the bay."
    assert [p[0] for p in proposed(sentence)] == ["2003"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Anna Berg closed the bay on Tuesday. She has also repeatedly warned Oleg Sokolov "
            "against trawling there.",
            Language.ENGLISH,
        ),
        (
            "Во вторник Анна Берг закрыла залив. Она также неоднократно предупреждала Олега "
            "Соколова о запрете.",
            Language.RUSSIAN,
        ),
    ],
)
def test_what_was_done_again_and_again_takes_no_date_from_the_sentence_before(text, language):
    closed, warned = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert closed.date == PartialDate(date(2005, 4, 19))
    assert warned.date == PartialDate(PUBLISHED, DAY, None, BY)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Anna Berg and Oleg Sokolov met in Tromsø on Tuesday with their fisheries ministers. "
            "In a joint statement, the ministers said the quotas off Tromsø would be cut.",
            Language.ENGLISH,
        ),
        (
            "Anna Berg and Oleg Sokolov met in Oslo on Tuesday. They told reporters that "
            "the quotas off Tromsø would be cut.",
            Language.ENGLISH,
        ),
        (
            "Во вторник министры Анна Берг и Олег Соколов встретились в Тромсё. В совместном "
            "заявлении министры сообщили, что квоты в Тромсё будут сокращены.",
            Language.RUSSIAN,
        ),
        # The day's occasion named by the sentence before the last; "ministers" of "Minister".
        (
            "Anna Berg closed the bay, Fisheries Minister Oleg Sokolov said on Tuesday after an "
            "emergency session in Tromsø. “We had no choice,” Oleg Sokolov said. The three "
            "ministers said in a joint statement that the quotas off Tromsø would be cut.",
            Language.ENGLISH,
        ),
    ],
)
def test_what_those_gathered_said_as_a_body_is_of_their_meeting(text, language):
    met, *_, said = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert said.date == met.date == PartialDate(date(2005, 4, 19))
    assert said.status == Event.Status.OCCURRED


def test_what_others_said_after_a_meeting_is_not_dated_by_it():
    text = (
        "Anna Berg and Oleg Sokolov met in Tromsø on Tuesday. "
        "Fishermen in Tromsø said the quotas were too low."
    )
    met, said = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert met.date == PartialDate(date(2005, 4, 19))
    assert said.date == PartialDate(PUBLISHED, DAY, None, BY)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg meets Oleg Sokolov in Tromsø on Monday.",
        "Anna Berg will meet Oleg Sokolov in Tromsø next week.",
    ],
)
def test_a_meeting_dated_or_still_to_come_is_no_habit(text):
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.status == Event.Status.PLANNED


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Anna Berg arrives for talks with Oleg Sokolov in Tromsø on April 22, 2005.",
        "FILE PHOTO: Oleg Sokolov greets Anna Berg in Riga, March 3, 2004.",
        "Cover: Anna Berg and Oleg Sokolov at the quota talks in Tromsø in March 2004.",
        "Main image: Oleg Sokolov greets Anna Berg in Riga, March 3, 2004.",
        # Where someone stands in the picture, as only a caption says.
        "Anna Berg, left, shakes hands with Oleg Sokolov after the signing on Tuesday in Riga.",
        "Oleg Sokolov (right) greets Anna Berg in Riga on March 3, 2004.",
        "Анна Берг (слева) и Олег Соколов в Риге 3 марта 2004 года.",
        "Anna Berg meets Oleg Sokolov in Tromsø, April 22, 2005. REUTERS/Ola Nordmann",
        "Anna Berg meets Oleg Sokolov in Tromsø on April 22, 2005. (AP Photo/Kari Holm)",
        "Anna Berg shakes hands with Oleg Sokolov in Riga on Monday. Photograph: Ivars Ozols/EPA",
        "Анна Берг встречается с Олегом Соколовым в Тромсё 22 апреля 2005 года. Фото: ТАСС",
        "На снимке: Анна Берг и Олег Соколов в Риге 3 марта 2004 года.",
        # A caption labelled in brackets, as a page's text copies it.
        "[Photo caption: Anna Berg speaks to reporters in Tromsø on Tuesday. AFP]",
        "[Подпись к фото:] Анна Берг и Олег Соколов в Риге во вторник.",
        "[Подпись:] Анна Берг подписывает протокол в Риге во вторник.",
        # A long caption: its credit is still at its end.
        "Anna Berg, Norway's envoy for the northern fisheries, walks past the harbour master's "
        "office with Oleg Sokolov, her Russian counterpart, before the quota talks in Tromsø "
        "on April 22, 2005, the first the two sides had held in the port for more than a "
        "decade. REUTERS/Ola Nordmann",
    ],
)
def test_a_photographs_caption_is_no_fact(caption):
    story = f"Anna Berg met Oleg Sokolov in Tromsø on Monday.\n\n{caption}\n\nThey talked."
    [proposal] = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.quote == "Anna Berg met Oleg Sokolov in Tromsø on Monday."


def test_a_caption_under_a_credit_line_is_no_dateline_nor_fact():
    story = (
        "Анна Берг встретилась с Олегом Соколовым в Тромсё в понедельник.\n\n"
        "Фото: ТАСС\nРига, 3 марта. Анна Берг и Олег Соколов перед переговорами\n\n"
        "Олег Соколов посетил Осло на прошлой неделе.\n"
    )
    met, visited = propose(story, PUBLISHED, ENVOYS, match_events=False, language=Language.RUSSIAN)
    # "на прошлой неделе" is the week before publication, not before the caption's 3 March.
    assert visited.date == PartialDate(date(2005, 4, 11), DAY, date(2005, 4, 17), WITHIN)


@pytest.mark.parametrize(
    "sentence",
    [
        "A Reuters/Ipsos poll found that most Norwegians backed Anna Berg in March 2005.",
        "Support for Anna Berg fell in March 2005, according to a poll by Reuters/Ipsos.",
        "Anna Berg showed Oleg Sokolov a photo of the ferry in Tromsø on Monday.",
    ],
)
def test_a_sentence_naming_an_agency_or_a_photo_is_still_a_fact(sentence):
    assert propose(sentence, PUBLISHED, ENVOYS, match_events=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said Norway should resist the temptation to punish Oleg Sokolov.",
        "“We must hold the line,” Anna Berg told Oleg Sokolov in Tromsø on Monday.",
        "The quota report should be ready when Anna Berg meets Oleg Sokolov on Friday.",
        "The quota talks of Anna Berg and Oleg Sokolov should resume in Tromsø in May.",
        "Anna Berg said on Monday that Norway should leave the fisheries council.",
        # What a body decided, or someone warned, should be done.
        "The fisheries council decided on Monday that Norway should leave it.",
        "On Monday Anna Berg used a speech to warn that Norway should not leave.",
        # A mind in a clause, or reported; a closure since a date.
        "Trawlers that Anna Berg believes are Russian left Tromsø on Monday.",
        "Anna Berg said on Monday she believes Oleg Sokolov misread the quota deal.",
        "Anna Berg said on Monday she is convinced Oleg Sokolov misread the quota deal.",
        "Oleg Sokolov's ferry office in Tromsø has been closed since 2003.",
        # What was in dispute, a question asked, is no advice.
        "Oslo joined the council on Monday, ending a dispute over whether Tromsø should vote.",
    ],
)
def test_advice_reported_or_a_date_that_should_come_is_still_a_fact(sentence):
    assert len(propose(sentence, PUBLISHED, ENVOYS, match_events=False)) == 1


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        (
            "Norway should use the ferry council, whose board meets Oleg Sokolov in May.",
            [("May", Event.Status.PLANNED, Event.Type.MEETING)],
        ),
        (
            "When Anna Berg meets Oleg Sokolov in May, Norway should press for quotas that "
            "last until 2010.",
            [("May", Event.Status.PLANNED, Event.Type.MEETING)],
        ),
    ],
)
def test_advice_gives_no_fact_but_its_relative_clause_s(sentence, dated):
    found = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert [(p.date_text, p.status, p.event_type) for p in found] == dated


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # What the speaker would do, or once thought: the saying alone.
        ("“I would sign it again tomorrow,” Oleg Sokolov said.", [None]),
        (
            "“In 1999 we thought the quota talks would take a month. In 2003 we thought a "
            "year,” Anna Berg said.",
            [None],
        ),
        # What they will do, or agreed they would: a plan.
        ("“We will meet again on Friday,” Oleg Sokolov said.", ["on Friday"]),
        ("“We agreed that we would meet again on Friday,” Oleg Sokolov said.", ["on Friday"]),
    ],
)
def test_a_quotation_s_hypothesis_or_past_thought_dates_no_fact(sentence, dated):
    found = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date_text for p in found] == dated


def test_a_subject_s_relative_clause_dates_and_titles_its_own_fact_not_a_present_state():
    sentence = "The envoy who met Oleg Sokolov in 2001 is back in Tromsø these days."
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date_text, proposal.event_type) == ("2001", Event.Type.MEETING)
    assert proposal.title == "The envoy who met Oleg Sokolov in 2001"


LEAD = (
    "Quotas at sea\n\nAnna Berg met Oleg Sokolov in Tromsø on Monday.\n\nThe talks went well.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Kari Holm was a diplomat in Moscow from 1996 to 2001.\n",
        LEAD + "Kari Holm is a senior fellow at the Polar Institute. She served in 1999 in Oslo.",
        LEAD.replace("\n\n", "\n\nBy KARI HOLM\n\n", 1)
        + "Kari Holm, a fellow at the Polar Institute, served in Moscow from 1996 to 2001.",
        LEAD + "The author was a diplomat in Moscow from 1996 to 2001.",
        "Quotas\n\nBy Kari Holm\n\nKari Holm is a fellow who served in Oslo in 1999.\n\n"
        + LEAD.split("\n\n", 1)[1],
        # A writer's role at the start, and the paragraphs going on about her.
        "Kari Holm is a senior fellow at the Polar Institute.\n\n"
        "She served in Moscow from 1996 to 2001.\n\n" + LEAD.split("\n\n", 1)[1],
        LEAD + "Kari Holm is a senior fellow at the Polar Institute.\n\n"
        "She served in Moscow from 1996 to 2001.\n",
        LEAD + "Kari Holm, the author, served in Moscow from 1996 to 2001.",
    ],
)
def test_an_author_s_note_at_the_end_or_start_of_an_op_ed_is_no_fact(text):
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "on Monday"


BODY = "Anna Berg met Oleg Sokolov in Tromsø on Monday. The talks went well.\n"
DECK = "Oslo says the ferry council will work. Anna Berg will sign the pact in May.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Quotas at sea\n\n" + DECK + "By Kari Holm\n\n" + BODY,
        "Quotas at sea\n\n" + DECK + "BY KARI HOLM\nSTAFF WRITER\n\nApril 21, 2005\n\n" + BODY,
        "POLITICS\n\nQuotas at sea\n\n" + DECK + "Patrick Holm\n\n" + BODY,
        "Quotas at sea\n\n" + DECK + "21.4.2005 10:42\n\n" + BODY,
    ],
)
def test_a_deck_above_the_byline_or_the_date_line_is_no_fact(text):
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "on Monday"


@pytest.mark.parametrize(
    "text",
    [
        # A lede under the headline, then a subhead or a caption: the body's.
        "Quotas at sea\n\n" + DECK + "The road to Tromsø\n\n" + BODY,
        "Quotas at sea\n\n" + DECK + "Photo: Kari Holm\nThe Zapad-2005 drill\n\n" + BODY,
        # A byline under a paragraph too long for a deck.
        "Quotas at sea\n\n" + DECK.strip() + " Talks go on." * 30 + "\n\nBy Kari Holm\n\n" + BODY,
    ],
)
def test_a_lede_under_the_headline_is_a_fact(text):
    assert "May" in [p.date_text for p in propose(text, PUBLISHED, ENVOYS, match_events=False)]


@pytest.mark.parametrize(
    "last",
    [
        "Anna Berg was a diplomat in Moscow from 1996 to 2001.",  # named in the story
        "Kari Holm, the fisheries minister, is expected to speak in Oslo on Friday.",
    ],
)
def test_a_last_paragraph_on_someone_of_the_story_is_a_fact(last):
    found = propose(LEAD + last + "\n", PUBLISHED, ENVOYS, match_events=False)
    assert len(found) == 2 and found[1].quote == last


def test_a_first_paragraph_on_someone_with_no_writer_s_role_is_a_fact():
    text = "Kari Holm is a fisheries minister.\n\nShe met Anna Berg in Oslo on Monday.\n\nMore."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "on Monday"


def test_a_speaker_s_first_person_is_a_fact():
    text = "ANNA BERG (Fisheries Minister): I met Oleg Sokolov in Tromsø on Monday."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "on Monday"


@pytest.mark.parametrize(
    ("text", "speaker_in"),
    [
        (
            "ANNA BERG (Fisheries Minister): As I told the board last Friday, Oleg Sokolov "
            "signed the quota deal in Tromsø on Monday. We met him there on Tuesday.",
            {"last Friday": True, "on Monday": False, "on Tuesday": True},
        ),
        (
            "ANNA BERG (Fisheries Minister): I think Oleg Sokolov signed the deal on Monday. "
            "I can tell you that we met him in Tromsø on Tuesday.",
            {"on Monday": False, "on Tuesday": True},
        ),
    ],
)
def test_a_speaker_joins_only_the_facts_of_which_they_are_the_subject(text, speaker_in):
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert {p.date_text: "ANNA BERG" in [m.text for m in p.mentions] for p in proposals} == (
        speaker_in
    )


def test_an_editor_s_label_names_no_speaker_to_whom_the_author_s_first_person_belongs():
    text = "Background: Anna Berg took office in 2005.\n\nI met Oleg Sokolov in Tromsø on Monday."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "2005"


def test_a_life_in_an_obituary_s_survivors_sentence_is_still_dated():
    sentence = "Oleg Sokolov, who met Anna Berg in Tromsø in 2003, is survived by his wife."
    assert [d for d, *_ in proposed(sentence)] == ["2003"]


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        # A habit in a relative clause, or the habit's day now named, or said on a day.
        ("The ferry council, which meets twice a year, agreed on Monday to a drill.", "on Monday"),
        ("The ferry council meets every month; its next session is on 5 June.", "5 June"),
        ("Anna Berg said on Monday that the ferry council still meets regularly.", "on Monday"),
        ("Today the ferry council meets Oleg Sokolov in Tromsø.", "Today"),
        # A habit of someone else's, in a clause of its own; where someone is today.
        (
            "Anna Berg holds talks today on the quota pact that Oleg Sokolov frequently attacks.",
            "today",
        ),
        ("Today, Anna Berg is in Tromsø for talks with Oleg Sokolov.", "Today"),
    ],
)
def test_a_habit_beside_a_fact_of_a_day_keeps_that_fact(text, date_text):
    (proposal,) = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == date_text


def test_a_guess_at_someone_s_mind_gives_a_statement_not_the_act_it_names():
    sentence = "Oleg Sokolov likely saw the quota dispute as a bargaining chip."
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.event_type, proposal.status) == (Event.Type.STATEMENT, Event.Status.OCCURRED)
    assert "Hedged: “likely”" in proposal.date_note


def test_a_hedge_in_what_was_said_is_the_speaker_s_not_the_article_s():
    sentence = "Anna Berg said on Monday that Oleg Sokolov had reportedly left Oslo."
    notes = [p.date_note for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False)]
    assert notes and not any("Hedged" in note for note in notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry did not sail in the winter of 2001–02.",
        "In winter 2001/02 the ferry did not sail.",
        "The ferry did not sail in the winter of 2001-2002.",
    ],
)
def test_a_winter_across_two_years_is_december_to_february(sentence):
    [found] = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(date(2001, 12, 1), MONTH, date(2002, 2, 1), WITHIN)


def test_a_winter_of_years_that_do_not_follow_each_other_is_no_winter():
    [found] = find_dates("The winter of 2001–04 was long.", PUBLISHED)
    assert found.date.precision == DatePrecision.YEAR


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Oleg Sokolov met Anna Berg for the last time before the freeze on 3 June 2004.", 3),
        ("Oleg Sokolov met Anna Berg one last time before the summit on 9 June 2004.", 9),
    ],
)
def test_a_noun_after_before_does_not_type_the_act_it_dates(sentence, day):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.event_type == Event.Type.MEETING
    assert proposal.date.start == date(2004, 6, day)


def test_a_refusal_is_dated_and_typed_as_the_refusing_not_the_refused_act():
    sentence = "Oleg Sokolov refused to sign the fisheries accord on Monday, Anna Berg said."
    assert proposed(sentence) == [
        ("on Monday", "2005-04-18", Event.Status.OCCURRED, Event.Type.OBJECTION)
    ]
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert "“sign the fisheries accord on Monday” is refused" in proposal.date_note


def test_a_negated_plan_is_no_plan():
    sentence = "Anna Berg said Oslo had not signed any new deal and would not do so in the autumn."
    assert proposed(sentence) == [(None, "2005-04-21", Event.Status.OCCURRED, Event.Type.STATEMENT)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The talks did not end until June.", []),  # "not … until" says when they ended
        ("No envoy has come since March.", []),
        ("It was not only the navy that met.", []),
        ("The envoys won't meet in May.", ["won't meet in May"]),
        (
            "Oslo would not, however, send its data in May.",
            ["would not, however, send its data in May"],
        ),
        ("Talks were not held in May, and Berg left.", ["were not held in May"]),
        ("If Oslo were to ask, Moscow would listen.", ["If Oslo were to ask"]),
        ("The envoys argued over whether Oslo would have a say on quotas.", []),
        ("Berg wondered whether Oslo would have signed it.", []),
        ("Oslo would have a say, and Berg would have signed it.", ["would have signed it"]),
    ],
)
def test_which_words_say_something_is_not_so(sentence, words):
    assert [phrase.words for phrase in unreal_phrases(sentence)] == words


def test_a_date_in_a_condition_dates_nothing():
    sentence = "If Anna Berg were invited to Murmansk tomorrow, she would go, Oleg Sokolov said."
    assert proposed(sentence) == [(None, "2005-04-21", Event.Status.OCCURRED, Event.Type.STATEMENT)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A conditional plan is only expected.
        ("If the ice allows, the ships will sail in May.", Event.Status.EXPECTED),
        ("The ships will sail in May.", Event.Status.PLANNED),
        # What an expectation governs is expected, even a verb of schedule after it.
        ("Berg is also expected to meet Sokolov in May.", Event.Status.EXPECTED),
        ("Sokolov hopes the ferry line will reopen in May.", Event.Status.EXPECTED),
        ("Sokolov plans to sign the accord next month.", Event.Status.PLANNED),
        ("Sokolov will meet Berg on Friday.", Event.Status.PLANNED),
        ("Sokolov met Berg on Friday.", Event.Status.OCCURRED),
        # A promise looks ahead in any form of its verb.
        ("Oslo signed, with Moscow pledging to add a ferry in May.", Event.Status.PLANNED),
        ("Oslo signed, with Moscow promising to add a ferry in May.", Event.Status.PLANNED),
        # "would later" in a past narrative tells what then happened; reported, a plan.
        ("Berg would later call the strike of March 2003 a turning point.", Event.Status.OCCURRED),
        ("Berg said the envoys would later meet in March.", Event.Status.PLANNED),
        # A past tense without "-ed" is read too.
        ("Berg, who flew in on Monday, will sign.", Event.Status.OCCURRED),
    ],
)
def test_the_status_of_a_date_follows_its_clause(sentence, status):
    found = find_dates(sentence, PUBLISHED)[-1]
    assert status_at(sentence, found.start, found.end) == status


@pytest.mark.parametrize(
    ("sentence", "start", "status"),
    [
        # The reported clause's own verb decides which way a month without a year points.
        (
            "Berg said the commission's next session in March would meet in Bodø.",
            "2006-03-01",
            Event.Status.PLANNED,
        ),
        (
            "Berg told reporters the ferry talks in March would resume.",
            "2006-03-01",
            Event.Status.PLANNED,
        ),
        (
            "Oslo had not decided whether to send a frigate to the exercise in March.",
            "2006-03-01",
            Event.Status.EXPECTED,
        ),
        # ... and a date right after the reporting verb is the saying's.
        ("Berg said in March that the session had gone well.", "2005-03-01", Event.Status.OCCURRED),
        ("Berg said the session in March went well.", "2005-03-01", Event.Status.OCCURRED),
    ],
)
def test_a_reported_clause_dates_by_its_own_verb(sentence, start, status):
    found = only_date(sentence)
    assert found.date.start == date.fromisoformat(start)
    assert status_at(sentence, found.start, found.end) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A statement made in the past is the fact, whatever it says of the future.
        ('"We will not close the border," Sokolov told the envoys.', Event.Status.OCCURRED),
        ("Berg said the ferry would never sail without a permit.", Event.Status.OCCURRED),
        ("If Oslo were to ask, Moscow would listen, Berg added.", Event.Status.OCCURRED),
        ("Berg asked whether Moscow could close the line.", Event.Status.OCCURRED),
        # In the present, the sentence reports the plan or the forecast.
        ("Moscow says it will keep its consulate open.", Event.Status.PLANNED),
        ("Officials say the line is likely to reopen.", Event.Status.EXPECTED),
        # A condition makes a plan a forecast; a decision without a date is the deciding.
        ("Moscow will reopen the line if Oslo agrees.", Event.Status.EXPECTED),
        ("The two sides agreed to reopen the ferry line.", Event.Status.OCCURRED),
    ],
)
def test_the_status_of_a_sentence_without_a_date_follows_its_main_clause(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # What is going on as the story is written has begun: it happened, whatever the
        # agreement it is about would do.
        (
            "Oslo and Moscow are also negotiating a fisheries accord that would set quotas "
            "for the Barents Sea.",
            Event.Status.OCCURRED,
        ),
        (
            "Anna Berg is holding talks with the Russian side on the ferry line.",
            Event.Status.OCCURRED,
        ),
        ("The two coastguards are still meeting in Kirkenes.", Event.Status.OCCURRED),
        ("Norway and Russia are in talks over the border crossing.", Event.Status.OCCURRED),
        (
            "They're drafting a protocol under which Russia would reopen the line.",
            Event.Status.OCCURRED,
        ),
        # A past act is not made a plan by what its object will do.
        ("Oslo signed an accord that will let trawlers cross the line.", Event.Status.OCCURRED),
        (
            "Oslo left the quota pact, which capped the catch that Norway and the former "
            "Soviet fleet could land.",
            Event.Status.OCCURRED,
        ),
        (
            "Oslo set up the quota board, a new body in which Moscow will sit as an equal.",
            Event.Status.OCCURRED,
        ),
        # Nor by what a preposition's object would do, whatever its verb.
        (
            "Anna Berg spent weeks haggling with Sokolov over a text that would ease the quotas.",
            Event.Status.OCCURRED,
        ),
        # Nor by what a clause joined after it says is to come.
        (
            'Oslo has since reopened the line, and Sokolov now insists ferries "will sail".',
            Event.Status.OCCURRED,
        ),
        # The progressive of a plan or a forecast still looks ahead.
        ("Anna Berg and Oleg Sokolov are to meet in Kirkenes.", Event.Status.PLANNED),
        ("The ministers are now preparing to sign the accord.", Event.Status.PLANNED),
        ("The two sides are going to reopen the line.", Event.Status.PLANNED),
        ("The two coastguards are also planning a joint drill.", Event.Status.PLANNED),
        ("Oslo is hoping to sign the accord.", Event.Status.EXPECTED),
        # What is said right after the verb, and a plan's own object, stay plans.
        ("Moscow says it will keep its consulate open.", Event.Status.PLANNED),
        ("Oslo will discuss a plan that would let Moscow join.", Event.Status.PLANNED),
        ("Oslo will push for a text that would let Moscow join.", Event.Status.PLANNED),
    ],
)
def test_what_is_going_on_has_begun(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # What a saying denied in the past would have said is no plan: the not saying
        # happened.
        (
            "Berg could not promise him that the coastguard would hold off its patrols.",
            Event.Status.OCCURRED,
        ),
        ("Sokolov refused to say whether Moscow would send a delegation.", Event.Status.OCCURRED),
        ("The ministry did not say when the ferry would sail again.", Event.Status.OCCURRED),
        ("Oslo declined to confirm that the envoys will meet again.", Event.Status.OCCURRED),
        ("Sokolov wouldn't tell reporters if the talks would resume.", Event.Status.OCCURRED),
        # A plan beside a negation, a forecast denied, or a plan said now, still look ahead.
        ("Berg did not attend, but Moscow will send a delegation.", Event.Status.PLANNED),
        ("Sokolov could not attend, and Moscow will send a deputy.", Event.Status.PLANNED),
        ("Berg did not say much; the envoys will meet again in Riga.", Event.Status.PLANNED),
        ("Moscow says it will send a delegation to the talks.", Event.Status.PLANNED),
        ("The envoys have not yet decided whether to meet again.", Event.Status.EXPECTED),
    ],
)
def test_what_a_denied_saying_would_have_said_is_no_plan(sentence, status):
    assert status_of(sentence) == status


RIGA_LIVE = (
    "Envoys in Riga: as it happened\n\n"
    "09:15 Anna Berg arrives in Riga and greets the coastguard.\n\n"
    "10:40 Anna Berg meets Oleg Sokolov at the harbour today.\n\n"
    "11:05 Anna Berg and Oleg Sokolov are due to sign a memo at noon today.\n\n"
    "11:30 Oleg Sokolov says he will visit Tallinn on Monday.\n\n"
    "12:00 Anna Berg meets Oleg Sokolov again on Saturday.\n\n"
    "13:15 Oleg Sokolov opens the session; Anna Berg speaks next.\n\n"
    "14:40 Oleg Sokolov leaves for Moscow.\n"
)


def test_a_live_blog_s_present_tells_what_has_just_happened():
    proposals = propose(RIGA_LIVE, PUBLISHED, ENVOYS, match_events=False)
    assert [(p.date.start.isoformat(), p.date.qualifier, p.status) for p in proposals] == [
        # The present of an entry: on the blog's day, done.
        ("2005-04-21", DateQualifier.EXACT, Event.Status.OCCURRED),
        # With a day of its own, "today" too, it is the schedule the entry announces; what
        # is due, what will be, and a day to come stay plans.
        ("2005-04-21", DateQualifier.EXACT, Event.Status.PLANNED),
        ("2005-04-21", DateQualifier.EXACT, Event.Status.PLANNED),
        ("2005-04-25", DateQualifier.EXACT, Event.Status.PLANNED),
        ("2005-04-23", DateQualifier.EXACT, Event.Status.PLANNED),
        ("2005-04-21", DateQualifier.EXACT, Event.Status.OCCURRED),
        ("2005-04-21", DateQualifier.EXACT, Event.Status.OCCURRED),
    ]


def test_the_same_present_outside_a_live_blog_is_a_schedule():
    # "this week" points neither way: the present alone makes the arrival a plan.
    text = (
        "Anna Berg arrives in Riga this week and greets the coastguard.\n\n"
        "Anna Berg meets Oleg Sokolov today.\n"
    )
    assert [p.status for p in propose(text, PUBLISHED, ENVOYS, match_events=False)] == [
        Event.Status.PLANNED,
        Event.Status.PLANNED,
    ]


def test_a_chronology_s_present_with_a_date_gone_by_tells_what_happened():
    text = (
        "Anna Berg and Oleg Sokolov: key dates\n\n"
        "- 14 May 1998: Anna Berg and Oleg Sokolov sign the fisheries memo.\n"
        "- March 2001: Oleg Sokolov freezes his contacts with Anna Berg.\n"
        "- December 2004: Anna Berg and Oleg Sokolov resume their talks.\n\n"
        "Anna Berg meets Oleg Sokolov again in June.\n"
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [(p.date.start.isoformat(), p.status) for p in proposals] == [
        ("1998-05-14", Event.Status.OCCURRED),
        ("2001-03-01", Event.Status.OCCURRED),
        ("2004-12-01", Event.Status.OCCURRED),
        ("2005-06-01", Event.Status.PLANNED),  # published in April: still to come
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Why something was done, on its date, is that act.
        "That is why Oleg Sokolov left the ferry council on 12 March.",
        # An act a commentator tells, and an official's view, are still facts.
        '"Oslo has recalled its envoy," said Oleg Sokolov, a Tromsø analyst.',
        '"It is a marriage of convenience," said Oleg Sokolov, the fisheries minister.',
        # What an official tells those in the street is.
        "Oleg Sokolov told students that Oslo had recalled its envoy.",
        # Fears as a noun: an act that eased them.
        "Anna Berg allayed Oleg Sokolov's fears about the ferry on Monday.",
        # An unnamed speaker reporting an act.
        "A senior officer, who asked not to be named, said Oslo had recalled its envoy.",
    ],
)
def test_what_a_commentator_tells_of_an_act_or_an_official_says_is_a_fact(text):
    assert len(propose(text, PUBLISHED, ENVOYS, match_events=False)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # What analysts say is to come, whatever its date; what follows from a condition.
        "Analysts in Tromsø said the real test for Anna Berg would come later this year.",
        "If no deal is reached, Oleg Sokolov will close the ferry office in Tromsø.",
        # The author's own view.
        "In this newspaper's view, Anna Berg misread Oleg Sokolov in Tromsø in March.",
    ],
)
def test_a_commentator_s_forecast_a_condition_s_outcome_or_the_author_s_view_is_no_fact(text):
    assert propose(text, PUBLISHED, ENVOYS, match_events=False) == []


@pytest.mark.parametrize(
    "text",
    [
        # A state the present tells, still so, with no date.
        "Oslo, however, is still waiting for Oleg Sokolov's answer.",
        "Oleg Sokolov remains opposed to the quota plan of Anna Berg.",
        # A quotation given as what someone thinks, whatever it names.
        '"The real test of the ferry pact comes in June," Anna Berg believes.',
    ],
)
def test_a_state_still_so_or_a_quotation_held_as_a_view_is_no_fact(text):
    assert propose(text, PUBLISHED, ENVOYS, match_events=False) == []


@pytest.mark.parametrize(
    "text",
    [
        # What unnamed officials, diplomats or critics hold, fear or guess: no fact.
        "Diplomats in Tromsø said the ferry deal would make it harder to agree on quotas.",
        "Officials in Oslo insist the ferry mission is purely civilian.",
        "Critics in Oslo warned the ferry pact could open the door to a quota war in Tromsø.",
        "Several diplomats said they feared Oslo would use the council to block quotas.",
        '"It is symbolic more than practical," one diplomat in Tromsø said.',
        "Officials in Oslo described the talks in Tromsø as businesslike.",
        # The day of the saying dates no fact.
        "Western diplomats insisted on Monday that Oslo's move did not amount to a veto.",
    ],
)
def test_an_unnamed_source_s_view_is_no_fact(text):
    assert propose(text, PUBLISHED, ENVOYS, match_events=False) == []


@pytest.mark.parametrize(
    "text",
    [
        # What unnamed officials tell was done, or is to be done.
        "Diplomats in Tromsø said Oslo had recalled its envoy.",
        "Officials said the ferry talks would resume in Tromsø.",
        "Officials expect Oslo to give its answer next week, and they worry talks could fail.",
        # What they tell of someone named, or date.
        "Officials said Oleg Sokolov spent the afternoon on the quota question.",
        "The ferry pact remains in force until 2012, officials in Oslo said.",
        # Someone named among the speakers; a clause of its own before the view.
        "Oleg Sokolov and other officials said the ferry council would not meet.",
        "Oslo has recalled its envoy to Tromsø, and officials there fear a quota war.",
    ],
)
def test_what_an_unnamed_source_tells_of_an_act_a_plan_or_a_name_is_a_fact(text):
    assert len(propose(text, PUBLISHED, ENVOYS, match_events=False)) == 1


def test_a_relative_clause_s_date_in_a_commentator_s_forecast_is_still_its_fact():
    text = "Analysts say the ferry pact, which Anna Berg signed in March 2003, will lapse."
    dated = [p for p in propose(text, PUBLISHED, ENVOYS, match_events=False) if p.date_text]
    assert [p.date_text for p in dated] == ["March 2003"]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # Published on a Thursday: what was done this week was done by today, what will
        # be done is from today on.
        ("Oleg Sokolov met Anna Berg in Tromsø this week.", date(2005, 4, 18), date(2005, 4, 21)),
        ("Oleg Sokolov will meet Anna Berg this week.", date(2005, 4, 21), date(2005, 4, 24)),
    ],
)
def test_this_week_is_the_side_of_today_its_clause_looks_to(sentence, start, end):
    found = only_date(sentence)
    assert (found.date.start, found.date.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The quota ban came into force at midnight.", PartialDate(date(2005, 4, 21))),
        (
            "The trawlers left the port overnight.",
            PartialDate(date(2005, 4, 20), DAY, date(2005, 4, 21), WITHIN),
        ),
        ("The quota ban will take effect at midnight.", PartialDate(date(2005, 4, 22))),
    ],
)
def test_the_night_told_of_today_is_the_one_that_ended_or_the_one_ahead(sentence, expected):
    assert only_date(sentence).date == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov took an overnight flight to Oslo.",
        'Anna Berg said "nobody should expect a breakthrough overnight."',
    ],
)
def test_an_overnight_kind_of_thing_or_speed_is_no_date(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_a_night_beside_a_day_named_is_that_day_s():
    sentence = "The trawlers sailed overnight and reached Tromsø early on Tuesday."
    assert [f.text for f in find_dates(sentence, PUBLISHED)] == ["early on Tuesday"]


def test_what_is_to_come_this_week_told_on_a_sunday_is_in_the_week_ahead():
    sunday = date(2005, 4, 24)
    (found,) = find_dates("The envoys will meet in Oslo later this week.", sunday)
    assert found.date == PartialDate(date(2005, 4, 25), DAY, date(2005, 5, 1), WITHIN)


def test_a_schedule_s_end_in_the_present_is_still_to_come_and_of_its_act():
    sentence = "The ferry drill began on 11 April and concludes on 22 April, Anna Berg said."
    assert proposed(sentence) == [
        ("11 April", "2005-04-11", "occurred", "exercise"),
        ("22 April", "2005-04-22", "planned", "exercise"),
    ]


def test_where_the_news_came_from_is_no_fact_and_names_no_one():
    text = "As the Tromsø Gazette reported earlier, on 12 April Anna Berg met Oleg Sokolov."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "12 April"
    assert [m.text for m in proposal.mentions] == ["Anna Berg", "Oleg Sokolov"]


@pytest.mark.parametrize(
    "text",
    [
        "As the Tromsø Gazette reported on Tuesday, Anna Berg had met Oleg Sokolov.",
        "The Tromsø Gazette reported on Tuesday that Anna Berg had met Oleg Sokolov.",
    ],
)
def test_what_the_news_reported_on_a_day_had_happened_by_then(text):
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date == PartialDate(date(2005, 4, 19), DAY, None, DateQualifier.NO_LATER_THAN)
    assert (proposal.event_type, proposal.title) == (
        Event.Type.MEETING,
        "Anna Berg had met Oleg Sokolov",
    )
    assert [m.text for m in proposal.mentions] == ["Anna Berg", "Oleg Sokolov"]


def test_the_day_news_was_reported_does_not_date_what_it_says_is_to_come():
    text = "As the Tromsø Gazette reported on Tuesday, Anna Berg will meet Oleg Sokolov in May."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date_text, proposal.status) == ("May", Event.Status.PLANNED)


def test_what_a_body_reported_is_its_statement_on_its_day():
    text = "The Fisheries Council reported on Tuesday that Anna Berg had met Oleg Sokolov."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date, proposal.event_type) == (
        PartialDate(date(2005, 4, 19)),
        Event.Type.STATEMENT,
    )


def test_what_a_person_or_a_known_body_reported_is_still_their_statement():
    text = "As Oleg Sokolov reported earlier, Anna Berg flew to Oslo on Friday."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [m.text for m in proposal.mentions] == ["Oleg Sokolov", "Anna Berg", "Oslo"]


def test_a_verb_joined_after_a_date_by_and_does_not_govern_it():
    sentence = "The ferry drill began off Vardø, Norway, on 11 April and concludes on 22 April."
    assert [(text, start, status) for text, start, status, _type in proposed(sentence)] == [
        ("11 April", "2005-04-11", "occurred"),
        ("22 April", "2005-04-22", "planned"),
    ]


def test_a_chronology_row_s_later_sentences_are_of_its_date():
    text = (
        "Key dates\n\n"
        "March 3, 1998 - Anna Berg meets Oleg Sokolov in Kirkenes. "
        "Oleg Sokolov freezes his contacts with Anna Berg.\n\n"
        "Oleg Sokolov criticises the talks in Kirkenes.\n"
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [(p.date.start.isoformat(), p.date.qualifier) for p in proposals] == [
        ("1998-03-03", DateQualifier.EXACT),
        ("1998-03-03", DateQualifier.EXACT),  # the row's date
        ("2005-04-21", DateQualifier.NO_LATER_THAN),  # no row: the publication's
    ]


def test_a_box_of_key_dates_without_full_stops_is_read_entry_by_entry():
    text = (
        "Key dates\n\n"
        "- 12 April: Anna Berg announces the quota talks\n"
        "- 16 April: Oleg Sokolov signs the quota accord\n"
        "- 3 May: Anna Berg and Oleg Sokolov to meet in Kirkenes\n\n"
        "The talks went on."
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [(p.date.start.isoformat(), p.status) for p in proposals[:3]] == [
        ("2005-04-12", Event.Status.OCCURRED),
        # the present of a chronology says neither way: the nearest 16 April, gone by
        ("2005-04-16", Event.Status.OCCURRED),
        ("2005-05-03", Event.Status.PLANNED),
    ]
    assert "chronology's entry in the present" in proposals[1].date_note


def test_a_dated_sentence_introducing_a_list_is_a_fact():
    text = (
        "Oslo ratified the accord Anna Berg signed in Tromsø on 12 March 1998 with these "
        "reservations:\n"
        "1) Oleg Sokolov's trawlers keep their quota;\n"
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date_text for p in proposals][0] == "12 March 1998"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Oslo agreed to the quota plan in 2003.", Event.Status.OCCURRED),
        ("Oslo had already agreed to de-targeting in 2003.", Event.Status.OCCURRED),
        # "to" and a verb: the act agreed on, planned for its date
        ("Oslo agreed to hold quota talks in 2003.", Event.Status.PLANNED),
    ],
)
def test_agreeing_to_a_thing_is_the_agreeing_done_on_its_date(sentence, status):
    assert [(p[0], p[2]) for p in proposed(sentence)] == [("2003", status)]


def test_a_chronology_row_s_present_of_deciding_is_an_act_of_its_day():
    text = "March 3, 1998 - Anna Berg meets Oleg Sokolov. Oleg Sokolov agrees to a quota deal.\n"
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [(p.date.start.isoformat(), p.status) for p in proposals] == [
        ("1998-03-03", Event.Status.OCCURRED),
        ("1998-03-03", Event.Status.OCCURRED),
    ]


def test_a_chronology_row_in_a_list_introduced_by_a_colon_dates_its_later_sentences():
    text = (
        "Key dates:\n\n"
        "* March 3, 1998 - Anna Berg meets Oleg Sokolov in Kirkenes. "
        "Oleg Sokolov freezes his contacts with Anna Berg.\n"
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date.start.isoformat() for p in proposals] == ["1998-03-03", "1998-03-03"]


@pytest.mark.parametrize(
    ("sentence", "date_text", "start", "status"),
    [
        # Going on today: it happened, on the day of publication.
        (
            "Anna Berg and Oleg Sokolov are holding talks in Kirkenes today.",
            "today",
            "2005-04-21",
            Event.Status.OCCURRED,
        ),
        # With a date still to come it is a schedule, and a weekday points ahead.
        (
            "Anna Berg and Oleg Sokolov are meeting next week in Kirkenes.",
            "next week",
            "2005-04-25",
            Event.Status.PLANNED,
        ),
        (
            "Anna Berg and Oleg Sokolov are meeting on Friday in Kirkenes.",
            "on Friday",
            "2005-04-22",
            Event.Status.PLANNED,
        ),
    ],
)
def test_what_is_going_on_is_dated_as_the_story_dates_the_present(
    sentence, date_text, start, status
):
    assert proposed(sentence) == [(date_text, start, status, Event.Type.MEETING)]


def people_of(proposal):
    return [m.slug for m in proposal.mentions if m.kind == "person"]


def test_a_date_in_a_relative_clause_dates_only_what_that_clause_says():
    sentence = "Oleg Sokolov, who met Anna Berg in Tromsø on Monday, will sign the accord in May."
    met, sign = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (met.date_text, met.status, met.event_type) == (
        "on Monday",
        Event.Status.OCCURRED,
        Event.Type.MEETING,
    )
    assert people_of(met) == ["oleg-sokolov", "anna-berg"]  # its own, and whom it is said of
    assert (sign.date_text, sign.status, sign.event_type) == (
        "May",
        Event.Status.PLANNED,
        Event.Type.AGREEMENT_SIGNED,
    )
    assert people_of(sign) == ["oleg-sokolov", "anna-berg"]  # the main fact has them all


def test_a_relative_clause_whose_subject_is_a_pronoun_has_the_main_subject_too():
    sentence = "Oleg Sokolov will see Anna Berg, whom he met in Tromsø on Monday."
    [met] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)  # the plan has no date
    assert (met.date_text, people_of(met)) == ("on Monday", ["oleg-sokolov", "anna-berg"])


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # The same event as its clause's: the drill it takes part in is the one dated.
        (
            "Oleg Sokolov is taking part in the ferry drill Harbour Bell, which starts off "
            "Tromsø at the end of this month.",
            "2005-04-01",
        ),
        # A main clause that only points at what its clause dates.
        ("It will be Oleg Sokolov, who is to sit down with Anna Berg on Saturday.", "2005-04-23"),
        ("It comes three months after Oleg Sokolov signed the ferry accord on 12 March, after "
         "weeks of wrangling in Oslo over whether Norway deserved a special status.",
         "2005-03-12"),
    ],
)  # fmt: skip
def test_a_main_clause_that_is_its_clause_s_event_gives_no_second_fact(sentence, dated):
    proposals = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date.start.isoformat() for p in proposals] == [dated]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # A coarse and a fine date of the same act: one fact, on the finer date.
        (
            "Oleg Sokolov heads to Tromsø next week for the ferry council, on 27-28 April.",
            ["2005-04-27"],
        ),
        # A chronology's row: its label's month gives the day in it its year.
        (
            "Key dates:\n\n* August 2003 - Anna Berg and Oleg Sokolov decide on Aug. 19 to "
            "cut quotas.\n",
            ["2003-08-19"],
        ),
        # Two acts, each of its own verb, are two facts.
        (
            "Oleg Sokolov closed the ferry office in 2004, days before the storm struck on 9 "
            "December.",
            ["2004-01-01", "2004-12-09"],
        ),
    ],
)
def test_a_fact_dated_twice_in_its_sentence_is_proposed_once_on_its_finer_date(text, dated):
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date.start.isoformat() for p in proposals] == dated


def test_a_main_clause_without_a_date_keeps_its_fact_beside_its_relative_clause():
    sentence = (
        "Oleg Sokolov complained about the patrols near the islands, "
        "which joined the alliance on 12 March."
    )
    complained, joined = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (complained.date_text, complained.date.qualifier) == (None, DateQualifier.NO_LATER_THAN)
    assert complained.event_type != Event.Type.ENLARGEMENT
    assert "“12 March” dates only what its relative clause says" in complained.date_note
    assert people_of(complained) == ["oleg-sokolov"]
    assert (joined.date.start, joined.event_type) == (date(2005, 3, 12), Event.Type.ENLARGEMENT)
    assert people_of(joined) == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Months of talks with Oleg Sokolov produced the Harbour Accord, which was "
            "signed in Tromsø on 12 March.",
            Language.ENGLISH,
        ),
        (
            "Переговоры с Олегом Соколовым завершились Портовым соглашением, подписанным "
            "в Тромсё 12 марта.",
            Language.RUSSIAN,
        ),
    ],
)
def test_a_main_clause_saying_what_led_to_the_dated_act_is_that_act(sentence, language):
    (signed,) = propose(sentence, PUBLISHED, ENVOYS, language=language, match_events=False)
    assert (signed.date.start, signed.event_type) == (
        date(2005, 3, 12),
        Event.Type.AGREEMENT_SIGNED,
    )


@pytest.mark.parametrize(
    ("sentence", "clause", "said_of"),
    [
        ("The pact, which Oslo signed in May, lapsed.", "which Oslo signed in May", "The pact,"),
        ("Ships left Bodø, where Anna Berg met them.", "where Anna Berg met them", "Bodø,"),
        ("Berg praised the navy, whose chief A. Moe left.", "whose chief A. Moe left", "the navy,"),
        ("An envoy who was there said: “No.”", "who was there said", "An envoy"),
        ("Aides met the envoys, in which talks began.", "in which talks began", "the envoys,"),
        ("Берг была в Москве, где встретилась с ним.", "где встретилась с ним", "в Москве,"),
        ("Договор, который подписан в мае, истёк.", "который подписан в мае", "Договор,"),
    ],
)
def test_a_relative_clause_runs_from_its_pronoun_to_the_next_break(sentence, clause, said_of):
    """What it is said of runs from the main clause's last verb before it."""
    language = Language.RUSSIAN if sentence[0] in "БД" else Language.ENGLISH
    [found] = relative_clauses(sentence, language)
    assert sentence[found.start : found.end] == clause
    assert sentence[found.antecedent : found.start].strip() == said_of


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The pact, signed in May and never ratified, lapsed.", "signed in May and never ratified"),
        ("The base, first built in 1951, will shut.", "first built in 1951"),
        # After the main verb, a passive one (no object) is said of the noun before it.
        ("Berg praised the pact, signed in 1997, at length.", "signed in 1997"),
        ("They agreed to resume the talks, suspended since May.", "suspended since May"),
    ],
)
def test_an_english_participle_after_the_subject_reads_as_a_relative_clause(sentence, clause):
    [found] = relative_clauses(sentence)
    assert (sentence[found.start : found.end], found.participle) == (clause, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Signed in 1997, the pact set quotas.",  # fronted: it is the sentence's own act
        "Berg landed on Monday, visited Oslo on Tuesday, and left.",  # past verbs in a row
        "Berg flew to Oslo, stayed in a hotel on Tuesday, and left.",  # takes no object
    ],
)
def test_no_english_participle_clause_where_it_may_be_a_past_verb(sentence):
    assert relative_clauses(sentence) == []


@pytest.mark.parametrize("participle", ["suspended", "frozen"])
def test_a_passive_participle_after_the_main_verb_dates_its_own_fact_not_the_main_one(
    participle,
):
    sentence = f"Anna Berg agreed to resume the ferry service, {participle} since May 2004."
    assert proposed(sentence) == [
        (None, "2005-04-21", Event.Status.OCCURRED, Event.Type.STATEMENT),
        ("since May 2004", "2004-05-01", Event.Status.OCCURRED, Event.Type.OBJECTION),
    ]


def test_a_count_back_from_a_date_still_to_come_told_as_done_is_by_publication():
    text = "Anna Berg will fly to Vardø on Saturday. A day earlier, the envoys met in Tromsø.\n"
    fly, met = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (met.date, met.status) == (PartialDate(PUBLISHED, DAY, None, BY), Event.Status.OCCURRED)


def test_a_time_of_day_opening_a_sentence_of_the_story_is_the_day_it_is_at():
    text = (
        "The ferry reached Vardø on 7 March 2004. A little after 4 p.m. the crew walked "
        "ashore and greeted Anna Berg.\n"
    )
    reached, ashore = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert ashore.date_text == "A little after 4 p.m."
    assert ashore.date == PartialDate(date(2004, 3, 7))
    # With a date of its own, the sentence is dated by that alone.
    text = "The ferry reached Vardø on 7 March 2004. At dawn on 8 March it left Vardø.\n"
    assert [p.date_text for p in propose(text, PUBLISHED, ENVOYS, match_events=False)] == [
        "7 March 2004",
        "8 March",
    ]


@pytest.mark.parametrize(
    "opening, last_day",
    [("Within hours,", 8), ("Hours later,", 8), ("Two hours later,", 8), ("Minutes later,", 7)],
)
def test_hours_later_opening_a_sentence_of_the_story_is_its_day_or_the_next(opening, last_day):
    text = f"The ferry reached Vardø on 7 March 2004. {opening} Anna Berg greeted the crew.\n"
    reached, greeted = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert greeted.date_text == opening[:-1]
    assert greeted.date == (
        PartialDate(date(2004, 3, 7), DAY, date(2004, 3, last_day), WITHIN)
        if last_day > 7
        else PartialDate(date(2004, 3, 7))
    )


def test_hours_later_on_the_day_of_publication_is_that_day():
    text = "The ferry reached Vardø on Thursday. Hours later, Anna Berg greeted the crew.\n"
    reached, greeted = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert greeted.date == PartialDate(PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ferry talks did not resume until May 2003.", PartialDate(date(2003, 5, 1), MONTH)),
        ("The ferry talks didn't end until March.", PartialDate(date(2005, 3, 1), MONTH)),
    ],
)
def test_what_did_not_happen_until_a_date_happened_then(sentence, expected):
    assert only_date(sentence).date == expected


def test_a_state_that_lasted_until_a_past_period_began_by_its_start():
    sentence = "The ferry talks were frozen until the spring of 2003."
    assert only_date(sentence).date == PartialDate(date(2003, 3, 1), MONTH, None, BY)
    # With the act's own date, the period it lasted until dates nothing.
    sentence = "The ferry talks were frozen in May 2002 until the spring of 2003."
    assert [(p[0], p[1]) for p in proposed(sentence)] == [("May 2002", "2002-05-01")]


def test_a_participle_with_its_agent_after_a_noun_dates_and_types_its_own_fact():
    # No comma: a relative clause cut short, not the main clause's plan, which has no date
    # and so no proposal.
    sentence = "Anna Berg will insist on discussing the pact proposed by Oleg Sokolov in May 2004."
    assert proposed(sentence) == [
        ("May 2004", "2004-05-01", Event.Status.OCCURRED, Event.Type.PROPOSAL),
    ]
    # The passive of "be", a negation or an adverb before it is the main verb's own.
    for sentence in (
        "The quota pact was proposed by Oleg Sokolov in May 2004.",
        "The quota pact was formally proposed by Oleg Sokolov in May 2004.",
        "The quota pact was first proposed by Oleg Sokolov in May 2004.",
    ):
        # One fact, the main verb's: no clause of its own.
        assert [p[:3] for p in proposed(sentence)] == [
            ("May 2004", "2004-05-01", Event.Status.OCCURRED)
        ]


def test_a_participle_s_phrase_holding_the_date_types_its_fact_not_the_verb_it_is_object_of():
    sentence = (
        "The quota board, created under the charter signed in Oslo in May 2001, will meet in June."
    )
    assert [(p[0], p[3]) for p in proposed(sentence)] == [
        ("May 2001", Event.Type.AGREEMENT_SIGNED),
        ("June", Event.Type.MEETING),
    ]


def test_a_change_by_an_amount_is_no_participle_s_clause():
    sentence = "Anna Berg said the catch near Vardø increased by 50 percent in May 2004."
    assert [(p[0], p[2]) for p in proposed(sentence)] == [("May 2004", Event.Status.OCCURRED)]


def test_a_schedule_s_verb_after_a_possessive_s_name_is_the_verb():
    sentence = "Oslo's Kovacic visits Tromsø on Tuesday."
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date.start, proposal.status) == (date(2005, 4, 26), Event.Status.PLANNED)


def test_an_english_participle_s_date_dates_its_own_fact_not_the_planned_one():
    sentence = "Anna Berg, appointed to the fisheries council in 2001, will step down."
    # The plan, with no date of its own, is no proposal.
    assert proposed(sentence) == [
        ("2001", "2001-01-01", Event.Status.OCCURRED, Event.Type.STATEMENT),
    ]


def test_an_english_participle_s_fact_has_its_own_people_beside_the_main_dated_fact():
    sentence = "The ferry line, opened by Oleg Sokolov in 1999, will be shut by Anna Berg in June."
    opened, shut = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (opened.date_text, opened.status, people_of(opened)) == (
        "1999",
        Event.Status.OCCURRED,
        ["oleg-sokolov"],
    )
    assert (shut.date_text, shut.status) == ("June", Event.Status.PLANNED)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # The main verb has no date and is past: the phrase's date is its occasion.
        ("The talks with Anna Berg, held in Tromsø on 3 March, ended in deadlock.", "3 March"),
        ("Anna Berg, asked on Monday about quotas, said Oslo would wait.", "on Monday"),
        ("The office, opened by Anna Berg, was shut.", None),  # no date to set apart
        # The subject's gathering, in a relative clause: where it did the main act.
        ("The ministers, who met in Tromsø on 3 March, approved the quotas.", "3 March"),
        ("The envoys, who gathered in Oslo on Monday, backed Anna Berg's plan.", "on Monday"),
    ],
)
def test_an_english_participle_is_read_with_its_main_clause_where_it_dates_it(sentence, words):
    assert [p[0] for p in proposed(sentence)] == [words]


@pytest.mark.parametrize(
    "sentence",
    [
        "Berg asked who would attend in May.",  # a question
        "Berg thanked sailors who rowed all night in May.",  # no telling where it ends
    ],
)
def test_no_relative_clause_is_read_where_its_extent_is_unknown(sentence):
    assert relative_clauses(sentence) == []


def test_a_relative_clause_without_a_verb_it_reads_dates_nothing():
    sentence = "Anna Berg, an envoy who spent the 1990s in Oslo, met Oleg Sokolov on Monday."
    assert proposed(sentence) == [
        ("on Monday", "2005-04-18", Event.Status.OCCURRED, Event.Type.MEETING)
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # The verb that governs the date types the act, not a participle of its object.
        (
            "Oslo and Moscow agreed on Monday to resume ferry trips suspended after the storm.",
            Event.Type.STATEMENT,
        ),
        # What a reporting verb reports is not the dated act: the reporting is.
        (
            "Oleg Sokolov wrote on Monday that Anna Berg would skip the fisheries summit.",
            Event.Type.STATEMENT,
        ),
        ("On Monday, harbour pilots say the council has become a seminar of grudges.", "statement"),
        ("Anna Berg insisted on Monday on signing a new quota pact.", Event.Type.STATEMENT),
        ('On Monday, the envoy\'s message was blunt: "Sign the quota pact."', "statement"),
        # Unless the date is in what was reported: it dates that.
        ("Anna Berg said the two fleets would hold a drill in May.", Event.Type.EXERCISE),
        # Every form of the verb.
        ("Oleg Sokolov had flown to Oslo on Monday for a day of talks.", Event.Type.VISIT),
        ("Oleg Sokolov flies to Oslo on Monday.", Event.Type.VISIT),
        # A verb types its clause before any noun it names does.
        ("The fishery boards met twice in 2003 to compare notes on drills.", Event.Type.MEETING),
        ("Anna Berg called the quota proposal a dead end on Monday.", Event.Type.STATEMENT),
        (
            "Since the ferry council was suspended in May 2003, it has become a forum for rows.",
            Event.Type.OBJECTION,
        ),
        # A noun types it when the verb only carries the act it names.
        ("Oleg Sokolov attended the fisheries summit on Monday.", Event.Type.CONFERENCE),
        # … before a less specific verb's kind: the drill is what is dated.
        ("The two fleets agreed to stage a joint drill in May.", Event.Type.EXERCISE),
        # … or when it is the subject of a verb saying only that it happened.
        ("The fisheries summit opened in Tromsø on Monday.", Event.Type.CONFERENCE),
        ("The spring drill was held off Vardø on Monday.", Event.Type.EXERCISE),
        # … with a phrase set off by commas between, but not a clause's act said of the subject.
        (
            "The conference, called at Norway's request, took place in mid-June and ended badly.",
            Event.Type.CONFERENCE,
        ),
        ("The minister, who opened the session, said in June that quotas would fall.", "statement"),
        ("Anna Berg said in an interview on Monday that the pact would hold.", "interview"),
        # Received by someone named: a meeting; joined to an alliance's act: no enlargement.
        ("Anna Berg received Oleg Sokolov in Oslo on Monday.", "meeting"),
        ("Oslo received Moscow's reply on quotas on Monday.", "statement"),
        ("Norway's frigates joined NATO patrols off Tromsø on Monday.", "statement"),
        ("Oleg Sokolov joined NATO leaders at a summit in Tromsø on Monday.", "conference"),
        # Admitted to the alliance, not "admitted that" (conceded), nor to a service.
        ("Norway was admitted to NATO on 4 April 1949.", "enlargement"),
        ("Anna Berg admitted on Monday that the talks had stalled.", "statement"),
        ("Oleg Sokolov was admitted to the foreign service in 1975.", "statement"),
        # The outcome of talks: agreed in the passive, agreement reached.
        ("The quota text was agreed in Tromsø on Monday after months of talks.", "negotiation"),
        ("Oslo and Moscow reached agreement on quotas on Monday.", "negotiation"),
        # A call by video is a meeting, a round of talks too; a draft handed over proposes.
        ("Anna Berg and Oleg Sokolov held a two-hour video call on Monday.", "meeting"),
        ("The third round is set to take place in Tromsø on Monday.", "meeting"),
        ("On Monday, Oslo handed over a draft treaty on quotas to Moscow.", "proposal"),
        # Spoken with someone, by phone too, is a meeting; with reporters a statement.
        ("Anna Berg spoke by phone with Oleg Sokolov on Monday.", "meeting"),
        ("Anna Berg spoke with reporters in Oslo on Monday.", "statement"),
        # A membership approved or applied for, an invitation to join: enlargement.
        ("The Storting approved Iceland's membership on Monday.", "enlargement"),
        ("Iceland applied to join NATO on Monday.", "enlargement"),
        ("On Monday, NATO invited Iceland to join the alliance.", "enlargement"),
        # Joining the Partnership for Peace, names put to a text: a signing.
        ("Iceland joined NATO's Partnership for Peace on Monday.", "agreement_signed"),
        ("Berg and Sokolov will put their names on Friday to the quota accord.",
         "agreement_signed"),
        # A bid blocked, envoys ordered out: an objection; a text hammered out: talks.
        ("Oslo's bid was blocked by Moscow on Monday.", "objection"),
        ("On Monday, Oslo ordered two Russian envoys to leave.", "objection"),
        ("The quota text was hammered out in Tromsø on Monday.", "negotiation"),
        ("Anna Berg was scheduled to fly back to Oslo on Friday.", "visit"),
        # Following suit is doing the act before it.
        ("Oslo approved Iceland's membership on 4 April and Riga followed suit on Monday.",
         "enlargement"),
        ("Iceland became NATO's 33rd member on Monday.", "enlargement"),
        ("Iceland became the 33rd member of NATO on Monday.", "enlargement"),
        # A pact extended or renewed: signed anew.
        ("Oslo and Moscow extended the quota treaty on Monday.", "agreement_signed"),
        ("The quota treaty was formally extended on Monday.", "agreement_signed"),
        ("The quota deadline was extended on Monday.", "statement"),
        ("On Monday, Oslo withdrew the accreditation of two Russian envoys.", "objection"),
        ("Moscow stopped implementing the quota treaty on Monday.", "objection"),
        ("Oslo withdrew from the quota treaty on Monday.", "objection"),
        ("Oslo broke off most contacts with the fisheries board in March.", "objection"),
        ("On Monday, Oslo pulled out of the quota accord.", "objection"),
        # What an act took in, and the act an act came months after, do not type it.
        ("On Monday Oslo suspended its ties with Moscow, including planned visits.",
         "objection"),
        ("In 2004, months after the exercises, Oslo annexed the islands.", "statement"),
    ],
)  # fmt: skip
def test_the_verb_that_governs_the_date_types_the_act(sentence, event_type):
    assert proposed(sentence)[-1][3] == event_type


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # With no date, a saying of what is still to come is the fact, not that act.
        ("Oleg Sokolov will visit Oslo, his spokesman said.", Event.Type.STATEMENT),
        ("The fleets will hold a drill, Anna Berg told reporters.", Event.Type.STATEMENT),
        # A promise made is a saying, whatever it promises.
        ("Anna Berg promised that the fleets would hold a drill.", Event.Type.STATEMENT),
        # What it says was done is that act.
        ("Oleg Sokolov visited Oslo, his spokesman said.", Event.Type.VISIT),
    ],
)
def test_an_undated_saying_of_what_is_to_come_is_a_statement(sentence, event_type):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.event_type, proposal.status) == (event_type, Event.Status.OCCURRED)


@pytest.mark.parametrize(
    ("sentence", "date_text", "event_type"),
    [
        # The act agreed or decided on types its date, compound adjectives and all.
        (
            "The two coast guards agreed to hold a joint naval search-and-rescue drill off "
            "Vardø in September.",
            "September",
            Event.Type.EXERCISE,
        ),
        (
            "Oslo decided to stage a large-scale anti-submarine exercise next spring.",
            "next spring",
            "exercise",
        ),
        (
            "The navies agreed to conduct a two-day tactical exercise in the Barents Sea in June.",
            "June",
            Event.Type.EXERCISE,
        ),
        # … but not an act named after something else the verb carries.
        (
            "The two fleets agreed to hold a vote on the drill in September.",
            "September",
            "statement",
        ),
    ],
)
def test_an_act_agreed_or_decided_on_types_its_date(sentence, date_text, event_type):
    [(found, _start, status, kind)] = proposed(sentence)
    assert (found, status, kind) == (date_text, Event.Status.PLANNED, event_type)


@pytest.mark.parametrize(
    ("sentence", "deciding", "act", "event_type"),
    [
        (
            "The two coast guards agreed on Monday to hold a joint drill next month.",
            "on Monday",
            "next month",
            Event.Type.EXERCISE,
        ),
        (
            "Oleg Sokolov decided on Tuesday to visit Oslo next month.",
            "on Tuesday",
            "next month",
            "visit",
        ),
    ],
)
def test_a_date_before_the_act_decided_on_is_the_deciding(sentence, deciding, act, event_type):
    assert [(p[0], p[2], p[3]) for p in proposed(sentence)] == [
        (deciding, Event.Status.OCCURRED, Event.Type.STATEMENT),
        (act, Event.Status.PLANNED, event_type),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A manner or the deciding's date between the verb and its "to": the act decided
        # is still to come, in this year's month.
        (
            "The two fleets agreed in principle to hold a joint drill with Anna Berg in September.",
            [("September", "2005-09-01", PLANNED, Event.Type.EXERCISE)],
        ),
        (
            "Anna Berg and Oleg Sokolov agreed, in principle, to hold talks in September.",
            [("September", "2005-09-01", PLANNED, Event.Type.MEETING)],
        ),
        (
            "Anna Berg and Oleg Sokolov agreed last week to hold talks in October.",
            [
                ("last week", "2005-04-11", OCCURRED, Event.Type.STATEMENT),
                ("October", "2005-10-01", PLANNED, Event.Type.MEETING),
            ],
        ),
        (
            "The navies of Anna Berg and Oleg Sokolov voted unanimously on Monday to stage a "
            "drill in July.",
            [
                ("on Monday", "2005-04-18", OCCURRED, Event.Type.STATEMENT),
                ("July", "2005-07-01", PLANNED, Event.Type.EXERCISE),
            ],
        ),
        # Not decided: what was done in September is last September's.
        (
            "The two fleets held a joint drill with Anna Berg in September.",
            [("September", "2004-09-01", OCCURRED, Event.Type.EXERCISE)],
        ),
        (
            "Anna Berg and Oleg Sokolov agreed on Monday.",
            [("on Monday", "2005-04-18", OCCURRED, Event.Type.STATEMENT)],
        ),
    ],
)
def test_an_act_decided_across_an_aside_is_planned(sentence, expected):
    assert proposed(sentence) == expected


def test_a_decision_with_no_date_of_its_own_is_typed_by_what_it_decided():
    sentence = "The fisheries board decided on Monday to suspend the ferry council."
    assert proposed(sentence) == [
        ("on Monday", "2005-04-18", Event.Status.OCCURRED, Event.Type.OBJECTION)
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # A clause of where or when after the date tells what was done then and there.
        (
            "Anna Berg spent Tuesday in Tromsø, where she held talks with the fisheries minister.",
            Event.Type.MEETING,
        ),
        ("The quarrel ended in March 2003, when Oleg Sokolov flew to Oslo.", Event.Type.VISIT),
        # Not a saying's date, nor a clause with a date of its own.
        (
            "Anna Berg said on Tuesday, when the board met in Tromsø, that quotas would fall.",
            "statement",
        ),
        ("Anna Berg spent Tuesday in Tromsø, where the board had met in 2003.", "statement"),
    ],
)
def test_a_clause_of_where_or_when_types_a_main_clause_that_names_no_act(sentence, event_type):
    assert proposed(sentence)[0][3] == event_type


def test_an_act_proposed_stays_a_proposal_when_its_answer_is_denied():
    sentence = "Anna Berg proposed a series of further talks, but Oslo has not yet agreed."
    [(_date_text, _start, _status, event_type)] = proposed(sentence)
    assert event_type == Event.Type.PROPOSAL


def test_a_statement_without_a_date_is_not_typed_by_what_it_reports():
    sentence = "Anna Berg told reporters Oslo would sign the quota pact."
    [(date_text, _start, status, event_type)] = proposed(sentence)
    assert (date_text, status, event_type) == (None, Event.Status.OCCURRED, Event.Type.STATEMENT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov informed us that Oslo will sign the quota pact.",
        "Oleg Sokolov notified the fisheries board that he will visit Tromsø.",
    ],
)
def test_a_past_telling_verb_reports_a_statement_made(sentence):
    [(date_text, _start, status, event_type)] = proposed(sentence)
    assert (date_text, status, event_type) == (None, Event.Status.OCCURRED, Event.Type.STATEMENT)


def test_what_a_telling_verb_reports_has_its_own_date():
    sentence = "Oleg Sokolov informed Anna Berg on Monday that he would visit Oslo in June."
    assert [(text, status) for text, _start, status, _type in proposed(sentence)] == [
        ("on Monday", Event.Status.OCCURRED),
        ("June", Event.Status.PLANNED),
    ]


LIST = (
    "Oslo and Moscow renewed the fisheries accord on Monday. Under it, Anna Berg will:\n"
    "\n"
    "- hold a ferry drill in Tromsø on 3-4 June;\n"
    "- review the quotas fixed in January 2004, with Oleg Sokolov;\n"
    "• report in March 2006\n"
)


def test_each_list_item_is_a_fact_read_with_the_lead_in_it_completes():
    drill, quotas, report = [
        p for p in propose(LIST, PUBLISHED, ENVOYS, match_events=False) if p.start > LIST.index(":")
    ]
    assert drill.quote == "hold a ferry drill in Tromsø on 3-4 June;"
    assert LIST[drill.start : drill.end] == drill.quote
    assert (drill.date.start, drill.date.end, drill.status) == (
        date(2005, 6, 3),
        date(2005, 6, 4),
        Event.Status.PLANNED,
    )
    assert drill.title == "Anna Berg will hold a ferry drill in Tromsø on 3-4 June"
    assert (quotas.date_text, quotas.status) == ("January 2004", Event.Status.OCCURRED)
    assert people_of(quotas) == ["oleg-sokolov"]
    assert (report.quote, report.date.start, report.status) == (
        "report in March 2006",
        date(2006, 3, 1),
        Event.Status.PLANNED,
    )


def test_a_list_item_is_typed_by_its_own_verbs_not_by_a_lead_in_that_names_a_kind():
    text = (
        "These are the fisheries projects Oslo has now suspended:\n"
        "- Anna Berg opened a joint quota office in Tromsø in May 2003.\n"
        "- Envoys of both fleets met in Oslo in 2004.\n"
    )
    office, envoys = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (office.event_type, envoys.event_type) == (Event.Type.STATEMENT, Event.Type.MEETING)


def test_a_lead_in_ending_in_the_item_s_verb_types_it():
    text = "In Oslo on Monday, Anna Berg signed:\n- a quota accord with Oleg Sokolov that day;\n"
    [item] = [p for p in propose(text, PUBLISHED, ENVOYS, match_events=False) if p.start > 30]
    assert item.event_type == Event.Type.AGREEMENT_SIGNED


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov's quota office was frozen in 2003 and reopened in May 2004.",
        "Oleg Sokolov's quota office was frozen in 2003 and resumed work in May 2004.",
    ],
)
def test_the_dated_verb_types_its_fact_not_another_verb_of_the_sentence(sentence):
    types = {p.date_text: p.event_type for p in propose(sentence, PUBLISHED, ENVOYS, False)}
    assert types == {"2003": Event.Type.OBJECTION, "May 2004": Event.Type.STATEMENT}


# Filed on Tuesday 19 April 2005, as its dateline says, and published two days later.
FILED = date(2005, 4, 19)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The minister told reporters today that talks would go on.", "2005-04-19", None),
        ("Yesterday the envoys met in Brussels.", "2005-04-18", None),
        ("The envoys will meet on Wednesday.", "2005-04-20", None),
        ("The envoys met on Monday.", "2005-04-18", None),
        ("The envoys met last Tuesday.", "2005-04-12", None),
        ("The envoys met last week.", "2005-04-11", "2005-04-17"),
        ("The envoys will meet again next week.", "2005-04-25", "2005-05-01"),
        ("The envoys met three days ago.", "2005-04-16", None),
        ("The fleet will stay in port until Thursday.", "2005-04-19", "2005-04-21"),
    ],
)
def test_relative_dates_count_from_the_day_the_dateline_gives(sentence, start, end):
    found = find_dates(sentence, PUBLISHED, filed=FILED)
    assert len(found) == 1, [f.text for f in found]
    date_ = found[0].date
    assert date_.start == date.fromisoformat(start)
    assert date_.end == (date.fromisoformat(end) if end else None)
    assert "counted from its dateline's Tuesday 19 April 2005" in found[0].note


def test_the_note_names_the_dateline_and_the_publication():
    (found,) = find_dates("The envoys will meet on Wednesday.", PUBLISHED, filed=FILED)
    assert found.note == (
        "“on Wednesday” in an article published Thursday 21 April 2005, counted from its "
        "dateline's Tuesday 19 April 2005 (the next Wednesday on or after it: the sentence "
        "looks ahead): 20 April 2005"
    )


def test_a_dateline_across_new_year_puts_this_year_and_dates_without_a_year_in_its_own():
    published, filed = date(2009, 1, 2), date(2008, 12, 31)
    for sentence, start in [
        ("An exercise is planned for this year.", date(2008, 1, 1)),
        ("The envoys met yesterday.", date(2008, 12, 30)),
        ("The envoys will meet on 5 January.", date(2009, 1, 5)),
        ("The envoys met on 29 December.", date(2008, 12, 29)),
        ("The envoys will meet on Friday.", date(2009, 1, 2)),
    ]:
        (found,) = find_dates(sentence, published, filed=filed)
        assert found.date.start == start, sentence


def test_without_a_dateline_or_on_its_day_relative_dates_count_from_publication():
    for filed in (None, PUBLISHED):
        (found,) = find_dates("Yesterday the envoys met.", PUBLISHED, filed=filed)
        assert found.date == PartialDate(date(2005, 4, 20))
        note = "“Yesterday” in an article published Thursday 21 April 2005: 20 April 2005"
        assert found.note == note


def test_a_fact_with_no_date_of_its_own_is_done_by_the_dateline_s_day():
    text = "OSLO, April 19 - Anna Berg criticised the quota pact with Oleg Sokolov in Oslo.\n"
    [criticised] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert criticised.date == PartialDate(FILED, qualifier=DateQualifier.NO_LATER_THAN)
    assert "reported on Tuesday 19 April 2005" in criticised.date_note


def test_dates_written_in_full_are_not_moved_by_the_dateline():
    (found,) = find_dates("The envoys met on 12 March 2003.", PUBLISHED, filed=FILED)
    assert found.date == PartialDate(date(2003, 3, 12))
    assert "dateline" not in found.note


# --- Dates named as a point of reference, "that day", "after", spans through a phrase -----

TALKS_DAY = PartialDate(date(2003, 2, 4))


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys will gather in Oslo for the first time since the Lisbon talks in 1999.",
        "It is the largest naval drill in the Baltic since 1994, officials said.",
        "This is her first trip to Riga since the election last October.",
    ],
)
def test_the_first_since_a_date_is_not_dated_by_it(sentence):
    assert find_dates(sentence, PUBLISHED) == []
    (named,) = read_dates(sentence, Story(PUBLISHED))
    assert named.reference
    assert "the last time before, not the date of this fact" in named.note


def test_the_fall_of_someone_is_no_season():
    assert find_dates("Since the fall of the Berlin Wall, the port has grown.", PUBLISHED) == []
    (fall,) = find_dates("The port reopened in the fall of 2003.", PUBLISHED)
    assert fall.date.start == date(2003, 9, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Told in the past: it was held on the day it was set for.
        (
            "A session of the fisheries board scheduled for 12 April did not produce a deal.",
            ("12 April", "2005-04-12", Event.Status.OCCURRED, Event.Type.MEETING),
        ),
        (
            "A session of the fisheries board scheduled for 12 May will be held in Oslo.",
            ("12 May", "2005-05-12", Event.Status.PLANNED, Event.Type.MEETING),
        ),
    ],
)
def test_what_was_set_for_a_day_and_told_in_the_past_was_held(sentence, expected):
    assert proposed(sentence) == [expected]


def test_a_date_set_off_before_a_closing_saying_is_the_main_verb_s():
    sentence = "The fisheries board will meet, in Oslo, on Wednesday, a spokesman said."
    assert proposed(sentence) == [("on Wednesday", "2005-04-27", "planned", Event.Type.MEETING)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On Tuesday Oslo demanded an urgent meeting of the fisheries board.", "proposal"),
        ("On Tuesday Oslo demanded an immediate halt to the trawling.", "objection"),
    ],
)
def test_a_meeting_demanded_is_a_proposal_a_halt_an_objection(sentence, kind):
    assert proposed(sentence) == [("On Tuesday", "2005-04-19", "occurred", kind)]


def test_an_invitation_declined_is_an_objection_not_the_act():
    sentence = "Oleg Sokolov declined an invitation to attend the fisheries summit."
    assert proposed(sentence) == [(None, "2005-04-21", "occurred", Event.Type.OBJECTION)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Relations have been tense since February, when Oleg Sokolov accused Anna Berg "
            "of overfishing.",
            [("since February", "2005-02-01", "occurred", Event.Type.OBJECTION)],
        ),
        (
            "The crisis is the worst since 2003, when Oleg Sokolov froze contacts with Oslo.",
            [("since 2003", "2003-01-01", "occurred", Event.Type.OBJECTION)],
        ),
        # Typed by the clause, not by the main clause's meeting.
        (
            "It was the first board meeting since 2003, when Oleg Sokolov froze contacts.",
            [("since 2003", "2003-01-01", "occurred", Event.Type.OBJECTION)],
        ),
    ],
)
def test_a_clause_of_time_after_a_date_since_tells_the_act_then(sentence, expected):
    assert proposed(sentence) == expected


def test_only_after_a_date_is_after_it():
    (after,) = find_dates("Oslo was invited only after the summit last September.", PUBLISHED)
    assert after.date == PartialDate(date(2004, 9, 1), MONTH, date(2005, 4, 1), WITHIN)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Trade has grown since the customs accord of 3 June 2001.", date(2001, 6, 3)),
        ("Exchanges have widened since its creation in 1999.", date(1999, 1, 1)),
    ],
)
def test_since_a_thing_dated_in_a_phrase_is_a_beginning(sentence, start):
    (found,) = find_dates(sentence, PUBLISHED)
    assert found.date.start == start and found.date.end is None
    assert "a beginning" in found.note


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry council could build on the cooperation in Vardø since 1999.",
        "Anna Berg will extend the cooperation with Oslo under way since the accord of 2001.",
    ],
)
def test_since_a_past_date_in_what_is_still_to_come_dates_nothing_of_it_so_nothing_is_proposed(
    sentence,
):
    # Dated "since" then, it would be proposed; with no date of its own, a plan is not.
    assert propose(sentence, PUBLISHED, ENVOYS, match_events=False) == []


def test_since_a_clause_with_a_verb_is_not_a_phrase():
    (found,) = find_dates("Since the envoys signed it in 1999, trade has grown.", PUBLISHED)
    assert found.text == "1999"


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("That same day the envoys left Riga.", date(2003, 2, 4), None, DAY),
        ("On the same day, the minister resigned.", date(2003, 2, 4), None, DAY),
        ("Later that year the envoys left Riga.", date(2003, 1, 1), None, YEAR),
        ("They signed the protocol in Vienna that June.", date(2003, 6, 1), None, MONTH),
        ("That autumn the talks resumed in Riga.", date(2003, 9, 1), date(2003, 11, 1), MONTH),
        ("The envoys met again in June of that year.", date(2003, 6, 1), None, MONTH),
    ],
)
def test_that_day_and_that_month_count_from_the_last_date_named(sentence, start, end, precision):
    found = only_date(sentence, TALKS_DAY)
    assert (found.date.start, found.date.end, found.date.precision) == (start, end, precision)
    assert "4 February 2003, the date named before it" in found.note


def test_that_day_is_no_finer_than_the_date_it_refers_to():
    found = only_date("That same day the envoys left Riga.", PartialDate(date(1998, 3, 1), MONTH))
    assert found.date == PartialDate(date(1998, 3, 1), MONTH)


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("Since then, Belgian jets have flown from Siauliai.", TALKS_DAY),
        ("Oslo has held the ferry quota since that time.", TALKS_DAY),
        ("Since then the envoys have met twice a year.", PartialDate(date(1998, 3, 1), MONTH)),
    ],
)
def test_since_then_begins_at_the_last_date_named(sentence, anchor):
    found = only_date(sentence, anchor)
    assert found.date == PartialDate(anchor.start, anchor.precision)
    assert "a beginning" in found.note and "the date named before it" in found.note


def test_since_then_begins_at_a_date_the_sentence_named_before_it():
    sentence = "Oleg Sokolov signed the accord in 2004 and has worked on it since then."
    assert [(text, day) for text, day, _status, _type in proposed(sentence)] == [
        ("2004", "2004-01-01"),
        ("since then", "2004-01-01"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the memorandum of that conversation, Oleg Sokolov promised calm.",
        "At that meeting Anna Berg warned Oleg Sokolov.",
    ],
)
def test_that_meeting_or_conversation_is_the_day_of_the_fact_named_before(sentence):
    assert only_date(sentence, TALKS_DAY).date == TALKS_DAY


def test_yesterday_in_what_was_said_on_a_day_counts_from_that_day():
    sentence = "Oleg Sokolov said on 12 April that the note had been delivered yesterday."
    assert [(f.text, f.date.start) for f in find_dates(sentence, PUBLISHED)] == [
        ("12 April", date(2005, 4, 12)),
        ("yesterday", date(2005, 4, 11)),
    ]
    # Said on no day of its own: the text's today's.
    [found] = find_dates("Oleg Sokolov said the note was delivered yesterday.", PUBLISHED)
    assert found.date.start == date(2005, 4, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thursday marks the tenth anniversary of the ferry accord Anna Berg signed.",
        "April 21 marks ten years since Anna Berg signed the ferry accord.",
    ],
)
def test_an_anniversary_dates_the_act_it_recalls(sentence):
    assert only_date(sentence).date == PartialDate(date(1995, 4, 21))


def test_since_then_without_a_date_named_before_is_not_dated():
    assert find_dates("Since then, Belgian jets have flown from Siauliai.", PUBLISHED) == []


def test_that_day_without_a_date_named_before_is_not_dated():
    assert find_dates("That same day the envoys left Riga.", PUBLISHED) == []
    assert find_dates("Lavrov said that June would be decisive.", PUBLISHED, [TALKS_DAY]) == []


def test_a_period_counted_from_the_last_date_names_it_in_the_note():
    found = only_date("The following week, the envoys met in Riga.", TALKS_DAY)
    assert found.date == PartialDate(date(2003, 2, 10), DAY, date(2003, 2, 16), WITHIN)
    assert "counted from 4 February 2003, the date named before it" in found.note
    found = only_date("The following spring, the envoys met in Riga.", TALKS_DAY)
    assert "counted from 4 February 2003, the date named before it" in found.note


def test_a_day_named_before_a_coarser_date_is_no_longer_what_later_dates_count_from():
    anchors = [TALKS_DAY, PartialDate(date(2008, 1, 1), YEAR)]
    assert find_dates("The following week, the envoys met in Riga.", PUBLISHED, anchors) == []


def test_the_sentence_own_date_is_counted_from():
    found = find_dates("The envoys arrived on 3 May 2004 and left the next day.", PUBLISHED)
    assert [f.date.start for f in found] == [date(2004, 5, 3), date(2004, 5, 4)]


def test_after_a_date_is_between_it_and_the_publication():
    (found,) = find_dates("The ban was lifted after the crisis in March 2003.", PUBLISHED)
    assert found.date == PartialDate(date(2003, 3, 1), MONTH, date(2005, 4, 1), WITHIN)
    assert found.anchor == PartialDate(date(2003, 3, 1), MONTH)
    assert "done after it and by the publication" in found.note


def test_after_a_date_still_to_come_is_not_dated():
    sentence = "The envoys said the talks would resume after the summer."
    assert find_dates(sentence, PUBLISHED) == []
    assert read_dates(sentence, Story(PUBLISHED))[0].reference


def test_a_period_after_a_date_counts_from_the_date():
    sentence = "After the crisis in March 2003 the envoys left, to return the following autumn."
    found = find_dates(sentence, PUBLISHED)
    assert found[1].date.start == date(2003, 9, 1)


def test_before_a_thing_dated_in_a_phrase_is_by_its_date():
    (found,) = find_dates("The envoys met before the vote in June 2004.", PUBLISHED)
    assert found.date == PartialDate(date(2004, 6, 1), MONTH, None, BY)
    sentence = "They talked for weeks before reaching a deal on 14 June 2004."
    (found,) = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(date(2004, 6, 14))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # Published on a Thursday: the nearest Monday is three days back, Saturday two ahead.
        ("Oslo has invited Oleg Sokolov to talks on Monday.", date(2005, 4, 18)),
        ("Oslo has invited Oleg Sokolov to talks on Saturday.", date(2005, 4, 23)),
        ("The town has booked the hall for a reception on Saturday evening.", date(2005, 4, 23)),
        # The proposing's own day, named before it, looks back.
        ("On Saturday Oslo invited Oleg Sokolov to talks.", date(2005, 4, 16)),
    ],
)
def test_the_weekday_of_what_is_proposed_is_the_nearest(sentence, day):
    (found,) = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(day)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg testified before the fisheries committee on 14 June 2004.",
        "Oleg Sokolov will appear before the State Duma on 14 June 2004.",
    ],
)
def test_before_an_audience_is_no_deadline(sentence):
    (found,) = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(date(2004, 6, 14))


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The depots will be ready by the middle of 2006.", "the middle of"),
        ("The depots will be ready by mid-2006.", "mid"),
        ("The depots will be ready by the first half of 2006.", "the first half of"),
        ("The depots will be ready by the end of 2006.", None),
        ("The depots will be ready by the end of next year.", None),
    ],
)
def test_a_deadline_at_a_part_of_a_period_keeps_its_by_and_names_the_part(sentence, part):
    found = only_date(sentence)
    assert found.date == PartialDate(date(2006, 1, 1), YEAR, None, BY)
    assert found.text.startswith("by ")
    assert ("is finer than a date can be" in found.note) == (part is not None)
    if part:
        assert f"“{part}”" in found.note


def test_the_last_time_before_a_thing_is_dated_by_the_date_that_follows():
    sentence = "The envoys met for the last time before the embargo on 3 May 2004."
    (found,) = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(date(2004, 5, 3))
    (found,) = find_dates("The envoys met before the embargo on 3 May 2004.", PUBLISHED)
    assert found.date.qualifier == BY


def test_counted_after_a_date():
    (found,) = find_dates("Two days after 12 March 1999, the envoys met.", PUBLISHED)
    assert found.date == PartialDate(date(1999, 3, 14))
    (found,) = find_dates("Five years after the 1997 charter, leaders met in Rome.", PUBLISHED)
    assert found.date == PartialDate(date(2002, 1, 1), YEAR, None, DateQualifier.APPROXIMATE)


def test_from_a_date_until_a_thing_dated_in_a_phrase_is_one_span():
    (found,) = find_dates("From 1996 until her appointment in 2001 she led the office.", PUBLISHED)
    assert found.date == PartialDate(date(1996, 1, 1), YEAR, date(2001, 1, 1))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The envoys met on the 9th, officials said.", date(2005, 4, 9)),
        ("The envoys will meet on the 3rd, officials said.", date(2005, 5, 3)),
        ("The envoys met on the 25th in Riga.", date(2005, 3, 25)),
    ],
)
def test_a_day_of_the_month(sentence, day):
    assert only_date(sentence).date == PartialDate(day)


def test_a_day_of_the_month_named_before():
    found = only_date("The envoys met on the 9th, officials said.", TALKS_DAY)
    assert found.date == PartialDate(date(2003, 2, 9))


def test_the_end_of_the_decade():
    found = only_date("The fleet will be replaced by the end of the decade.")
    assert found.date == PartialDate(date(2009, 1, 1), YEAR, None, BY)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The council agreed late last year to resume contacts.", "“late”"),
        ("The drill is planned for the middle of the year.", "“the middle of”"),
        ("The drill was held in the second half of June.", "“the second half of”"),
        ("The envoys met in the first week of March.", "“the first week of”"),
        ("The pact was drafted in the late 1990s.", "“late”"),
    ],
)
def test_a_part_of_a_period_the_date_cannot_show_is_in_the_note(sentence, words):
    assert f"{words} is finer than a date can be" in only_date(sentence).note


def test_a_deadline_at_the_end_of_a_period_needs_no_such_note():
    assert "finer" not in only_date("The talks will end by the end of the year.").note


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The drill is planned for the second half of the year.", (2005, 7), (2005, 12)),
        ("Deliveries will resume in the first half of 2006.", (2006, 1), (2006, 6)),
        ("Two more drills are due in the first half of next year.", (2006, 1), (2006, 6)),
        ("The patrols resume in the second half of the summer.", (2005, 7), (2005, 8)),
        ("Ferry traffic peaked in the first half of summer 2003.", (2003, 6), (2003, 7)),
    ],
)
def test_a_half_of_a_year_or_season_is_its_months(sentence, first, last):
    found = only_date(sentence)
    assert found.date == PartialDate(date(*first, 1), MONTH, date(*last, 1), WITHIN)
    assert "half of" in found.text and "finer" not in found.note


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Oleg Sokolov took office on the last day of 1999.", date(1999, 12, 31)),
        ("The ferry resumed on the first day of March 2004.", date(2004, 3, 1)),
        ("The ferry stopped on the last day of February 2004.", date(2004, 2, 29)),
    ],
)
def test_the_first_or_last_day_of_a_year_or_month_is_that_day(sentence, day):
    found = only_date(sentence)
    assert found.date == PartialDate(day) and "finer" not in found.note


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Results are due in the third quarter.", (2005, 7), (2005, 9)),
        ("Exports fell in the fourth quarter of 2004.", (2004, 10), (2004, 12)),
        ("The base will close in the 1st quarter of next year.", (2006, 1), (2006, 3)),
    ],
)
def test_a_quarter_of_a_year_is_its_three_months(sentence, first, last):
    found = only_date(sentence)
    assert found.date == PartialDate(date(*first, 1), MONTH, date(*last, 1), WITHIN)


def test_a_quarter_of_anything_but_a_year_is_no_date():
    assert find_dates("The first quarter of the century was calm.", PUBLISHED) == []
    assert find_dates("A quarter of the fleet was at sea.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "year", "part"),
    [
        ("The drills will take place in late summer.", 2005, "late"),
        ("Late summer saw the first joint patrols.", 2004, "Late"),
        ("The envoys hope to meet in early autumn.", 2005, "early"),
        # Published in April: the spring under way is the one still to come.
        ("The talks will be held in the spring.", 2005, None),
    ],
)
def test_a_season_with_its_part_is_the_season(sentence, year, part):
    found = only_date(sentence)
    first, last = {"summer": (6, 8), "autumn": (9, 11), "spring": (3, 5)}[
        next(s for s in ("summer", "autumn", "spring") if s in sentence)
    ]
    assert found.date == PartialDate(date(year, first, 1), MONTH, date(year, last, 1), WITHIN)
    assert (f"“{part}” is finer" in found.note) if part else "finer" not in found.note


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot will be closed by the end of the summer.",
        "The depot will be closed by late summer.",
    ],
)
def test_a_deadline_at_the_end_of_a_season_is_its_last_month(sentence):
    found = only_date(sentence)
    assert found.date == PartialDate(date(2005, 8, 1), MONTH, None, BY)
    assert found.text.startswith("by ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot will be closed before the summer.",
        "The envoys hope to finish the review before next summer.",
    ],
)
def test_before_a_season_is_by_the_month_before_it_begins_not_by_its_last(sentence):
    found = only_date(sentence)
    assert found.text.startswith("before ")
    assert found.date == PartialDate(date(2005, 5, 1), MONTH, None, BY)


def test_the_past_week_is_the_seven_days_up_to_today_and_last_week_the_week_before():
    # Published Thursday 21 April 2005.
    past = only_date("Oslo summoned the envoy twice over the past week.")
    assert past.date == PartialDate(date(2005, 4, 14), DAY, date(2005, 4, 21), WITHIN)
    last = only_date("Oslo summoned the envoy twice last week.")
    assert last.date == PartialDate(date(2005, 4, 11), DAY, date(2005, 4, 17), WITHIN)


@pytest.mark.parametrize(
    ("sentence", "last_month"),
    [
        ("The allies expect the depot to close by next spring.", date(2006, 5, 1)),
        ("The envoys hope to finish the review by the autumn.", date(2005, 11, 1)),
        ("The two sides agreed to draft the plan by next summer.", date(2005, 8, 1)),
    ],
)
def test_a_deadline_of_a_season_is_by_its_last_month(sentence, last_month):
    found = only_date(sentence)
    assert found.date == PartialDate(last_month, MONTH, None, BY)
    assert "a latest date" in found.note


def test_a_reference_date_is_named_for_later_sentences_but_proposes_nothing():
    text = (
        "Anna Berg met Oleg Sokolov for the first time since the summit of 12 March 2003. "
        "Anna Berg visited Oleg Sokolov in Riga later that year."
    )
    first, second = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert first.date == PartialDate(PUBLISHED, DAY, None, BY)  # the story's news, not 2003
    assert second.date == PartialDate(date(2003, 1, 1), YEAR)


def test_the_same_day_is_of_the_last_fact_never_of_a_reference_date():
    text = (
        "On Tuesday the envoys sat together for the first time since June 2001. "
        "Anna Berg spoke to reporters the same evening."
    )
    first, second = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert first.date == second.date == PartialDate(date(2005, 4, 19))


# --- The year of a range without one, flashbacks and a date in apposition ----------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # A range that reaches the publication day is this year's, whichever end is checked.
        ("Ministers will gather in Oslo on April 20-21.", "2005-04-20", "2005-04-21"),
        ("Ministers will gather in Oslo from 19 to 22 April.", "2005-04-19", "2005-04-22"),
        ("The exercise runs from April 18 to May 3.", "2005-04-18", "2005-05-03"),
        # Wholly past it, a range to come is next year's; begun after it, a past one last year's.
        ("Ministers will gather in Oslo on April 19-20.", "2006-04-19", "2006-04-20"),
        ("Ministers gathered in Oslo on April 22-23.", "2004-04-22", "2004-04-23"),
    ],
)
def test_a_range_without_a_year_checks_both_ends_against_today(sentence, start, end):
    found = only_date(sentence).date
    assert (found.start, found.end) == (date.fromisoformat(start), date.fromisoformat(end))


def test_a_past_perfect_looks_back_from_the_last_date_named():
    flashback = "The envoy had cautioned in June at Tallinn that the offer was hollow."
    found = only_date(flashback, PartialDate(date(2003, 9, 1), MONTH))
    assert found.date == PartialDate(date(2003, 6, 1), MONTH)
    assert "looks back from September 2003" in found.note
    # Later than the date named in its year, it is the year before.
    found = only_date(flashback, PartialDate(date(2003, 2, 1), MONTH))
    assert found.date.start == date(2002, 6, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy cautioned in June at Tallinn that the offer was hollow.",  # simple past
        "The envoy said the allies had agreed in June to wait.",  # from the saying
    ],
)
def test_without_a_flashback_the_year_is_counted_from_today(sentence):
    assert only_date(sentence, PartialDate(date(2003, 9, 1), MONTH)).date.start == date(2004, 6, 1)


def test_a_past_perfect_without_a_date_named_before_counts_from_today():
    sentence = "The envoy had cautioned in June at Tallinn that the offer was hollow."
    assert only_date(sentence).date.start == date(2004, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "month", "words"),
    [
        ("Three years later, in March 2000, the envoys met again.", "2000-03", "names exactly"),
        ("That summer, in July 1997, the talks resumed.", "1997-07", "names exactly"),
        ("Two years later, in March 2000, the envoys met again.", "2000-03", "but the text names"),
        ("In March 2000, three years later, the envoys met again.", "2000-03", "restates"),
        ("In March 2000, barely a month after the vote, they met.", "2000-03", "restates"),
    ],
)
def test_a_relative_date_with_the_exact_date_in_apposition_is_one_date(sentence, month, words):
    found = find_dates(sentence, PUBLISHED, [PartialDate(date(1997, 5, 27))])
    assert len(found) == 1, [f.text for f in found]
    assert found[0].date == PartialDate(date.fromisoformat(f"{month}-01"), MONTH)
    assert found[0].relative is False
    assert words in found[0].note


def test_a_list_of_an_explicit_date_and_a_relative_one_stays_two_dates():
    found = find_dates("The envoys met in 2001, last year and this month.", PUBLISHED)
    assert [f.text for f in found] == ["2001", "last year", "this month"]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Last week (April 18-19) the envoys met in Tromsø.", (18, 19)),
        # The days named in brackets, though the writer's "last week" is loose about them.
        ("Last week (April 25-26) the envoys met in Tromsø.", (25, 26)),
    ],
)
def test_a_relative_date_with_its_days_in_brackets_is_those_days(sentence, days):
    [found] = find_dates(sentence, PUBLISHED.replace(day=28))
    assert (found.date.start.day, found.date.end.day) == days


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Three weeks ago, on the night of March 30, a trawler sank off Vardø.", date(2005, 3, 30)),
        ("Two weeks ago, on April 8, the envoys met in Tromsø.", date(2005, 4, 8)),
        ("Three weeks ago (March 31) Anna Berg flew to Oslo.", date(2005, 3, 31)),
        ("Two weeks ago, on the morning of April 6, the quota talks broke down.", date(2005, 4, 6)),
    ],
)
def test_a_count_back_with_the_day_given_in_apposition_is_that_one_day(sentence, day):
    [found] = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(day)
    assert " ago” " in found.note  # the note names both


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier this month, at their meeting in Tromsø on 5 and 6 April, the envoys agreed "
        "the quotas.",
        "This month, during the talks in Oslo on 5-6 April, the envoys agreed the quotas.",
    ],
)
def test_a_month_then_the_days_of_its_occasion_in_it_are_those_days(sentence):
    [found] = find_dates(sentence, PUBLISHED)
    assert (found.date.start, found.date.end) == (date(2005, 4, 5), date(2005, 4, 6))


def test_a_month_then_a_day_of_another_act_stays_two_dates():
    sentence = "Earlier this month the envoys met, and on 5 April they signed the quotas."
    assert [f.text for f in find_dates(sentence, PUBLISHED)] == ["Earlier this month", "5 April"]


@pytest.mark.parametrize(
    ("sentence", "day", "precision"),
    [
        ("1999 — On March 24, NATO began air strikes.", date(1999, 3, 24), DAY),
        ("2002 — 28 May: the leaders signed the declaration.", date(2002, 5, 28), DAY),
        ("In 2004, in April, the council met in Brussels.", date(2004, 4, 1), MONTH),
        ("1997 — On 27 May 1997 the leaders signed the act.", date(1997, 5, 27), DAY),
    ],
)
def test_a_year_then_a_day_or_month_set_off_after_it_is_that_day_or_month_of_it(
    sentence, day, precision
):
    assert only_date(sentence).date == PartialDate(day, precision)


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("Oslo recalled its envoy a few days ago.", date(2005, 4, 12), date(2005, 4, 19), DAY),
        ("Oslo recalled its envoy several years ago.", date(1996, 1, 1), date(2003, 1, 1), YEAR),
        # Counted from the date named before, and done no later than the text's today.
        ("A few weeks later the envoys met in Riga.", date(2003, 2, 1), date(2003, 4, 1), MONTH),
        ("Several years later the envoys met in Riga.", date(2005, 1, 1), date(2005, 1, 1), YEAR),
        # A plural unit alone is as vague a count: "days later", "weeks ago".
        ("Days later the envoys met in Riga.", date(2003, 2, 6), date(2003, 2, 13), DAY),
        ("Oslo recalled its envoy weeks ago.", date(2005, 2, 1), date(2005, 4, 1), MONTH),
    ],
)
def test_a_vague_count_is_at_some_point_within_two_to_nine_of_its_unit(
    sentence, start, end, precision
):
    found = only_date(sentence, TALKS_DAY)
    assert (found.date.start, found.date.end or found.date.start) == (start, end)
    assert found.date.precision == precision


def test_a_count_back_and_a_day_far_from_it_stay_two_dates():
    # "A decade ago" is no May of this year: the two are not one date.
    found = find_dates("A decade ago, in May, the envoys first met in Tromsø.", PUBLISHED)
    assert [f.text for f in found] == ["A decade ago", "May"]


def test_a_count_from_an_event_restating_the_year_is_no_second_date():
    sentence = "The patrols began in 2003, a year after the 2002 accord was signed."
    [found] = find_dates(sentence, PUBLISHED)
    assert (found.text, found.date) == ("2003", PartialDate(date(2003, 1, 1), YEAR))
    assert "restates “2003”" in found.note


@pytest.mark.parametrize(
    "sentence",
    [
        "The patrols began in 2003, a year after the coastal states signed the accord.",
        # A subject of two words before the clause's verb.
        "The patrols began in 2003, a year after the two states signed the accord.",
    ],
)
def test_a_count_back_from_a_year_to_a_clause_dates_the_clause_s_act(sentence):
    # The signing a year before 2003 is a fact of its own, not the year restated.
    began, signed = find_dates(sentence, PUBLISHED)
    assert (began.text, began.date) == ("2003", PartialDate(date(2003, 1, 1), YEAR))
    # A year from a year is that year, not about then.
    assert signed.date == PartialDate(date(2002, 1, 1), YEAR)
    assert "“a year after”: counted back from 2003" in signed.note


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The envoys meet in Tromsø on Tuesday and Wednesday next week.", 26, 27),
        ("Anna Berg flies to Oslo on Friday next week.", 29, None),
        ("The envoys met in Tromsø on Monday and Tuesday this week.", 18, 19),
        ("Next week, on Thursday, the envoys meet in Tromsø.", 28, None),
        ("The envoys met in Tromsø on Tuesday last week.", 12, None),
    ],
)
def test_weekdays_with_their_week_are_those_days_of_that_week(sentence, first, last):
    [found] = find_dates(sentence, PUBLISHED)
    end = date(2005, 4, last) if last else None
    assert found.date == PartialDate(date(2005, 4, first), DAY, end)


def test_a_weekday_and_a_week_of_another_clause_stay_two_dates():
    sentence = "The envoys met on Monday, and last week Anna Berg flew to Oslo."
    assert [f.text for f in find_dates(sentence, PUBLISHED)] == ["on Monday", "last week"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov claimed in March that the accord was “not even worth the paper”.",
        "Oleg Sokolov insisted in March that Anna Berg had never signed the accord.",
    ],
)
def test_a_negation_in_what_was_said_is_not_flagged_as_no_fact(sentence):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date_text == "March" and proposal.status == Event.Status.OCCURRED
    assert "Not a fact" not in proposal.date_note
    assert "In what was said: “" in proposal.date_note


def test_a_day_in_an_event_s_name_takes_the_sentence_s_year_or_dates_nothing():
    sentence = "Summer 1999 \u2014 after the March 4 bombings, the envoys meet in Oslo."
    found = read_dates(sentence, Story(PUBLISHED))
    assert [f.text for f in find_dates(sentence, PUBLISHED)] == ["Summer 1999"]
    (event,) = [f for f in found if f.reference]
    assert event.date == PartialDate(date(1999, 3, 4))
    # No year stated: none is guessed.
    assert read_dates("After the March 4 bombings, the envoys met.", Story(PUBLISHED)) == []
    # A meeting named by its day is still dated by it.
    assert only_date("The March 4 meeting was put off.").date.start == date(2005, 3, 4)


def test_not_before_a_date_is_read_as_after_it():
    (found,) = find_dates("The depot was closed not before May 2003.", PUBLISHED)
    assert found.date == PartialDate(date(2003, 5, 1), MONTH, date(2005, 4, 1), WITHIN)
    # An earliest date still to come dates what is to come: no earlier than that date.
    (found,) = read_dates("The depot will close no earlier than June next year.", Story(PUBLISHED))
    assert (found.reference, found.earliest, found.date) == (
        False,
        True,
        PartialDate(date(2006, 6, 1), MONTH, None, DateQualifier.NO_EARLIER_THAN),
    )
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = "Sergei Lavrov will sign the treaty no earlier than March next year."
    (proposal,) = propose(text, PUBLISHED, gazetteer, match_events=False)
    assert (proposal.status, proposal.date.start, proposal.date.qualifier) == (
        Event.Status.EXPECTED,
        date(2006, 3, 1),
        DateQualifier.NO_EARLIER_THAN,
    )
    assert "the earliest date" in proposal.date_note


@pytest.mark.parametrize(
    ("sentence", "start", "precision"),
    [
        ("The envoys met on 7.3.2004 in Riga.", "2004-03-07", DAY),
        ("The envoys met on 17.03.2004 in Riga.", "2004-03-17", DAY),
        # Slashed: day/month or month/day; read to the day only when it cannot be both.
        ("The envoys met on 17/03/2004 in Riga.", "2004-03-17", DAY),
        ("The envoys met on 03/17/2004 in Riga.", "2004-03-17", DAY),
        ("The envoys met on 04/04/2004 in Riga.", "2004-04-04", DAY),
        ("The envoys met on 07/03/2004 in Riga.", "2004-01-01", YEAR),
    ],
)
def test_numeric_dates(sentence, start, precision):
    found = only_date(sentence)
    assert (found.date.start, found.date.precision) == (date.fromisoformat(start), precision)


def test_a_version_number_is_no_date():
    found = only_date("The envoys signed version 1.2.2004 of the draft on 7.3.2004.")
    assert found.date.start == date(2004, 3, 7)


@pytest.mark.parametrize(
    ("sentence", "day", "status"),
    [
        # A start announced in the present looks ahead; in the past, back.
        ("Oleg Sokolov suspends the ferry line from 2 April.", "2006-04-02", "planned"),
        ("The ferry line stops running starting April 3.", "2006-04-03", "planned"),
        ("Oleg Sokolov closed the consulate from 2 April.", "2005-04-02", "occurred"),
    ],
)
def test_a_start_announced_in_the_present_looks_ahead(sentence, day, status):
    # Published 21 April 2005: a day before it looking ahead is next year's.
    [(_text, start, found_status, _type)] = proposed(sentence)
    assert (start, found_status) == (day, status)


def test_a_season_of_that_year_is_of_the_year_named_before():
    text = (
        "Anna Berg went to Oslo in May 1999. "
        "She returned in the summer of that year, her office said in March 2004."
    )
    dates = [p.date for p in propose(text, PUBLISHED, ENVOYS, match_events=False)]
    assert PartialDate(date(1999, 6, 1), MONTH, date(1999, 8, 1), WITHIN) in dates


def test_a_past_weekend_and_a_past_perfect_deadline_end_by_publication():
    saturday = date(2005, 4, 23)
    [weekend] = find_dates("Over the weekend, the envoys flew home.", saturday)
    assert (weekend.date.start, weekend.date.end) == (date(2005, 4, 16), date(2005, 4, 17))
    [by] = find_dates("By Wednesday the convoy had crossed the border.", saturday)
    assert (by.date.start, by.date.qualifier) == (date(2005, 4, 20), BY)


def test_a_period_that_leads_to_a_day_in_apposition_is_one_date():
    [found] = find_dates("Earlier this month, on April 6, Anna Berg met the envoys.", PUBLISHED)
    assert found.date == PartialDate(date(2005, 4, 6))


def test_a_sentence_ending_in_a_note_s_marker_is_a_fact():
    text = "Anna Berg met Oleg Sokolov in Tromsø in March 2004.[2] Talks went on."
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.quote.endswith("March 2004.[2]")
    assert proposal.title == "Anna Berg met Oleg Sokolov in Tromsø in March 2004"


def test_a_list_of_notes_or_sources_gives_no_fact():
    text = (
        "Anna Berg met Oleg Sokolov in Tromsø in March 2004.[1]\n\n"
        "[1] Interview with Anna Berg, Oslo, 2 June 2004.\n\n"
        "References\n\n"
        "Oleg Sokolov met the press in Tromsø on 5 March 2004."
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date_text for p in proposals] == ["March 2004"]


def test_advice_a_speaker_gives_is_still_the_speaker_s_statement():
    text = "Anna Berg said on Monday that Norway and Russia should:\n\n- hold a drill in May;"
    assert propose(text, PUBLISHED, ENVOYS, match_events=False)


def test_a_list_s_title_keeps_both_subjects_its_lead_in_joins():
    text = "Under the deal, Anna Berg and Oleg Sokolov will:\n\n- meet in Tromsø in May;"
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.title == "Anna Berg and Oleg Sokolov will meet in Tromsø in May"


def test_a_deal_s_terms_under_should_are_no_author_s_advice():
    text = "Under the accord, Norway and Russia should:\n\n- hold a rescue drill in May;"
    [proposal] = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.status == Event.Status.PLANNED


def test_coming_up_in_a_sentence_of_the_story_is_no_promotion():
    text = "Coming up next month is a visit by Anna Berg to Tromsø on 3 May."
    assert propose(text, PUBLISHED, ENVOYS, match_events=False)


@pytest.mark.parametrize(
    ("sentence", "start", "end", "qualifier"),
    [
        # A clause that looks ahead governs a day with no year, whatever the main verb.
        (
            "The envoys met in Riga, before the plan is debated by the council on 3 March.",
            "2006-03-03",
            None,
            "exact",
        ),
        (
            "The envoys are due in Oslo in the week beginning 2nd May.",
            "2005-05-02",
            "2005-05-08",
            "within",
        ),
        # No verb says which way: the nearest such days.
        (
            "Letters were traded, preparing the ground ahead of the meeting in Oslo, May 9-10.",
            "2005-05-09",
            "2005-05-10",
            "exact",
        ),
        ("Agenda: a council session in Vienna (May 2-3).", "2005-05-02", "2005-05-03", "exact"),
        # A date alone (the admin's date in words) is a fact's, looked back on.
        ("May 2-3", "2004-05-02", "2004-05-03", "exact"),
        # A verb in the past, even one outside the list of common verbs, still looks back.
        ("The envoys flew home on 3 May.", "2004-05-03", None, "exact"),
        # … and makes a clause of its own after "before": the date is the flight's.
        ("The ship sailed before the council flew to Oslo on 3 May.", "2004-05-03", None, "exact"),
        # A clause of time set off before the date is not its verb's …
        (
            "The quota will take effect 150 days after the envoys were notified, in mid-December.",
            "2005-12-01",
            None,
            "exact",
        ),
        # … nor a relative clause's past, without "-ed", under a forecast of the main verb.
        (
            "Berg is expected to keep the same crew that beat the Danes on Saturday.",
            "2005-04-16",
            None,
            "exact",
        ),
        # Preparing for something is a plan.
        (
            "Oslo is preparing for Berg to attend the session in Vienna at the end of June.",
            "2005-06-01",
            None,
            "exact",
        ),
    ],
)
def test_a_day_with_no_year_takes_the_tense_of_the_clause_that_governs_it(
    sentence, start, end, qualifier
):
    found = only_date(sentence)
    assert (found.date.start, found.date.end, found.date.qualifier) == (
        date.fromisoformat(start),
        end and date.fromisoformat(end),
        qualifier,
    )


def test_a_day_with_no_year_agrees_with_next_month_in_its_sentence():
    november = date(2005, 11, 21)
    found = find_dates("Next month: a session in Vienna (Dec 5-6), the first in years.", november)
    assert [f.date.start for f in found] == [date(2005, 12, 1), date(2005, 12, 5)]


@pytest.mark.parametrize(
    ("sentence", "published", "first"),
    [
        # "last spring" is the last one over by the publication, "next summer" the next
        # one not yet begun.
        ("The envoys met last spring.", date(2005, 11, 15), date(2005, 3, 1)),
        ("The envoys met last autumn.", date(2005, 11, 15), date(2004, 9, 1)),
        ("The envoys will meet next summer.", date(2005, 4, 21), date(2005, 6, 1)),
        ("The envoys will meet next spring.", date(2005, 4, 21), date(2006, 3, 1)),
    ],
)
def test_last_and_next_season_are_the_nearest_over_or_not_yet_begun(sentence, published, first):
    [found] = find_dates(sentence, published)
    assert found.date.start == first


def test_a_day_of_the_month_in_the_past_ignores_next_month_named_before():
    next_month = PartialDate(date(2005, 5, 1), MONTH)
    found = only_date("The envoys had quarrelled at a dinner in Oslo on the 14th.", next_month)
    assert found.date.start == date(2005, 4, 14)


@pytest.mark.parametrize(
    ("sentence", "anchor", "start", "end"),
    [
        # PUBLISHED is 21 April 2005: this month, the one before it, the one after it.
        (
            "The envoys met on the 9th and 10th of this month.",
            None,
            date(2005, 4, 9),
            date(2005, 4, 10),
        ),
        ("The envoys met on the 14th of last month.", None, date(2005, 3, 14), None),
        ("The envoys will meet on the 3rd of next month.", None, date(2005, 5, 3), None),
        # The month of the date named before.
        (
            "The envoys met on the 26th of that month.",
            PartialDate(date(2004, 1, 1), MONTH),
            date(2004, 1, 26),
            None,
        ),
        # A month by its name, after two days.
        (
            "The envoys met on the 8th and 9th of February.",
            None,
            date(2005, 2, 8),
            date(2005, 2, 9),
        ),
    ],
)
def test_days_of_a_month_the_words_name(sentence, anchor, start, end):
    found = only_date(sentence, anchor)
    assert (found.date.start, found.date.end, found.date.precision) == (start, end, DAY)


def test_a_month_that_year_is_one_date_in_the_year_named_before():
    found = only_date("In mid-May that year the envoys met again.", PartialDate(date(1999, 2, 1)))
    assert found.date == PartialDate(date(1999, 5, 1), MONTH)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The envoys will meet the weekend of May 7-8.", "2005-05-07", "2005-05-08"),
        ("Anna Berg toured Oslo Oct. 24-25 last year.", "2004-10-24", "2004-10-25"),
        ("The envoys will sign it on 3 June next year.", "2006-06-03", None),
        # British: a week after next Monday, a week before last Tuesday.
        ("The council meets on Monday week.", "2005-05-02", None),
        ("The envoys met last Tuesday week.", "2005-04-12", None),
        # Weeks after a day: the day's next one, then the weeks.
        ("A week from Friday the envoys sit down again in Bergen.", "2005-04-29", None),
        ("The envoys return a week on Monday.", "2005-05-02", None),
        ("The ferry line reopens a fortnight from Saturday.", "2005-05-07", None),
        ("The envoys report back two weeks from today.", "2005-05-05", None),
    ],
)
def test_a_date_and_the_words_that_place_it_are_one_date(sentence, start, end):
    found = only_date(sentence)
    assert (found.date.start, found.date.end) == (
        date.fromisoformat(start),
        end and date.fromisoformat(end),
    )


@pytest.mark.parametrize("words", ["as early as", "as soon as"])
def test_as_early_as_a_date_still_to_come_is_its_earliest_date(words):
    (found,) = read_dates(f"The council could meet {words} May 20.", Story(PUBLISHED))
    assert (found.reference, found.earliest, found.date) == (
        False,
        True,
        PartialDate(date(2005, 5, 20), DAY, None, DateQualifier.NO_EARLIER_THAN),
    )
    # Looking back, it stays an approximate date.
    found = only_date("The envoys warned as early as 1994 that the talks would fail.")
    assert found.date.qualifier == DateQualifier.APPROXIMATE


def test_a_relative_clause_in_the_present_of_a_schedule_looks_ahead_from_its_own_verb():
    sentence = "Anna Berg, who takes over the fleet on 1 August, met Oleg Sokolov in Oslo."
    (found,) = find_dates(sentence, PUBLISHED)
    assert found.date == PartialDate(date(2005, 8, 1))


def test_as_early_as_a_month_alone_is_its_earliest_date_too():
    (found,) = read_dates("The fleets could meet as early as December.", Story(PUBLISHED))
    assert (found.earliest, found.date) == (
        True,
        PartialDate(date(2005, 12, 1), MONTH, None, DateQualifier.NO_EARLIER_THAN),
    )


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        # "in" a count of what is to come: about that point.
        (
            "The fleets will meet in two years' time.",
            "in two years' time",
            PartialDate(date(2007, 1, 1), YEAR, None, APPROXIMATE),
        ),
        (
            "The fleets will meet in three weeks.",
            "in three weeks",
            PartialDate(date(2005, 5, 12), DAY, None, APPROXIMATE),
        ),
        # "within" it, or "over the next": any time from today to then.
        (
            "The fleets will meet within a year.",
            "within a year",
            PartialDate(date(2005, 1, 1), YEAR, date(2006, 1, 1), WITHIN),
        ),
        (
            "The fleets will meet within 10 days.",
            "within 10 days",
            PartialDate(PUBLISHED, DAY, date(2005, 5, 1), WITHIN),
        ),
        (
            "The navies plan to hold five drills over the next three years.",
            "over the next three years",
            PartialDate(date(2005, 1, 1), YEAR, date(2008, 1, 1), WITHIN),
        ),
        # "… time" says it whatever the verb.
        (
            "Anna Berg said the fleets could meet in a month's time.",
            "in a month's time",
            PartialDate(date(2005, 5, 1), MONTH, None, APPROXIMATE),
        ),
    ],
)
def test_a_count_ahead_of_today_dates_what_is_to_come(sentence, words, expected):
    found = only_date(sentence)
    assert (found.text, found.date) == (words, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fleets met for the first time in five years.",  # how long before
        "It will be the largest drill in a decade.",  # the span looked back over
        "The navy rebuilt its fleet in two years.",  # how long it took
    ],
)
def test_a_count_that_is_no_date_ahead_is_not_read_as_one(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_this_time_is_no_span_looked_over():
    found = only_date("This time the fleets will meet in two years.")
    assert found.date == PartialDate(date(2007, 1, 1), YEAR, None, APPROXIMATE)


def test_a_decade_with_its_century_left_out():
    assert only_date("In the '80s the envoys met rarely.").date == PartialDate(
        date(1980, 1, 1), YEAR, date(1989, 1, 1), WITHIN
    )
    # Since a decade: a beginning at some point within it, not its first year.
    assert only_date("They have been partners since the '90s.").date == PartialDate(
        date(1990, 1, 1), YEAR, date(1999, 1, 1), WITHIN
    )
    assert only_date("They have been partners since the spring of 2003.").date == PartialDate(
        date(2003, 3, 1), MONTH, date(2003, 5, 1), WITHIN
    )


def test_a_day_of_the_month_looking_ahead_from_a_past_month_is_of_that_month():
    may_1999 = PartialDate(date(1999, 5, 1), MONTH)
    found = only_date("The envoys said they would meet again on the 14th.", may_1999)
    assert found.date.start == date(1999, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Thirty-four years ago the envoys first met in Oslo.", 1971),
        ("The envoys first met in Oslo forty two years ago.", 1963),
        ("A hundred years ago the border was drawn.", 1905),
        ("Two dozen years ago the envoys first met in Oslo.", 1981),
    ],
)
def test_a_count_in_words_is_read_whole(sentence, year):
    assert only_date(sentence).date.start == date(year, 1, 1)


def test_the_same_date_of_what_is_to_come_is_the_date_to_come_not_the_saying_s():
    text = (
        "Oslo will close the ferry office from 1 May, Anna Berg said on Thursday. From the "
        "same date, Oleg Sokolov's trawlers will stay in port."
    )
    *_, same = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (same.date_text, same.date) == ("the same date", PartialDate(date(2005, 5, 1)))


def test_a_date_said_again_after_that_is_is_one_date():
    sentence = "The ferry moratorium takes effect in 150 days, that is, on 18 September."
    [(text, start, _status, _type)] = proposed(sentence)
    assert (text, start) == ("18 September", "2005-09-18")


def test_a_feast_greeting_is_no_date():
    sentence = "Anna Berg wished Oleg Sokolov a happy New Year and a merry Christmas."
    assert find_dates(sentence, PUBLISHED) == []


def test_a_count_in_words_is_never_read_as_its_last_word():
    assert find_dates("A hundred and twenty years ago the border was drawn.", PUBLISHED) == []


def test_what_a_proposal_names_is_the_nearest_such_season_or_month():
    # Published Thursday 21 April 2005: autumn 2004 ended months ago, autumn 2005 is near.
    found = only_date("The envoy proposed a joint exercise in the autumn.")
    assert found.date.start == date(2005, 9, 1)
    found = only_date("Oslo invited the ministers to an informal meeting in August.")
    assert found.date.start == date(2005, 8, 1)
    # With no object between them, the date is the proposing's, looked back on.
    assert only_date("The envoy proposed in the autumn that drills resume.").date.start == date(
        2004, 9, 1
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys looked ahead to the ferry talks in Oslo on April 25.",
        "The envoys discussed preparations for the ferry talks in Oslo on April 25.",
    ],
)
def test_what_a_past_verb_looks_ahead_or_prepares_for_is_the_nearest(sentence):
    # Published Thursday 21 April 2005: 25 April is four days ahead, not a year back.
    assert only_date(sentence).date == PartialDate(date(2005, 4, 25))


def test_each_of_the_things_a_past_verb_looks_ahead_to_is_the_nearest():
    sentence = (
        "The envoys looked ahead to the ferry talks of the fisheries council in Oslo on April "
        "25, the first such talks in Norway since the summer of 1999, and to the meeting of "
        "the coastguards in Vardø on April 26."
    )
    found = [f for f in find_dates(sentence, PUBLISHED) if not f.reference]
    assert [f.date for f in found] == [
        PartialDate(date(2005, 4, 25)),
        PartialDate(date(2005, 4, 26)),
    ]


@pytest.mark.parametrize(
    ("sentence", "start", "status"),
    [
        # A modal and an adverb before a verb whose past is its present.
        ("Berg said Oslo would also shut its mission on 1 May.", "2005-05-01", "planned"),
        # "-eed" is no past: "succeed", "proceed".
        ("Berg, who will succeed Sokolov on May 1, visited Oslo.", "2005-05-01", "planned"),
        # What will be done to someone's thing: "have" after a modal, and its participle.
        ("The mission will also have its licence suspended from May 1.", "2005-05-01", "planned"),
    ],
)
def test_no_past_read_in_an_infinitive_or_a_verb_ending_in_eed(sentence, start, status):
    found = [p for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False) if p.date_text]
    assert [(p.date.start.isoformat(), p.status) for p in found] == [(start, status)]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # Published Thursday 21 April 2005.
        ("Anna Berg was due in Oslo late Thursday.", "2005-04-21"),
        ("Anna Berg was to have breakfast with Oleg Sokolov on Friday.", "2005-04-22"),
        # A plan the past perfect puts behind: its day gone by, looked back on.
        ("Anna Berg had been scheduled to meet Oleg Sokolov on Wednesday.", "2005-04-20"),
        ("Kozyrev visited Oslo in February. Anna Berg had been due to sign in March.",
         "2005-03-01"),
        ("Kozyrev visited Oslo on 20 April. A visit by Anna Berg had been planned for "
         "April 22.", "2005-04-22"),
    ],
)  # fmt: skip
def test_what_someone_was_due_or_scheduled_to_do_is_planned(sentence, start):
    *_, plan = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (plan.date.start.isoformat(), plan.status) == (start, Event.Status.PLANNED)


def test_a_day_in_a_following_phrase_of_a_sentence_looking_ahead_is_the_nearest():
    found = find_dates(
        "The envoys are due in Oslo on Friday, following preparatory talks in Riga on Tuesday.",
        PUBLISHED,
    )
    assert [f.date.start for f in found] == [date(2005, 4, 22), date(2005, 4, 19)]
    # Published on a Monday, the Wednesday before Friday's meeting is still ahead.
    found = find_dates(
        "The envoys will meet on Friday, after preparatory talks in Riga on Wednesday.",
        date(2005, 4, 18),
    )
    assert [f.date.start for f in found] == [date(2005, 4, 22), date(2005, 4, 20)]


def test_a_day_and_month_in_figures_without_a_year_after_a_preposition():
    assert only_date("The minister will fly to Riga on 2.5. for talks.").date == PartialDate(
        date(2005, 5, 2)
    )
    assert only_date("The embassy reopened on 14.3. after repairs.").date == PartialDate(
        date(2005, 3, 14)
    )
    assert find_dates("The figures are in section 4.2. of the report.", PUBLISHED) == []


def test_the_coming_days_weeks_or_months_are_a_span_from_today():
    found = only_date("The envoys will exchange letters in the coming weeks.")
    assert found.date == PartialDate(date(2005, 4, 1), MONTH, date(2005, 6, 1), WITHIN)
    found = only_date("A reply is expected over the next few days.")
    assert found.date == PartialDate(date(2005, 4, 21), DAY, date(2005, 5, 5), WITHIN)


@pytest.mark.parametrize(
    "sentence",
    [
        "On this day in 1999, the envoys signed the protocol in Oslo.",
        "Six years ago today the envoys signed the protocol in Oslo.",
        "Six years ago today, in 1999, the envoys signed the protocol in Oslo.",
    ],
)
def test_this_day_in_a_year_or_years_ago_today_is_that_very_day(sentence):
    assert only_date(sentence).date == PartialDate(date(1999, 4, 21))


COLUMN = (
    "Today in History\n\n"
    "Today is Thursday, April 21, the 111th day of 2005. There are 254 days left in the year.\n\n"
    "On this date:\n\n"
    "In 1999, Anna Berg signed the fisheries protocol in Oslo.\n\n"
    "Ten years ago: Oleg Sokolov opened the quota office in Tromsø.\n\n"
    'Thought for Today: "Fish know no borders." — Anna Berg.\n'
)


def test_an_on_this_day_column_s_entries_are_of_its_day_and_its_furniture_no_fact():
    signed, opened = propose(COLUMN, PUBLISHED, ENVOYS, match_events=False)
    assert (signed.date_text, signed.date) == ("In 1999", PartialDate(date(1999, 4, 21)))
    assert (opened.date_text, opened.date) == ("Ten years ago", PartialDate(date(1995, 4, 21)))


def test_the_same_words_outside_an_on_this_day_column_keep_their_own_dates():
    text = "In 1999, Anna Berg signed the fisheries protocol in Oslo. Ten years ago: Oleg "
    text += "Sokolov opened the quota office in Tromsø."
    signed, opened = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert signed.date == PartialDate(date(1999, 1, 1), YEAR)
    assert opened.date == PartialDate(date(1995, 1, 1), YEAR, None, DateQualifier.APPROXIMATE)


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        # A feast's day in the year the tense points to.
        (
            "The envoys may sign the pact before Christmas.",
            "before Christmas",
            PartialDate(date(2005, 12, 25), DAY, None, BY),
        ),
        ("The envoys met on Christmas Eve.", "Christmas Eve", PartialDate(date(2004, 12, 24))),
        (
            "The pact must be ratified by the new year.",
            "by the new year",
            PartialDate(date(2006, 1, 1), DAY, None, BY),
        ),
        ("Oleg Sokolov spoke on New Year's Day.", "New Year's Day", PartialDate(date(2005, 1, 1))),
        # "In the new year": the next year.
        (
            "The talks will resume in the new year.",
            "the new year",
            PartialDate(date(2006, 1, 1), YEAR),
        ),
        # Told as done, the new year that has begun; the Orthodox Christmas on 7 January.
        ("The talks resumed in the new year.", "the new year", PartialDate(date(2005, 1, 1), YEAR)),
        (
            "The envoys met on Orthodox Christmas.",
            "Orthodox Christmas",
            PartialDate(date(2005, 1, 7)),
        ),
    ],
)
def test_a_feast_of_a_fixed_day_is_a_date(sentence, words, expected):
    found = only_date(sentence)
    assert (found.text, found.date) == (words, expected)


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("The two fleets began a five-day drill off Vardø on Monday.", date(2005, 4, 22)),
        ("Anna Berg arrived in Oslo on Monday for a two-day visit.", date(2005, 4, 19)),
        # A length said of no act that begins on the day is none of its.
        ("The five-day storm hit Vardø on Monday.", None),
        ("The two fleets ended a five-day drill off Vardø on Monday.", None),
    ],
)
def test_an_act_of_so_many_days_begun_on_a_day_lasts_them(sentence, end):
    found = only_date(sentence)
    assert (found.date.start, found.date.end) == (date(2005, 4, 18), end)


def test_a_season_after_by_is_a_deadline():
    found = only_date("The envoys will present the quota plan by spring.")
    assert (found.text, found.date) == ("by spring", PartialDate(date(2005, 5, 1), MONTH, None, BY))


def test_a_feast_in_another_name_is_no_date():
    assert find_dates("Oleg Sokolov flew over Christmas Island.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        (
            "Oleg Sokolov declined to say whether he would attend the fisheries summit next month.",
            None,
        ),
        (
            "Oleg Sokolov declined to say on Monday whether he would attend the fisheries summit.",
            "on Monday",
        ),
    ],
)
def test_what_a_refusal_to_say_leaves_unsaid_dates_no_act(sentence, date_text):
    # One fact: the refusing, a statement made; no summit planned.
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date_text, proposal.event_type, proposal.status) == (
        date_text,
        Event.Type.STATEMENT,
        Event.Status.OCCURRED,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The envoys will meet on Monday or Tuesday.",
            PartialDate(date(2005, 4, 25), DAY, date(2005, 4, 26), WITHIN),
        ),
        (
            "The envoys could meet in late May or early June.",
            PartialDate(date(2005, 5, 1), MONTH, date(2005, 6, 1), WITHIN),
        ),
        (
            "The envoys met in 2001 or 2002.",
            PartialDate(date(2001, 1, 1), YEAR, date(2002, 1, 1), WITHIN),
        ),
        # A month alone after another, "May" too.
        (
            "The envoys could meet in April or May.",
            PartialDate(date(2005, 4, 1), MONTH, date(2005, 5, 1), WITHIN),
        ),
        # The first month in the year given after the second.
        (
            "The envoys met in March or April 1997.",
            PartialDate(date(1997, 3, 1), MONTH, date(1997, 4, 1), WITHIN),
        ),
    ],
)
def test_one_date_or_another_is_one_fact_within_both(sentence, expected):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date == expected


def test_dates_of_two_clauses_joined_by_or_are_two():
    sentence = "Oslo may sign the pact in August or Anna Berg will meet Oleg Sokolov in December."
    assert [p.date_text for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False)] == [
        "August",
        "December",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry reached Vardø shortly after dawn on 7 March 2004.",
        "The talks ended shortly after 4 p.m. on 7 March 2004.",
        "The talks ended after 16:30 on 7 March 2004.",
    ],
)
def test_after_a_time_of_day_is_that_day(sentence):
    assert only_date(sentence).date == PartialDate(date(2004, 3, 7))


@pytest.mark.parametrize(
    ("sentence", "start", "status"),
    [
        # Met by a past verb: done by the last such month.
        ("Oslo recalled its envoy by March, officials said.", "2005-03-01", "occurred"),
        ("Moscow withdrew its trawlers by March.", "2005-03-01", "occurred"),
        # "before" too, with an object that goes "to" a place.
        ("Oslo closed its mission to NATO before March 15.", "2005-03-15", "occurred"),
        ("Gazprom cut gas supplies to Oslo just before Christmas.", "2004-12-25", "occurred"),
        # "until" too, the date right after it.
        ("Oslo waited until March 15 before recalling its envoy.", "2005-03-15", "occurred"),
        # Set for another, or an infinitive's: still ahead.
        ("Oslo agreed to recall its envoy by March.", "2006-03-01", "planned"),
        ("Oslo threatened to close its mission to NATO before March 15.", "2006-03-15", "planned"),
        ("Gazprom will cut gas supplies to Oslo before Christmas.", "2005-12-25", "planned"),
        ("Oslo ordered the trawlers out by March.", "2006-03-01", "planned"),
        ("Oslo insisted the trawlers leave by March.", "2006-03-01", "planned"),
        # A deadline opening the sentence, met by its past verb; not by a saying's.
        ("By Wednesday, the trawlers were sharing the port with Russian ships.", "2005-04-20",
         "occurred"),
        ("By Friday, Oslo must recall its envoy, Berg said.", "2005-04-22", "planned"),
        # So is one opening a clause joined to the one before.
        ("The port filled slowly, and by Wednesday the trawlers were sharing it with Russian "
         "ships.", "2005-04-20", "occurred"),
        ("The port is full, and by Friday the trawlers must leave it.", "2005-04-22", "planned"),
    ],
)  # fmt: skip
def test_a_deadline_a_past_verb_meets_looks_back(sentence, start, status):
    [proposal] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (proposal.date.start.isoformat(), proposal.status) == (start, status)


def test_a_count_after_a_date_to_a_clause_dates_the_clause_back_from_that_date():
    sentence = "Anna Berg spoke in Oslo on Thursday, a day after the envoys agreed to a drill."
    thursday, agreed = find_dates(sentence, PUBLISHED)
    assert thursday.date == PartialDate(date(2005, 4, 21))
    assert agreed.date == PartialDate(date(2005, 4, 20))
    # With no date before it, nothing dates the clause.
    assert find_dates("Anna Berg spoke a day after the envoys agreed to a drill.", PUBLISHED) == []


def test_an_act_told_before_that_came_a_day_after_a_clause_dates_the_clause_back():
    text = (
        "Anna Berg warned Oslo on Thursday. "
        "Her warning came a day after the envoys agreed to a drill."
    )
    assert dated(text)[1][1] == PartialDate(date(2005, 4, 20))


def test_years_ago_this_week_or_this_month_is_that_week_or_month_then():
    # Thursday 21 April 2005: this week is Monday 18 to Sunday 24 April.
    found = only_date("Six years ago this week, the envoys signed the protocol in Oslo.")
    assert found.date == PartialDate(date(1999, 4, 18), DAY, date(1999, 4, 24), WITHIN)
    found = only_date("Six years ago this month, the envoys signed the protocol in Oslo.")
    assert found.date == PartialDate(date(1999, 4, 1), MONTH)
    # A week across the new year is the same days then.
    (found,) = find_dates("A year ago this week the envoys met.", date(2015, 1, 1))
    assert found.date == PartialDate(date(2013, 12, 29), DAY, date(2014, 1, 4), WITHIN)


def test_due_somewhere_is_planned_and_the_following_phrase_s_past_day_occurred():
    sentence = (
        "Anna Berg and Oleg Sokolov are due in Tromsø on Thursday, following preparatory "
        "talks in Oslo on Tuesday."
    )  # published on a Thursday: that day's meeting is still planned
    found = {
        (p.date.start, p.status) for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    }
    assert found == {
        (date(2005, 4, 21), Event.Status.PLANNED),
        (date(2005, 4, 19), Event.Status.OCCURRED),
    }


def test_a_date_in_an_apposition_dates_the_post_not_the_main_act():
    sentence = "Anna Berg, Oslo's envoy to the council since March, warned Oleg Sokolov of costs."
    found = proposed(sentence)
    assert ("since March", "2005-03-01") in [(p[0], p[1]) for p in found]
    assert (None, "2005-04-21") in [(p[0], p[1]) for p in found]


def test_a_post_held_over_a_closed_span_dates_the_main_act_within_it():
    sentence = "Anna Berg, Oslo's envoy from 1996 to 1998, opposed the quota pact."
    assert [p[0] for p in proposed(sentence)] == ["from 1996 to 1998"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The anniversary of the 1994 treaty comes as Oleg Sokolov warns Anna Berg.",
        # The object of another act: the document the year names.
        "Oleg Sokolov said Oslo will not ratify the 1994 treaty until the quotas are cut.",
        "Oleg Sokolov accused Anna Berg of violating the 1994 cease-fire terms.",
        "Oleg Sokolov walked away from a 1994 deal on quotas.",
        # A word or two between the article and the year.
        "Oleg Sokolov left the quota pact, a landmark 1994 accord that capped the catch.",
        "Oleg Sokolov said Oslo will report catches under a separate 1994 agreement.",
        "Oleg Sokolov revived the dispute over the 1994 wording.",
        # The document's name in capitals after the year.
        "Oleg Sokolov has long argued that the boats fish in violation of the 1994 BQ Treaty.",
        "Oleg Sokolov said the summit showed Oslo had abandoned the principles of the 1994 "
        "Oslo-Moscow Quota Act.",
    ],
)
def test_a_year_naming_a_document_in_a_phrase_dates_nothing(sentence):
    assert [p[0] for p in proposed(sentence)] == [None]


@pytest.mark.parametrize("greeting", ["Good afternoon and welcome", "Welcome back"])
def test_a_live_blog_s_greeting_is_no_fact_but_its_relative_clause_may_tell_one(greeting):
    sentence = (
        f"{greeting} to our coverage of the second day of the fisheries summit, which marks "
        "ten years since the quota accord was signed in Oslo in May 1995."
    )
    assert [(p[0], p[3]) for p in proposed(sentence)] == [("May 1995", Event.Type.AGREEMENT_SIGNED)]


def test_a_year_naming_the_document_something_was_set_up_under_dates_its_setting_up():
    sentence = "The council was set up under the 1994 Barents Quota Act."
    assert [p[0] for p in proposed(sentence)] == ["1994"]


def test_a_year_naming_the_document_a_body_named_was_set_up_under_dates_no_other_act():
    # The participle after its noun names the council; replacing it was not done in 1994.
    sentence = "Oslo's new board replaces the council set up under the 1994 Barents Quota Act."
    assert [p[0] for p in proposed(sentence)] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov approved a quota plan for 2006 on Monday.",
        "Oleg Sokolov approved a work programme for next year on Monday.",
        "Oleg Sokolov approved a plan of fisheries cooperation for 2006 on Monday.",
        "Oleg Sokolov approved the work programme for the year 2006 on Monday.",
    ],
)
def test_the_year_a_plan_is_for_dates_nothing(sentence):
    assert [p[0] for p in proposed(sentence)] == ["on Monday"]


def test_the_first_since_a_named_date_names_the_last_time_before():
    (named,) = read_dates(
        "It was the first quota meeting since the March 2003 storm.", Story(PUBLISHED)
    )
    assert named.reference


@pytest.mark.parametrize(
    "text",
    [
        "Born on this day: Oleg Sokolov, who signed the quota pact for Moscow, in 1948.",
        "Died on this day: Anna Berg, Oslo's first envoy to the fisheries council, in 2001.",
    ],
)
def test_an_on_this_day_column_s_births_and_deaths_are_no_facts(text):
    assert propose(text, PUBLISHED, ENVOYS, match_events=False) == []


def test_a_quotation_s_attribution_line_gives_no_fact_of_its_own():
    text = (
        "\u201cThe door to Tromsø stays open for the fleets of both countries.\u201d\n\n"
        "\u2014 Anna Berg, speaking to Oleg Sokolov in Oslo, April 2004."
    )
    quotes = [p.quote for p in propose(text, PUBLISHED, ENVOYS, match_events=False)]
    assert not any("Anna Berg, speaking" in quote for quote in quotes)


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision", "qualifier"),
    [
        # Less than a span after the date named: somewhere within that span.
        ("Less than three years later the pact lapsed.", "2001-01-01", "2004-01-01", YEAR, WITHIN),
        ("Fewer than ten days later the pact lapsed.", "2001-06-05", "2001-06-15", DAY, WITHIN),
        # More than a span after it: after then, and by the text's today.
        ("More than two years later the pact lapsed.", "2003-01-01", "2005-01-01", YEAR, WITHIN),
        # Almost a span after it: about then.
        ("Nearly two years later the pact lapsed.", "2003-01-01", None, YEAR, "approximate"),
        ("Just over a month later the pact lapsed.", "2001-07-01", None, MONTH, "approximate"),
        # Counted back from the publication.
        ("More than a decade ago the pact lapsed.", "1995-01-01", None, YEAR, BY),
        ("Less than a year ago the pact lapsed.", "2004-01-01", "2005-01-01", YEAR, WITHIN),
    ],
)
def test_words_that_bound_a_counted_date(sentence, start, end, precision, qualifier):
    found = only_date(sentence, PartialDate(date(2001, 6, 5)))
    assert found.date == PartialDate(
        date.fromisoformat(start), precision, end and date.fromisoformat(end), qualifier
    )
    assert found.text == sentence.split(" the pact")[0]


def test_more_than_a_span_later_that_is_still_to_come_is_not_dated():
    assert (
        find_dates(
            "More than two years later the pact lapsed.", PUBLISHED, [PartialDate(date(2004, 6, 5))]
        )
        == []
    )


def test_the_day_after_an_event_given_its_day_is_the_next_day():
    found = only_date("The day after the signing on 12 March 2001, the envoys left.")
    assert (found.text, found.date) == (
        "The day after the signing on 12 March 2001",
        PartialDate(date(2001, 3, 13)),
    )
    # A year is no day to count a day from: it stays after that year.
    assert only_date("The day after the election in 2001, the envoys left.").date == PartialDate(
        date(2001, 1, 1), YEAR, date(2005, 1, 1), WITHIN
    )


def dated_under(title, body, published=PUBLISHED):
    """Each proposal's quote opening and date, for ``body`` under the headline ``title``."""
    text = f"{title}\n\nEight years on, the enlargement still divides\n\n{body}"
    proposals = propose(text, published, ENVOYS, match_events=False, title=title)
    return [(p.quote.split(",")[0], p.date, p.status) for p in proposals]


RETROSPECTIVE = (
    "On 8 July, the leaders invited three countries to join. The next day, on 9 July, the "
    "ministers met the delegation from Kyiv. Two months later, the talks resumed. On Monday, "
    "the ministers recalled the summit. The leaders will meet again in Brussels in June."
)


def test_a_year_in_the_headline_dates_the_days_the_story_tells_without_one():
    assert dated_under("Madrid 1997: the summit that opened the door", RETROSPECTIVE) == [
        ("On 8 July", PartialDate(date(1997, 7, 8)), Event.Status.OCCURRED),
        ("The next day", PartialDate(date(1997, 7, 9)), Event.Status.OCCURRED),
        (
            "Two months later",
            PartialDate(date(1997, 9, 1), MONTH, None, DateQualifier.APPROXIMATE),
            Event.Status.OCCURRED,
        ),
        # A weekday still counts from publication, and what looks ahead looks ahead from it.
        ("On Monday", PartialDate(date(2005, 4, 18)), Event.Status.OCCURRED),
        (
            "The leaders will meet again in Brussels in June.",
            PartialDate(date(2005, 6, 1), MONTH),
            Event.Status.PLANNED,
        ),
    ]
    text = f"Madrid 1997: the summit\n\n{RETROSPECTIVE}"
    [first, *_] = propose(
        text, PUBLISHED, ENVOYS, match_events=False, title="Madrid 1997: the summit"
    )
    assert "the year from the headline, 1997 (“Madrid 1997”)" in first.date_note


@pytest.mark.parametrize(
    "title",
    [
        "In 1997, the alliance opened its door",
        "The 1997 summit that opened the door",
        "Eight years after the summit of 1997",
    ],
)
def test_a_year_the_headline_gives_its_story_in_other_words(title):
    assert dated_under(title, "On 8 July, the leaders invited three countries to join.") == [
        ("On 8 July", PartialDate(date(1997, 7, 8)), Event.Status.OCCURRED)
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Warsaw 2006: what the allies hope for",  # after publication
        "Vilnius 2005: the ministers meet",  # the publication's own year
        "Agenda 2000: the reform that stalled",  # a programme's name
        "Resolution 1244 and the mission in Kosovo",  # a number
        "The 1999-2003 plan and its critics",  # a span
        "From Madrid 1997 to Prague 2002",  # a year among others
    ],
)
def test_a_headline_year_that_is_not_the_storys_changes_nothing(title):
    assert dated_under(title, "On 3 March, the ministers agreed a plan.") == [
        ("On 3 March", PartialDate(date(2005, 3, 3)), Event.Status.OCCURRED)
    ]


def test_a_year_the_body_names_takes_over_from_the_headline():
    body = "In 2001 the ministers met in Rome. On 3 March, the envoys agreed a plan."
    assert dated_under("Madrid 1997: the summit that opened the door", body)[1] == (
        "On 3 March",
        PartialDate(date(2005, 3, 3)),
        Event.Status.OCCURRED,
    )


def test_a_day_named_twice_in_one_sentence_is_one_fact():
    body = "On 3 April, the leaders met. The next day, on 4 April, the ministers met."
    assert [when for _quote, when, _status in dated_under("Leaders meet", body)] == [
        PartialDate(date(2005, 4, 3)),
        PartialDate(date(2005, 4, 4)),
    ]


def dated(text, language=Language.ENGLISH):
    """Each proposal's date words and date."""
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    return [(p.date_text, p.date) for p in proposals]


def test_a_count_from_an_act_dated_in_an_earlier_sentence():
    text = (
        "Anna Berg and Oleg Sokolov met in Tallinn on 3 March 2004. "
        "Two days after the talks, Anna Berg flew to Oslo."
    )
    first, second = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (second.date_text, second.date) == (
        "Two days after the talks",
        PartialDate(date(2004, 3, 5)),
    )
    assert "counted from 3 March 2004, the date of the “talks” named before it" in (
        second.date_note
    )


def test_a_count_from_an_act_dated_in_the_same_sentence():
    sentence = "The drill ended on 9 May 2004; the day after it, the ships left."
    found = find_dates(sentence, PUBLISHED)
    assert [f.date.start for f in found] == [date(2004, 5, 9), date(2004, 5, 10)]


def test_the_nearest_act_of_the_kind_named_is_counted_from():
    text = (
        "Anna Berg met Oleg Sokolov in Tallinn on 3 March 2004. "
        "Oleg Sokolov signed the fisheries accord on 20 March 2004. "
        "Anna Berg visited Riga on 1 April 2004. "
        "A week before the signing, Oleg Sokolov resigned. "
        "Three days after the meeting, Anna Berg resigned."
    )
    assert dated(text)[3:] == [
        ("A week before the signing", PartialDate(date(2004, 3, 13), DAY, None, APPROXIMATE)),
        ("Three days after the meeting", PartialDate(date(2004, 3, 6))),
    ]


def test_a_count_from_an_act_the_article_never_dated_is_not_dated():
    text = (
        "Anna Berg visited Riga on 1 April 2004. "
        "Three weeks after the election, Oleg Sokolov resigned."
    )
    assert dated(text)[1] == (None, PartialDate(PUBLISHED, DAY, None, BY))


@pytest.mark.parametrize(
    "sentence",
    [
        "The fisheries council still meets, most recently in March.",
        "The fisheries council still meets, last in March.",
    ],
)
def test_the_last_time_so_far_looks_back(sentence):
    # PUBLISHED is 21 April 2005: the present tense alone would look ahead to March 2006.
    (proposal,) = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert proposal.date == PartialDate(date(2005, 3, 1), MONTH)
    assert proposal.status == Event.Status.OCCURRED


def test_what_was_done_since_doing_something_in_a_month_looks_back():
    sentence = "Anna Berg will visit Tromsø in May, her first visit since taking office in March."
    visit, since = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert visit.date == PartialDate(date(2005, 5, 1), MONTH)
    assert (since.date, since.status) == (PartialDate(date(2005, 3, 1), MONTH), "occurred")


def test_a_fact_told_as_done_is_not_counted_from_a_date_still_to_come():
    # PUBLISHED is Thursday 21 April 2005: the talks and the summit named first are to come,
    # so what was done "the previous day" or "on the eve of the summit" counts from neither.
    text = (
        "Anna Berg will meet Oleg Sokolov on 2 May. "
        "Her office said the date was agreed the previous day. "
        "The fisheries summit opens in Tromsø on 20 June. "
        "On the eve of the summit, Oleg Sokolov warned the trawler fleet. "
        "Anna Berg will speak on the eve of the summit."
    )
    by_today = PartialDate(PUBLISHED, DAY, None, BY)
    assert dated(text)[1:] == [
        ("the previous day", by_today),
        ("20 June", PartialDate(date(2005, 6, 20))),
        (None, by_today),
        ("on the eve of the summit", PartialDate(date(2005, 6, 19))),
    ]
    statuses = [p.status for p in propose(text, PUBLISHED, ENVOYS, match_events=False)]
    assert statuses[1::2] == [Event.Status.OCCURRED, Event.Status.OCCURRED]


def test_a_count_from_a_clause_is_not_counted_from_the_last_act():
    # "a day after the board adopted …" counts from the adopting, which no date names: the
    # verb is no noun naming an act the article dated.
    text = (
        "Anna Berg said in Tallinn on 3 March 2004 that the accord would hold. "
        "Her statement came a day after the Joint Fisheries Board adopted a plan."
    )
    assert dated(text)[1] == (None, PartialDate(PUBLISHED, DAY, None, BY))


def test_a_count_from_an_act_is_no_finer_than_its_date():
    text = (
        "Anna Berg and Oleg Sokolov met in Tallinn in March 2004. "
        "Two days after the meeting, Anna Berg resigned."
    )
    assert dated(text)[1] == (
        "Two days after the meeting",
        PartialDate(date(2004, 3, 1), MONTH, None, APPROXIMATE),
    )
    # The same with the month in the same words: no day is made up.
    found = only_date("Two weeks after the summit in June 2004, the envoys met.")
    assert found.date == PartialDate(date(2004, 6, 1), MONTH, None, APPROXIMATE)


def test_the_date_of_a_clause_is_its_own_not_that_of_what_it_introduces():
    sentence = (
        "Over the weekend the fisheries office let it be known that Anna Berg will lead "
        "the delegation to Tromsø."
    )
    assert only_date(sentence).date.start == date(2005, 4, 16)  # the weekend just past
    assert status_at(sentence, 0, 16) == Event.Status.OCCURRED


def test_the_next_year_or_the_previous_month_counts_from_the_date_named_before():
    december = PartialDate(date(2003, 12, 1), MONTH)
    found = only_date("At the Tromsø talks the next year, the envoys agreed a quota.", december)
    assert found.date == PartialDate(date(2004, 1, 1), YEAR)
    assert "counted from December 2003" in found.note
    may = PartialDate(date(2002, 5, 28))
    assert only_date("He had pressed for it since a visit the previous November.", may).date == (
        PartialDate(date(2001, 11, 1), MONTH)
    )
    assert only_date("The following March the envoys met again.", may).date == (
        PartialDate(date(2003, 3, 1), MONTH)
    )
    # Without the article it counts from the publication: next year; over the next year,
    # the twelve months from it.
    assert only_date("The envoys will meet next year.", december).date == PartialDate(
        date(2006, 1, 1), YEAR
    )
    assert only_date("Over the next year they meet twice.", december).date == PartialDate(
        date(2005, 1, 1), YEAR, date(2006, 1, 1), WITHIN
    )


def test_within_the_next_year_is_the_twelve_months_from_today_not_a_promise_s_date():
    found = only_date("Oslo will spend a billion crowns on ferries within the next year.")
    assert found.date == PartialDate(date(2005, 1, 1), YEAR, date(2006, 1, 1), WITHIN)
    sentence = "On Monday Oslo pledged a billion crowns to Anna Berg within the next year."
    [(text, start, _status, _type)] = proposed(sentence)
    assert (text, start) == ("On Monday", "2005-04-18")


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Back in oh-three, the envoys fell out over quotas.", 2003),
        ("The envoys have met every spring since '98.", 1998),
        ("The envoys expect a new quota regime in '07.", 2007),
    ],
)
def test_a_year_said_or_written_by_its_last_figures(sentence, year):
    found = find_dates(sentence, PUBLISHED)
    assert [mention.date.start.year for mention in found][:1] == [year]


@pytest.mark.parametrize(
    "sentence",
    ["Oh, five envoys came.", "The class of '98 met.", "In ninety-nine cases out of a hundred."],
)
def test_figures_that_are_no_clipped_year_are_left_alone(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_a_first_meeting_later_this_month_is_dated_by_the_month():
    sentence = "The new board would hold its first meeting in Bergen later this month."
    assert only_date(sentence).date == PartialDate(date(2005, 4, 1), MONTH)


# --- The scope of a negation, and the verbs that type an act --------------------------


def test_a_negation_does_not_deny_the_occasion_it_names():
    sentence = "Oleg Sokolov did not meet Anna Berg during his trip to Tromsø last week."
    assert proposed(sentence) == [("last week", "2005-04-11", Event.Status.OCCURRED, "visit")]


def test_a_negated_verb_does_not_deny_a_relative_clause_s_own_fact():
    sentence = "Oleg Sokolov did not ratify the quota pact, which Anna Berg signed in May 2003."
    assert ("May 2003", "2003-05-01", Event.Status.OCCURRED, "agreement_signed") in proposed(
        sentence
    )


@pytest.mark.parametrize(
    ("sentence", "date_text", "start"),
    [
        (
            "The fisheries session with Anna Berg was not called off and will go ahead Monday.",
            "Monday",
            "2005-04-25",
        ),
        (
            "The talks with Anna Berg have not been cancelled and will take place on 3 May, "
            "her spokesman said.",
            "3 May",
            "2005-05-03",
        ),
    ],
)
def test_a_second_verb_saying_only_that_it_happens_is_typed_by_its_subject(
    sentence, date_text, start
):
    assert proposed(sentence) == [(date_text, start, Event.Status.PLANNED, Event.Type.MEETING)]


def test_a_status_is_not_read_from_the_verb_of_another_clause():
    sentence = (
        "A naval drill off Vardø in March drew criticism from Oleg Sokolov, and a fisheries "
        "strategy, expected to be signed next year, names Anna Berg."
    )
    [drill, *_rest] = proposed(sentence)
    assert drill == ("March", "2005-03-01", Event.Status.OCCURRED, Event.Type.EXERCISE)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Anna Berg's navy launched naval drills off Vardø on Monday.", Event.Type.EXERCISE),
        ("Oleg Sokolov joined the alliance in 1999.", Event.Type.ENLARGEMENT),
        ("The two states Oleg Sokolov governs joined in March 1999.", Event.Type.ENLARGEMENT),
        ("Malta became a member of NATO in 2004, Oleg Sokolov said.", Event.Type.ENLARGEMENT),
        # Joining a programme, an operation or an agreement is no membership.
        ("Oleg Sokolov's state joined NATO's fisheries programme in 1996.", "statement"),
        ("A frigate of Oleg Sokolov's joined NATO's Operation Cold Harbour in May.", "exercise"),
        ("Oleg Sokolov's state joined the Open Waters Treaty in 2002.", "agreement_signed"),
        ("Oleg Sokolov and Anna Berg resumed high-level contacts in March.", "meeting"),
        ("When Oleg Sokolov and Anna Berg sat down in Tromsø on Monday, they agreed.", "meeting"),
        ("Anna Berg had gone to Murmansk in December 2003 to talk fish.", Event.Type.VISIT),
        ("On Monday, Oleg Sokolov and Anna Berg finalised an arrangement on quotas.", "agreement"),
        # A document of one side is no agreement between parties.
        ("Oleg Sokolov signed a decree on fishing quotas on Monday.", Event.Type.STATEMENT),
    ],
)
def test_the_verb_that_says_what_happened_types_it(sentence, event_type):
    assert proposed(sentence)[0][3].startswith(event_type)


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # A cue is a word of its own: "resigned" is no signing, "Union holds" no "on hold".
        ("Anna Berg resigned from the fisheries board in 2003.", "2003", "statement"),
        ("Anna Berg signed the quota pact with Oslo in 2003.", "2003", "agreement_signed"),
        ("The Nordic Union holds an emergency summit on Monday.", "on Monday", "conference"),
        ("The quota talks were put on hold on Monday.", "on Monday", "objection"),
        # A clause that tells another act does not type the dated one.
        (
            "Anna Berg retired in 2003, two years after the coastal states set up the board "
            "at a summit in Oslo.",
            "2003",
            "statement",
        ),
        (
            "It was the first fisheries summit since the board resumed its work in May 2003.",
            "May 2003",
            "statement",
        ),
        (
            "Oslo requested consultations on Monday, and the fisheries board will meet on Friday.",
            "on Monday",
            "proposal",  # a request, not the board's meeting
        ),
        (
            "Oslo has insisted since 2003 that it will sign the quota pact only when Moscow "
            "pulls its trawlers out.",
            "since 2003",
            "statement",
        ),
        # … but a clause with no date of its own types it still.
        (
            "In the summer of 2003 trawlers crossed the line, and Oslo suspended the talks.",
            "the summer of 2003",
            "objection",
        ),
        # A participle's phrase or a clause of when sets the main clause's time.
        (
            "Meeting in Tromsø on Monday, the fisheries ministers suspended all joint patrols.",
            "on Monday",
            "objection",
        ),
        ("When the storm struck on Monday, Oslo froze the quota talks.", "on Monday", "objection"),
        (
            "Speaking in Tromsø on Monday, Anna Berg said the quotas would hold.",
            "on Monday",
            "statement",
        ),
        # An envoy recalled is an act, not a memory told.
        (
            "Oslo recalled its fisheries envoy and froze the quota talks on Monday.",
            "on Monday",
            "objection",
        ),
        ("In 2003, Oslo walked out of the fisheries council.", "2003", "objection"),
        (
            "The report is due before the ministers gather in Tromsø at the start of April.",
            "April",
            "meeting",
        ),
        ("Inspectors gather samples off Vardø on Friday.", "on Friday", "statement"),
        (
            "Officials expect an exchange of letters on the quotas in the autumn.",
            "the autumn",
            "agreement_signed",
        ),
    ],
)
def test_the_dated_act_is_typed_by_its_own_clause(sentence, dated, event_type):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # A participle's phrase that only names where the main act was is its setting.
        (
            "Speaking at a press conference in Oslo on Monday, Anna Berg called the quota "
            "deal fair.",
            "on Monday",
            "statement",
        ),
        # … not one whose own verb says an act.
        (
            "Meeting in Oslo on Monday, Anna Berg and Oleg Sokolov said the quotas would hold.",
            "on Monday",
            "meeting",
        ),
        ("Anna Berg held a press conference in Oslo on Monday.", "on Monday", "conference"),
        # A date right after the verb of saying, before its "that", is the saying's.
        (
            "Oleg Sokolov said this week that the fisheries summit would clear the air.",
            "this week",
            "statement",
        ),
        (
            "Anna Berg told reporters this week that the drill had gone well.",
            "this week",
            "statement",
        ),
        # An act named as the subject of a schedule, or of "begin", is the act planned.
        ("The session Oleg Sokolov called is scheduled for early June.", "June", "meeting"),
        ("The talks Anna Berg announced are set for the autumn.", "the autumn", "meeting"),
        (
            "Oleg Sokolov's spokesman said talks on the quota offer would begin next month.",
            "next month",
            "negotiation",
        ),
        # Terms two sides agreed are the outcome of their talks; one side's "agreed" is not.
        (
            "In Tromsø on Monday, the Norwegian and Russian fisheries ministers agreed that "
            "trawlers would fish the zone in turns but not at night, Anna Berg said.",
            "on Monday",
            "negotiation",
        ),
        (
            "The two ministers agreed on Monday that the quotas would stay as they are, "
            "Anna Berg said.",
            "on Monday",
            "negotiation",
        ),
        ("Anna Berg agreed on Monday that Oslo had been too slow.", "on Monday", "statement"),
        # An idea put forward is proposed.
        (
            "In March Oleg Sokolov put forward the idea of a joint coast guard.",
            "March",
            "proposal",
        ),
        # The signing itself, done, is still a signing.
        (
            "Anna Berg and Oleg Sokolov signed the quota act in Oslo on Monday.",
            "on Monday",
            "agreement_signed",
        ),
        # A declaration adopted, or names put to it, is signed; a work plan adopted is not.
        (
            "The ministers adopted the Tromsø Declaration on Monday.",
            "on Monday",
            "agreement_signed",
        ),
        (
            "On Monday the ministers put their names to the Tromsø Declaration.",
            "On Monday",
            "agreement_signed",
        ),
        ("The ministers adopted a new work plan on Monday.", "on Monday", "statement"),
        # Talks described are a statement about them; terms agreed, a participle after its
        # noun, their outcome.
        ("Oleg Sokolov described the talks as frank on Monday.", "on Monday", "statement"),
        (
            "Anna Berg welcomed the quota arrangements, agreed on Monday by the envoys.",
            "on Monday",
            "negotiation",
        ),
        # Back from a place: the visit there.
        ("Oleg Sokolov returned from Oslo on Monday night.", "on Monday night", "visit"),
        # An ambassador summoned is a protest, not the drill it was over.
        (
            "Oslo summoned the Russian ambassador on Monday over a planned naval exercise.",
            "on Monday",
            "objection",
        ),
    ],
)
def test_the_act_is_typed_by_its_verb_not_by_what_it_names(sentence, dated, event_type):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # "since" with a noun and no verb of its own is no clause: the infinitive after it
        # is the main clause's.
        (
            "Oslo wants the first quota talks since the trawler dispute to be held in "
            "Tromsø in the autumn.",
            "the autumn",
            "meeting",
        ),
        (
            "Both navies expect the first joint drill since the collision to take place "
            "off Murmansk in June.",
            "June",
            "exercise",
        ),
        # An act as the subject of a passive of planning or talking over is the act.
        ("A joint rescue drill is being discussed for next spring.", "next spring", "exercise"),
        ("A visit by Oleg Sokolov is being planned for May.", "May", "visit"),
        # The noun that a participle setting the date is said of names the act.
        (
            "The ministers will meet again at the fisheries summit in Bergen, scheduled "
            "for June next year.",
            "June next year",
            "conference",
        ),
        (
            "The ministers will discuss the coast guard drill, set for 12 May, on Monday.",
            "12 May",
            "exercise",
        ),
        # What is proposed is no act done: a proposal, whatever it names.
        ("Oleg Sokolov proposed a catch freeze on Tuesday.", "on Tuesday", "proposal"),
        (
            "On Tuesday Anna Berg suggested halting the trawler inspections.",
            "On Tuesday",
            "proposal",
        ),
        # An act as the subject across an aside: "is due to end", "will close".
        ("The drill, called Polar Bear, is due to end on Friday.", "on Friday", "exercise"),
        (
            "The fisheries forum, called the Tromsø Round, will close on Friday.",
            "on Friday",
            "conference",
        ),
        # Consultations are talks.
        (
            "Oslo will hold consultations with Moscow on the quotas on Tuesday.",
            "on Tuesday",
            "meeting",
        ),
        # Someone expected in a place is to arrive there; an act expected there takes place.
        ("Oleg Sokolov is expected in Oslo on Thursday.", "on Thursday", "visit"),
        (
            "The board's first session at envoy level is expected in Oslo early next month.",
            "early next month",
            "meeting",
        ),
        # A decree does what its title says; one of no such act is a statement.
        (
            "The president signed a decree on Saturday suspending the quota accord.",
            "on Saturday",
            "objection",
        ),
        (
            "The president signed a decree on fishing fleets on Saturday.",
            "on Saturday",
            "statement",
        ),
    ],
)
def test_the_act_of_the_date_is_typed_by_its_own_phrase(sentence, dated, event_type):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # Near forms that must keep their type: "since" with a verb of its own is a clause,
        # a verb of proposing's "to" clause or a noun "end" is not an act proposed or ended.
        (
            "It was the first quota summit since the board met again in May 2003.",
            "May 2003",
            "meeting",
        ),
        ("Anna Berg called the drill plan a dead end on Monday.", "on Monday", "statement"),
        ("Oslo rejected the catch freeze on Tuesday.", "on Tuesday", "objection"),
        ("Oleg Sokolov arrived in Oslo on Thursday, as expected.", "on Thursday", "visit"),
        ("The ministers met in Bergen on Monday, as scheduled.", "on Monday", "meeting"),
        # What was requested is the act: a meeting, not a request.
        ("Officials said the Friday session had been requested by Oslo.", "Friday", "meeting"),
    ],
)
def test_near_forms_keep_their_type(sentence, dated, event_type):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # An act named as the object of a verb of judging, dated by a participle of its own.
        (
            "The board praised the smooth conduct of the joint rescue drill Cold Harbour, "
            "held from 3 to 7 March.",
            "from 3 to 7 March",
            "exercise",
        ),
        (
            "Anna Berg praised the results of the coast guard exercise conducted off Vardø in "
            "February.",
            "February",
            "exercise",
        ),
        (
            "Oslo criticised the quota summit, hosted by Arkhangelsk on 12 March.",
            "12 March",
            "conference",
        ),
        # ... also when it is yet "to be held", or told in a clause of "which", in places
        # joined by "and".
        (
            "A deal may have to wait until after the fisheries summit, to be held in Bodø "
            "and Tromsø on June 3-4.",
            "June 3-4",
            "conference",
        ),
        (
            "A deal may have to wait until after the fisheries summit, to be held in Bodø on "
            "June 3-4.",
            "June 3-4",
            "conference",
        ),
        ("Oslo welcomed the quota summit held in Bodø and Tromsø on 3 May.", "3 May", "conference"),
        # Someone in a place, or due to travel there, is on a visit.
        ("Oleg Sokolov was in Tromsø on Friday for the quota consultations.", "on Friday", "visit"),
        ("Anna Berg will be in Murmansk next week.", "next week", "visit"),
        ("Oleg Sokolov is due to travel to Bergen in June.", "June", "visit"),
        ("Anna Berg plans to go to Arkhangelsk in the autumn.", "the autumn", "visit"),
        ("Oleg Sokolov heads to Bergen on Thursday.", "on Thursday", "visit"),
        # Gathering again, or together.
        ("The quota board will reconvene in Tromsø next month.", "next month", "meeting"),
        ("The envoys got together over dinner on Friday.", "on Friday", "meeting"),
        # A label of blame objects; an offer of one's own part proposes.
        (
            "Oleg Sokolov on Monday dismissed the quota plan as a publicity stunt.",
            "on Monday",
            "objection",
        ),
        (
            "On Tuesday Oleg Sokolov called the new quota plan a clear violation of the accord.",
            "On Tuesday",
            "objection",
        ),
        (
            "Anna Berg on Wednesday described the trawler inspections as a provocation.",
            "on Wednesday",
            "objection",
        ),
        (
            "Oleg Sokolov said on Thursday that his coast guard could take part in the drill.",
            "on Thursday",
            "proposal",
        ),
        (
            "Anna Berg said on Monday that Norway was ready to send inspectors to the port.",
            "on Monday",
            "proposal",
        ),
    ],
)
def test_what_is_done_said_or_judged_at_a_date_types_it(sentence, dated, event_type):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # The clause's own verb, with an object, is no participle of the act before it.
        ("The quota board held consultations in Bergen on Monday.", "on Monday", "meeting"),
        # "and" before a second verb ends the participle's place.
        (
            "The envoys praised the drill held off Vardø and signed the accord on Monday.",
            "on Monday",
            "agreement_signed",
        ),
        # An act said to be somewhere, or a month, is no visit.
        ("The quota summit was in Bergen in April.", "April", "conference"),
        ("Oleg Sokolov was in May named fisheries envoy.", "May", "statement"),
        (
            "Anna Berg could not promise Oleg Sokolov that Oslo would wait while he was in Bergen.",
            None,
            "statement",
        ),
        # A label with no blame, the blame as the object, or a call to act.
        (
            "On Tuesday Oleg Sokolov called the quota talks a step toward peace.",
            "On Tuesday",
            "statement",
        ),
        # A presence whose clause of where says the act.
        (
            "Anna Berg was in Bergen on Monday, where she held talks with the trawler owners.",
            "on Monday",
            "meeting",
        ),
        ("Anna Berg on Monday described the threat of overfishing.", "on Monday", "statement"),
        ("On Friday Anna Berg called on Oslo to end the provocation.", "On Friday", "proposal"),
        # What others made of the act, summed up after it, is another act.
        (
            "Oslo extended its fishing zone on 3 March, a step the trawler owners condemned.",
            "3 March",
            "statement",
        ),
        (
            "Oslo extended its fishing zone on 3 March, a move Oleg Sokolov called a provocation.",
            "3 March",
            "statement",
        ),
        ("Anna Berg dismissed the envoy on Monday.", "on Monday", "statement"),
        # What others could do, or did, is no offer.
        (
            "Oleg Sokolov said on Thursday that Oslo could send trawlers to the zone.",
            "on Thursday",
            "statement",
        ),
        (
            "Oleg Sokolov said on Thursday that his coast guard took part in the drill.",
            "on Thursday",
            "statement",
        ),
    ],
)
def test_near_forms_of_acts_judged_visits_labels_and_offers_keep_their_type(
    sentence, dated, event_type
):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


def test_an_envoy_recalled_is_no_statement_even_with_no_date():
    [(_date_text, _start, _status, event_type)] = proposed(
        "Anna Berg recalled her fisheries envoy and froze the quota talks."
    )
    assert event_type == Event.Type.OBJECTION
    [(_date_text, _start, _status, event_type)] = proposed(
        "Anna Berg recalled that the quota talks had been frozen."
    )
    assert event_type == Event.Type.STATEMENT


@pytest.mark.parametrize(
    ("sentence", "dated", "event_type"),
    [
        # A relative clause whose verb names no kind is said of the act before it.
        (
            "Anna Berg criticised the fisheries summit in Tromsø, which Norway is due to host "
            "in June.",
            "June",
            "conference",
        ),
        (
            "The spring drill, which ended on Monday, drew protests from Oleg Sokolov.",
            "on Monday",
            "exercise",
        ),
        # … whose verb types it when it can.
        (
            "Oleg Sokolov questioned plans for ports in the two states, which became members "
            "on March 29.",
            "March 29",
            "enlargement",
        ),
        (
            "Oleg Sokolov praised the summit, which Anna Berg criticised on Monday.",
            "on Monday",
            "objection",
        ),
        ("The two states became members of the fisheries board in March.", "March", "statement"),
        (
            'Anna Berg criticised the summit of the "Arctic Five", which Norway hosts in June.',
            "June",
            "conference",
        ),
    ],
)
def test_a_relative_clause_is_typed_with_what_it_is_said_of(sentence, dated, event_type):
    assert [p[3] for p in proposed(sentence) if p[0] == dated] == [event_type]


def test_a_sign_of_something_is_no_signing():
    sentence = "Anna Berg called the quota deal 'a welcome sign of trust' on Monday."
    assert proposed(sentence)[0][3] == Event.Type.STATEMENT


def test_a_date_to_come_in_what_talk_is_about_is_expected():
    sentence = "There is talk of more patrol boats off Vardø as soon as next month, Anna Berg said."
    [*_said, (date_text, _start, status, _kind)] = proposed(sentence)
    assert (date_text, status) == ("next month", Event.Status.EXPECTED)


def test_what_is_quoted_does_not_type_a_sentence_whose_own_verb_does():
    sentence = (
        'Anna Berg on Monday called the quota deal "proof that our two fleets can meet halfway".'
    )
    assert proposed(sentence)[0][3] == Event.Type.STATEMENT


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The main act keeps its own date; the clause's event is a fact of its own.
        (
            "Oleg Sokolov closed the ferry office in 2004, days before the storm struck on "
            "9 December.",
            [("2004", "2004-01-01"), ("9 December", "2004-12-09")],
        ),
        # With none of its own, the main act is not dated by the clause: a plan is then no
        # proposal, and what was done is "by" publication.
        (
            "Anna Berg will rule on the quotas when the board reviews the catch figures in June.",
            [("June", "2005-06-01")],
        ),
        (
            "Oleg Sokolov left Oslo after the fishery board banned trawling on 2 March.",
            [(None, "2005-04-21"), ("2 March", "2005-03-02")],
        ),
        (
            "Since the ferry line reopened in 2003, Anna Berg has crossed it twice.",
            [(None, "2005-04-21"), ("2003", "2003-01-01")],
        ),
        # "since", "after", "before" with a gerund: the gerund's act, its date its own.
        (
            "Anna Berg came to Tromsø on her first trip since taking office in January.",
            [(None, "2005-04-21"), ("January", "2005-01-01")],
        ),
        (
            "Oleg Sokolov flew home after signing the quota deal on Monday.",
            [(None, "2005-04-21"), ("on Monday", "2005-04-18")],
        ),
        (
            "Before leaving for Oslo on 3 March, Anna Berg met Oleg Sokolov in Riga.",
            [(None, "2005-04-21"), ("3 March", "2005-03-03")],
        ),
        # A relative clause after the subject, with no comma: "that" to the main verb.
        (
            "Quota talks that opened last year resumed in Tromsø with Anna Berg on Monday.",
            [("last year", "2004-01-01"), ("on Monday", "2005-04-18")],
        ),
        (
            "The quota talks that had been launched in March have collapsed, Anna Berg said.",
            [(None, "2005-04-21"), ("March", "2005-03-01")],
        ),
    ],
)
def test_a_date_in_a_clause_of_time_or_a_subject_s_relative_clause_dates_only_its_event(
    sentence, expected
):
    assert [(text, start) for text, start, _status, _type in proposed(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "After the storm wrecked the harbour in March 2004, Anna Berg wrote to Oslo.",
            "2004-03-01",
            "2005-04-01",
        ),
        (
            "After signing the quota deal on Monday, Oleg Sokolov flew home.",
            "2005-04-18",
            "2005-04-21",
        ),
        (
            "After Oslo banned trawling in 2003, Anna Berg sold her boats.",
            "2003-01-01",
            "2005-01-01",
        ),
    ],
)
def test_a_main_act_with_no_date_of_its_own_after_a_fronted_after_clause_came_after_it(
    sentence, start, end
):
    main, _clause_s = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (main.date.start.isoformat(), main.date.end.isoformat()) == (start, end)
    assert main.date.qualifier == WITHIN


@pytest.mark.parametrize(
    "sentence",
    [
        # The main act's own date, a clause not fronted, one that is still to come: as before.
        "After the storm wrecked the harbour in March 2004, Anna Berg wrote to Oslo in May.",
        "Anna Berg wrote to Oslo after the storm wrecked the harbour in March 2004.",
        "Since the storm wrecked the harbour in March 2004, Anna Berg has written to Oslo.",
    ],
)
def test_no_after_range_without_a_fronted_after_clause_or_with_a_date_of_its_own(sentence):
    assert all(
        p.date.qualifier != WITHIN for p in propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A clause joined by ", and" or ", but", opening with an "after" phrase, is its
        # verb's: the act after it is a fact of its own, after that date.
        (
            "Oleg Sokolov reopened the ferry line in 2003, and after the storm of 9 March "
            "2004, Anna Berg offered Riga help.",
            [("2003", "2003-01-01"), ("after the storm of 9 March 2004", "2004-03-09")],
        ),
        (
            "Anna Berg joined the board in 2001, but after the crash of May 2003, Oleg "
            "Sokolov left it.",
            [("2001", "2001-01-01"), ("after the crash of May 2003", "2003-05-01")],
        ),
        # No verb of its own after it: background to the act before, as before.
        (
            "Anna Berg signed the pact in February 2003, and after the loss of the ferry in "
            "August 2000.",
            [("February 2003", "2003-02-01")],
        ),
    ],
)
def test_an_after_phrase_opening_a_coordinated_clause_dates_that_clause_s_act(sentence, expected):
    assert [(text, start) for text, start, _status, _type in proposed(sentence)] == expected


def test_a_gerund_s_act_has_the_main_clause_s_people():
    sentence = "Oleg Sokolov flew home after signing the quota deal with Anna Berg on Monday."
    _flight, signing = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert {m.slug for m in signing.mentions} >= {"oleg-sokolov", "anna-berg"}


def test_a_gerund_s_act_still_to_come_has_the_main_clause_s_status():
    sentence = "Anna Berg is due in Oslo today, before travelling to Vardø later this week."
    _stay, trip = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (trip.date_text, trip.status) == ("later this week", Event.Status.PLANNED)
    # Its own act, though its span holds the main clause's day.
    sentence = "Anna Berg is to fly to Oslo on Friday, before travelling to Vardø later this week."
    _flight, trip = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (trip.date_text, trip.status) == ("later this week", Event.Status.PLANNED)
    # A gerund's act gone by stays done.
    sentence = "Anna Berg will fly to Oslo on Friday, after visiting Vardø on 18 April 2005."
    _flight, visit = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (visit.date_text, visit.status) == ("18 April 2005", Event.Status.OCCURRED)


def test_the_event_of_a_clause_of_time_has_its_own_status_and_the_undated_plan_no_proposal():
    sentence = "Anna Berg will rule on the quotas when the board reviews the catch figures in June."
    # The ruling, "June" dating only what its clause of time says, has no date: no proposal.
    [review] = propose(sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (review.date_text, review.status) == ("June", Event.Status.PLANNED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A past "when" clause is the main act's occasion, as before.
        (
            "When Oleg Sokolov met Anna Berg in Tromsø on 3 March, they agreed to extend quotas.",
            [("3 March", "2005-03-03")],
        ),
        # A gerund after "when" tells the main act's occasion.
        (
            "When signing the quota deal in Tromsø on 3 March, Anna Berg thanked Oleg Sokolov.",
            [("3 March", "2005-03-03")],
        ),
        # A noun phrase after "before" or "since" is no clause.
        (
            "Oleg Sokolov left Oslo before the summit in March.",
            [("before the summit in March", "2005-03-01")],
        ),
        (
            "Anna Berg has insisted since 2003 that Oslo will not sign.",
            [("since 2003", "2003-01-01")],
        ),
    ],
)
def test_a_date_after_a_preposition_or_in_a_past_when_clause_still_dates_the_main_act(
    sentence, expected
):
    assert [(text, start) for text, start, _status, _type in proposed(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Talks that began last year resumed on Monday.", "that began last year"),
        ("The plan which Oslo had long opposed was shelved.", "which Oslo had long opposed"),
        # The subject's "who" ends before the main verb, a present "is" too.
        ("Sailors who had rowed all night were ashore by May.", "who had rowed all night"),
        ("The envoy who left Oslo in 2001 is back in Tromsø.", "who left Oslo in 2001"),
        ("Berg left before the storm struck on 9 May.", "before the storm struck on 9 May"),
        ("When the board meets in June, Berg will rule.", "When the board meets in June"),
        (
            "Berg met Sokolov before signing the pact on Monday.",
            "before signing the pact on Monday",
        ),
        ("Берг уехала до того, как 9 мая начался шторм.", "до того, как 9 мая начался шторм"),
        ("Берг решит, когда совет соберётся в июне.", "когда совет соберётся в июне"),
    ],
)
def test_a_clause_of_time_and_a_subject_s_that_clause_are_read_as_clauses(sentence, clause):
    language = Language.RUSSIAN if sentence.startswith("Берг") else Language.ENGLISH
    [found] = relative_clauses(sentence, language)
    assert sentence[found.start : found.end] == clause


@pytest.mark.parametrize(
    "sentence",
    [
        "Oslo that week signed the pact.",  # "that" of a date
        "The board has since met twice in 2004.",  # "since" as an adverb
        "Berg did not say when the board would meet in June.",  # an indirect question
        "Berg was asked when the board would meet.",
        "Berg left Oslo after the summit in March.",  # a noun phrase
    ],
)
def test_no_clause_of_time_where_the_word_opens_none(sentence):
    assert relative_clauses(sentence) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # A step back ("the previous November") does not move the story: "that May" is of
        # the year the story is in.
        (
            "Anna Berg signed the quota pact in March 2004. The board had met in Tromsø the "
            "previous November. That May, Oleg Sokolov ratified the pact.",
            2004,
        ),
        (
            "Anna Berg signed the quota pact in March 2004. The board had met in Tromsø the "
            "previous November. Oleg Sokolov ratified the pact on 3 May that year.",
            2004,
        ),
        # A step forward does, and so does a year counted back: the story is then there.
        (
            "Anna Berg signed the quota pact in November 2003. The board met in Tromsø the "
            "following March. That May, Oleg Sokolov ratified the pact.",
            2004,
        ),
        (
            "Anna Berg signed the quota pact in March 2004. The board had met in Tromsø the "
            "previous year. That May, Oleg Sokolov ratified the pact.",
            2003,
        ),
    ],
)
def test_that_month_is_of_the_story_s_year_not_of_a_step_back_from_it(text, year):
    last = propose(text, PUBLISHED, ENVOYS, match_events=False)[-1]
    assert (last.date.start.year, last.date.start.month) == (year, 5)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("From the same date, Oslo halted the ferry service.", date(2004, 5, 3)),
        ("On that date, Anna Berg met the envoys.", date(2004, 5, 3)),
        ("The next morning, Anna Berg left Tromsø.", date(2004, 5, 4)),
        ("The previous evening, Anna Berg had landed in Tromsø.", date(2004, 5, 2)),
    ],
)
def test_the_same_date_and_the_next_morning_count_from_the_last_day_named(sentence, day):
    assert only_date(sentence, PartialDate(date(2004, 5, 3))).date == PartialDate(day)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A year that ends a name, or the period a plan is for, dates nothing.
        ("Exercise Cold Harbour 2004 began off Vardø on Monday.", [("on Monday", "2005-04-18")]),
        ("Anna Berg backed a quota plan for 2006 on Monday.", [("on Monday", "2005-04-18")]),
        ("Oleg Sokolov presented the fisheries budget for 2006.", [(None, "2005-04-21")]),
        # … unless the act was at the event the name calls ("agreed at Tromsø 2004").
        ("Anna Berg agreed at Tromsø 2004 to share the catch data.", [("2004", "2004-01-01")]),
        # A year a word of its own opens dates as before.
        ("Oleg Sokolov stayed in Tromsø until 2004.", [("until 2004", "2004-01-01")]),
        ("In 2004, Anna Berg met Oleg Sokolov.", [("2004", "2004-01-01")]),
        ("The quota talks are scheduled for 2006, Anna Berg said.", [("2006", "2006-01-01")]),
        # A year after the article opening the sentence: its subject is of that year.
        ("The 1994 accord was signed in Tromsø by Anna Berg.", [("1994", "1994-01-01")]),
        (
            "The 2004 exercise ended with a drill off Vardø, Oleg Sokolov said.",
            [
                ("2004", "2004-01-01"),
            ],
        ),
        # A day naming an event in a phrase of another word, as a year does.
        (
            "In 2002 Oslo set up a ferry council in the wake of the 12 March 2001 attacks.",
            [("2002", "2002-01-01")],
        ),
    ],
)
def test_a_year_in_a_name_or_a_plan_s_period_does_not_date_the_fact(sentence, expected):
    assert [(text, start) for text, start, _status, _type in proposed(sentence)] == expected


SUMMIT = "Anna Berg and Oleg Sokolov will meet at a fisheries summit in Tromsø on 20 May. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Attending, skipping or boycotting an act dated before is on its date.
        (
            "Oleg Sokolov will attend the summit with his deputy.",
            ("attend the summit", "2005-05-20"),
        ),
        ("Anna Berg said she would skip the summit.", ("skip the summit", "2005-05-20")),
        (
            "Oleg Sokolov will attend the Tromsø summit as an observer.",
            ("attend the Tromsø summit", "2005-05-20"),
        ),
        # Not another act the phrase names, nor one the article dated none of.
        # The spring under way in April is still to come.
        ("Oleg Sokolov will attend the spring session in Oslo.", ("the spring", "2005-03-01")),
        (
            "Oleg Sokolov will attend the next round of quota talks, his office said.",
            (None, "2005-04-21"),
        ),
        (
            "Oleg Sokolov will attend the ferry ceremony in Vardø, his office said.",
            (None, "2005-04-21"),
        ),
        # Agreed on a date of its own to attend: that date is the agreeing's, not the act's.
        (
            "Oleg Sokolov agreed last week to attend the summit.",
            ("attend the summit", "2005-05-20"),
        ),
    ],
)
def test_an_act_attended_takes_the_date_the_article_gave_it(sentence, expected):
    *_, last = propose(SUMMIT + sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (last.date_text, last.date.start.isoformat()) == expected


VISITED = "Anna Berg flew to Tromsø on Tuesday, 12 April, for talks with Oleg Sokolov. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A definite noun referring back to a visit or gathering dated before: its date.
        (
            "During the visit, the two envoys swapped letters on a joint coast guard.",
            ("During the visit", "2005-04-12"),
        ),
        (
            "Anna Berg praised the Norwegian coast guard at the talks with Oleg Sokolov.",
            ("at the talks", "2005-04-12"),
        ),
        (
            "It was her first visit to the Arctic since 1999.",
            ("It was her first visit", "2005-04-12"),
        ),
        # "on the eve of" it is the day before.
        (
            "On the eve of the visit, Oleg Sokolov closed the bay to trawlers.",
            ("On the eve of the visit", "2005-04-11"),
        ),
        # Not a visit of its own date, nor an act of a kind the article dated none of.
        (
            "Oleg Sokolov met Anna Berg during the visit on 2 March 2004.",
            ("2 March 2004", "2004-03-02"),
        ),
        ("During the exercise, Oleg Sokolov criticised the quotas.", (None, "2005-04-21")),
        ("A visit by Oleg Sokolov to Oslo is planned, Anna Berg said.", (None, "2005-04-21")),
        (
            "After the summer, Oleg Sokolov said, the bay will reopen.",
            ("After the summer", "2004-06-01"),
        ),
        # "The meeting" is not the visit's "talks", which its sentence names.
        ("At the meeting, Oleg Sokolov criticised the quotas.", (None, "2005-04-21")),
    ],
)
def test_a_definite_noun_for_a_visit_or_talks_takes_the_date_the_story_gave_it(sentence, expected):
    *_, last = propose(VISITED + sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (last.date_text, last.date.start.isoformat()) == expected


def test_an_occasion_named_again_gives_way_to_a_date_of_the_sentence_s_own():
    text = (
        "Anna Berg signed the fisheries accord in Tromsø on Tuesday. The ceremony ended in "
        "the town hall on Wednesday."
    )
    found = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [p.date_text for p in found] == ["on Tuesday", "on Wednesday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A signing, an exercise or a statement named again, as the subject told in the
        # past, the source of what follows, or what came after it.
        (
            "Anna Berg signed the fisheries accord in Tromsø on Tuesday. The signature was "
            "witnessed by Oleg Sokolov.",
            ("The signature", "2005-04-19"),
        ),
        (
            "Anna Berg signed the fisheries accord in Tromsø on Tuesday. The ceremony lasted an "
            "hour.",
            ("The ceremony", "2005-04-19"),
        ),
        (
            "The two navies held a rescue exercise off Vardø on Tuesday. The exercise was "
            "watched by Oleg Sokolov.",
            ("The exercise", "2005-04-19"),
        ),
        (
            "Oslo issued a statement on the quotas on Tuesday. According to the statement, "
            "Oleg Sokolov welcomed the quotas.",
            ("According to the statement", "2005-04-19"),
        ),
        (
            "Anna Berg signed the fisheries accord in Tromsø on Tuesday. Following the "
            "signature, Oleg Sokolov met the press.",
            ("Following the signature", "2005-04-19"),
        ),
        # The ministers "meeting in Tromsø on Tuesday" who decided: "the meeting".
        (
            "Ministers meeting in Tromsø on Tuesday decided to close the bay. After the "
            "meeting, Anna Berg flew to Oslo.",
            ("After the meeting", "2005-04-19"),
        ),
        # What the occasion did: "The meeting created …".
        (
            "Anna Berg and Oleg Sokolov met in Tromsø on Tuesday. The meeting created a joint "
            "quota board.",
            ("The meeting", "2005-04-19"),
        ),
        (
            "Fisheries ministers met in Tromsø on Tuesday. The session adopted new quotas for "
            "Anna Berg's fleet.",
            ("The session", "2005-04-19"),
        ),
        # Still to come, or a noun of no occasion: not the act named again.
        (
            "Anna Berg signed the fisheries accord in Tromsø on Tuesday. The signing will be "
            "marked in Oslo, Oleg Sokolov said.",
            (None, "2005-04-21"),
        ),
        (
            "Anna Berg signed the fisheries accord in Tromsø on Tuesday. The accord was "
            "welcomed by Oleg Sokolov.",
            (None, "2005-04-21"),
        ),
        (
            "Министры рыболовства подписали соглашение в Тромсё во вторник. Церемония прошла "
            "в ратуше Тромсё.",
            ("Церемония", "2005-04-19"),
        ),
        (
            "Министры рыболовства встретились в Тромсё во вторник. На встрече стороны "
            "утвердили квоты.",
            ("На встрече", "2005-04-19"),
        ),
        (
            "МИД Норвегии во вторник распространил заявление. Согласно заявлению, Олег Соколов "
            "одобрил квоты.",
            ("Согласно заявлению", "2005-04-19"),
        ),
        (
            "Во вторник у Варде начались учения флотов. В ходе учения моряки отработали "
            "спасение экипажа.",
            ("В ходе учения", "2005-04-19"),
        ),
        # The gathering's beginning or end; its joint or closing statement.
        (
            "Во вторник Анна Берг встретилась с Олегом Соколовым. «Квоты будут снижены», — "
            "сказал Олег Соколов в начале встречи.",
            ("в начале встречи", "2005-04-19"),
        ),
        (
            "Министры рыболовства встретились в Тромсё во вторник. В итоговом заявлении "
            "министры объявили о закрытии залива для Анны Берг.",
            ("В итоговом заявлении", "2005-04-19"),
        ),
        (
            "Fisheries ministers met in Tromsø on Tuesday. In their final communiqué, the "
            "ministers thanked Anna Berg.",
            ("In their final communiqué", "2005-04-19"),
        ),
        # A joint statement after no gathering: not of the act before.
        (
            "Anna Berg closed the bay on Tuesday. In a joint statement, Oleg Sokolov and the "
            "navy thanked her.",
            (None, "2005-04-21"),
        ),
        # The ceremony of a signing, not of a date named since for another matter.
        (
            "Anna Berg signed the fisheries accord in Tromsø on Tuesday. The accord became "
            "urgent after the loss of a trawler in March 2002. Speaking at the ceremony, Oleg "
            "Sokolov praised the navies.",
            ("at the ceremony", "2005-04-19"),
        ),
        # The ceremony of an award; a gathering by a pronoun.
        (
            "Во вторник послам в Тромсё вручили награды. На церемонии присутствовал Олег Соколов.",
            ("На церемонии", "2005-04-19"),
        ),
        (
            "Во вторник в Тромсё прошло заседание совета. Россию на нём представлял Олег Соколов.",
            ("на нём", "2005-04-19"),
        ),
    ],
)
def test_an_occasion_named_again_takes_the_date_the_story_gave_it(text, expected):
    language = Language.RUSSIAN if set(text) & set("аеиоу") else Language.ENGLISH
    *_, last = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert (last.date_text, last.date.start.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The fisheries board met in Tromsø on Tuesday. In a statement issued after the "
            "meeting, Anna Berg said the quotas would hold.",
            Language.ENGLISH,
        ),
        (
            "Совет по рыболовству собрался в Тромсё во вторник. По итогам заседания Анна Берг "
            "заявила, что квоты сохранятся.",
            Language.RUSSIAN,
        ),
    ],
)
def test_what_came_after_an_occasion_is_not_of_its_kind(text, language):
    _met, said = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert (said.event_type, said.same_as) == (Event.Type.STATEMENT, None)


def test_remarks_after_a_ceremony_are_no_part_of_what_the_speaker_did_at_it():
    text = (
        "Вчера в Тромсё Анна Берг подписала протокол на церемонии. Одновременно Анна Берг и "
        "Олег Соколов одобрили протокол о квотах. «Это хороший день», — сказала Анна Берг "
        "журналистам после церемонии."
    )
    *_, approved, said = propose(
        text, PUBLISHED, ENVOYS, match_events=False, language=Language.RUSSIAN
    )
    assert said.date == approved.date and said.same_as is None


@pytest.mark.parametrize(
    "text",
    [
        "The fisheries board met in Tromsø on Tuesday. At the session, ministers approved a quota.",
        "Oleg Sokolov visited Oslo on Tuesday. During the visit, he laid a wreath at the memorial.",
        "Министры рыболовства встретились в Тромсё во вторник. В ходе встречи стороны утвердили "
        "квоты.",
        # What was said there, of an act told as what someone said.
        "Во вторник в Тромсё послам вручили награды. На церемонии выступили представители "
        "совета в Тромсё.",
    ],
)
def test_what_was_done_at_an_act_dated_by_naming_it_is_the_same_fact(text):
    language = Language.RUSSIAN if "Тромсё" in text else Language.ENGLISH
    first, second = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert (first.same_as, second.same_as) == (None, 0)
    assert second.date == first.date and second.event_type == first.event_type


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Anna Berg spoke by phone with Oleg Sokolov on Tuesday. The call focused on the "
            "quotas of Tromsø.",
            Language.ENGLISH,
        ),
        (
            "Состоялся телефонный разговор Анны Берг с Олегом Соколовым. Разговор прошёл по "
            "инициативе Осло.",
            Language.RUSSIAN,
        ),
    ],
)
def test_an_undated_sentence_on_the_call_named_again_is_the_same_fact(text, language):
    _call, again = propose(text, PUBLISHED, ENVOYS, match_events=False, language=language)
    assert again.same_as == 0


@pytest.mark.parametrize(
    "follow_up",
    ["The meeting lasted three hours.", "The talks were led by Anna Berg and Oleg Sokolov."],
)
def test_an_occasion_named_again_as_the_subject_is_the_same_fact(follow_up):
    text = f"The fisheries board met in Tromsø on Tuesday. {follow_up}"
    met, again = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (again.date, again.same_as) == (met.date, 0)


@pytest.mark.parametrize(
    "text",
    [
        # Someone the first sentence did not name: another act at it.
        "The fisheries board met in Tromsø on Tuesday. During the meeting, Anna Berg met Oleg "
        "Sokolov.",
        # A date of its own, not the act named.
        "The fisheries board met in Tromsø on Tuesday. On Tuesday, the ministers met again.",
    ],
)
def test_another_act_at_a_gathering_is_not_the_same_fact(text):
    first, second = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert second.same_as is None


def test_the_note_says_which_visit_the_noun_refers_to():
    *_, last = propose(
        VISITED + "During the visit, Oleg Sokolov signed a fisheries accord.",
        PUBLISHED,
        ENVOYS,
        match_events=False,
    )
    assert last.date == PartialDate(date(2005, 4, 12))
    note = "“During the visit”: the “visit” the story dated to 12 April 2005"
    assert last.date_note.startswith(note)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What was done after it: from its day to the publication.
        (
            "After the talks, Oleg Sokolov flew home to Oslo.",
            PartialDate(date(2005, 4, 12), DAY, date(2005, 4, 21), WITHIN),
        ),
        # What was said after it: on its day, as news copy tells remarks of an occasion.
        (
            "After the talks, Oleg Sokolov said the quota dispute was over.",
            PartialDate(date(2005, 4, 12)),
        ),
        (
            "Oleg Sokolov told reporters following the talks that the bay would reopen.",
            PartialDate(date(2005, 4, 12)),
        ),
    ],
)
def test_what_was_done_after_the_talks_lies_up_to_the_publication_what_was_said_on_their_day(
    sentence, expected
):
    *_, last = propose(VISITED + sentence, PUBLISHED, ENVOYS, match_events=False)
    assert last.date == expected


@pytest.mark.parametrize("after", ["after the meeting", "afterwards"])
def test_what_was_said_after_a_meeting_of_the_publication_day_is_of_that_day(after):
    # After the meeting, and by the publication, which is the meeting's day: that day.
    story = "The quota board met in Tromsø today. "
    *_, last = propose(
        story + f"“We are done,” Anna Berg told reporters {after}.",
        PUBLISHED,
        ENVOYS,
        match_events=False,
    )
    assert last.date == PartialDate(PUBLISHED)
    assert "the story dated, 21 April 2005" in last.date_note or (
        "after the “meeting” the story dated to 21 April 2005" in last.date_note
    )


def test_what_was_said_afterwards_is_of_the_last_act_s_day():
    # PUBLISHED is Thursday 21 April 2005. "He added" tells the same saying on.
    text = (
        "The quota board met in Tromsø on Tuesday. Anna Berg told reporters afterwards that "
        "the talks were frank. She added that no date for the next meeting had been set."
    )
    met, told, added = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert met.date == told.date == added.date == PartialDate(date(2005, 4, 19))
    assert told.date_text == "afterwards" and "said right after" in told.date_note


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking afterwards, Anna Berg said the talks were frank.",
        "Anna Berg said after the meeting that the talks were frank.",
    ],
)
def test_remarks_after_a_meeting_are_of_its_day_but_acts_lie_up_to_the_publication(sentence):
    story = "The quota board met in Tromsø on Tuesday. "
    *_, said = propose(story + sentence, PUBLISHED, ENVOYS, match_events=False)
    assert said.date == PartialDate(date(2005, 4, 19))
    flew = "Anna Berg flew home after the meeting."
    *_, flown = propose(story + flew, PUBLISHED, ENVOYS, match_events=False)
    assert flown.date == PartialDate(date(2005, 4, 19), DAY, PUBLISHED, WITHIN)


def test_afterwards_is_after_the_gathering_not_what_it_was_the_first_since():
    text = (
        "Anna Berg met Oleg Sokolov in Tromsø on Tuesday, their first meeting since Oslo "
        "closed the bay in March 2003. Anna Berg told reporters afterwards that the talks "
        "went well."
    )
    *_, told = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert told.date == PartialDate(date(2005, 4, 19))


def test_an_opinion_held_of_a_dated_act_to_come_is_a_forecast():
    sentence = "Oleg Sokolov will close the bay in June, Anna Berg thinks."
    [(_, _, status, _)] = proposed(sentence)
    assert status == Event.Status.EXPECTED


def test_concluding_that_is_a_finding_not_a_schedule_s_end():
    finding = "The board concludes that Anna Berg broke no rule."
    assert all(status != Event.Status.PLANNED for _, _, status, _ in proposed(finding))
    [(_, _, status, _)] = proposed("The quota round with Anna Berg concludes on Friday.")
    assert status == Event.Status.PLANNED


def test_a_count_afterwards_is_counted_from_the_last_date():
    text = "The quota board met in Tromsø on Monday. Two days afterwards, Anna Berg resigned."
    _met, resigned = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert resigned.date == PartialDate(date(2005, 4, 20))


def test_a_noun_referring_to_an_act_dated_by_month_keeps_its_precision():
    story = "Anna Berg will visit Tromsø in June. "
    *_, during, eve = propose(
        story + "During the visit, she will open a museum. On the eve of the visit, she will "
        "meet Oleg Sokolov.",
        PUBLISHED,
        ENVOYS,
        match_events=False,
    )
    assert during.date == PartialDate(date(2005, 6, 1), MONTH)
    assert (eve.date.precision, eve.date.qualifier) == (MONTH, APPROXIMATE)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # Published Thursday 21 April 2005: "last Wednesday" is not yesterday.
        ("Last Wednesday, the fisheries envoys met in Tromsø.", date(2005, 4, 13)),
        ("The quota board voted last Wednesday to close the bay.", date(2005, 4, 13)),
        ("Last Thursday the trawler was seized.", date(2005, 4, 14)),
        # Two days back and more, "last" is the most recent such day.
        ("The envoys met last Tuesday in Oslo.", date(2005, 4, 19)),
        ("The board sat last Friday.", date(2005, 4, 15)),
        # Near sentences that may be yesterday.
        ("The fisheries envoys met on Wednesday in Tromsø.", date(2005, 4, 20)),
        ("This past Wednesday the fisheries envoys met in Tromsø.", date(2005, 4, 20)),
    ],
)
def test_last_and_a_weekday_passes_over_yesterday(sentence, day):
    found = only_date(sentence)
    assert found.date == PartialDate(day)
    passed_over = found.text.lower().startswith("last") and day.weekday() in (2, 3)
    assert ("passes over yesterday" in found.note) == passed_over


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow answered two days later by closing the bay.",
        "Oslo replied three days later, when its envoy walked out.",
        "A week later the board lifted the ban.",
    ],
)
def test_a_count_that_passes_today_in_a_clause_told_in_the_past_is_done_by_today(sentence):
    yesterday = PartialDate(date(2005, 4, 20))
    found = only_date(sentence, yesterday)
    assert found.date.start == date(2005, 4, 20)
    assert found.date.end in (None, date(2005, 4, 21))
    assert found.date.qualifier in (WITHIN, BY)
    assert "the verb says it was done" in found.note
    [(_text, _start, status, _kind)] = proposed(f"On Wednesday the board met. {sentence}")[1:]
    assert status == Event.Status.OCCURRED


def test_a_count_that_stays_before_today_or_looks_ahead_is_read_as_counted():
    week_before = PartialDate(date(2005, 4, 13))
    found = only_date("Two days later Moscow answered.", week_before)
    assert found.date == PartialDate(date(2005, 4, 15))
    assert "verb says" not in found.note
    [*_, (_text, start, status, _kind)] = proposed(
        "On Wednesday Anna Berg met Oleg Sokolov. They will meet again two days later."
    )
    assert (start, status) == ("2005-04-22", Event.Status.PLANNED)


def test_the_date_a_quotation_was_said_at_is_no_anchor_for_the_story_it_interrupts():
    text = (
        "Anna Berg signed the quota pact in Tromsø on 12 May 1996.\n\n"
        "\u201cWe agreed on fish before we agreed on anything else,\u201d she told this "
        "newspaper in 2003.\n\n"
        "She was made Oslo's envoy to Moscow the following year."
    )
    dates = [p.date for p in propose(text, PUBLISHED, ENVOYS, match_events=False)]
    assert dates[-1] == PartialDate(date(1997, 1, 1), YEAR)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Said the day after the fact: the story's time goes on from the saying.
        (
            "Anna Berg met Oleg Sokolov on 4 April 2005.\n\n"
            "\u201cWe shall meet again,\u201d Anna Berg said on 5 April 2005.\n\n"
            "The next day Oleg Sokolov flew to Oslo.",
            date(2005, 4, 6),
        ),
        # A date said in reported speech, not after a quotation, is the story's too.
        (
            "Anna Berg met Oleg Sokolov in 1996.\n\n"
            "Anna Berg said in 2003 that the talks had gone well.\n\n"
            "Oleg Sokolov retired the following year.",
            date(2004, 1, 1),
        ),
    ],
)
def test_a_saying_within_the_story_s_time_is_still_counted_from(text, day):
    dates = [p.date for p in propose(text, PUBLISHED, ENVOYS, match_events=False)]
    assert dates[-1].start == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Oleg Sokolov protested over the 1999 quota campaign, Anna Berg said.",
        "Anna Berg recalled the lessons of the 1994 cod war on Oslo radio.",
        "Oleg Sokolov spoke about the 2001 election in the Duma.",
    ],
)
def test_a_year_naming_an_event_in_a_phrase_dates_nothing(sentence):
    assert [p[0] for p in proposed(sentence)] == [None]


def test_after_an_event_a_year_names_is_after_that_year():
    [(date_text, start, status, _kind)] = proposed(
        "Anna Berg and Oleg Sokolov resumed talks after the 1994 cod war."
    )
    assert (date_text, start, status) == ("after the 1994", "1994-01-01", Event.Status.OCCURRED)
    assert propose(
        "Anna Berg and Oleg Sokolov resumed talks after the 1994 cod war.",
        PUBLISHED,
        ENVOYS,
        match_events=False,
    )[0].date == PartialDate(date(1994, 1, 1), YEAR, date(2005, 1, 1), WITHIN)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In the 1994 cod war, Oleg Sokolov's trawlers fled Svalbard.", "1994"),
        ("Anna Berg spoke at the 2001 summit on quotas.", "2001"),
        ("During the 1999 campaign Oleg Sokolov met Anna Berg twice.", "1999"),
    ],
)
def test_what_happened_in_or_at_an_event_a_year_names_is_dated_by_it(sentence, year):
    assert [p[0] for p in proposed(sentence)] == [year]


@pytest.mark.parametrize(
    ("sentence", "date_text", "start", "status"),
    [
        # A participle before the object's noun says what the object is: the clause's
        # own verb gives the date's way and the status.
        (
            "Oleg Sokolov denounced a planned fisheries accord with Norway on Monday.",
            "on Monday",
            "2005-04-18",
            Event.Status.OCCURRED,
        ),
        (
            "Anna Berg criticised the scheduled port talks with Oslo on Tuesday.",
            "on Tuesday",
            "2005-04-19",
            Event.Status.OCCURRED,
        ),
        # The date in the participle's own noun phrase is the plan's.
        (
            "Anna Berg criticised a planned fisheries summit in June.",
            "June",
            "2005-06-01",
            Event.Status.PLANNED,
        ),
        (
            "The planned talks with Oleg Sokolov on Monday will focus on quotas.",
            "on Monday",
            "2005-04-25",
            Event.Status.PLANNED,
        ),
    ],
)
def test_a_participle_before_a_noun_is_not_the_clause_s_verb(sentence, date_text, start, status):
    assert [(d, s, st) for d, s, st, _t in proposed(sentence)] == [(date_text, start, status)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # What a past act names or asks for looks ahead; the act happened.
        (
            "Anna Berg called a planned fisheries accord a betrayal of the fleet.",
            Event.Status.OCCURRED,
        ),
        ("Oleg Sokolov welcomed the upcoming talks in Tromsø.", Event.Status.OCCURRED),
        (
            "The envoys asked Oleg Sokolov to draw up new quotas, to be ready within weeks.",
            Event.Status.OCCURRED,
        ),
        ("The port talks with Anna Berg went ahead as planned.", Event.Status.OCCURRED),
        # With no past act before them, they still look ahead.
        ("The upcoming talks in Tromsø will focus on quotas.", Event.Status.PLANNED),
        ("The new quotas are to be ready within weeks.", Event.Status.PLANNED),
        ("Moscow wants the quotas to be ready within weeks.", Event.Status.PLANNED),
        ("The port talks will go ahead as planned.", Event.Status.PLANNED),
    ],
)
def test_what_a_past_act_names_or_asks_for_does_not_make_it_a_plan(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "date_text", "start", "status"),
    [
        # A plan its own verb says took place happened, on its date.
        (
            "Talks with Anna Berg planned for Monday went ahead in Tromsø.",
            "Monday",
            "2005-04-18",
            Event.Status.OCCURRED,
        ),
        (
            "Port talks scheduled for Tuesday between Anna Berg and Oleg Sokolov took place.",
            "Tuesday",
            "2005-04-19",
            Event.Status.OCCURRED,
        ),
        (
            "The planned talks with Anna Berg on Monday opened in Tromsø.",
            "on Monday",
            "2005-04-18",
            Event.Status.OCCURRED,
        ),
        # Still to take place: planned, and the next such day.
        (
            "Talks with Anna Berg scheduled for Monday will go ahead in Tromsø.",
            "Monday",
            "2005-04-25",
            Event.Status.PLANNED,
        ),
    ],
)
def test_a_plan_that_took_place_happened_on_its_date(sentence, date_text, start, status):
    assert [(d, s, st) for d, s, st, _t in proposed(sentence)] == [(date_text, start, status)]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # A plan in the past perfect was for a date the story looks back on.
        ("The naval drill with Anna Berg had been planned in March.", "2005-03-01"),
        ("Oleg Sokolov had planned to visit Anna Berg in Tromsø in February.", "2005-02-01"),
        ("The naval drill with Anna Berg had been scheduled for 3 March.", "2005-03-03"),
        # A plan in the present looks ahead.
        ("Oleg Sokolov plans to visit Anna Berg in Tromsø in February.", "2006-02-01"),
    ],
)
def test_a_plan_in_the_past_perfect_looks_back(sentence, start):
    [(_d, found, status, _t)] = proposed(sentence)
    assert (found, status) == (start, Event.Status.PLANNED)


def dates_told(*sentences, language=Language.ENGLISH):
    """The dates of each sentence read in turn as one story, published on PUBLISHED."""
    story = Story(PUBLISHED, language)
    told = []
    for sentence in sentences:
        found = read_dates(sentence, story)
        story.tell(found)
        told.append([mention.date for mention in found if not mention.reference])
    return told


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            (
                "Late on May 30, 1996, the envoys left Riga without a deal.",
                "The next morning the talks collapsed.",
                "On August 14, the negotiators returned to the table.",
                "That November the accord was signed.",
            ),
            [date(1996, 8, 14), date(1996, 11, 1)],
        ),
        (
            (
                "The convoy crossed the border on 2 February 1998.",
                "Within hours the guards had stopped it.",
                "In the small hours of 9 March, the drivers were let go.",
                "In September they testified in court.",
            ),
            [date(1998, 3, 9), date(1998, 9, 1)],
        ),
    ],
)
def test_a_day_without_a_year_in_a_story_gone_back_is_of_that_year(story, expected):
    *_, day, after = dates_told(*story)
    assert [day[0].start, after[0].start] == expected


@pytest.mark.parametrize(
    "story",
    [
        # Mentioned in passing: only a year, or what is still to come.
        ("The fleet has not sailed so far since 1996.", "On April 29 the ministers will meet."),
        ("The treaty was signed on May 30, 1996.", "The ministers will meet on April 29."),
        # Back in the present: "on Monday" brought the story home.
        (
            "The treaty was signed on May 30, 1996.",
            "On Monday the ministers met in Riga.",
            "On June 2 the envoys agreed a text.",
        ),
        # Before the day the story went back to: no year can be told from it.
        ("The treaty was signed on May 30, 1996.", "On April 2 the envoys agreed a text."),
    ],
)
def test_a_day_without_a_year_outside_a_story_gone_back_keeps_its_own_year(story):
    *_, (last,) = dates_told(*story)
    assert last.start.year in (2004, 2005)


@pytest.mark.parametrize(
    "line",
    [
        # No verb at all: a chronology's entry of the story's time.
        "August 14: the negotiators back at the table in Riga.",
        "Then a breakthrough in Riga on August 14, with both delegations at the table.",
        # A participle's clause, and a main verb the reader does not know.
        "The negotiators, returning to Riga on August 14, dug in for a long autumn.",
    ],
)
def test_a_day_in_a_line_with_no_verb_of_a_story_gone_back_is_of_that_year(line):
    *_, (day,) = dates_told(
        "Late on May 30, 1996, the envoys left Riga without a deal.",
        "The next morning the talks collapsed.",
        line,
    )
    assert day.start == date(1996, 8, 14)


@pytest.mark.parametrize(
    "story",
    [
        # The story never went back: the nearest 14 August, as before.
        ("The envoys met in Riga on Monday.", "August 14: the negotiators back at the table."),
        # A line with a verb looking ahead is no part of the story gone back.
        (
            "Late on May 30, 1996, the envoys left Riga without a deal.",
            "August 14: the negotiators will be back at the table.",
        ),
    ],
)
def test_a_day_in_a_line_with_no_verb_outside_a_story_gone_back_keeps_its_year(story):
    *_, (day,) = dates_told(*story)
    assert day.start == date(2005, 8, 14)


GONE_BACK = (
    "Late on May 30, 1996, the envoys left Riga without a deal.",
    "The next morning the talks collapsed.",
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # A deadline a past verb governs is of the story's time, whatever its place.
        ("The negotiators, back in Riga by August 14, drafted a new text.", date(1996, 8, 14)),
        ("By August 14 the envoys agreed a new text in Riga.", date(1996, 8, 14)),
        ("The guards released the last drivers by September 2.", date(1996, 9, 2)),
    ],
)
def test_a_deadline_told_in_the_past_of_a_story_gone_back_is_of_that_year(line, day):
    *_, (deadline,) = dates_told(*GONE_BACK, line)
    assert deadline == PartialDate(day, DAY, None, DateQualifier.NO_LATER_THAN)
    *_, fact = propose(" ".join((*GONE_BACK, line)), PUBLISHED, ENVOYS, match_events=False)
    assert fact.status == Event.Status.OCCURRED


@pytest.mark.parametrize(
    "line",
    [
        # Still to come, or what was said would come: a deadline looking ahead, as before.
        "By August 14 the envoys will initial a new text.",
        "The negotiators said they would be back in Riga by August 14.",
    ],
)
def test_a_deadline_looking_ahead_in_a_story_gone_back_keeps_its_year(line):
    *_, (deadline,) = dates_told(*GONE_BACK, line)
    assert deadline.start == date(2005, 8, 14)


@pytest.mark.parametrize(
    "same",
    ["The same evening they signed a memo.", "They signed a memo that same day."],
)
def test_the_same_day_as_an_approximate_date_is_as_approximate(same):
    _, (approximate,) = dates_told("Two weeks ago the envoys met in Riga.", same)
    assert approximate == PartialDate(date(2005, 4, 7), DAY, None, APPROXIMATE)
    _, (exact,) = dates_told("On Monday the envoys met in Riga.", same)
    assert exact == PartialDate(date(2005, 4, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        "A few minutes ago the minister landed in Riga.",
        "The minister landed in Riga just minutes ago.",
        "Two hours ago the minister landed in Riga.",
        "The minister landed in Riga an hour ago.",
        "Earlier today the minister landed in Riga.",
        "The minister landed in Riga this morning.",
    ],
)
def test_what_happened_minutes_or_hours_ago_is_of_the_day(sentence):
    assert only_date(sentence).date == PartialDate(PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "There" opening the sentence after a gathering dated: at it, on its date.
        ("There, the envoys are expected to settle the quota.", ("There", "2005-05-20")),
        ("There Oleg Sokolov will present the fisheries plan.", ("There", "2005-05-20")),
        # Not the "there" of "there is", which names no place.
        ("There were protests in Oslo, Anna Berg said.", (None, "2005-04-21")),
    ],
)
def test_there_after_a_gathering_dated_is_at_it(sentence, expected):
    *_, last = propose(SUMMIT + sentence, PUBLISHED, ENVOYS, match_events=False)
    assert (last.date_text, last.date.start.isoformat()) == expected


def test_there_after_another_act_dated_gives_no_date():
    story = "Anna Berg signed the quota pact in Oslo on 3 March. "
    *_, last = propose(
        story + "There Oleg Sokolov praised the deal.", PUBLISHED, ENVOYS, match_events=False
    )
    assert last.date_text is None


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # Ahead of an act the next sentence dates: "by" its date.
        (
            "Oleg Sokolov will brief reporters ahead of the fisheries ministers' meeting. "
            "The ministers meet in Tromsø on Tuesday.",
            PartialDate(date(2005, 4, 26), DAY, None, DateQualifier.NO_LATER_THAN),
        ),
        (
            "Anna Berg is expected to set out her demands before the Arctic summit. "
            "That summit opens in Oslo on 20 May.",
            PartialDate(date(2005, 5, 20), DAY, None, DateQualifier.NO_LATER_THAN),
        ),
        # At it: on its date.
        (
            "Anna Berg is expected to speak at the summit of Arctic states. "
            "The summit opens in Oslo on 20 May.",
            PartialDate(date(2005, 5, 20)),
        ),
        # The plan's own act, which the next sentence names by a definite noun.
        (
            "Oleg Sokolov will visit Oslo for the first time. "
            "The visit is set for next Tuesday, his office said.",
            PartialDate(date(2005, 4, 26)),
        ),
        (
            "Anna Berg will hold talks with Oleg Sokolov in Tromsø. "
            "The talks begin on 3 May and last two days.",
            PartialDate(date(2005, 5, 3)),
        ),
    ],
)
def test_a_plan_with_no_date_takes_the_date_the_next_sentence_gives_its_act(story, expected):
    plan, *_ = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert plan.date == expected
    assert plan.date_note.startswith("No date of its own, but it ")


@pytest.mark.parametrize(
    ("story", "status", "expected"),
    [
        # On the eve of an act the next sentence dates: the day before it, whether the
        # fact is done (today's eve of Friday's summit) or planned (the eve of Tuesday's).
        (
            "Anna Berg held talks with Oleg Sokolov in Tromsø on the eve of the summit. "
            "The summit opens in Oslo on Friday.",
            Event.Status.OCCURRED,
            date(2005, 4, 21),
        ),
        (
            "Oleg Sokolov will meet fishing crews on the eve of the Arctic council's session. "
            "The session opens in Tromsø on Tuesday.",
            Event.Status.PLANNED,
            date(2005, 4, 25),
        ),
        (
            "On the eve of the visit, Anna Berg is expected to call Oleg Sokolov. "
            "The visit begins on 3 May.",
            Event.Status.EXPECTED,
            date(2005, 5, 2),
        ),
    ],
)
def test_what_is_on_the_eve_of_an_act_the_next_sentence_dates_is_the_day_before(
    story, status, expected
):
    fact, *_ = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert (fact.status, fact.date) == (status, PartialDate(expected))
    assert "on the eve of" in fact.date_note


@pytest.mark.parametrize(
    "story",
    [
        # Done, and the eve still to come: the act is not clearly the one the next sentence
        # dates, so the fact stays "by" publication.
        "Anna Berg criticised Oleg Sokolov on the eve of the summit. "
        "The summit opens in Oslo on Tuesday.",
        # Done, near an act dated next but not on its eve: "ahead of" it is "by" today.
        "Anna Berg criticised Oleg Sokolov ahead of the summit. "
        "The summit opens in Oslo on Friday.",
    ],
)
def test_what_is_on_the_eve_of_an_act_keeps_its_date_when_no_day_fits(story):
    fact, *_ = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert fact.status == Event.Status.OCCURRED
    assert fact.date == PartialDate(PUBLISHED, DAY, None, BY)


def test_a_plan_on_the_eve_of_a_month_gets_no_day_so_no_proposal():
    # The eve of a month is no day: the plan keeps no date, and is not proposed.
    story = (
        "Oleg Sokolov will meet fishing crews on the eve of the summit. "
        "The summit opens in Oslo in June."
    )
    [summit] = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert summit.quote == "The summit opens in Oslo in June."


@pytest.mark.parametrize(
    "story",
    [
        # Another act, an act already over, or the next paragraph's: not clearly the plan's.
        "Oleg Sokolov will brief reporters ahead of the summit. Anna Berg flies to Oslo on Monday.",
        "Oleg Sokolov will speak ahead of the council's session. The session opened on Monday.",
        "Oleg Sokolov will visit Oslo for the first time.\n\nThe visit is set for next Tuesday.",
        "Oleg Sokolov will visit Oslo for the first time. The meeting opens on Tuesday.",
        # A plan of another kind than the act the next sentence dates.
        "Anna Berg will hold talks with Oleg Sokolov on the ferry. The summit opens on 20 May.",
    ],
)
def test_a_plan_with_no_date_is_not_dated_by_the_next_sentence_s_other_act_nor_proposed(story):
    # Dated by the next sentence, the plan would be proposed; with no date, it is not.
    first_sentence_end = story.index(".") + 1
    proposals = propose(story, PUBLISHED, ENVOYS, match_events=False)
    assert [p.quote for p in proposals if p.start < first_sentence_end] == []
    assert proposals  # the next sentence's act is still proposed


@pytest.mark.parametrize(
    "sentence",
    [
        # A figurative line: a common noun's phrase, a copula, a quality or a kind.
        "The road from Arkhangelsk to a quota deal was long and winding.",
        "The bond between the Joint Fisheries Board and Arkhangelsk was a marriage of "
        "convenience from the start.",
        "Its friendship with Arkhangelsk has been an uneasy one for years.",
        "This courtship of Arkhangelsk seemed hopeless from the first.",
        # What something will be judged by, as the author sets it.
        "The quota board will be judged by what it does in Arkhangelsk next year, not by "
        "what Anna Berg signed today.",
        "Success will be measured against the catch Arkhangelsk lands in 2006.",
    ],
)
def test_a_description_or_a_yardstick_is_no_fact(sentence):
    assert propose(sentence, PUBLISHED, FISHERIES, match_events=False) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # An act told by a participle, a place, a name's state, an event, a cleft.
        ("The protest of the Joint Fisheries Board was lodged in Arkhangelsk.", [None]),
        ("The interview in Arkhangelsk was the first by Anna Berg since 1999.", [None]),
        ("The protests in Arkhangelsk were difficult.", [None]),
        ("Arkhangelsk was the first port to join the Joint Fisheries Board.", [None]),
        ("It was Anna Berg who opened the port of Arkhangelsk in 2001.", ["2001"]),
        # A clause of time's act; a date bounding the state.
        (
            "The harbour was dark when the first trawlers of the Joint Fisheries Board "
            "sailed into Arkhangelsk.",
            [None],
        ),
        ("The quota deal with Arkhangelsk is valid until 2010.", ["until 2010"]),
        # A relative clause's own fact in a description.
        (
            "The quota board, which Anna Berg set up in Arkhangelsk in 2001, was a bold idea.",
            ["2001"],
        ),
        # A yardstick a speaker sets: the saying is the fact, and the yardstick dates nothing.
        (
            "Anna Berg said the deal would be measured “by the catch in 2006, not by the "
            "words spoken in Arkhangelsk today”.",
            [None],
        ),
        (
            "“The board will be judged on what it lands next year,” Oleg Sokolov said in "
            "Arkhangelsk on Monday.",
            ["on Monday"],
        ),
        # Not a yardstick: what will be done, who judged, when it will be judged.
        ("Anna Berg said the deal would be signed in Arkhangelsk next year.", ["next year"]),
        ("The quota contest in Arkhangelsk was judged by a panel of Anna Berg's officers.", [None]),
        ("The damage to the quay in Arkhangelsk will be assessed on Friday.", ["on Friday"]),
    ],
)
def test_an_act_a_relative_clause_or_a_saying_beside_a_description_is_still_a_fact(sentence, found):
    proposals = propose(sentence, PUBLISHED, FISHERIES, match_events=False)
    assert [p.date_text for p in proposals] == found


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Oleg Sokolov met Anna Berg in Oslo the other day.", date(2005, 4, 14), date(2005, 4, 21)),
        ("The envoys will restore the ferry line in the current year.", date(2005, 1, 1), None),
    ],
)
def test_the_other_day_and_the_current_year(sentence, start, end):
    found = only_date(sentence)
    assert (found.date.start, found.date.end) == (start, end)


def test_a_number_naming_a_thing_is_no_year():
    assert find_dates("Oslo said Resolution 1973 must be applied strictly.", PUBLISHED) == []


def test_a_past_participle_s_date_looks_back_under_a_main_verb_looking_ahead():
    found = only_date("Oslo will raise the decision, taken at the summit on 3 March.")
    assert found.date == PartialDate(date(2005, 3, 3))


def test_an_occasion_referred_to_is_the_day_s_not_one_recalled_since():
    text = (
        "Anna Berg and Oleg Sokolov signed a rescue accord in Tromsø on Tuesday. It builds on "
        'the quota treaty that they signed in Kirkenes last September. "It saves lives," '
        "Anna Berg told reporters at the ceremony."
    )
    *_, told = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (told.date_text, told.date) == ("at the ceremony", PartialDate(date(2005, 4, 19)))


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # The part of the day still to come, in the present: planned.
        ("Anna Berg faces Oleg Sokolov tonight in Tromsø.", Event.Status.PLANNED),
        ("Anna Berg and Oleg Sokolov face the press this evening.", Event.Status.PLANNED),
        # Told in the past, it happened; expected, it stays expected.
        ("Anna Berg met Oleg Sokolov in Tromsø tonight.", Event.Status.OCCURRED),
        ("Anna Berg is expected to meet Oleg Sokolov tonight.", Event.Status.EXPECTED),
    ],
)
def test_tonight_in_the_present_is_still_to_come(sentence, status):
    [(_text, _start, found, _type)] = proposed(sentence)
    assert found == status


@pytest.mark.parametrize("sign_off", ["Enditem", "■", "###", "-30-", "(ends)"])
def test_a_wire_s_sign_off_after_the_last_sentence_leaves_it_a_fact(sign_off):
    text = (
        f"Anna Berg met Oleg Sokolov on Monday.\n\nThe quota accord was signed in 2002. {sign_off}"
    )
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert [p.quote for p in proposals][-1] == "The quota accord was signed in 2002."


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # An idea put forward, its "should" no author's advice; the act, not the occasion.
        (
            "At a press conference in Oslo on Monday, Anna Berg floated the idea that "
            "trawlers should carry beacons.",
            "proposal",
        ),
        ("On 12 April, Anna Berg proposed that the fleets should hold a drill.", "proposal"),
        # Only said at a gathering: of the gathering.
        ("At the summit in Oslo on Monday, Anna Berg said the talks would go on.", "conference"),
    ],
)
def test_an_idea_put_forward_at_an_occasion_is_a_proposal_done(sentence, event_type):
    [(_text, start, status, kind)] = proposed(sentence)
    assert (start < "2005-04-21", status, kind) == (True, "occurred", event_type)


@pytest.mark.parametrize(
    ("quotation", "dated"),
    [
        # Then set against now, in the speaker's words: no date of the story's.
        ('"Fifty years ago, fishermen here could only dream of this," Anna Berg said.', False),
        ('"Today our quota no longer depends on Moscow," Anna Berg said.', False),
        # An act told in the speaker's words is dated by them.
        ('"Today we signed the quota accord," Anna Berg said.', True),
    ],
)
def test_the_speaker_s_own_time_dates_only_an_act_told(quotation, dated):
    text = f"Anna Berg met Oleg Sokolov in Oslo on 12 April. {quotation}"
    proposals = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (proposals[-1].date_text is not None) == dated


def test_a_year_before_a_pact_s_words_names_the_pact():
    text = "Oslo left the quota treaty on Monday, ending a landmark 1987 fisheries quota pact."
    assert [p[0] for p in proposed(text)] == ["on Monday"]


@pytest.mark.parametrize(
    ("sentence", "start", "status"),
    [
        # A gathering called or convened for a day: the day it is called for, to come.
        ("Oslo has called an extraordinary quota summit for 1 May.", "2005-05-01", "planned"),
        ("Anna Berg convened a meeting for Friday.", "2005-04-22", "planned"),
        # Calling for an act is proposing it, on the day of the call.
        ("Anna Berg called for talks on Friday.", "2005-04-22", "planned"),
    ],
)
def test_a_gathering_called_for_a_day_looks_ahead(sentence, start, status):
    [(_text, found_start, found_status, _kind)] = proposed(sentence)
    assert (found_start, found_status) == (start, status)


def test_a_box_of_key_dates_tells_the_story_s_facts_again():
    text = (
        "When Anna Berg emerged from the emergency session in Oslo on 12 April, the word "
        "she reached for was unity.\n\n"
        "Key dates\n\n"
        "- 12 April: Nordic ministers meet in Oslo, suspend the quota talks\n"
        "- 3 March: fishermen protest in Kirkenes\n"
    )
    met, again, protest = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (met.event_type, again.same_as, protest.same_as) == ("meeting", 0, None)


def test_what_was_said_to_come_is_no_day_the_story_counts_from():
    text = (
        "Anna Berg announced on 1 February that Oslo would leave the quota treaty in six "
        "months. Oleg Sokolov said the next day that Moscow would answer in kind."
    )
    *_, answered = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert (answered.date_text, answered.date) == ("the next day", PartialDate(date(2005, 2, 2)))


def test_what_was_done_where_a_meeting_named_as_a_summit_met_is_of_its_day():
    text = (
        "When Anna Berg stepped into the quota summit in Tromsø on Monday, it was the first "
        "time she had met Oleg Sokolov.\n\n"
        "In Tromsø, Russia agreed to widen the fishing zone."
    )
    greeted, agreed = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert agreed.date == greeted.date == PartialDate(date(2005, 4, 18))


def test_a_meeting_that_names_a_summit_elsewhere_is_no_summit_there():
    text = (
        "Anna Berg met Oleg Sokolov in Oslo on Monday, their first talks since the Tromsø "
        "summit.\n\n"
        "Ivan Petrov, a spokesman, told reporters in Oslo that Moscow would answer."
    )
    met, told = propose(text, PUBLISHED, ENVOYS, match_events=False)
    assert told.date.qualifier == DateQualifier.NO_LATER_THAN


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # What one expected to happen, its subject long: still to come when expected.
        (
            "Officials said they expected the council's first quota session to take place in "
            "Oslo in September.",
            "2005-09-01",
        ),
        # A comment on what was agreed after the date does not govern it.
        ("The ministers will look again at Oslo's and Moscow's quota requests in December, as "
         "we agreed in Tromsø.", "2005-12-01"),
        # "this Friday" in the present: this week's, to come.
        ("Anna Berg is in Oslo this Friday to sign the quota accord.", "2005-04-22"),
    ],
)  # fmt: skip
def test_what_is_expected_agreed_or_this_week_s_looks_ahead(sentence, start):
    assert [p[1] for p in proposed(sentence)] == [start]


def test_a_hedged_plan_is_expected():
    [(_text, _start, status, _kind)] = proposed("The next round will probably take place in May.")
    assert status == "expected"
