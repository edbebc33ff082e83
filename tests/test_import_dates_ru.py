"""The import's temporal tagger and modality reader on Russian news copy.

Every sentence is written for this test. The article is published on Thursday 21 April
2005, as in ``test_import_dates.py``, so the readings can be compared with the English.
"""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from events.dates import DatePrecision, DateQualifier, PartialDate
from events.importing.cues import event_type, event_type_at
from events.importing.gazetteer import Gazetteer, Record
from events.importing.modality import (
    clause_around,
    looks_ahead,
    relative_clauses,
    status_at,
    status_of,
    unreal_phrases,
)
from events.importing.proposals import propose
from events.importing.sentences import split_sentences
from events.importing.temporal import Story, find_dates, read_dates
from events.models import Event, Language

PUBLISHED = date(2005, 4, 21)  # a Thursday
WITHIN = DateQualifier.WITHIN
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
RU = Language.RUSSIAN
NOT_BEFORE = DateQualifier.NO_EARLIER_THAN
OCCURRED, PLANNED = Event.Status.OCCURRED, Event.Status.PLANNED


def only_date(sentence, anchors=()):
    found = find_dates(sentence, PUBLISHED, list(anchors), language=RU)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def reading(mention):
    value = mention.date
    return (
        mention.text,
        value.start.isoformat(),
        value.end.isoformat() if value.end else None,
        value.precision,
        value.qualifier,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Full dates.
        (
            "Стороны подписали протокол 21 апреля 2005 года в Москве.",
            ("21 апреля 2005 года", "2005-04-21", None, DAY, "exact"),
        ),
        (
            "Протокол был подписан 14 мая 2004 г. в Риме.",
            ("14 мая 2004 г.", "2004-05-14", None, DAY, "exact"),
        ),
        (
            "Протокол датирован 02.10.2003 и хранится в архиве.",
            ("02.10.2003", "2003-10-02", None, DAY, "exact"),
        ),
        (
            "Послы встретились 9 сент. 2001 г. в Брюсселе.",
            ("9 сент. 2001 г.", "2001-09-09", None, DAY, "exact"),
        ),
        # A day or month without a year: the publication's, unless the tense crosses New Year.
        (
            "Министры обороны встретились 12 марта в Брюсселе.",
            ("12 марта", "2005-03-12", None, DAY, "exact"),
        ),
        (
            "Министры обороны встретятся 12 марта в Брюсселе.",
            ("12 марта", "2006-03-12", None, DAY, "exact"),
        ),
        (
            "Послы провели консультации 20 декабря.",
            ("20 декабря", "2004-12-20", None, DAY, "exact"),
        ),
        (
            "В марте стороны возобновили консультации.",
            ("марте", "2005-03-01", None, MONTH, "exact"),
        ),
        (
            "В феврале стороны проведут консультации.",
            ("феврале", "2006-02-01", None, MONTH, "exact"),
        ),
        # Month and year; year.
        (
            "В июне 2002 года совет впервые собрался в Риме.",
            ("июне 2002 года", "2002-06-01", None, MONTH, "exact"),
        ),
        (
            "В 1999 году альянс принял новых членов.",
            ("1999 году", "1999-01-01", None, YEAR, "exact"),
        ),
        ("В 2003 г. работа миссии была продлена.", ("2003 г.", "2003-01-01", None, YEAR, "exact")),
        (
            "В середине 2009 года отношения начали налаживаться.",
            ("2009 года", "2009-01-01", None, YEAR, "exact"),
        ),
        (
            "Он вернулся в Москву в апреле прошлого года.",
            ("апреле прошлого года", "2004-04-01", None, MONTH, "exact"),
        ),
        (
            "Министры встретились 3 мая прошлого года в Вене.",
            ("3 мая прошлого года", "2004-05-03", None, DAY, "exact"),
        ),
        # Named days.
        ("Сегодня послы обсудили ситуацию.", ("Сегодня", "2005-04-21", None, DAY, "exact")),
        (
            "С сегодняшнего дня Норвегия закрывает порт.",
            ("С сегодняшнего дня", "2005-04-21", None, DAY, "exact"),
        ),
        ("Вчера послы обсудили ситуацию.", ("Вчера", "2005-04-20", None, DAY, "exact")),
        ("Завтра послы обсудят ситуацию.", ("Завтра", "2005-04-22", None, DAY, "exact")),
        ("Позавчера послы обсудили ситуацию.", ("Позавчера", "2005-04-19", None, DAY, "exact")),
        (
            "Послезавтра послы обсудят ситуацию.",
            ("Послезавтра", "2005-04-23", None, DAY, "exact"),
        ),
        (
            "Вчера вечером делегация прилетела в Брюссель.",
            ("Вчера вечером", "2005-04-20", None, DAY, "exact"),
        ),
        # Weeks, months, years.
        (
            "На прошлой неделе делегации обменялись нотами.",
            ("На прошлой неделе", "2005-04-11", "2005-04-17", DAY, "within"),
        ),
        (
            "На этой неделе делегации обменяются нотами.",
            ("На этой неделе", "2005-04-18", "2005-04-24", DAY, "within"),
        ),
        (
            "На следующей неделе делегации обменяются нотами.",
            ("На следующей неделе", "2005-04-25", "2005-05-01", DAY, "within"),
        ),
        (
            "В прошлом месяце делегации обменялись нотами.",
            ("В прошлом месяце", "2005-03-01", None, MONTH, "exact"),
        ),
        (
            "В этом месяце делегации обменяются нотами.",
            ("В этом месяце", "2005-04-01", None, MONTH, "exact"),
        ),
        (
            "В следующем месяце делегации обменяются нотами.",
            ("В следующем месяце", "2005-05-01", None, MONTH, "exact"),
        ),
        (
            "В начале месяца делегации обменялись нотами.",
            ("В начале месяца", "2005-04-01", None, MONTH, "exact"),
        ),
        (
            "В конце месяца делегации обменяются нотами.",
            ("В конце месяца", "2005-04-01", None, MONTH, "exact"),
        ),
        (
            "В прошлом году делегации обменялись нотами.",
            ("В прошлом году", "2004-01-01", None, YEAR, "exact"),
        ),
        (
            "В этом году делегации обменяются нотами.",
            ("В этом году", "2005-01-01", None, YEAR, "exact"),
        ),
        (
            "В следующем году делегации обменяются нотами.",
            ("В следующем году", "2006-01-01", None, YEAR, "exact"),
        ),
        (
            "В начале этого года делегации обменялись нотами.",
            ("В начале этого года", "2005-01-01", None, YEAR, "exact"),
        ),
        # Counted back from publication, with Russian number words.
        (
            "Три дня назад посол покинул Москву.",
            ("Три дня назад", "2005-04-18", None, DAY, "exact"),
        ),
        (
            "Две недели назад посол покинул Москву.",
            ("Две недели назад", "2005-04-07", None, DAY, "approximate"),
        ),
        (
            "Пять месяцев назад посол покинул Москву.",
            ("Пять месяцев назад", "2004-11-01", None, MONTH, "approximate"),
        ),
        ("Год назад посол покинул Москву.", ("Год назад", "2004-01-01", None, YEAR, "approximate")),
        (
            "Одну неделю назад посол покинул Москву.",
            ("Одну неделю назад", "2005-04-14", None, DAY, "approximate"),
        ),
        (
            "Полгода назад посол покинул Москву.",
            ("Полгода назад", "2004-10-01", None, MONTH, "approximate"),
        ),
        (
            "Несколько лет назад посол покинул Москву.",
            ("Несколько лет назад", "2003-01-01", None, YEAR, "by"),
        ),
        # The coming weeks: a span from publication, as in English.
        (
            "В ближайшие недели делегации обменяются нотами.",
            ("В ближайшие недели", "2005-04-01", "2005-06-01", MONTH, "within"),
        ),
        # A count in words is read whole, never as its last word.
        (
            "Тридцать два года назад посол покинул Москву.",
            ("Тридцать два года назад", "1973-01-01", None, YEAR, "approximate"),
        ),
        (
            "Четверть века назад посол покинул Москву.",
            ("Четверть века назад", "1980-01-01", None, YEAR, "approximate"),
        ),
        # Ranges.
        ("Визит продолжался 7–8 апреля.", ("7–8 апреля", "2005-04-07", "2005-04-08", DAY, "exact")),
        (
            "Визит продолжался 7 и 8 апреля.",
            ("7 и 8 апреля", "2005-04-07", "2005-04-08", DAY, "exact"),
        ),
        (
            "Учения проходили с 28 марта по 2 апреля.",
            ("с 28 марта по 2 апреля", "2005-03-28", "2005-04-02", DAY, "exact"),
        ),
        (
            "Визит продолжался 3-5 апреля 2004 года.",
            ("3-5 апреля 2004 года", "2004-04-03", "2004-04-05", DAY, "exact"),
        ),
        (
            "Учения проходили с марта по июнь 2003 года.",
            ("с марта по июнь 2003 года", "2003-03-01", "2003-06-01", MONTH, "exact"),
        ),
        (
            "Переговоры шли между 1994 и 1997 годами.",
            ("между 1994 и 1997 годами", "1994-01-01", "1997-01-01", YEAR, "within"),
        ),
        (
            "Миссия работала с 1998 по 2004 год.",
            ("с 1998 по 2004 год", "1998-01-01", "2004-01-01", YEAR, "exact"),
        ),
        (
            "Миссия работала с 1998 года до прошлого года.",
            ("с 1998 года до прошлого года", "1998-01-01", "2004-01-01", YEAR, "exact"),
        ),
        # Decades and seasons.
        (
            "В 1990-е годы стороны часто встречались.",
            ("1990-е годы", "1990-01-01", "1999-01-01", YEAR, "within"),
        ),
        (
            "В 1990-х стороны часто встречались.",
            ("1990-х", "1990-01-01", "1999-01-01", YEAR, "within"),
        ),
        (
            "В 90-е годы стороны часто встречались.",
            ("90-е годы", "1990-01-01", "1999-01-01", YEAR, "within"),
        ),
        (
            "Весной послы встречались дважды.",
            ("Весной", "2005-03-01", "2005-05-01", MONTH, "within"),
        ),
        (
            "Этой весной послы встретятся дважды.",
            ("Этой весной", "2005-03-01", "2005-05-01", MONTH, "within"),
        ),
        (
            "Весной 2003 года послы встречались дважды.",
            ("Весной 2003 года", "2003-03-01", "2003-05-01", MONTH, "within"),
        ),
        (
            "Прошлым летом послы встречались дважды.",
            ("Прошлым летом", "2004-06-01", "2004-08-01", MONTH, "within"),
        ),
        (
            "Осенью прошлого года послы встречались дважды.",
            ("Осенью прошлого года", "2004-09-01", "2004-11-01", MONTH, "within"),
        ),
        # Since, until, by, about.
        (
            "С 2015 года миссия приостановлена.",
            ("С 2015 года", "2015-01-01", None, YEAR, "exact"),
        ),
        (
            "Миссия будет работать до июня.",
            ("до июня", "2005-04-01", "2005-06-01", MONTH, "exact"),
        ),
        (
            "Войска будут выведены к концу мая.",
            ("к концу мая", "2005-05-01", None, MONTH, "by"),
        ),
        (
            "Войска будут выведены к 2010 году.",
            ("к 2010 году", "2010-01-01", None, YEAR, "by"),
        ),
        (
            "Работы будут завершены не позднее 1 июня.",
            ("не позднее 1 июня", "2005-06-01", None, DAY, "by"),
        ),
        (
            "Около 2002 года стороны впервые обсудили этот вопрос.",
            ("Около 2002 года", "2002-01-01", None, YEAR, "approximate"),
        ),
        # A month's adjective names the act's month; in a name («Октябрьская …») none.
        (
            "Лавров отметил, что вопрос перенесён на декабрьскую встречу министров.",
            ("декабрьскую", "2005-12-01", None, MONTH, "exact"),
        ),
        # One and a half: counted in the smaller unit, about.
        (
            "Полтора года назад стороны впервые обсудили этот вопрос.",
            ("Полтора года назад", "2003-10-01", None, MONTH, "approximate"),
        ),
        (
            "Полторы недели назад стороны впервые обсудили этот вопрос.",
            ("Полторы недели назад", "2005-04-11", None, DAY, "approximate"),
        ),
        # The year's ending in place of the word for "year".
        (
            "Работа совета возобновилась лишь весной 2003-го.",
            ("весной 2003-го", "2003-03-01", "2003-05-01", MONTH, "within"),
        ),
    ],
)
def test_each_russian_form_resolves_at_its_own_precision(sentence, expected):
    mention = only_date(sentence)
    assert reading(mention) == expected
    assert mention.note  # every reading is explained to the editor


@pytest.mark.parametrize(
    ("sentence", "words", "day"),
    [
        # Looking back: the past tense.
        ("Министры встретились в четверг в Брюсселе.", "в четверг", "2005-04-21"),
        (
            "Лавров заявил в воскресенье, что Москва готова к диалогу.",
            "в воскресенье",
            "2005-04-17",
        ),
        ("Во вторник послы обсудили проект документа.", "Во вторник", "2005-04-19"),
        ("В прошлую пятницу стороны подписали протокол.", "В прошлую пятницу", "2005-04-15"),
        ("Посол вручил ноту в понедельник утром.", "в понедельник утром", "2005-04-18"),
        ("В ночь на среду в районе учений произошёл инцидент.", "В ночь на среду", "2005-04-20"),
        # Looking ahead: the future, plans and expectations.
        ("Министры встретятся в пятницу в Брюсселе.", "в пятницу", "2005-04-22"),
        ("В следующий вторник стороны подпишут протокол.", "В следующий вторник", "2005-04-26"),
        ("Россия планирует провести консультации в понедельник.", "в понедельник", "2005-04-25"),
        ("Лавров намерен посетить Брюссель во вторник.", "во вторник", "2005-04-26"),
        ("Министр будет в Брюсселе в субботу.", "в субботу", "2005-04-23"),
        ("В среду министрам предстоит сложный разговор.", "В среду", "2005-04-27"),
        ("Визит министра в Варшаву ожидается в воскресенье.", "в воскресенье", "2005-04-24"),
        ("Заседание совета назначено на среду.", "на среду", "2005-04-27"),
        ("Стороны договорились провести встречу в понедельник.", "в понедельник", "2005-04-25"),
    ],
)
def test_a_weekday_points_the_way_its_verb_does(sentence, words, day):
    mention = only_date(sentence)
    assert (mention.text, mention.date.start.isoformat(), mention.date.precision) == (
        words,
        day,
        DAY,
    )
    assert ("looks ahead" in mention.note) == (mention.date.start > PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A task to complete «до» a date: by then.
        (
            "Рабочая группа должна завершить работу до 1 июля.",
            PartialDate(date(2005, 7, 1), DAY, None, DateQualifier.NO_LATER_THAN),
        ),
        # What lasts «до» a date still to come: from now until then.
        ("Миссия будет работать до 1 июля.", PartialDate(PUBLISHED, DAY, date(2005, 7, 1))),
        # Feasts: New Year's Day and the Orthodox Christmas.
        (
            "Сенат может ратифицировать договор до Нового года.",
            PartialDate(date(2006, 1, 1), DAY, None, DateQualifier.NO_LATER_THAN),
        ),
        ("Министры встретятся на Рождество.", PartialDate(date(2006, 1, 7))),
        ("Министры встретятся на католическое Рождество.", PartialDate(date(2005, 12, 25))),
        # «представитель» says no task completed: the mission lasts until then.
        (
            "По словам представителя Осло миссия будет работать до 1 июля.",
            PartialDate(PUBLISHED, DAY, date(2005, 7, 1)),
        ),
    ],
)
def test_until_a_deadline_of_a_task_or_a_feast(sentence, expected):
    assert only_date(sentence).date == expected


