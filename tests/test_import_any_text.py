"""Whatever news-like words an article strings together, the importer proposes without
failing, and every proposal quotes the text verbatim: the words of dates, quotation marks,
datelines and stamps that its rules read, in any order."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from events.importing.entities import Gazetteer, Record
from events.importing.proposals import propose
from events.models import Language

GAZETTEER = Gazetteer([Record("person", "anna-berg", "Anna Berg"), Record("place", "oslo", "Oslo")])

ENGLISH = (
    "in", "within", "over", "the", "next", "coming", "last", "this", "that", "a", "on", "by",
    "before", "after", "since", "until", "two", "three", "days", "weeks", "year", "years",
    "ago", "later", "time", "'s", "Monday", "Friday", "May", "March 3", "2004", "1997",
    "the 14th", "of", "month", "today", "tomorrow", "yesterday", "and", "or", "deadline",
    "Anna Berg", "Oslo", "NATO", "Mr", "President", "said", "signed", "met", "will", "would",
    "not", "visit", "summit", "talks", "officials", "diplomats", "warned", "could", "\"", "“",
    "”", "(", ")", ",", ".", ":", "—", "-", "?", "\n", "\n\n", "By", "OSLO,", "10:30", "GMT",
    "June 9, 2011, 07:00",
)  # fmt: skip
RUSSIAN = (
    "в", "во", "на", "до", "с", "по", "к", "прошлом", "следующей", "этом", "году", "неделе",
    "месяце", "марта", "мая", "2004", "1997", "года", "14-го", "числа", "вчера", "сегодня",
    "завтра", "назад", "через", "два", "дня", "понедельник", "и", "или", "Анна", "Берг",
    "Осло", "НАТО", "заявил", "подписали", "встретились", "будет", "не", "визит", "саммит",
    "дипломаты", "считают", "может", "«", "»", "„", "“", "(", ")", ",", ".", ":", "—", "-",
    "?", "\n", "\n\n", "ОСЛО,", "9", "июня.", "10:30", "1700–2200",
)  # fmt: skip


def articles(words):
    return st.lists(st.sampled_from(words), max_size=60).map(" ".join)


def assert_quoted_verbatim(text, language):
    for proposal in propose(text, date(2011, 6, 9), GAZETTEER, False, language=language):
        assert text[proposal.start : proposal.end] == proposal.quote


@settings(max_examples=300, deadline=None)
@given(articles(ENGLISH))
def test_any_english_news_words_give_verbatim_proposals(text):
    assert_quoted_verbatim(text, Language.ENGLISH)


@settings(max_examples=300, deadline=None)
@given(articles(RUSSIAN))
def test_any_russian_news_words_give_verbatim_proposals(text):
    assert_quoted_verbatim(text, Language.RUSSIAN)


def test_in_before_a_quotation_mark_is_no_count_of_time():
    # "in" followed by no count read a span of nothing, and failed.
    assert_quoted_verbatim('Anna Berg spoke in "plain" terms in Oslo on Monday.', Language.ENGLISH)