def test_an_evening_told_in_the_past_is_of_the_story_s_day_gone_by_not_one_to_come():
    text = (
        "Вчера в Тромсё Анна Берг провела переговоры. Протокол будет подписан 27 апреля. "
        "Вечером Олег Соколов сообщил, что итоги переговоров одобрены."
    )
    *_, evening = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert (evening.date_text, evening.date) == ("Вечером", PartialDate(date(2005, 4, 20)))


def test_a_russian_date_said_again_and_from_this_date():
    text = (
        "Мораторий Осло вступит в силу через 150 суток, то есть 18 сентября. "
        "С этой даты Осло закроет порт."
    )
    moratorium, closing = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert moratorium.date_text == "18 сентября"
    assert closing.date == moratorium.date == PartialDate(date(2005, 9, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        "Лавров поздравил коллег с Новым годом.",
        "Министры поздравили друг друга с наступающим Новым годом и Рождеством.",
    ],
)
def test_a_feast_greeting_is_no_date(sentence):
    assert find_dates(sentence, PUBLISHED, language=RU) == []


def test_one_month_or_another_is_one_date_within_both():
    found = only_date("Совет может собраться в конце мая или в начале июня.")
    assert found.date == PartialDate(date(2005, 5, 1), MONTH, date(2005, 6, 1), WITHIN)


def test_a_month_before_another_is_in_the_year_given_after_both():
    found = only_date("Совет собирался в марте или в начале апреля 1997 года.")
    assert found.date == PartialDate(date(1997, 3, 1), MONTH, date(1997, 4, 1), WITHIN)
    found = only_date("Совет собирался в марте и апреле 1997 года.")
    assert found.date == PartialDate(date(1997, 3, 1), MONTH, date(1997, 4, 1))
    found = find_dates("Совет собирался в марте и июне 1997 года.", PUBLISHED, language=RU)
    assert [f.date for f in found] == [
        PartialDate(date(1997, 3, 1), MONTH),
        PartialDate(date(1997, 6, 1), MONTH),
    ]


def test_the_date_beside_a_weekday_wins():
    mention = only_date("В понедельник, 18 апреля, послы встретились в Брюсселе.")
    assert reading(mention) == ("18 апреля", "2005-04-18", None, DAY, "exact")


def test_two_weekdays_make_one_span():
    mention = only_date("С понедельника по среду шли консультации экспертов.")
    assert reading(mention)[1:3] == ("2005-04-18", "2005-04-20")
    mention = only_date("В пятницу и субботу делегации встречались дважды.")
    assert reading(mention)[1:3] == ("2005-04-15", "2005-04-16")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("На следующий день стороны подписали протокол.", ("2003-05-06", None, DAY, "exact")),
        ("Два дня спустя стороны подписали протокол.", ("2003-05-07", None, DAY, "exact")),
        ("Через два дня стороны подписали протокол.", ("2003-05-07", None, DAY, "exact")),
        ("Спустя три недели стороны подписали протокол.", ("2003-05-26", None, DAY, "approximate")),
        ("Годом позже стороны подписали протокол.", ("2004-01-01", None, YEAR, "approximate")),
        ("Накануне стороны обменялись нотами.", ("2003-05-04", None, DAY, "exact")),
        ("В тот же день стороны подписали протокол.", ("2003-05-05", None, DAY, "exact")),
        ("За день до этого стороны обменялись нотами.", ("2003-05-04", None, DAY, "exact")),
    ],
)
def test_counting_from_the_last_date_named(sentence, expected):
    mention = only_date(sentence, [PartialDate(date(2003, 5, 5))])
    assert reading(mention)[1:] == expected
    assert "the date named before it" in mention.note


def test_an_act_named_again_with_its_place_is_the_last_such_act_there():
    text = (
        "В среду в Осло собрался рыболовный совет. "
        "В четверг дипломаты продолжили разговор в Риге на заседании комиссии. "
        "Сергей Лавров после заседания в Осло признал, что разногласия остаются."
    )
    *_, admitted = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert admitted.date == PartialDate(date(2005, 4, 20))


def test_the_eve_of_a_date_still_to_come_told_as_done_is_the_day_before_publication():
    to_come = PartialDate(date(2005, 4, 22))
    mention = only_date("Накануне в Брюсселе завершились консультации послов.", [to_come])
    assert reading(mention)[1:] == ("2005-04-20", None, DAY, "exact")
    # What is still to come the day before it counts from it.
    mention = only_date("Накануне в Брюсселе начнутся консультации послов.", [to_come])
    assert reading(mention)[1] == "2005-04-21"


def test_without_a_date_named_before_there_is_nothing_to_count_from():
    assert find_dates("Два дня спустя стороны подписали протокол.", PUBLISHED, language=RU) == []
    assert find_dates("На следующий день стороны уехали.", PUBLISHED, language=RU) == []
    # "через" in a sentence looking ahead counts from publication.
    mention = only_date("Через два дня стороны подпишут протокол.")
    assert reading(mention)[1] == "2005-04-23"
    # A count from an event, not a date, is left alone.
    assert find_dates("Через два дня после встречи послы уехали.", PUBLISHED, language=RU) == []


def test_following_year_counts_from_the_year_just_named_when_the_clause_looks_back():
    found = find_dates(
        "В 1997 году стороны подписали акт, а в следующем году открыли миссию.",
        PUBLISHED,
        language=RU,
    )
    assert [(m.text, m.date.start.year) for m in found] == [
        ("1997 году", 1997),
        ("в следующем году", 1998),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "В регион направили 2000 военнослужащих.",
        "На саммит прибудут около 2000 делегатов.",
        "В среде экспертов это вызвало споры.",
        "Марта Иванова заявила об этом журналистам.",
        "Резолюция 1244 осталась в силе.",
        "Министры встречаются по средам.",
        "Накануне саммита послы обсудили повестку.",
        "Зимой послы встречались реже.",
    ],
)
def test_words_that_are_not_dates(sentence):
    assert find_dates(sentence, PUBLISHED, language=RU) == []


def test_russian_number_words():
    for words, day in [
        ("Один день назад", "2005-04-20"),
        ("Два дня назад", "2005-04-19"),
        ("Четыре дня назад", "2005-04-17"),
        ("Пять дней назад", "2005-04-16"),
        ("Десять дней назад", "2005-04-11"),
        ("Пару дней назад", "2005-04-19"),
    ]:
        mention = only_date(f"{words} посол покинул Москву.")
        assert (mention.text, mention.date.start.isoformat()) == (words, day)
    assert only_date("Двумя годами позже посол вернулся.", [PartialDate(date(2000, 1, 1), YEAR)])


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Министры встретились в четверг.", Event.Status.OCCURRED),
        ("Лавров заявил в воскресенье, что Москва готова.", Event.Status.OCCURRED),
        ("Протокол был подписан в четверг.", Event.Status.OCCURRED),
        ("Министры встретятся в пятницу.", Event.Status.PLANNED),
        ("Протокол будет подписан в пятницу.", Event.Status.PLANNED),
        ("Россия планирует провести учения в пятницу.", Event.Status.PLANNED),
        ("Лавров намерен посетить Брюссель в пятницу.", Event.Status.PLANNED),
        ("В пятницу министрам предстоит трудный разговор.", Event.Status.PLANNED),
        ("В пятницу ожидается визит министра.", Event.Status.EXPECTED),
        # A hedge makes a plan only expected.
        ("Министры, возможно, встретятся в пятницу.", Event.Status.EXPECTED),
        ("Встреча, вероятно, пройдет в пятницу.", Event.Status.EXPECTED),
        ("Саммит совета завершился в пятницу.", Event.Status.OCCURRED),
    ],
)
def test_the_russian_verb_gives_the_status(sentence, status):
    mention = only_date(sentence)
    assert status_at(sentence, mention.start, mention.end, RU) == status
    assert looks_ahead(sentence, mention.start, mention.end, RU) == (
        status != Event.Status.OCCURRED
    )


def test_the_clause_of_a_russian_date():
    sentence = "Лавров заявил в воскресенье, что министры встретятся в пятницу."
    found = find_dates(sentence, PUBLISHED, language=RU)
    assert [m.date.start.isoformat() for m in found] == ["2005-04-17", "2005-04-22"]
    assert (
        clause_around(sentence, found[0].start, found[0].end, RU) == "Лавров заявил в воскресенье"
    )
    # A statement made is the fact, whatever it says of the future; in the present, the plan.
    assert status_of("Лавров заявил, что договор будет подписан.", RU) == Event.Status.OCCURRED
    assert status_of("Лавров выразил надежду, что договор будет подписан.", RU) == (
        Event.Status.OCCURRED
    )
    assert status_of("Лавров говорит, что договор будет подписан.", RU) == Event.Status.PLANNED
    assert status_of("Лавров заявил, что договор подписан.", RU) == Event.Status.OCCURRED


def test_a_year_naming_a_document_dates_no_fact():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = (
        "Сергей Лавров напомнил, что Основополагающий акт 1997 года остаётся в силе.\n\n"
        "Сергей Лавров подписал протокол в 1997 году в Париже."
    )
    proposals = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date_text, p.date.start.year, p.date.qualifier) for p in proposals] == [
        (None, 2005, DateQualifier.NO_LATER_THAN),
        ("1997 году", 1997, DateQualifier.EXACT),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Состоялся телефонный разговор Сергея Лаврова с министром иностранных дел Италии "
        "в пятницу.",
        "Прошли консультации Сергея Лаврова с послами стран НАТО в пятницу.",
    ],
)
def test_a_verb_opening_a_sentence_with_its_capital_reports_the_act(sentence):
    [proposal] = propose(sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (proposal.status, proposal.date) == (  # the Friday gone by
        Event.Status.OCCURRED,
        PartialDate(date(2005, 4, 15)),
    )


def test_where_the_news_came_from_is_no_fact_and_names_no_one():
    gazetteer = Gazetteer(
        [*LAVROV.records.values(), Record("place", "oslo", "Oslo", names_ru=("Осло",))]
    )
    text = "Как уже сообщала «Северная звезда», 12 апреля Сергей Лавров прибыл в Осло."
    [proposal] = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.date_text == "12 апреля"
    assert [m.text for m in proposal.mentions] == ["Сергей Лавров", "Осло"]


def test_a_clause_after_a_contrasting_a_has_its_own_title_and_names():
    gazetteer = Gazetteer([Record("place", "oslo", "Oslo", names_ru=("Осло",))])
    text = "Переговоры начались в январе, а договорённость была достигнута в Осло 20 марта."
    began, reached = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (began.title, [m.text for m in began.mentions]) == ("Переговоры начались в январе", [])
    assert reached.title.startswith("Договорённость была достигнута")
    assert [m.text for m in reached.mentions] == ["Осло"]


def test_an_act_announced_in_the_present_is_news_by_publication():
    text = "Норвегия прекращает деятельность рыболовного бюро России в Осло."
    [proposal] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (proposal.event_type, proposal.status, proposal.date.qualifier) == (
        Event.Type.OBJECTION,
        Event.Status.OCCURRED,
        DateQualifier.NO_LATER_THAN,
    )


def test_a_date_set_off_before_a_closing_saying_is_the_main_verb_s():
    text = "Совет соберётся на заседание, посвящённое квотам, в среду, сообщил представитель."
    [proposal] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (proposal.date, proposal.status) == (PartialDate(date(2005, 4, 27)), "planned")


def test_what_the_news_reported_on_a_day_had_happened_by_then():
    text = "Газета «Северная звезда» сообщила во вторник, что Сергей Лавров прибыл в Осло."
    [proposal] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert proposal.date == PartialDate(date(2005, 4, 19), DAY, None, DateQualifier.NO_LATER_THAN)
    assert [m.text for m in proposal.mentions] == ["Сергей Лавров", "Осло"]


def test_a_law_s_steps_on_lines_with_no_full_stop_are_facts():
    text = (
        "Закон о ратификации соглашения.\n\n"
        "Принят Государственной Думой 18 мая 2007 года\n\n"
        "Одобрен Советом Федерации 23 мая 2007 года\n\n"
        "Статья 1. Ратифицировать соглашение, подписанное Сергеем Лавровым.\n"
    )
    proposals = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert [p.date_text for p in proposals][:2] == ["18 мая 2007 года", "23 мая 2007 года"]


def test_a_participle_of_what_was_under_way_dates_the_main_act():
    text = "Самолёт Сергея Лаврова, летевший вчера в Осло, совершил посадку в Риге."
    [proposal] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (proposal.date_text, proposal.date.start) == ("вчера", date(2005, 4, 20))
    assert proposal.title.endswith("совершил посадку в Риге")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # When the statement cited was issued: its date.
        (
            "«Квоты останутся прежними», — говорится в заявлении Сергея Лаврова, "
            "опубликованном во вторник.",
            [("во вторник", date(2005, 4, 19))],
        ),
        # A participle of something else: its own fact, the main act "by" publication.
        (
            "Сергей Лавров согласился с планом, опубликованным во вторник.",
            [(None, PUBLISHED), ("во вторник", date(2005, 4, 19))],
        ),
    ],
)
def test_a_participle_of_when_a_statement_was_issued_dates_it(text, expected):
    proposals = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert [(p.date_text, p.date.start) for p in proposals] == expected


def test_yesterday_in_what_was_said_on_a_day_counts_from_that_day():
    sentence = "Лавров заявил 12 апреля, что вчера ноту вручили послу."
    assert [(f.text, f.date.start) for f in find_dates(sentence, PUBLISHED, language=RU)] == [
        ("12 апреля", date(2005, 4, 12)),
        ("вчера", date(2005, 4, 11)),
    ]


def test_an_anniversary_dates_the_act_it_recalls():
    found = only_date("21 апреля исполняется 10 лет со дня подписания соглашения.")
    assert found.date == PartialDate(date(1995, 4, 21))


def test_a_month_s_adjective_in_a_name_is_no_date():
    assert (
        find_dates("Годовщину Октябрьской революции отметили в Москве.", PUBLISHED, language=RU)
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        # A treaty's own date after «от» names it; a law's is the day it was signed.
        (
            "Сергей Лавров в 2005 году подписал Соглашение о статусе сил от 19 июня 1995 года.",
            "2005 году",
        ),
        ("Сергей Лавров внёс закон от 7 июня 2007 г. в Думу.", "7 июня 2007 г."),
    ],
)
def test_a_treaty_s_own_date_after_ot_dates_no_fact(sentence, date_text):
    [proposal] = propose(sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert proposal.date_text == date_text


def test_a_source_s_own_body_stays_where_the_news_came_from_does_not():
    gazetteer = Gazetteer([Record("organization", "rzd", "Russian Railways", names_ru=("РЖД",))])
    text = "По данным источника «Вестника» в РЖД, 12 апреля через Россию прошёл поезд НАТО."
    [proposal] = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert "РЖД" in [m.text for m in proposal.mentions]
    assert not [m for m in proposal.mentions if "Вестник" in m.text]


@pytest.mark.parametrize(
    "text",
    [
        "«Это брак по расчёту», — считает политолог Сергей Лавров.",
        "«Осло отозвал посла», — говорит пенсионерка Анна Берг.",
        # A proverb quoted.
        "Как говорится, с Сергеем Лавровым надо говорить прямо, но говорить.",
        "В 2006 году, по оценке экспертов, оборот Сергея Лаврова может достичь миллиона.",
        # What many hold, the author's view, what follows from a condition.
        "В Осло считают предложение Сергея Лаврова надуманным.",
        "Многие в Осло опасаются, что Сергей Лавров закроет офис.",
        "По мнению автора, до 12 декабря у Сергея Лаврова есть окно для компромисса.",
        "Если договорённости не будет, Сергей Лавров закроет офис в Осло.",
        # A quotation given as what someone thinks, the attribution inside its marks.
        "«Это декларация,— считает Сергей Лавров.— Реальная проверка будет в июне».",
    ],
)
def test_a_commentator_s_view_or_forecast_is_no_fact(text):
    assert propose(text, PUBLISHED, LAVROV, match_events=False, language=RU) == []


@pytest.mark.parametrize(
    "text",
    [
        "Источники в дипломатических кругах Осло говорят, что никто не ждал прорыва.",
        "Дипломаты в Осло говорят, что переговоры могут затянуться надолго.",
        "Собеседники газеты «Вестник» в делегации Осло называют итоги встречи рабочими.",
    ],
)
def test_an_unnamed_source_s_view_is_no_fact(text):
    assert propose(text, PUBLISHED, LAVROV, match_events=False, language=RU) == []


@pytest.mark.parametrize(
    "text",
    [
        "Источник в МИД сообщил, что встреча в Осло состоится 20 сентября.",
        "По словам источника, Осло отозвал своего посла.",
    ],
)
def test_what_an_unnamed_source_tells_of_an_act_or_a_plan_is_a_fact(text):
    assert len(propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)) == 1


def test_a_deck_above_the_author_s_name_is_no_fact():
    text = (
        "Договор на паузе\n\nСергей Лавров подпишет соглашение в мае. Что это значит?\n\n"
        "Ксения ЛАВРЕНОВА\n\nСергей Лавров встретился с коллегами в Осло в понедельник.\n"
    )
    [proposal] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert proposal.date_text == "в понедельник"


def test_what_a_participle_tells_in_a_view_is_still_a_fact():
    text = "Многие в Осло опасаются, что Сергей Лавров отменит соглашение, подписанное в 2003 году."
    [signed] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (signed.date_text, signed.event_type) == ("2003 году", Event.Type.AGREEMENT_SIGNED)


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня «Вестник» публикует текст соглашения Сергея Лаврова.",
        "«Вестник.Ru» вела онлайн-трансляцию визита Сергея Лаврова.",
        "«Вестник» объясняет, о чём Сергей Лавров говорил в Осло.",
        # An age a thing reaches: its anniversary, no act.
        "Соглашению Сергея Лаврова завтра исполняется 20 лет.",
    ],
)
def test_the_outlet_s_own_doing_or_an_anniversary_is_no_fact(text):
    assert propose(text, PUBLISHED, LAVROV, match_events=False, language=RU) == []


def test_this_week_told_in_the_past_ends_today():
    found = only_date("На этой неделе Сергей Лавров обсуждал ПРО в Брюсселе.")
    assert (found.date.start, found.date.end) == (date(2005, 4, 18), date(2005, 4, 21))


def test_that_meeting_is_the_day_of_the_fact_named_before():
    text = (
        "9 февраля 1990 года Сергей Лавров встретился с послами в Кремле. В ходе той беседы "
        "Сергей Лавров обещал спокойствие."
    )
    proposals = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert [(p.date_text, p.date.start.isoformat()) for p in proposals] == [
        ("9 февраля 1990 года", "1990-02-09"),
        ("той беседы", "1990-02-09"),
    ]


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        ("Сергей Лавров заявил, что посетил учения «Бдительное небо - 2011» в Мурманске.", None),
        ("Сергей Лавров заявил, что посетил учения «Запад-2009» в Минске.", None),
        ("«Мы подписали протокол в 2004», — сказал Сергей Лавров.", "2004"),
    ],
)
def test_a_year_closing_an_exercise_s_name_dates_no_fact(sentence, date_text):
    [proposal] = propose(sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert proposal.date_text == date_text


def test_a_russian_article_end_to_end():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = (
        "Лавров в Брюсселе\n\n"
        "МОСКВА, 21 апреля — РИА Новости. Сергей Лавров в четверг встретился с послами "
        "стран НАТО. На следующий день Сергей Лавров вылетел в Берлин. Сергей Лавров "
        "проведёт переговоры в Вашингтоне в следующий вторник."
    )
    proposals = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date_text, p.date.start.isoformat(), p.status) for p in proposals] == [
        ("в четверг", "2005-04-21", Event.Status.OCCURRED),
        ("На следующий день", "2005-04-22", Event.Status.PLANNED),
        ("в следующий вторник", "2005-04-26", Event.Status.PLANNED),
    ]
    for proposal in proposals:
        assert text[proposal.start : proposal.end] == proposal.quote


def test_a_russian_dateline_with_the_time_it_was_filed_is_left_out_of_the_quote():
    text = "Москва, 19 апреля 2005, 10:42 — ИА Регнум. Сергей Лавров вчера встретился с послами.\n"
    [met] = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert met.quote == "Сергей Лавров вчера встретился с послами."
    assert met.date == PartialDate(date(2005, 4, 18))


def test_the_same_day_after_a_year_named_in_passing_is_the_day_named_before_it():
    text = (
        "Сергей Лавров прибыл в Осло 19 апреля. Соглашение, подписанное в Осло в 1999 году, "
        "так и не вступило в силу. Ответ Осло последовал в тот же день.\n"
    )
    *_, answered = propose(text, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert answered.date == PartialDate(date(2005, 4, 19))


def test_russian_sentences_split_as_news_copy_needs():
    text = (
        "Договор подписан в 1997 г. Россия и НАТО создали совет. В 2002 г. его сменил "
        "Совет Россия–НАТО. С. Лавров, т.е. министр, прибыл в г. Москву. Лавров С.В. "
        "выступил. «Мы готовы!» — заявил он. Переговоры шли в 1994–1997 гг. Затем "
        "стороны подписали акт. Встреча прошла 21 янв. 2005 г. в Москве. Проф. Иванов "
        "выступил. Учения, стрельбы и т.д. Затем все уехали. В 1997 г. Россия подписала акт."
    )
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "Договор подписан в 1997 г.",
        "Россия и НАТО создали совет.",
        "В 2002 г. его сменил Совет Россия–НАТО.",
        "С. Лавров, т.е. министр, прибыл в г. Москву.",
        "Лавров С.В. выступил.",
        "«Мы готовы!» — заявил он.",
        "Переговоры шли в 1994–1997 гг.",
        "Затем стороны подписали акт.",
        "Встреча прошла 21 янв. 2005 г. в Москве.",
        "Проф. Иванов выступил.",
        "Учения, стрельбы и т.д.",
        "Затем все уехали.",
        "В 1997 г. Россия подписала акт.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # What comes before "г." has no verb: an opening phrase, or a law's reference.
        "После конфликта в августе 2008 г. НАТО заморозило работу совета.",
        "Федеральный закон от 7 июня 2007 г. № 99-ФЗ о ратификации подписал президент.",
        "Соглашение о статусе сил от 19 июня 1995 г. Россия подписала в 2004 году.",
    ],
)
def test_a_year_s_abbreviation_after_no_verb_goes_on(sentence):
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_an_english_article_is_unaffected():
    sentence = "The envoys met on Sunday and will meet again on 12 March."
    default = find_dates(sentence, PUBLISHED)
    assert find_dates(sentence, PUBLISHED, language=Language.ENGLISH) == default
    assert [(m.text, m.date.start.isoformat()) for m in default] == [
        ("on Sunday", "2005-04-17"),
        ("12 March", "2006-03-12"),
    ]
    # Russian words are no dates in an English article, nor English ones in a Russian one.
    assert find_dates("Послы встретились в четверг.", PUBLISHED) == []
    assert find_dates("The envoys met on Sunday.", PUBLISHED, language=RU) == []
    assert status_of("The pact will be signed.") == status_of(
        "The pact will be signed.", Language.ENGLISH
    )
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = "Sergei Lavrov met the envoys on Monday. Sergei Lavrov will fly to Berlin next Tuesday."
    assert [
        (p.date_text, p.date.start, p.status)
        for p in propose(text, PUBLISHED, gazetteer, match_events=False)
    ] == [
        (p.date_text, p.date.start, p.status)
        for p in propose(text, PUBLISHED, gazetteer, match_events=False, language="en")
    ]


def test_the_import_command_reads_a_russian_article_by_its_language(db, tmp_path):
    path = tmp_path / "statya.txt"
    path.write_text(
        "Переговоры в Осло\n\nПосол Лена Хаугланд заявила в понедельник, что флоты "
        "проведут совместные учения в мае.\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command(
        "import_article",
        str(path),
        "--published=2011-03-17",  # a Thursday
        "--title=Переговоры в Осло",
        "--publisher=Северное агентство",
        "--language=ru",
        "--dry-run",
        "--format=json",
        stdout=out,
    )
    proposals = json.loads(out.getvalue())["proposals"]
    assert [(p["date_text"], p["start_date"], p["status"]) for p in proposals] == [
        ("в понедельник", "2011-03-14", "occurred"),
        ("мае", "2011-05-01", "planned"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Сергей Лавров не подписал протокол в понедельник, сообщил источник.",
        "Протокол, по словам Сергея Лаврова, пока не подписан, уточнил источник.",
    ],
)
def test_a_negated_russian_act_is_never_proposed_as_done(sentence):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.event_type != Event.Type.AGREEMENT_SIGNED
    assert (proposal.date_text, proposal.status) == (None, Event.Status.OCCURRED)
    assert "Not a fact:" in proposal.date_note


def test_a_russian_act_only_denied_is_no_fact():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    sentence = "Протокол о рыболовстве Сергей Лавров так и не подписал в 2003 году."
    assert propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Визит Сергея Лаврова в Осло планировался на май 2003 года, но так и не состоялся.",
        "Встреча Сергея Лаврова с послом была намечена на 2 марта, но была отменена.",
    ],
)
def test_a_russian_plan_called_off_is_neither_dated_nor_typed_by_it(sentence):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (proposal.date_text, proposal.status) == (None, Event.Status.OCCURRED)
    assert proposal.event_type == Event.Type.STATEMENT


LAVROV = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])


def proposed_ru(sentence):
    return [
        (p.date_text, p.date.start.isoformat(), p.status, p.event_type)
        for p in propose(sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Запланированная на 12 марта встреча Сергея Лаврова с послом так и не состоялась.",
        "Назначенные на вторник переговоры Сергея Лаврова были отменены после обстрела.",
        "Сергей Лавров отменил поездку в Анкару, намеченную на среду.",
    ],
)
def test_a_russian_plan_called_off_by_its_own_verb_gives_no_fact_on_its_date(sentence):
    assert proposed_ru(sentence) == [
        (None, "2005-04-21", Event.Status.OCCURRED, Event.Type.STATEMENT)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Called off for the future, as «так и не состоялась» is in the past.
        "Встреча Сергея Лаврова с послом, намеченная на 12 мая, не состоится.",
        "Запланированные на осень учения с участием Сергея Лаврова не будут проводиться.",
        "Переговоры Сергея Лаврова, назначенные на июнь, проводиться не будут.",
        "Намеченные на вторник консультации Сергея Лаврова в Осло не пройдут.",
    ],
)
def test_a_russian_plan_called_off_for_the_future_gives_no_plan(sentence):
    assert proposed_ru(sentence) == [
        (None, "2005-04-21", Event.Status.OCCURRED, Event.Type.STATEMENT)
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # What is going on as the story is written has begun: it happened.
        ("Сергей Лавров ведёт переговоры с норвежской стороной.", Event.Status.OCCURRED),
        ("Пограничники двух стран проводят учения в Баренцевом море.", Event.Status.OCCURRED),
        ("Министры обсуждают план по рыболовству.", Event.Status.OCCURRED),
        ("Стороны готовят соглашение, которое откроет границу.", Event.Status.OCCURRED),
        ("Переговоры о квотах на треску ведутся в Осло.", Event.Status.OCCURRED),
        ("Работа над соглашением о границе ведётся уже полгода.", Event.Status.OCCURRED),
        # The perfective future of the same verbs is still a plan.
        ("Пограничники двух стран проведут учения в Баренцевом море.", Event.Status.PLANNED),
        ("Стороны подготовят соглашение о границе.", Event.Status.PLANNED),
        ("Консультации о квотах на треску проведутся в Осло.", Event.Status.PLANNED),
    ],
)
def test_what_is_going_on_in_russian_has_begun(sentence, status):
    assert status_of(sentence, RU) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Переговоры о квотах на треску ведутся с прошлого года.",
        "Россия и Норвегия ведут переговоры о квотах с прошлого года.",
        "Напомним, что переговоры о границе стороны ведут с прошлого года.",
    ],
)
def test_what_has_gone_on_since_last_year_began_then(sentence):
    assert [(d, start, status) for d, start, status, _t in proposed_ru(sentence)] == [
        ("с прошлого года", "2004-01-01", Event.Status.OCCURRED)
    ]


def test_what_is_to_begin_from_next_year_is_planned():
    sentence = "Переговоры о квотах на треску начнутся со следующего года."
    assert [(d, start, status) for d, start, status, _t in proposed_ru(sentence)] == [
        ("со следующего года", "2006-01-01", Event.Status.PLANNED)
    ]


def test_what_is_going_on_with_a_month_to_come_is_planned_then():
    sentence = "Сергей Лавров и норвежские пограничники проводят учения в сентябре."
    assert [(d, start, status) for d, start, status, _t in proposed_ru(sentence)] == [
        ("сентябре", "2005-09-01", Event.Status.PLANNED)
    ]


@pytest.mark.parametrize(
    ("sentence", "new_date"),
    [
        ("Визит Сергея Лаврова, намеченный на май, отложен до осени.", ("осени", "2005-09-01")),
        (
            "Встреча Сергея Лаврова, запланированная на 5 июня, перенесена на июль.",
            ("июль", "2005-07-01"),
        ),
        # «до» after «отложен» is the new date, no deadline.
        ("Визит Сергея Лаврова в Осло отложен до 5 мая.", ("5 мая", "2005-05-05")),
    ],
)
def test_a_russian_plan_put_off_is_planned_on_its_new_date_only(sentence, new_date):
    [proposal] = propose(sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (proposal.date_text, proposal.date.start.isoformat()) == new_date
    assert proposal.status == Event.Status.PLANNED
    assert proposal.date.qualifier != DateQualifier.NO_LATER_THAN


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Совместные учения флотов России и Норвегии с участием Сергея Лаврова перенесены "
            "на следующий год.",
            ("на следующий год", "2006-01-01", Event.Status.PLANNED, Event.Type.EXERCISE),
        ),
        (
            "Переговоры Сергея Лаврова с норвежской делегацией отложены до лета.",
            ("лета", "2005-06-01", Event.Status.PLANNED, Event.Type.MEETING),
        ),
        # «могут быть перенесены»: what may come, not a plan.
        (
            "Учения с участием Сергея Лаврова могут быть перенесены на осень.",
            ("осень", "2005-09-01", Event.Status.EXPECTED, Event.Type.EXERCISE),
        ),
    ],
)
def test_a_russian_plan_put_off_is_the_act_its_subject_names(sentence, expected):
    assert proposed_ru(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The old date of a plan moved is no act that took place on it.
        (
            "Учения флотов с участием Сергея Лаврова предполагалось провести в мае, однако "
            "они перенесены на следующий год.",
            [("на следующий год", "2006-01-01", PLANNED, Event.Type.EXERCISE)],
        ),
        (
            "Визит Сергея Лаврова в Осло планировалось провести в июне, но его перенесли на осень.",
            [("осень", "2005-09-01", PLANNED, Event.Type.VISIT)],
        ),
        (
            "Учения флотов с участием Сергея Лаврова прошли в марте.",
            [("марте", "2005-03-01", OCCURRED, Event.Type.EXERCISE)],
        ),
    ],
)
def test_a_russian_plan_moved_to_a_new_date_is_planned_then_only(sentence, expected):
    assert proposed_ru(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «должны были»: the plan's «были» is no verb of its own before the calling off.
        (
            "Учения с участием Сергея Лаврова должны были пройти в мае, но были отложены до осени.",
            [("осени", "2005-09-01", PLANNED, Event.Type.EXERCISE)],
        ),
        (
            "Переговоры Сергея Лаврова должны были состояться в марте, но их перенесли на июнь.",
            [("июнь", "2005-06-01", PLANNED, Event.Type.MEETING)],
        ),
        # Called off: no visit in May.
        (
            "Визит Сергея Лаврова в Осло должен был состояться в мае, но был отменён.",
            [(None, "2005-04-21", OCCURRED, Event.Type.STATEMENT)],
        ),
        # Done, not planned: May stays May past.
        (
            "Учения с участием Сергея Лаврова прошли в мае.",
            [("мае", "2004-05-01", OCCURRED, Event.Type.EXERCISE)],
        ),
    ],
)
def test_a_russian_plan_in_the_past_called_off_keeps_no_date(sentence, expected):
    assert proposed_ru(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "deciding", "act"),
    [
        # A manner or the deciding's date between the verb and the infinitive decided.
        (
            "Сергей Лавров и норвежская сторона договорились в понедельник провести учения "
            "в сентябре.",
            [("в понедельник", "2005-04-18", OCCURRED)],
            ("сентябре", "2005-09-01", PLANNED, Event.Type.EXERCISE),
        ),
        (
            "Флоты единогласно решили на прошлой неделе провести учения с Сергеем Лавровым в июле.",
            [("на прошлой неделе", "2005-04-11", OCCURRED)],
            ("июле", "2005-07-01", PLANNED, Event.Type.EXERCISE),
        ),
        (
            "Стороны договорились в принципе провести учения с Сергеем Лавровым в сентябре.",
            [],
            ("сентябре", "2005-09-01", PLANNED, Event.Type.EXERCISE),
        ),
        # Not decided: done last September.
        (
            "Сергей Лавров провёл учения в сентябре.",
            [],
            ("сентябре", "2004-09-01", OCCURRED, Event.Type.EXERCISE),
        ),
    ],
)
def test_a_russian_act_decided_across_an_aside_is_planned(sentence, deciding, act):
    *before, last = proposed_ru(sentence)
    assert [(d, s, status) for d, s, status, _t in before] == deciding
    assert last == act


# Published in April: the spring is under way.
@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Переговоры Сергея Лаврова с норвежской делегацией отложены до весны.", "2006-03-01"),
        ("Визит Сергея Лаврова в Осло перенесён на весну.", "2006-03-01"),
        ("Визит Сергея Лаврова в Осло перенесён на осень.", "2005-09-01"),
        # Not put off: the spring under way.
        ("Сергей Лавров посетит Осло весной.", "2005-03-01"),
    ],
)
def test_a_russian_plan_put_off_to_a_season_moves_forward(sentence, start):
    assert [s for _d, s, _status, _t in proposed_ru(sentence)] == [start]


def test_a_russian_plan_not_called_off_stays_planned():
    sentence = "Намеченный на сентябрь визит Сергея Лаврова в Брюссель не отменен."
    assert proposed_ru(sentence) == [
        ("сентябрь", "2005-09-01", Event.Status.PLANNED, Event.Type.VISIT)
    ]
    called_off = "Намеченный на сентябрь визит Сергея Лаврова в Брюссель отменен."
    assert [status for _d, _s, status, _t in proposed_ru(called_off)] == [Event.Status.OCCURRED]


def test_a_russian_plan_carried_out_keeps_its_date():
    sentence = "Встреча Сергея Лаврова, намеченная на 5 мая, состоится в Осло."
    dated = [(d, start, status) for d, start, status, _type in proposed_ru(sentence)]
    assert ("5 мая", "2005-05-05", Event.Status.PLANNED) in dated


@pytest.mark.parametrize("announced", ["было объявлено", "было сообщено", "объявлено"])
def test_an_announcement_of_a_visit_is_a_statement_and_the_visit_is_planned(announced):
    sentence = f"Вечером 18 апреля в Кремле {announced}, что Сергей Лавров посетит Осло в мае."
    assert proposed_ru(sentence) == [
        ("18 апреля", "2005-04-18", Event.Status.OCCURRED, Event.Type.STATEMENT),
        ("мае", "2005-05-01", Event.Status.PLANNED, Event.Type.VISIT),
    ]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Сергей Лавров в мае 2003 года, возможно, встречался с послом в Осло.", "возможно"),
        ("По данным СМИ, Сергей Лавров посетил Тромсё в июне 2003 года.", "По данным СМИ"),
        ("Сергей Лавров якобы подписал протокол в марте 2003 года.", "якобы"),
    ],
)
def test_a_hedged_russian_past_fact_happened_and_its_note_names_the_hedge(sentence, hedge):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.status == Event.Status.OCCURRED and proposal.date_text
    assert proposal.date_note.endswith(f"Hedged: “{hedge}” — the article does not assert it.")


@pytest.mark.parametrize(
    "sentence",
    [
        "В предыдущей версии заметки говорилось, что Сергей Лавров посетил Осло 3 марта.",
        "Ранее в материале ошибочно сообщалось, что Сергей Лавров был в Осло в мае 2003 года.",
    ],
)
def test_what_a_russian_correction_withdraws_is_no_fact(sentence):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    assert propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU) == []


@pytest.mark.parametrize("second", ["возобновлены", "восстановлены", "отменены", "продлены"])
def test_a_second_russian_verb_types_its_own_date(second):
    sentence = (
        "Квоты, которые предложил Сергей Лавров, были заморожены в мае 2003 года "
        f"и {second} в июне 2004 года."
    )
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    proposals = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [p.event_type for p in proposals] == [Event.Type.OBJECTION, Event.Type.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Квоты останутся прежними», — сказал Сергей Лавров по итогам переговоров.",
        "Накануне саммита Сергей Лавров не исключил новой встречи в Осло в мае.",
        # What was said again, not what it says.
        "Сергей Лавров в понедельник повторил, что расширение не направлено против Осло.",
    ],
)
def test_a_russian_verb_types_its_fact_before_the_nouns_it_names(sentence):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.event_type == Event.Type.STATEMENT


def test_an_act_of_so_many_days_begun_on_a_day_lasts_them():
    found = only_date("В понедельник у Вардё начались пятидневные учения.")
    assert found.date == PartialDate(date(2005, 4, 18), DAY, date(2005, 4, 22))


@pytest.mark.parametrize("noun", ["фрегат", "делегат"])
def test_a_noun_ending_as_a_verb_does_is_no_schedule(noun):
    (found,) = find_dates(f"Российский {noun} в понедельник прибыл в Осло.", PUBLISHED, language=RU)
    assert found.date == PartialDate(date(2005, 4, 18))  # the Monday gone by


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # Received, not met: «встретить идею прохладно, в штыки».
        ("В понедельник Сергей Лавров встретил эту идею прохладно.", Event.Type.STATEMENT),
        ("В понедельник Сергей Лавров встретил идею Осло в штыки.", Event.Type.STATEMENT),
        ("В понедельник Сергей Лавров встретил идею Осло неоднозначно.", Event.Type.STATEMENT),
        ("В понедельник совет с Сергеем Лавровым собирался в Осло.", Event.Type.MEETING),
        ("В понедельник Сергей Лавров встретился с послами в Осло.", Event.Type.MEETING),
    ],
)
def test_an_idea_met_coolly_is_no_meeting(sentence, kind):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.event_type == kind


def test_a_russian_opinion_held_of_what_is_to_come_is_a_forecast():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = "Эффект от закрытия бюро будет ограниченным в следующем году, считает Сергей Лавров."
    [proposal] = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.status == Event.Status.EXPECTED


@pytest.mark.parametrize(
    "sentence",
    [
        "В понедельник министры Сергея Лаврова провели экстренное заседание в Осло.",
        "В понедельник министры Сергея Лаврова провели очередное совещание в Осло.",
    ],
)
def test_a_gathering_held_with_an_adjective_before_it_is_a_meeting(sentence):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.event_type == Event.Type.MEETING


@pytest.mark.parametrize(
    ("text", "joins_the_alliance"),
    [
        ("Черногория присоединилась к НАТО в июне.", True),
        ("В 2004 году в альянс вошли семь стран.", True),
        ("Черногория вошла в НАТО в июне.", True),
        ("Черногория вошла в историю в июне.", False),
        ("Присоединение Финляндии к альянсу заняло год.", True),
        ("После присоединения Крыма к России совет не собирался.", False),
    ],
)
def test_joining_is_enlargement_only_when_it_is_the_alliance_that_is_joined(
    text, joins_the_alliance
):
    assert (event_type(text) == Event.Type.ENLARGEMENT) is joins_the_alliance


@pytest.mark.parametrize(
    ("text", "dated", "kind"),
    [
        # Entering the alliance, not an office («в должность») nor force («в силу»).
        ("Черногория вступила в НАТО в июне.", "июне", "enlargement"),
        ("В июне в НАТО вступила Черногория.", "июне", "enlargement"),
        ("7 мая в должность губернатора вступит Олег Соколов.", "7 мая", "statement"),
        ("Соглашение о квотах вступит в силу в мае.", "мае", "statement"),
        # An exchange of letters is a signing.
        (
            "Протокол вступит в силу после обмена письмами, намеченного на май.",
            "май",
            "agreement_signed",
        ),
        # A participial or relative clause that names no act is said of the act before it.
        (
            "Саммит в Тромсё, который должен состояться в ноябре, Анна Берг назвала важным.",
            "ноябре",
            "conference",
        ),
        # … through a chain of phrases of its own.
        (
            "Визит совпал с завершением учений по поиску и спасению экипажей аварийных "
            "рыболовных судов, которые прошли в Баренцевом море во вторник.",
            "во вторник",
            "exercise",
        ),
        # A participle's phrase sets the time of the main clause, whose verb types it.
        (
            "Встретившись в Осло во вторник, министры приостановили совместное патрулирование.",
            "во вторник",
            "objection",
        ),
        (
            "Выступая в Осло во вторник, министр заявил, что квоты сохранятся.",
            "во вторник",
            "statement",
        ),
    ],
)
def test_a_russian_dated_act_is_typed_by_its_own_words(text, dated, kind):
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.event_type for p in proposals if p.date_text == dated] == [kind]


@pytest.mark.parametrize(
    ("text", "dated", "kind"),
    [
        # A participle's phrase that only names where the main act was is its setting.
        (
            "Министр Анна Берг, выступая во вторник на пресс-конференции в Осло, назвала "
            "квоты «разумным компромиссом».",
            "во вторник",
            "statement",
        ),
        ("Анна Берг провела пресс-конференцию в Осло во вторник.", "во вторник", "conference"),
        # An act named by a verbal noun is what is talked about, not the act…
        (
            "Председатель совета во вторник назвал подписание протокола «большим шагом».",
            "во вторник",
            "statement",
        ),
        # … unless it is the subject of a verb saying that it happened.
        ("Подписание протокола состоялось во вторник в Осло.", "во вторник", "agreement_signed"),
        (
            "Конференция, созванная по инициативе Норвегии, прошла в середине июня и завершилась "
            "безрезультатно.",
            "июня",
            "conference",
        ),
        ("Норвегия и Россия подпишут протокол в мае.", "мае", "agreement_signed"),
        # A second verb's clause is typed by its own words, in what was recalled too.
        (
            "Он напомнил, что в 2003 году Норвегия заморозила рыболовные консультации и "
            "вернулась к ним лишь в марте 2004 года.",
            "марте 2004 года",
            "statement",
        ),
        # A meeting set for a date, or people who will gather, meet.
        (
            "Очередное заседание рыболовного совета на уровне министров намечено на начало июня.",
            "июня",
            "meeting",
        ),
        ("Встреча министров рыболовства назначена на 12 мая.", "12 мая", "meeting"),
        (
            "Министры рыболовства соберутся в Тромсё на следующей неделе.",
            "на следующей неделе",
            "meeting",
        ),
        ("Норвегия собирается подписать протокол в мае.", "мае", "agreement_signed"),
        # Terms agreed in talks, or the two sides' agreement, are the outcome of negotiation.
        ("Текст протокола был согласован в марте на переговорах в Осло.", "марте", "negotiation"),
        (
            "Стороны 12 апреля договорились, что квоты останутся прежними.",
            "12 апреля",
            "negotiation",
        ),
        ("Министры 12 апреля договорились провести встречу в Осло.", "12 апреля", "meeting"),
        # … but when it has a date of its own, the date before it is the deciding's.
        ("Во вторник министры решили провести встречу в Тромсё в мае.", "Во вторник", "statement"),
        ("Во вторник министры решили провести встречу в Тромсё в мае.", "мае", "meeting"),
        # The act agreed on types its date, compound adjectives and all.
        (
            "Флоты договорились провести совместные морские поисково-спасательные учения в "
            "сентябре.",
            "сентябре",
            "exercise",
        ),
        # A clause of where or when after the date tells what was done then and there…
        (
            "Оттепель началась в марте 2003 года, когда Олег Соколов прилетел в Осло.",
            "марте 2003 года",
            "visit",
        ),
        (
            "Во вторник Анна Берг была в Тромсё, где провела переговоры с министром рыболовства.",
            "Во вторник",
            "meeting",
        ),
        # … but not a saying's date.
        (
            "Анна Берг заявила во вторник, когда совет собрался в Тромсё, что квоты сократят.",
            "во вторник",
            "statement",
        ),
        # A relative clause is said of the act before it, a name in quotation marks and all.
        (
            "Министры обсудили подготовку к встрече «рыболовной тройки» в Тромсё, которая "
            "пройдет в июне.",
            "июне",
            "meeting",
        ),
        # An idea put forward is proposed; charges brought are not.
        ("В марте эту идею выдвинул министр рыболовства Норвегии.", "марте", "proposal"),
        ("В марте прокуратура выдвинула обвинения против капитана траулера.", "марте", "objection"),
    ],
)
def test_a_russian_act_is_typed_by_its_verb_not_by_what_it_names(text, dated, kind):
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.event_type for p in proposals if p.date_text == dated] == [kind]


@pytest.mark.parametrize(
    ("text", "dated", "kind"),
    [
        # A decree does what its title says, in quotation marks or not.
        (
            "Президент 3 марта подписал указ «О приостановлении квотного соглашения».",
            "3 марта",
            "objection",
        ),
        ("В субботу президент подписал указ о заморозке квот.", "В субботу", "objection"),
        ("В субботу президент подписал указ о рыболовном флоте.", "В субботу", "statement"),
        ("Указ об этом президент подписал ещё в июле.", "июле", "statement"),
        # What is done at a meeting is done at the meeting.
        ("Вопрос квот будет рассмотрен на заседании совета в среду.", "в среду", "meeting"),
        ("План обсудят на совещании министров 12 мая.", "12 мая", "meeting"),
        # Someone expected in a place is to arrive there, in either order.
        ("Олега Соколова ждут в Осло в четверг.", "в четверг", "visit"),
        ("В Осло министра ожидают в четверг.", "в четверг", "visit"),
        ("Решения совета ждут в четверг.", "в четверг", "statement"),
        # A council gathered, masculine or feminine.
        ("Совет по квотам собрался в Тромсё в пятницу.", "в пятницу", "meeting"),
        ("Комиссия собралась в Тромсё в пятницу.", "в пятницу", "meeting"),
        ("Министр собрался лететь в Осло в пятницу.", "в пятницу", "statement"),
        # What is proposed is no act done.
        ("Во вторник Олег Соколов предложил заморозить квоты.", "Во вторник", "proposal"),
        # A saying's date stays the saying's, a clause of when between.
        (
            "Олег Соколов заявил в среду, когда комиссия собралась в Осло, что квоты сохранят.",
            "в среду",
            "statement",
        ),
    ],
)
def test_a_russian_act_is_typed_by_its_own_phrase(text, dated, kind):
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.event_type for p in proposals if p.date_text == dated] == [kind]


@pytest.mark.parametrize(
    ("text", "dated", "kind"),
    [
        # Someone in a place on a date is on a visit; not where something lies.
        ("Олег Соколов был в Тромсё в пятницу.", "в пятницу", "visit"),
        ("Анна Берг находилась в Мурманске на прошлой неделе.", "на прошлой неделе", "visit"),
        ("Министр будет в Бергене в июне.", "июне", "visit"),
        ("Штаб комиссии находится в Бергене с 2001 года.", "с 2001 года", "statement"),
        # A label of blame, even in quotation marks, objects; praise does not.
        ("Во вторник Олег Соколов назвал инспекции «провокацией».", "Во вторник", "objection"),
        ("В среду Анна Берг назвала план квот непрозрачным.", "В среду", "objection"),
        ("В среду Анна Берг назвала план квот разумным.", "В среду", "statement"),
        # What others made of the act, summed up after it, is another act.
        (
            "Норвегия расширила рыболовную зону 3 марта, шаг, который Россия осудила.",
            "3 марта",
            "statement",
        ),
        # An offer of one's own part proposes; what was done is told.
        (
            "Олег Соколов заявил в четверг, что его корабли могли бы принять участие в учениях.",
            "в четверг",
            "proposal",
        ),
        (
            "Анна Берг сообщила в понедельник, что Норвегия готова направить инспекторов.",
            "в понедельник",
            "proposal",
        ),
        (
            "Олег Соколов заявил в четверг, что его корабли приняли участие в учениях.",
            "в четверг",
            "statement",
        ),
    ],
)
def test_a_russian_presence_label_or_offer_types_the_act(text, dated, kind):
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.event_type for p in proposals if p.date_text == dated] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Об этом в пятницу заявил Сергей Лавров в интервью норвежской газете.", "interview"),
        (
            "Он напомнил, что последнее заседание рыболовного совета в Осло состоялось в мае.",
            "meeting",
        ),
        # The verb that says only that it happened, before it, as Russian puts it.
        ("Сегодня в Осло открылся саммит рыболовных держав.", "conference"),
        ("Вчера в Тромсё завершились учения береговой охраны.", "exercise"),
        # Its adjectives in any gender and case between.
        ("Вчера в Тромсё завершилось совместное морское учение.", "exercise"),
        ("Анна Берг провела двустороннюю встречу с Олегом Соколовым.", "meeting"),
        ("Вчера в Осло прошла очередная встреча послов.", "meeting"),
        # Travel to a place still to come.
        ("Министр вылетит в Осло завтра утром.", "visit"),
        ("Делегация прибудет в Тромсё в понедельник.", "visit"),
        # Talking with someone, talks carried on: a meeting; instruments deposited: joining.
        ("В понедельник Лавров восемь часов разговаривал с Анной Берг.", "meeting"),
        ("В четверг дипломаты продолжили разговор в Вене.", "meeting"),
        (
            "В понедельник послы передали документы о ратификации Вашингтонского договора.",
            "enlargement",
        ),
        # Joined the alliance, or a member of it since.
        ("Литва, вступившая в НАТО в 2004 году, поддержала Осло.", "enlargement"),
        ("Литва является членом НАТО с 2004 года.", "enlargement"),
        # The act an act came months after does not type it.
        ("В 2004 году, через несколько месяцев после учений, Осло занял острова.", None),
        # Taken up again, the act named is the fact, a treaty's numbered name between.
        ("Переговоры по ДОК-3 возобновились в Осло 7 сентября.", "negotiation"),
        ("Учения береговой охраны возобновились в понедельник.", "exercise"),
        ("Консультации были возобновлены в мае.", "meeting"),
        ("Осло возобновило поставки рыбы.", "statement"),
        # A pact extended: signed anew.
        ("Договор о квотах продлен 3 февраля.", "agreement_signed"),
        ("Осло и Москва продлили соглашение о квотах на пять лет.", "agreement_signed"),
        ("Осло продлило мораторий на лов.", None),
        # Visitors are no visit.
        ("Посольство в Осло приостановило прием посетителей.", "objection"),
        # Leaving a pact, the pact named first or after.
        ("Осло вышло из договора о квотах в 2003 году.", "objection"),
        ("Из договора о квотах Осло вышло в 2003 году.", "objection"),
    ],
)
def test_a_russian_act_named_with_a_verb_that_carries_it_types_the_fact(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Анна Берг пообещала, что флоты проведут учения.",
        "Олег Соколов обещал, что армия «сделает выводы».",
    ],
)
def test_a_russian_promise_made_is_a_saying_whatever_it_promises(text):
    [promised] = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert (promised.event_type, promised.status) == ("statement", Event.Status.OCCURRED)


def test_a_russian_participle_s_date_has_its_own_status_not_the_main_verb_s():
    sentence = "Бюро по квотам, учреждённое Сергеем Лавровым в 2001 году, будет закрыто."
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    proposals = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    # The closing, planned with no date of its own, gives no proposal.
    assert [(p.date_text, p.status) for p in proposals] == [("2001 году", Event.Status.OCCURRED)]


def test_a_russian_notice_given_is_a_statement_made():
    sentence = "Сергей Лавров уведомил норвежскую сторону, что подпишет протокол."
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (proposal.status, proposal.event_type) == (
        Event.Status.OCCURRED,
        Event.Type.STATEMENT,
    )


def test_a_hedged_russian_forecast_stays_expected():
    sentence = "Сергей Лавров, возможно, приедет в Осло в июне."
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.status != Event.Status.OCCURRED
    assert "Hedged" not in proposal.date_note


def test_which_russian_words_say_something_is_not_so():
    assert [p.words for p in unreal_phrases("«Мира не будет», — сказал он.", RU)] == ["не будет"]
    assert [p.words for p in unreal_phrases("Если бы Осло попросило, Москва помогла бы.", RU)] == [
        "Если бы Осло попросило"
    ]
    # "не раз" is "many times", "не позднее" a deadline, "не исключено" a forecast.
    for sentence in (
        "Мы не раз говорили об этом.",
        "Встреча пройдёт не позднее 1 июня.",
        "Не исключено, что министры встретятся.",
    ):
        assert unreal_phrases(sentence, RU) == []


def test_a_russian_statement_made_is_the_fact():
    assert status_of("«Мы будем работать вместе», — заявил Лавров.", RU) == Event.Status.OCCURRED
    assert status_of("Лавров подчеркнул, что Москва не будет ждать.", RU) == Event.Status.OCCURRED
    assert status_of("Москва будет работать с альянсом.", RU) == Event.Status.PLANNED


def test_the_first_since_a_date_is_not_dated_by_it_in_russian():
    for sentence in (
        "Послы впервые с 1999 года соберутся в Осло.",
        "Это первая встреча послов с момента переговоров в Лиссабоне в 1999 году.",
        "Впервые с переговоров в Лиссабоне в 1999 году послы соберутся в Осло.",
    ):
        assert find_dates(sentence, PUBLISHED, language=RU) == [], sentence
        assert read_dates(sentence, Story(PUBLISHED, RU))[0].reference


def test_since_a_thing_dated_in_a_phrase_is_a_beginning_in_russian():
    found = only_date("Торговля растёт с момента создания комиссии в 1999 году.")
    assert found.date == PartialDate(date(1999, 1, 1), YEAR)
    assert "a beginning" in found.note


def test_a_month_still_to_come_takes_no_year_gone_by_from_the_sentence_before():
    text = (
        "В декабре 2003 года Анна Берг побывала в Тромсё. Следующая встреча послов должна "
        "пройти в начале декабря."
    )
    visit, meeting = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert visit.date == PartialDate(date(2003, 12, 1), MONTH)
    assert meeting.date == PartialDate(date(2005, 12, 1), MONTH)


def test_the_same_year_and_season_count_from_the_last_date_named_in_russian():
    anchor = PartialDate(date(2003, 2, 4))
    assert only_date("В том же году послы покинули Ригу.", [anchor]).date == PartialDate(
        date(2003, 1, 1), YEAR
    )
    assert only_date("Протокол подписали в июне того же года.", [anchor]).date == PartialDate(
        date(2003, 6, 1), MONTH
    )
    spring = PartialDate(date(1999, 3, 1), MONTH, date(1999, 5, 1), WITHIN)
    found = only_date("Летом того же года послы совершили бросок на Ригу.", [spring])
    assert found.date == PartialDate(date(1999, 6, 1), MONTH, date(1999, 8, 1), WITHIN)
    found = only_date("Той же осенью переговоры возобновились.", [anchor])
    assert found.date.start == date(2003, 9, 1)
    assert "4 February 2003, the date named before it" in found.note
    assert find_dates("В том же году послы покинули Ригу.", PUBLISHED, language=RU) == []


def test_after_a_date_is_between_it_and_the_publication_in_russian():
    found = only_date("Запрет сняли после кризиса в марте 2003 года.")
    assert found.date == PartialDate(
        date(2003, 3, 1), MONTH, date(2005, 4, 1), DateQualifier.WITHIN
    )
    assert find_dates("Переговоры возобновятся после лета.", PUBLISHED, language=RU) == []


def test_from_a_date_until_a_thing_dated_in_a_phrase_is_one_span_in_russian():
    found = only_date("С 1996 года до своего назначения в 2001 году она руководила бюро.")
    assert found.date == PartialDate(date(1996, 1, 1), YEAR, date(2001, 1, 1))


def test_a_part_of_a_period_the_date_cannot_show_is_in_the_note_in_russian():
    found = only_date("Совет договорился в конце прошлого года возобновить контакты.")
    assert found.date == PartialDate(date(2004, 1, 1), YEAR)
    assert "“в конце” is finer than a date can be" in found.note
    assert "finer" not in only_date("Переговоры завершатся к концу года.").note


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Учения пройдут во второй половине лета.", (2005, 7), (2005, 8)),
        ("Поставки запланированы на вторую половину года.", (2005, 7), (2005, 12)),
        ("Саммит пройдет в первой половине 2006 года.", (2006, 1), (2006, 6)),
        ("В первой половине прошлого года контакты были заморожены.", (2004, 1), (2004, 6)),
        ("Учения пройдут в первом квартале следующего года.", (2006, 1), (2006, 3)),
        ("В III квартале 2004 года поставки выросли.", (2004, 7), (2004, 9)),
        ("Визит намечен на четвертый квартал.", (2005, 10), (2005, 12)),
        ("Учения перенесены на осень.", (2005, 9), (2005, 11)),
        ("Переговоры пройдут весной.", (2005, 3), (2005, 5)),  # under way in April
    ],
)
def test_a_half_or_quarter_or_season_is_its_months_in_russian(sentence, first, last):
    found = only_date(sentence)
    assert found.date == PartialDate(date(*first, 1), MONTH, date(*last, 1), WITHIN)
    assert "finer" not in found.note


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Учения прошли во второй половине июня.", "во второй половине"),
        ("В конце лета прошли учения.", "В конце"),
    ],
)
def test_a_part_finer_than_months_stays_the_period_in_russian(sentence, part):
    found = only_date(sentence)
    assert found.date.end is None or found.date.end.month == 8
    assert f"“{part}” is finer than a date can be" in found.note


def test_a_deadline_at_the_end_of_a_season_is_its_last_month_in_russian():
    found = only_date("Мост построят к концу лета.")
    assert found.date == PartialDate(date(2005, 8, 1), MONTH, None, DateQualifier.NO_LATER_THAN)


def test_a_deadline_of_a_season_is_by_its_last_month_in_russian():
    found = only_date("Мост рассчитывают достроить к следующей весне.")
    assert found.date == PartialDate(date(2006, 5, 1), MONTH, None, DateQualifier.NO_LATER_THAN)


def test_a_russian_range_that_reaches_the_publication_day_is_this_year():
    found = only_date("Министры соберутся в Осло 20–21 апреля.").date
    assert (found.start, found.end) == (date(2005, 4, 20), date(2005, 4, 21))


def test_a_russian_relative_date_with_the_exact_date_in_apposition_is_one_date():
    found = find_dates(
        "Три года спустя, в марте 2000 года, послы встретились снова.",
        PUBLISHED,
        [PartialDate(date(1997, 5, 27))],
        language=RU,
    )
    assert [(f.date.start, f.relative) for f in found] == [(date(2000, 3, 1), False)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Три недели назад, в ночь на 31 марта, у Варде затонул траулер.", 31),
        ("Две недели назад, 7 апреля, послы встретились в Тромсё.", 7),
        # «тогда» after a colon restates the date before it: one date.
        ("Послы вспоминают 7 апреля: тогда переговоры в Тромсё сорвались.", 7),
        # The occasion between them: «В начале месяца, на встрече в Тромсё 7 апреля».
        ("В начале месяца, на встрече в Тромсё 7 апреля, послы согласовали квоты.", 7),
    ],
)
def test_a_russian_count_back_with_the_day_given_in_apposition_is_that_one_day(sentence, day):
    month = 3 if day == 31 else 4
    assert only_date(sentence).date == PartialDate(date(2005, month, day))


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Послы встретятся во вторник и среду на следующей неделе.", 26, 27),
        ("Анна Берг полетит в Осло в пятницу на следующей неделе.", 29, None),
        ("Послы встретились в понедельник на прошлой неделе.", 11, None),
    ],
)
def test_russian_weekdays_with_their_week_are_those_days_of_that_week(sentence, first, last):
    end = date(2005, 4, last) if last else None
    assert only_date(sentence).date == PartialDate(date(2005, 4, first), DatePrecision.DAY, end)


def test_the_next_day_with_its_day_in_apposition_is_that_one_day():
    named = PartialDate(date(1999, 3, 23))
    found = only_date("На следующий день, 24 марта, самолеты нанесли удары.", [named])
    assert found.date == PartialDate(date(1999, 3, 24))


def test_a_span_of_numbers_is_no_year_in_russian():
    found = find_dates(
        "Число боезарядов сократится до 1700–2200 к 2012 году.", PUBLISHED, language=RU
    )
    assert [f.text for f in found] == ["к 2012 году"]


def test_today_and_tomorrow_in_russian_are_one_span():
    found = only_date("Послы встретятся сегодня и завтра в Осло.")
    assert found.date == PartialDate(date(2005, 4, 21), DatePrecision.DAY, date(2005, 4, 22))


def test_a_russian_participial_phrase_dates_its_own_fact():
    sentence = "Анна Берг, посетившая Осло 3–4 апреля, заявила, что квоты сохранятся."
    gazetteer = Gazetteer([Record("person", "anna-berg", "Anna Berg")])
    said, visited = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (said.date_text, said.event_type) == (None, Event.Type.STATEMENT)
    assert (visited.date_text, visited.date.start, visited.status, visited.event_type) == (
        "3–4 апреля",
        date(2005, 4, 3),
        Event.Status.OCCURRED,
        Event.Type.VISIT,
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Договор, подписанный в мае, истёк.", "подписанный в мае"),
        ("Суда, прибывшие в Осло, ушли.", "прибывшие в Осло"),
        ("Флот, проводящий учения, вернулся.", "проводящий учения"),
        ("Квоты, утверждаемые в мае, растут.", "утверждаемые в мае"),
    ],
)
def test_a_russian_participial_phrase_reads_as_a_relative_clause(sentence, phrase):
    [found] = relative_clauses(sentence, RU)
    assert (sentence[found.start : found.end], found.participle) == (phrase, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Анна Берг, бывший посол, встретилась с ним.",  # an adjective, no participle
        "Олег Соколов, военный атташе, прибыл в Осло.",
    ],
)
def test_an_adjective_after_a_comma_is_no_participial_phrase(sentence):
    assert relative_clauses(sentence, RU) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # What "заявил, что" reports, and what "настаивал на" names, is not the dated act.
        "Олег Соколов, выступая в марте перед рыбаками, заявил, что «саммит ничего не даст».",
        "В марте Олег Соколов настаивал на подписании нового соглашения о квотах.",
    ],
)
def test_a_russian_dated_act_is_typed_by_its_own_verb(sentence):
    [proposal] = propose(sentence, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert (proposal.date_text, proposal.event_type) == ("марте", Event.Type.STATEMENT)


def test_the_last_time_before_a_thing_is_dated_by_the_date_that_follows():
    sentence = "Министры в последний раз встретились перед саммитом в мае 2004 года."
    (found,) = find_dates(sentence, PUBLISHED, language=Language.RUSSIAN)
    assert found.date == PartialDate(date(2004, 5, 1), DatePrecision.MONTH)
    sentence = "Министры встретились перед саммитом в мае 2004 года."
    (found,) = find_dates(sentence, PUBLISHED, language=Language.RUSSIAN)
    assert found.date.qualifier == DateQualifier.NO_LATER_THAN


def test_a_day_in_an_event_s_name_takes_the_sentence_s_year_or_dates_nothing():
    sentence = "Летом 1999 года, после взрывов 4 марта, послы встретились в Осло."
    found = find_dates(sentence, PUBLISHED, language=Language.RUSSIAN)
    assert [f.text for f in found] == ["Летом 1999 года"]
    sentence = "После взрывов 4 марта послы встретились в Осло."
    assert read_dates(sentence, Story(PUBLISHED, RU)) == []


def test_no_earlier_than_a_date_still_to_come_is_expected_no_earlier_than_it():
    sentence = "Договор будет ратифицирован не ранее марта 2006 года."
    found = read_dates(sentence, Story(PUBLISHED, RU))
    assert [(f.reference, f.earliest, f.date) for f in found] == [
        (False, True, PartialDate(date(2006, 3, 1), DatePrecision.MONTH, None, NOT_BEFORE))
    ]
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = "Сергей Лавров будет ратифицировать договор не раньше марта следующего года."
    (proposal,) = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (proposal.status, proposal.date.start, proposal.date.qualifier) == (
        Event.Status.EXPECTED,
        date(2006, 3, 1),
        NOT_BEFORE,
    )
    assert "the earliest date of what is still to come" in proposal.date_note
    # A season's genitive after it, and «первые» no "first since": the same.
    sentence = "Первые совместные учения могут состояться не раньше следующей весны."
    (found,) = read_dates(sentence, Story(PUBLISHED, RU))
    assert found.date == PartialDate(date(2006, 3, 1), DatePrecision.MONTH, None, NOT_BEFORE)
    # Done already: after it and by publication, as "после" reads.
    (found,) = find_dates("Договор был подписан не ранее марта 2004 года.", PUBLISHED, (), RU)
    assert found.date == PartialDate(
        date(2004, 3, 1), DatePrecision.MONTH, date(2005, 4, 1), DateQualifier.WITHIN
    )


def test_a_start_announced_in_the_present_looks_ahead():
    # Published 21 April 2005: "с 2 апреля" in the present is next year's.
    assert only_date("Посольство с 2 апреля прекращает выдачу виз.").date.start == date(2006, 4, 2)
    assert only_date("Посольство с 2 апреля прекратило выдачу виз.").date.start == date(2005, 4, 2)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Менее чем через три года договор утратил силу.", ("2001-01-01", "2004-01-01", "within")),
        ("Спустя почти два года договор утратил силу.", ("2003-01-01", None, "approximate")),
        ("Спустя более двух лет договор утратил силу.", ("2003-01-01", "2005-01-01", "within")),
        ("Более десяти лет назад договор утратил силу.", ("1995-01-01", None, "by")),
    ],
)
def test_words_that_bound_a_counted_date(sentence, expected):
    mention = only_date(sentence, [PartialDate(date(2001, 6, 5))])
    assert mention.text == sentence.split(" договор")[0]
    assert reading(mention)[1:] == (*expected[:2], YEAR, expected[2])


def test_the_day_after_an_event_does_not_count_from_the_last_date_named():
    found = find_dates(
        "На следующий день после подписания послы уехали.",
        PUBLISHED,
        [PartialDate(date(2003, 5, 5))],
        language=RU,
    )
    assert found == []


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Мадрид-1997: саммит, который открыл двери", 1997),
        ("Саммит 1997 года: как альянс открыл двери", 1997),
        ("Стратегия-2000: реформа, которая не состоялась", 2005),  # a programme's name
        ("Саммит 2006 года: чего ждут союзники", 2005),  # after publication
    ],
)
def test_a_year_in_the_headline_dates_the_days_the_story_tells_without_one(title, year):
    text = f"{title}\n\n8 июля лидеры пригласили три страны вступить в альянс."
    [proposal] = propose(
        text, PUBLISHED, Gazetteer([]), match_events=False, language=RU, title=title
    )
    assert proposal.date == PartialDate(date(year, 7, 8) if year < 2005 else date(2004, 7, 8))


def test_a_count_from_an_act_dated_in_an_earlier_sentence():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = (
        "Сергей Лавров провёл переговоры в Осло 3 марта 2004 года. "
        "Договор подписали в Риге 20 марта 2004 года. "
        "Через два дня после переговоров Сергей Лавров вылетел в Берлин. "
        "За неделю до подписания Сергей Лавров выступил в Думе. "
        "Через месяц после выборов Сергей Лавров ушёл в отставку."
    )
    proposals = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date_text, p.date) for p in proposals][-3:] == [
        ("Через два дня после переговоров", PartialDate(date(2004, 3, 5))),
        (
            "За неделю до подписания",
            PartialDate(date(2004, 3, 13), DAY, None, DateQualifier.APPROXIMATE),
        ),
        (None, PartialDate(PUBLISHED, DAY, None, DateQualifier.NO_LATER_THAN)),
    ]


def test_the_next_day_after_an_act_of_the_same_sentence():
    found = find_dates(
        "Учения завершились 9 мая 2004 года, а на следующий день после учений корабли ушли.",
        PUBLISHED,
        language=RU,
    )
    assert [f.date.start for f in found] == [date(2004, 5, 9), date(2004, 5, 10)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The past participle governing the date, not the sentence's future verb.
        ("Министры обсудят итоги учений, завершившихся 12 марта.", "2005-03-12"),
        ("Вопрос был затронут 12 марта на встрече послов.", "2005-03-12"),
        # The verb of what was said, not the saying.
        (
            "Министр заявил, что с 29 апреля, то есть сразу после саммита, истребители "
            "приступят к патрулированию.",
            "2005-04-29",
        ),
        # No verb: what is next in line is still to come.
        ("Следующее заседание послов, по-видимому, в мае.", "2005-05-01"),
    ],
)
def test_the_verb_that_governs_a_date_without_a_year_says_which_way(sentence, expected):
    assert only_date(sentence).date.start.isoformat() == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "В прошлом году, в марте, министры условились возобновить консультации.",
            ("2004-03-01", MONTH),
        ),
        ("1994, 22 июня — Россия присоединилась к программе.", ("1994-06-22", DAY)),
        ("Январь 1996 г. — батальон отправлен в Боснию.", ("1996-01-01", MONTH)),
        ("Декабрь 2003-го — совет возобновил работу.", ("2003-12-01", MONTH)),
        ("Россия в ноябре 93-го вступила в совет.", ("1993-11-01", MONTH)),
        ("Потом, в 97-м, стороны подписали акт.", ("1997-01-01", YEAR)),
    ],
)
def test_a_year_given_in_the_phrase_or_written_short(sentence, expected):
    mention = only_date(sentence)
    assert (mention.date.start.isoformat(), mention.date.precision) == expected


def test_an_ordinal_is_no_year_written_short():
    assert find_dates("Солдаты служили в 94-м полку.", PUBLISHED, language=RU) == []


def proposal_dates(text):
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    return [proposal.date for proposal in proposals]


def test_a_year_carries_to_the_days_and_months_that_follow_it():
    text = (
        "Май 2001 года.\n\n27 мая в Риме министры подписали декларацию.\n\n"
        "В прошлом году, в июне, послы встретились в Афинах. "
        "Через полгода, в декабре, в Брюсселе прошло заседание совета. "
        "Тогда же условились провести обзор."
    )
    assert proposal_dates(text) == [
        PartialDate(date(2001, 5, 27)),
        PartialDate(date(2004, 6, 1), MONTH),
        PartialDate(date(2004, 12, 1), MONTH),
        PartialDate(date(2004, 12, 1), MONTH),
    ]


@pytest.mark.parametrize("opening", ["Одновременно, как было объявлено,", "Уже к вечеру"])
def test_at_the_same_time_opening_a_sentence_is_the_last_date_of_a_fact(opening):
    text = (
        "3 декабря 2004 года в Брюсселе совет приостановил программу в Брюсселе. "
        f"{opening} Брюссель сохранил диалог с Москвой."
    )
    assert proposal_dates(text) == [PartialDate(date(2004, 12, 3))] * 2


def test_the_same_day_and_the_next_count_from_the_last_date_of_a_fact():
    text = (
        "3 декабря 2004 года в Брюсселе прошло заседание совета, первое после марта 2003 года. "
        "В тот же день министр провёл встречу с генсеком. "
        "На следующий день министр вылетел в Вену. "
        "В тот же вечер было объявлено о новой встрече."
    )
    days = [date(2004, 12, 3), date(2004, 12, 3), date(2004, 12, 4), date(2004, 12, 4)]
    assert proposal_dates(text) == [PartialDate(day) for day in days]


def test_after_the_events_of_a_month_is_after_it():
    mention = only_date("После событий августа 2003 года альянс заморозил контакты.")
    assert reading(mention)[1:] == ("2003-08-01", "2005-04-01", MONTH, "within")


def test_poka_ne_after_a_clause_with_a_verb_is_until_and_what_it_says_happened():
    sentence = "Рыболовный совет Сергея Лаврова заседал, пока его не распустили в 2003 году."
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    proposals = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date_text, p.status) for p in proposals] == [("2003 году", Event.Status.OCCURRED)]
    assert "Not a fact" not in proposals[0].date_note


def test_a_negated_verb_does_not_deny_a_russian_participle_s_own_fact():
    sentence = (
        "Сергей Лавров не присоединился к конвенции о квотах, подписанной в Осло в мае 2001 года."
    )
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    proposals = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert ("мае 2001 года", Event.Status.OCCURRED, Event.Type.AGREEMENT_SIGNED) in [
        (p.date_text, p.status, p.event_type) for p in proposals
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Мальта и Кипр стали членами НАТО в 2004 году.", "enlargement"),
        ("Мальта и Кипр стали членами Североатлантического блока в 2004 году.", "enlargement"),
        ("Расширение НАТО в 2004 году стало крупнейшим.", "enlargement"),
        # The widening of something else; a reception; a demand for a meeting.
        ("Осло объявило меры, включая расширение воздушного патрулирования.", "statement"),
        ("В Осло заявление Лаврова в понедельник встретили с сожалением.", "statement"),
        ("Во вторник Норвегия потребовала срочно созвать заседание совета.", "proposal"),
        ("Президент Норвегии в среду потребовал прекращения ударов.", "objection"),
        ("Осло выступало против квот в 1997 году.", "objection"),
        ("Норвегия присоединилась к Конвенции о квотах в 2002 году.", "agreement_signed"),
        ("Черногория присоединилась к Североатлантическому договору в июне.", "enlargement"),
        ("Командующий провёл в среду внезапную проверку боеготовности флота.", "exercise"),
        ("В пятницу на полигоне отстреляли зенитчики.", "exercise"),
        ("Беседа состоялась 3 марта.", "interview"),
        ("Министр ответил на вопросы газеты в пятницу.", "interview"),
        ("Стороны возобновили прямые контакты в марте.", "meeting"),
        ("Министр лично приехал в Осло в пятницу.", "visit"),
        ("Министр подписал указ о квотах в пятницу.", "statement"),
    ],
)
def test_the_russian_verb_that_says_what_happened_types_it(text, kind):
    assert event_type_at(text, len(text) - 2, len(text) - 1, RU) == kind


def test_a_talk_between_two_sides_is_no_interview():
    text = "Телефонная беседа с министром состоялась 3 марта."
    assert event_type_at(text, len(text) - 2, len(text) - 1, RU) != Event.Type.INTERVIEW


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Сергей Лавров покинул Осло за несколько дней до того, как 9 декабря начался шторм.",
            [(None, "2005-04-21"), ("9 декабря", "2004-12-09")],
        ),
        (
            "Сергей Лавров примет решение по квотам, когда совет рассмотрит план в июне.",
            [("июне", "2005-06-01")],  # the decision, planned with no date, gives none
        ),
        (
            "Сергей Лавров закрыл бюро после того, как в марте 2003 года истёк договор.",
            [(None, "2005-04-21"), ("марте 2003 года", "2003-03-01")],
        ),
        # The main act keeps its own date.
        (
            "Переговоры о квотах, начавшиеся в прошлом году, Сергей Лавров возобновил в марте.",
            [("в прошлом году", "2004-01-01"), ("марте", "2005-03-01")],
        ),
    ],
)
def test_a_date_in_a_russian_clause_of_time_dates_only_its_event(sentence, expected):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    proposals = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date_text, p.date.start.isoformat()) for p in proposals] == expected


def test_a_past_russian_when_clause_is_still_the_main_act_s_occasion():
    sentence = "Когда Сергей Лавров встретился с послом 3 марта, они договорились продлить квоты."
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (proposal.date_text, proposal.status) == ("3 марта", Event.Status.OCCURRED)


@pytest.mark.parametrize(
    "sentence",
    [
        "С той же даты Осло прекратило паромное сообщение.",
        "Вечером того же дня министр вылетел в Вену.",
        "Утром того же дня министр провёл встречу с генсеком.",
        "В ту же дату министр подписал протокол.",
    ],
)
def test_the_same_day_in_the_genitive_and_the_same_date_are_the_last_day_named(sentence):
    assert only_date(sentence, [PartialDate(date(2004, 12, 3))]).date == PartialDate(
        date(2004, 12, 3)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "С тех пор бельгийские истребители летают из Шяуляя.",
        "С того дня Осло не продлевало квоты.",
        "Посол с того времени не приезжал в Вену.",
    ],
)
def test_since_then_begins_at_the_last_day_named(sentence):
    found = only_date(sentence, [PartialDate(date(2004, 12, 3))])
    assert found.date == PartialDate(date(2004, 12, 3)) and "a beginning" in found.note


def test_a_time_of_day_opening_a_sentence_of_the_story_is_the_day_it_is_at():
    anchor = PartialDate(date(2004, 12, 3))
    [found] = find_dates("Ещё вечером министр вылетел в Вену.", PUBLISHED, [anchor], RU)
    assert found.date == anchor
    # Nothing without a day named before, or in a sentence with a date of its own.
    assert find_dates("Вечером министр вылетел в Вену.", PUBLISHED, [], RU) == []
    [found] = find_dates("Вечером 5 декабря министр вылетел в Вену.", PUBLISHED, [anchor], RU)
    assert found.text == "5 декабря"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("В понедельник состоялся телефонный разговор Анны Берг с Олегом Соколовым.", "meeting"),
        ("В понедельник Олег Соколов летел в Осло.", "visit"),
        ("В понедельник альянс пригласил к вступлению Исландию.", "enlargement"),
        ("В понедельник Исландия подала заявку на вступление в альянс.", "enlargement"),
        ("В 1994 году Исландия присоединилась к программе «Партнерство ради мира».",
         "agreement_signed"),
        ("В понедельник Москве передали проект договора о квотах.", "proposal"),
        ("В понедельник дипломатам предложили покинуть Осло.", "objection"),
        ("Стортинг ратифицировал протокол 4 апреля. В понедельник Рига последовала его примеру.",
         "agreement_signed"),
    ],
)  # fmt: skip
def test_the_russian_verb_or_noun_types_the_act(sentence, event_type):
    *_, proposal = propose(sentence, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert proposal.event_type == event_type


@pytest.mark.parametrize(
    "opening, last_day",
    [
        ("Через несколько часов", 4),
        ("Спустя час", 4),
        ("Несколько часов спустя", 4),
        ("Спустя несколько минут", 3),
    ],
)
def test_hours_later_opening_a_russian_sentence_is_the_story_s_day_or_the_next(opening, last_day):
    anchor = PartialDate(date(2004, 12, 3))
    [found] = find_dates(f"{opening} министр вылетел в Вену.", PUBLISHED, [anchor], RU)
    assert found.text == opening
    assert found.date == (
        PartialDate(date(2004, 12, 3), DAY, date(2004, 12, last_day), WITHIN)
        if last_day > 3
        else PartialDate(date(2004, 12, 3))
    )


def test_then_in_a_clause_told_in_the_past_is_the_last_date_named_as_precise_as_it():
    text = (
        "В марте 2001 года министры встретились в Тромсё. "
        "Тогда министр называл квоты «вопросом доверия». "
        "3 мая 2002 года послы подписали протокол. "
        "Посол тогда же вылетел в Осло. "
        "Министр тогда встретился с рыбаками."
    )
    assert proposal_dates(text) == [
        PartialDate(date(2001, 3, 1), MONTH),
        PartialDate(date(2001, 3, 1), MONTH),
        PartialDate(date(2002, 5, 3)),
        PartialDate(date(2002, 5, 3)),
        PartialDate(date(2002, 5, 3)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Если совет согласится, тогда министр приедет в Осло.",
        "Министр поедет в Осло только тогда, когда совет согласится.",
        "Посол промолчал, тогда как министр выступил с заявлением.",
        "Тогда министр и приедет в Осло.",
    ],
)
def test_then_of_a_condition_a_contrast_or_what_is_to_come_is_no_date(sentence):
    text = f"В марте 2001 года министры встретились в Тромсё. {sentence}"
    assert [d.start for d in proposal_dates(text)][1:] == [PUBLISHED] * (
        len(proposal_dates(text)) - 1
    )


BERG = Gazetteer([Record("person", "anna-berg", "Anna Berg", names_ru=("Анна Берг",))])


@pytest.mark.parametrize(
    "sentence",
    [
        "После войны 2003 года Анна Берг заморозила работу совета.",
        "После трескового конфликта 2003 года Анна Берг заморозила работу совета.",
        "Анна Берг выступила против расширения 2004 года.",
    ],
)
def test_a_year_naming_a_war_or_an_event_is_no_date_of_the_fact(sentence):
    [proposal] = propose(sentence, PUBLISHED, BERG, match_events=False, language=RU)
    value = proposal.date
    assert value.qualifier != DateQualifier.EXACT
    assert value.qualifier == DateQualifier.WITHIN or value.start == PUBLISHED


def test_what_happened_during_a_war_a_year_names_is_dated_by_it():
    sentence = "В ходе войны 2003 года Анна Берг заморозила работу совета."
    [proposal] = propose(sentence, PUBLISHED, BERG, match_events=False, language=RU)
    assert proposal.date == PartialDate(date(2003, 1, 1), YEAR)


def test_last_weekday_passes_over_yesterday_but_the_just_past_one_does_not():
    assert only_date("В прошлую среду послы встретились в Тромсё.").date.start == date(2005, 4, 13)
    assert only_date("В прошлый вторник послы встретились в Осло.").date.start == date(2005, 4, 19)
    assert only_date("В минувшую среду послы встретились в Тромсё.").date.start == date(2005, 4, 20)


@pytest.mark.parametrize(
    ("sentence", "proposals"),
    [
        # A plan its own verb says took place happened, on its date: one fact.
        (
            "Переговоры Сергея Лаврова, намеченные на вторник, состоялись, как и планировалось.",
            [("на вторник", "2005-04-19", Event.Status.OCCURRED)],
        ),
        (
            "Назначенная на понедельник встреча Сергея Лаврова прошла в Осло.",
            [("на понедельник", "2005-04-18", Event.Status.OCCURRED)],
        ),
        # Still to take place: planned, and the next such day; the talks to take place
        # are those planned, no second fact.
        (
            "Переговоры Сергея Лаврова, намеченные на вторник, пройдут в Осло.",
            [("на вторник", "2005-04-26", Event.Status.PLANNED)],
        ),
        # A relative clause's plan is its own; the naming happened.
        (
            "Сергей Лавров назвал саммит, который должен состояться в ноябре, «моментом истины».",
            [
                (None, "2005-04-21", Event.Status.OCCURRED),
                ("ноябре", "2005-11-01", Event.Status.PLANNED),
            ],
        ),
    ],
)
def test_a_russian_plan_that_took_place_happened_on_its_date(sentence, proposals):
    assert [(d, s, st) for d, s, st, _t in proposed_ru(sentence)] == proposals


def test_what_happened_as_planned_is_no_plan():
    sentence = "Встреча Сергея Лаврова с послом прошла, как и планировалось."
    assert status_of(sentence, RU) == Event.Status.OCCURRED
    assert status_of("Встреча Сергея Лаврова пройдёт, как и планировалось.", RU) == (
        Event.Status.PLANNED
    )


@pytest.mark.parametrize(
    "text",
    [
        "Нам следует добиться от Олега Соколова новых квот до конца мая.",
        "Было бы ошибкой отпустить Олега Соколова из Тромсё в мае без соглашения.",
        "В этом выпуске: встреча Анны Берг и Олега Соколова в Тромсё на прошлой неделе.",
        "Вот что произошло в Тромсё, когда Анна Берг встретилась с Олегом Соколовым в среду.",
        "Добро пожаловать в трансляцию переговоров Анны Берг и Олега Соколова в Тромсё.",
        "Доброе утро, с вами Анна Берг и новости о переговорах в Тромсё в пятницу.",
        # A paper saying what it does, advice whatever its date, an opinion.
        "В этой статье мы рассматриваем, как Анна Берг в 2002 году создала паромный совет.",
        "Настоящий доклад описывает переговоры Анны Берг и Олега Соколова в марте 2004 года.",
        "Норвегии следовало бы пригласить Олега Соколова в Тромсё в мае.",
        "Он считает, что Олег Соколов в 1999 году извлёк из переговоров не тот урок.",
        # … however long the title of whoever holds it.
        "Председатель комитета Стортинга по международным делам Анна Берг считает, что в "
        "1999 году Осло поторопилось.",
        "Складывается впечатление, что Олег Соколов вернулся к прежним квотам.",
        "Тогда, в 1999 году, казалось, что Анна Берг подпишет соглашение с Олегом Соколовым.",
    ],
)
def test_a_russian_author_s_advice_or_a_digest_s_introduction_is_no_fact(text):
    assert propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU) == []


def test_a_russian_author_s_note_at_the_end_is_no_fact():
    text = (
        "Квоты\n\nАнна Берг встретилась с Олегом Соколовым в Тромсё в понедельник.\n\n"
        "Переговоры прошли спокойно.\n\n"
        "Кари Хольм — научный сотрудник Полярного института, в 1999 году работала в Москве.\n"
    )
    found = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.date_text for p in found] == ["в понедельник"]


def test_russian_advice_gives_only_its_relative_clause_s_fact():
    text = "Норвегия должна бы вернуться в паромный совет, который соберётся в Тромсё в мае."
    found = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [(p.date_text, p.status) for p in found] == [("мае", Event.Status.PLANNED)]


def test_a_russian_author_s_note_at_the_start_goes_on_with_she():
    text = (
        "Кари Хольм — научный сотрудник Полярного института.\n\n"
        "Она работала в Москве в 1998–2003 годах.\n\n"
        "Анна Берг встретилась с Олегом Соколовым в Тромсё в понедельник.\n\n"
        "Переговоры прошли спокойно.\n"
    )
    found = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.date_text for p in found] == ["в понедельник"]


def test_a_russian_last_paragraph_on_someone_the_story_names_in_another_case_is_a_fact():
    text = (
        "Квоты\n\nСлова Олега Соколова в Тромсё прозвучали в понедельник.\n\n"
        "Переговоры прошли спокойно.\n\n"
        "Олег Соколов — посол в Осло, в 1999 году он работал в Москве.\n"
    )
    found = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert "1999 году" in [p.date_text for p in found]


def test_a_main_act_after_a_fronted_posle_clause_came_after_its_date():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    after = "После того как шторм разрушил порт в марте 2004 года, Сергей Лавров написал письмо."
    main, _storm = propose(after, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert (main.date.start, main.date.end) == (date(2004, 3, 1), date(2005, 4, 1))
    assert main.date.qualifier == DateQualifier.WITHIN
    # «До того как …»: no range, "by" publication as before.
    before = "До того как шторм разрушил порт в марте 2004 года, Сергей Лавров написал письмо."
    main, _storm = propose(before, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert main.date.qualifier == DateQualifier.NO_LATER_THAN


def dates_told(*sentences):
    """The dates of each sentence read in turn as one story, published on PUBLISHED."""
    story = Story(PUBLISHED, RU)
    told = []
    for sentence in sentences:
        found = read_dates(sentence, story)
        story.tell(found)
        told.append([mention.date for mention in found if not mention.reference])
    return told


def test_a_day_without_a_year_in_a_story_gone_back_is_of_that_year():
    *_, (day,), (month,) = dates_told(
        "Поздно вечером 30 мая 1996 года переговорщики покинули Ригу.",
        "На следующее утро переговоры сорвались.",
        "14 августа стороны вернулись за стол переговоров.",
        "В ноябре соглашение было подписано.",
    )
    assert (day.start, month.start) == (date(1996, 8, 14), date(1996, 11, 1))


def test_a_day_without_a_year_after_a_passing_year_or_ahead_keeps_its_own():
    *_, (ahead,) = dates_told(
        "В 1996 году договор был подписан.", "29 апреля министры встретятся в Риге."
    )
    assert ahead.start == date(2005, 4, 29)


@pytest.mark.parametrize(
    "line",
    [
        "14 августа — переговорщики снова за столом в Риге.",
        "Переговорщики, вернувшись в Ригу, 14 августа снова за столом.",
    ],
)
def test_a_day_in_a_line_with_no_verb_of_a_story_gone_back_is_of_that_year(line):
    *_, (day,) = dates_told(
        "Поздно вечером 30 мая 1996 года переговорщики покинули Ригу.",
        "На следующее утро переговоры сорвались.",
        line,
    )
    assert day.start == date(1996, 8, 14)


def test_a_day_in_a_line_with_no_verb_after_a_passing_year_keeps_its_own():
    *_, (day,) = dates_told("В 1996 году договор был подписан.", "14 августа — встреча в Риге.")
    assert day.start.year != 1996


def test_the_same_evening_as_an_approximate_date_is_as_approximate():
    _, (evening,) = dates_told(
        "Две недели назад послы встретились в Риге.", "В тот же вечер они подписали меморандум."
    )
    assert evening == PartialDate(date(2005, 4, 7), DAY, None, DateQualifier.APPROXIMATE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Несколько минут назад министр прибыл в Ригу.",
        "Министр прибыл в Ригу час назад.",
        "Два часа назад министр прибыл в Ригу.",
        "Сегодня утром министр прибыл в Ригу.",
    ],
)
def test_what_happened_minutes_or_hours_ago_is_of_the_day(sentence):
    assert only_date(sentence).date == PartialDate(PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # What a saying denied in the past would have said is no plan: the not saying
        # happened.
        ("Соколов отказался сообщить, будет ли Москва участвовать в учениях.", OCCURRED),
        ("Соколов спросил, сможет ли Москва участвовать в учениях.", OCCURRED),
        ("Москва неоднократно указывала, что учения должны обсуждаться в Осло.", OCCURRED),
        ("Министр не смог пообещать, что паром снова выйдет в море.", OCCURRED),
        ("В МИД не стали уточнять, когда делегация прибудет в Ригу.", OCCURRED),
        ("Берг не сказала, что посольство откроется весной.", OCCURRED),
        # A plan beside a negation, or said now, still looks ahead.
        ("Соколов не приехал, но Москва направит заместителя.", PLANNED),
        ("Соколов говорит, что Москва направит делегацию.", PLANNED),
    ],
)
def test_what_a_denied_saying_would_have_said_is_no_plan(sentence, status):
    assert status_of(sentence, RU) == status


def test_a_live_blog_s_present_tells_what_has_just_happened():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = (
        "Лавров в Риге: онлайн\n\n"
        "09:15 Сергей Лавров прибывает в Ригу и встречается с послами.\n\n"
        "10:40 Сергей Лавров подпишет протокол в пятницу.\n\n"
        "11:30 Сергей Лавров отказался сообщить, будет ли он в Таллине.\n"
    )
    proposals = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date.start.isoformat(), p.date.qualifier, p.status) for p in proposals] == [
        ("2005-04-21", DateQualifier.EXACT, OCCURRED),
        ("2005-04-22", DateQualifier.EXACT, PLANNED),  # the perfective's future
        ("2005-04-21", DateQualifier.EXACT, OCCURRED),
    ]


def test_a_chronology_s_present_with_a_date_gone_by_tells_what_happened():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = (
        "Сергей Лавров и Рига: хроника\n\n"
        "Май 1998 года: Сергей Лавров подписывает протокол о рыболовстве.\n\n"
        "Март 2001 года: Сергей Лавров замораживает контакты с Ригой.\n\n"
        # The perfective's future, as chronologies tell what came next.
        "2002 год — Сергей Лавров подпишет протокол о квотах.\n\n"
        "Сергей Лавров снова посетит Ригу в июне.\n"
    )
    proposals = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [(p.date.start.isoformat(), p.status) for p in proposals] == [
        ("1998-05-01", OCCURRED),
        ("2001-03-01", OCCURRED),
        ("2002-01-01", OCCURRED),
        ("2005-06-01", PLANNED),
    ]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Сергей Лавров в пятницу одобрил рабочую программу на 2006 год.", ["в пятницу"]),
        ("Сергей Лавров в пятницу рассказал о планах на ближайшие месяцы.", ["в пятницу"]),
        ("Сергей Лавров в пятницу одобрил план совместных мероприятий на 2006 год.", ["в пятницу"]),
        # Not a plan's noun with no "на": talks on quotas since last year began then.
        ("Сергей Лавров ведёт переговоры о квотах с прошлого года.", ["с прошлого года"]),
    ],
)
def test_the_period_a_russian_plan_is_for_dates_nothing(sentence, dated):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    proposals = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [p.date_text for p in proposals] == dated


@pytest.mark.parametrize(
    ("sentence", "day", "precision"),
    [
        ("1999 год — 24 марта Москва отозвала представителя.", date(1999, 3, 24), DAY),
        ("2002 год — 28 мая в Риме подписана декларация.", date(2002, 5, 28), DAY),
        ("2004 год — в апреле в Брюсселе собрался совет.", date(2004, 4, 1), MONTH),
        ("1997 год — 27 мая 1997 г. в Париже подписан акт.", date(1997, 5, 27), DAY),
    ],
)
def test_a_chronology_s_year_then_a_day_or_month_is_that_day_or_month_of_it(
    sentence, day, precision
):
    assert only_date(sentence).date == PartialDate(day, precision)


RU_VISITED = "Сергей Лавров прилетел в Осло во вторник, 12 апреля, на переговоры о квотах. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A noun referring back to a visit or talks dated before: its date.
        (
            "В ходе визита стороны обменялись письмами о береговой охране.",
            ("В ходе визита", PartialDate(date(2005, 4, 12))),
        ),
        (
            "Во время этих переговоров Сергей Лавров предложил общий патруль.",
            ("Во время этих переговоров", PartialDate(date(2005, 4, 12))),
        ),
        (
            "Это был его первый визит в Норвегию с 1999 года.",
            ("Это был его первый визит", PartialDate(date(2005, 4, 12))),
        ),
        # «накануне» it is the day before; «после» it, between it and the publication, but
        # what was said after it on its day.
        (
            "Накануне визита Сергей Лавров принял норвежского посла.",
            ("Накануне визита", PartialDate(date(2005, 4, 11))),
        ),
        (
            "После переговоров Сергей Лавров вылетел в Москву.",
            (
                "После переговоров",
                PartialDate(
                    date(2005, 4, 12), DatePrecision.DAY, date(2005, 4, 21), DateQualifier.WITHIN
                ),
            ),
        ),
        (
            "После переговоров Сергей Лавров заявил, что спор о квотах исчерпан.",
            ("После переговоров", PartialDate(date(2005, 4, 12))),
        ),
    ],
)
def test_a_russian_noun_for_a_visit_or_talks_takes_the_date_the_story_gave_it(sentence, expected):
    *_, last = propose(RU_VISITED + sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert (last.date_text, last.date) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Its own date wins; an act of a kind the story dated none of; no such noun.
        "Во время своего визита в Киев в прошлом году Сергей Лавров говорил иначе.",
        "В ходе учений Сергей Лавров побывал на фрегате.",
        "Визит Сергея Лаврова в Брюссель намечен на 3 мая.",
    ],
)
def test_a_russian_noun_with_its_own_date_or_of_another_kind_keeps_its_reading(sentence):
    *_, last = propose(RU_VISITED + sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert "the story dated" not in last.date_note


def test_russian_there_after_a_summit_dated_is_at_it():
    story = "Саммит по квотам пройдет в Тромсё 20 мая. "
    *_, last = propose(
        story + "Там, как ожидается, Сергей Лавров подпишет соглашение о квотах.",
        PUBLISHED,
        LAVROV,
        match_events=False,
        language=RU,
    )
    assert (last.date_text, last.date) == ("Там", PartialDate(date(2005, 5, 20)))
    assert "the story dated to 20 May 2005" in last.date_note


LAVROV = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Сергей Лавров выступит перед журналистами до начала заседания совета. "
            "Заседание пройдёт во вторник в Брюсселе.",
            PartialDate(date(2005, 4, 26), DAY, None, DateQualifier.NO_LATER_THAN),
        ),
        (
            "Сергей Лавров впервые посетит Осло с официальным визитом. "
            "Визит состоится в следующий вторник.",
            PartialDate(date(2005, 4, 26)),
        ),
        (
            "Сергей Лавров примет участие в саммите арктических стран. "
            "Этот саммит откроется в Осло 20 мая.",
            PartialDate(date(2005, 5, 20)),
        ),
    ],
)
def test_a_plan_with_no_date_takes_the_date_the_next_sentence_gives_its_act(story, expected):
    plan, *_ = propose(story, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert plan.date == expected


@pytest.mark.parametrize(
    "story",
    [
        "Сергей Лавров впервые посетит Осло с официальным визитом. Заседание пройдёт во вторник.",
        "Сергей Лавров впервые посетит Осло с официальным визитом.\n\nВизит состоится во вторник.",
        "Сергей Лавров выступит на заседании совета. Заседание прошло в понедельник.",
    ],
)
def test_a_plan_with_no_date_is_no_proposal_when_the_next_sentence_dates_another_act(story):
    # Given the other act's date, it would be proposed; left undated, it is not.
    proposals = propose(story, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert not any(p.quote.startswith("Сергей Лавров") for p in proposals)


ARKHANGELSK = Gazetteer(
    [
        *BERG.records.values(),
        Record("place", "arkhangelsk", "Arkhangelsk", names_ru=("Архангельск",)),
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        # A figurative line: a copula and an adjective or a noun in the instrumental.
        "Путь к соглашению с Архангельском оказался долгим и трудным.",
        "Для Архангельска прошедший год стал испытанием на прочность.",
        "Главным итогом года для Архангельска стало то, чего никто не ждал.",
        # What something will be judged by, as the author sets it.
        "О совете будут судить по тому, что он сделает в Архангельске в следующем году.",
    ],
)
def test_a_russian_description_or_yardstick_is_no_fact(sentence):
    assert propose(sentence, PUBLISHED, ARKHANGELSK, match_events=False, language=RU) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Встреча Анны Берг в Архангельске в понедельник оказалась первой за три года.",
            ["в понедельник"],
        ),
        ("Архангельск стал побратимом Тромсё в 1989 году.", ["1989 году"]),
        ("Анна Берг стала послом в Архангельске в 2001 году.", ["2001 году"]),
        (
            "Совет будут оценивать по итогам следующего года, сказала Анна Берг в Архангельске.",
            [None],
        ),
        # An estimate, no yardstick.
        (
            "Ущерб в Архангельске оценивают по меньшей мере в миллион рублей, сообщила Анна "
            "Берг в понедельник.",
            ["в понедельник"],
        ),
    ],
)
def test_a_russian_act_or_saying_beside_a_description_is_still_a_fact(sentence, found):
    proposals = propose(sentence, PUBLISHED, ARKHANGELSK, match_events=False, language=RU)
    assert [p.date_text for p in proposals] == found


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # «Накануне» an act the next sentence dates: the day before it.
        (
            "Сергей Лавров провёл переговоры с норвежскими рыбаками накануне саммита. "
            "Саммит откроется в Осло в пятницу.",
            date(2005, 4, 21),
        ),
        (
            "Накануне заседания совета Сергей Лавров встретится с журналистами. "
            "Заседание пройдёт во вторник в Тромсё.",
            date(2005, 4, 25),
        ),
    ],
)
def test_what_is_on_the_eve_of_an_act_the_next_sentence_dates_is_the_day_before(story, expected):
    fact, *_ = propose(story, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert fact.date == PartialDate(expected)


def test_what_was_done_on_the_eve_of_a_later_act_keeps_its_date():
    story = (
        "Сергей Лавров предупредил норвежских рыбаков накануне саммита. "
        "Саммит откроется в Осло во вторник."
    )
    fact, *_ = propose(story, PUBLISHED, LAVROV, match_events=False, language=RU)
    assert fact.date == PartialDate(PUBLISHED, DAY, None, DateQualifier.NO_LATER_THAN)


@pytest.mark.parametrize(
    "sentence",
    [
        "Как стало известно „Ведомостям“, Сергей Лавров подписал протокол в пятницу.",
        "По данным «Ведомостей», Сергей Лавров подписал протокол в пятницу.",
    ],
)
def test_a_russian_title_drops_where_the_news_comes_from(sentence):
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    [proposal] = propose(sentence, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert proposal.title == "Сергей Лавров подписал протокол в пятницу"


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # «На днях»: within a week before today, or after it for what is to come.
        ("На днях министр встретился с послами в Осло.", date(2005, 4, 14), date(2005, 4, 21)),
        ("На днях министр встретится с послами в Осло.", date(2005, 4, 21), date(2005, 4, 28)),
        # «Только что»: today.
        ("Только что в Осло завершилось заседание совета.", date(2005, 4, 21), None),
    ],
)
def test_these_days_and_just_now(sentence, start, end):
    found = only_date(sentence)
    assert (found.date.start, found.date.end) == (start, end)


def test_where_the_news_came_from_is_no_fact_but_a_person_saying_it_is():
    gazetteer = Gazetteer([Record("person", "sergei-lavrov", "Sergei Lavrov")])
    text = (
        "Москва рассчитывает в этом году открыть паромную линию. "
        "Об этом «Ведомостям» рассказал источник в правительстве Норвегии. "
        "Об этом сообщает РИА Новости. "
        "Об этом заявил сегодня журналистам Сергей Лавров."
    )
    proposals = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert [p.date_text for p in proposals] == ["в этом году", "сегодня"]


def test_a_number_naming_a_thing_is_no_year():
    assert (
        find_dates("Осло считает, что резолюция 1973 должна выполняться.", PUBLISHED, [], RU) == []
    )


@pytest.mark.parametrize(
    ("sentence", "start", "status"),
    [
        # Appointed to a post is done; scheduled for a day is a plan.
        (
            "Об этом заявил Сергей Лавров, назначенный на эту должность в марте.",
            date(2005, 3, 1),
            "occurred",
        ),
        ("Встреча министров назначена на 7 мая.", date(2005, 5, 7), "planned"),
        # Ready to do is a plan, as "ready to".
        ("Сергей Лавров, как говорят, готов приехать в Осло уже в марте.", date(2006, 3, 1),
         "planned"),
    ],
)  # fmt: skip
def test_appointed_is_done_and_ready_to_do_is_a_plan(sentence, start, status):
    dated = [p for p in propose(sentence, PUBLISHED, LAVROV, match_events=False, language=RU)
             if p.date_text]  # fmt: skip
    assert [(p.date.start, p.status) for p in dated] == [(start, status)]


def test_a_russian_passive_participle_s_date_looks_back_under_a_plan():
    found = only_date("Резолюция, принятая 17 марта, должна выполняться строго.")
    assert found.date == PartialDate(date(2005, 3, 17))


def test_a_russian_chronology_without_full_stops_is_read_line_by_line():
    text = (
        "ХРОНОЛОГИЯ\n\n"
        "19 ноября 1990 – в Осло подписан договор о квотах\n"
        "16 апреля – Олег Соколов подписывает протокол\n\n"
        "Переговоры продолжились."
    )
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [(p.date.start.isoformat(), p.status) for p in proposals[:2]] == [
        ("1990-11-19", Event.Status.OCCURRED),
        ("2005-04-16", Event.Status.OCCURRED),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # A day in words, in the genitive a date puts it in.
        ("Первого апреля Осло объявил о выходе.", "Первого апреля", date(2005, 4, 1)),
        ("Встреча прошла двадцать третьего марта.", "двадцать третьего марта", date(2005, 3, 23)),
        ("Учения начнутся с четвёртого мая.", "с четвёртого мая", date(2005, 5, 4)),
        # A day of the month alone, the nearest such day the clause looks to.
        ("Указ президента был официально опубликован 14-го.", "14-го", date(2005, 4, 14)),
        ("Следующая встреча состоится 25-го числа в Осло.", "25-го числа", date(2005, 4, 25)),
    ],
)
def test_a_russian_day_in_words_or_alone_is_a_day(sentence, text, expected):
    found = only_date(sentence)
    assert (found.text, found.date.start, found.date.precision) == (text, expected, DAY)


def test_a_regiment_s_number_is_no_day():
    assert [
        d.text for d in find_dates("Ветераны 14-го полка собрались.", PUBLISHED, [], language=RU)
    ] == []


def test_what_is_to_be_done_is_no_advice_of_the_author():
    # «предстоит» holds «стоит», which alone is advice («Москве стоит подумать»).
    text = "Экспертам предстоит подготовить доклад следующей весной."
    (proposal,) = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert (proposal.date.start, proposal.status) == (date(2006, 3, 1), Event.Status.PLANNED)
    assert (
        propose(
            "Москве стоит подумать о договоре в мае.",
            PUBLISHED,
            Gazetteer([]),
            match_events=False,
            language=RU,
        )
        == []
    )


def test_a_year_after_a_verb_told_of_a_document_dates_the_act():
    # A document's word before it, a verb between: the year is the act's, not the pact's.
    text = "Из договора о квотах Осло вышло в 2003-м, Москва – в конце 2004-го."
    proposals = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert [p.date.start.year for p in proposals] == [2003, 2004]


def test_what_the_leaders_at_a_summit_did_is_of_its_day():
    text = (
        "В понедельник в Осло прошел саммит рыболовных держав. "
        "Олег Соколов и лидеры пяти стран подписали совместное заявление."
    )
    gazetteer = Gazetteer(
        [Record("person", "oleg-sokolov", "Oleg Sokolov", names_ru=("Олег Соколов",))]
    )
    summit, signed = propose(text, PUBLISHED, gazetteer, match_events=False, language=RU)
    assert signed.date == summit.date == PartialDate(date(2005, 4, 18))
    assert "done by those gathered" in signed.date_note


def test_what_was_said_to_come_is_no_day_the_russian_story_counts_from():
    text = (
        "Первого февраля Осло объявило, что через полгода выйдет из договора о квотах. "
        "На следующий день Москва объявила о зеркальном ответе."
    )
    *_, answered = propose(text, PUBLISHED, Gazetteer([]), match_events=False, language=RU)
    assert answered.date == PartialDate(date(2005, 2, 2))
