"""Names in Russian copy: matched to records in any grammatical case, by their Russian
names or, for records that have none, by their English names transliterated."""

from datetime import date

import pytest

from events.importing.entities import Gazetteer, Record, find_mentions
from events.importing.entities_ru import is_russian, word_fits
from events.importing.proposals import propose
from events.importing.sentences import split_sentences
from events.models import Language, Place
from tests.test_import_entities import found as mentions_in
from tests.test_import_entities import summary

RECORDS = [
    # Russian names, as django-modeltranslation's "_ru" columns give them.
    Record(
        "person",
        "sergei-lavrov",
        "Sergei Lavrov",
        ("Sergei Viktorovich Lavrov",),
        "Foreign Minister",
        ("Сергей Лавров", "Сергей Викторович Лавров"),
    ),
    Record("place", "moscow", "Moscow", names_ru=("Москва",)),
    Record("place", "norway", "Norway", names_ru=("Норвегия",)),
    Record("place", "russia", "Russia", names_ru=("Россия",)),
    Record("organization", "nato", "NATO", names_ru=("НАТО",)),
    Record("organization", "nrc", "NATO-Russia Council", ("NRC",), names_ru=("Совет Россия–НАТО",)),
    Record(
        "organization",
        "russian-defence-ministry",
        "Russian Defence Ministry",
        names_ru=("Министерство обороны России", "Минобороны России"),
    ),
    # No Russian names yet: found through transliteration.
    Record("person", "sergei-ivanov", "Sergei Ivanov", role="Defence Minister"),
    Record("person", "igor-ivanov", "Igor Ivanov", role="Secretary of the Security Council"),
    Record("person", "jaap-de-hoop-scheffer", "Jaap de Hoop Scheffer", ("de Hoop Scheffer",)),
    Record("person", "yevgeny-primakov", "Yevgeny Primakov"),
    Record(
        "person",
        "karl-lind",
        "Karl Lind",
        role="NATO Secretary General",
        names_ru=("Карл Линд", "генеральный секретарь", "генсек НАТО"),
    ),
    Record("place", "brussels", "Brussels"),
    Record("place", "georgia", "Georgia"),
    Record("place", "united-states", "United States", ("USA",)),
]


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(RECORDS)


def found(text, gazetteer):
    """``(text, kind, slug)`` of each mention, each checked to be cut from ``text``."""
    return summary(mentions_in(text, gazetteer))


def test_a_treaty_s_kind_and_its_title_in_quotation_marks_are_one_agreement(gazetteer):
    text = "Стороны подписали Декларацию «Отношения Россия–НАТО: новое качество» в Риме."
    agreements = [m for m in find_mentions(text, gazetteer) if m.kind == "agreement"]
    assert [m.proposed_name for m in agreements] == [
        "Декларация «Отношения Россия–НАТО: новое качество»"
    ]
    assert not [m for m in find_mentions(text, gazetteer) if m.text == "НАТО"]


def test_a_treaty_s_title_the_timeline_knows_is_its_record():
    pfp = Record("agreement", "pfp", "Partnership for Peace", names_ru=("Партнёрство ради мира",))
    text = "Россия вступила в программу «Партнёрство ради мира» в 1994 году."
    agreements = [m for m in find_mentions(text, Gazetteer([pfp])) if m.kind == "agreement"]
    assert [m.slug for m in agreements] == ["pfp"]


def test_ships_named_in_quotation_marks_are_no_one(gazetteer):
    text = "Корабли «Михаил Варенко» и «Адмирал Кестров» вышли из порта, сказал Сергей Лавров."
    assert found(text, gazetteer) == [("Сергей Лавров", "person", "sergei-lavrov")]


@pytest.mark.parametrize(
    "form",
    ["Сергей Лавров", "Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Сергее Лаврове"],
)
def test_a_person_in_every_case(gazetteer, form):
    text = f"Журналисты писали о том, что {form} прилетел."
    assert found(text, gazetteer)[0] == (form, "person", "sergei-lavrov")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Делегация прибыла в Москву из Норвегии.", [("Москву", "moscow"), ("Норвегии", "norway")]),
        ("Встреча прошла в Москве, под Москвой.", [("Москве", "moscow"), ("Москвой", "moscow")]),
        ("Договор с Россией одобрила Москва.", [("Россией", "russia"), ("Москва", "moscow")]),
        (
            "Посол вернулся из Брюсселя в Брюссель.",
            [("Брюсселя", "brussels"), ("Брюссель", "brussels")],
        ),
    ],
)
def test_places_in_any_case(gazetteer, text, expected):
    assert [(t, s) for t, _kind, s in found(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text",
    ["Сенат проголосует до Нового года.", "Сенат соберётся после Рождества."],
)
def test_a_feast_is_no_name(text):
    assert [m.text for m in find_mentions(text, Gazetteer([]))] == ["Сенат"]


def test_organizations_in_any_case_and_with_a_dash(gazetteer):
    text = (
        "Заседание Совета Россия–НАТО провели в Министерстве обороны России, "
        "а генсеку НАТО сообщили об этом в Минобороны России."
    )
    assert found(text, gazetteer) == [
        ("Совета Россия–НАТО", "organization", "nrc"),
        ("Министерстве обороны России", "organization", "russian-defence-ministry"),
        ("НАТО", "organization", "nato"),
        ("Минобороны России", "organization", "russian-defence-ministry"),
    ]


def test_a_surname_alone_is_the_person_named_before(gazetteer):
    text = "Министр Сергей Лавров прибыл в Москву. Лавров заявил, что Лаврову все ясно."
    assert found(text, gazetteer) == [
        ("Сергей Лавров", "person", "sergei-lavrov"),
        ("Москву", "place", "moscow"),
        ("Лавров", "person", "sergei-lavrov"),
        ("Лаврову", "person", "sergei-lavrov"),
    ]


@pytest.mark.parametrize("initials", ["С.", "С.В.", "С. В."])
def test_initials_before_a_surname(gazetteer, initials):
    text = f"Об этом сообщил {initials} Лавров на встрече."
    assert found(text, gazetteer)[0] == (f"{initials} Лавров", "person", "sergei-lavrov")


def test_a_patronymic_s_initial_fits_a_record_that_knows_only_the_given_name():
    zaitsev = Record("person", "oleg-zaitsev", "Oleg Zaitsev", names_ru=("Олег Зайцев",))
    mentions = find_mentions("О.Н.Зайцев заявил, что встреча прошла хорошо.", Gazetteer([zaitsev]))
    assert [(m.text, m.slug) for m in mentions] == [("О.Н.Зайцев", "oleg-zaitsev")]


def test_initials_of_someone_else_are_no_match(gazetteer):
    mentions = find_mentions("Об этом сообщил А. Лавров на встрече.", gazetteer)
    assert all(m.slug != "sergei-lavrov" for m in mentions)


def test_transliteration_finds_records_without_russian_names(gazetteer):
    text = (
        "Министр встретился с Сергеем Ивановым и генсеку НАТО Яапу де Хоп Схефферу "
        "показал письмо Евгения Примакова."
    )
    assert found(text, gazetteer) == [
        ("Сергеем Ивановым", "person", "sergei-ivanov"),
        ("НАТО", "organization", "nato"),
        ("Яапу де Хоп Схефферу", "person", "jaap-de-hoop-scheffer"),
        ("Евгения Примакова", "person", "yevgeny-primakov"),
    ]


def test_a_surname_with_its_particles_and_initials_transliterated(gazetteer):
    text = "Об этом заявил Я. де Хоп Схеффер, а затем де Хоп Схеффер уехал."
    assert found(text, gazetteer) == [
        ("Я. де Хоп Схеффер", "person", "jaap-de-hoop-scheffer"),
        ("де Хоп Схеффер", "person", "jaap-de-hoop-scheffer"),
    ]


def test_two_people_named_in_full_leave_their_surname_ambiguous(gazetteer):
    text = "Сергей Иванов и Игорь Иванов прибыли в Москву. Иванов заявил, что доволен."
    mentions = find_mentions(text, gazetteer)
    ivanov = mentions[-1]
    assert (ivanov.text, ivanov.slug) == ("Иванов", None)
    assert set(ivanov.candidates) == {"sergei-ivanov", "igor-ivanov"}


def test_a_surname_alone_matching_two_records_is_ambiguous(gazetteer):
    mentions = find_mentions("Как заявил Иванов, переговоры прошли успешно.", gazetteer)
    assert mentions[0].slug is None
    assert set(mentions[0].candidates) == {"sergei-ivanov", "igor-ivanov"}


@pytest.mark.parametrize(
    "text",
    [
        "Монахи Троице-Сергиевой лавры и Лавра встретили гостей.",  # not Lavrov
        "Москвичи и россияне провели вечер в парке.",  # not Moscow, not Russia
        "Георгий Шпак провел совещание.",  # a given name, not Georgia
        "Римма Иваненко провела совещание.",  # not Ivanov
        "Сергеев посетил выставку.",  # not Sergei
    ],
)
def test_no_false_matches(gazetteer, text):
    assert all(slug is None for _text, _kind, slug in found(text, gazetteer))


def test_word_forms_are_compared_by_stem_and_ending():
    assert word_fits("Лавровым", "Лавров")
    assert word_fits("Брюсселя", "Брюссель")
    assert word_fits("Норвегии", "Норвегия")
    assert word_fits("Министерства", "Министерство")
    assert word_fits("НАТО", "НАТО")
    assert not word_fits("Лавра", "Лавров")
    assert not word_fits("Натой", "НАТО")
    assert not word_fits("Ом", "Ома")  # stems under three letters never match


def test_new_names_by_their_kind(gazetteer):
    text = (
        "Концерн «Газпром» и ОДКБ направили в Вильнюс письмо, которое министр обороны "
        "Норвегии Кристин Девольд передала Министерству обороны Латвии."
    )
    mentions = {m.text: m for m in find_mentions(text, gazetteer)}
    assert (mentions["Газпром"].kind, mentions["Газпром"].slug) == ("organization", None)
    assert mentions["ОДКБ"].kind == "organization"
    assert mentions["Вильнюс"].kind == "place"
    assert "GeoNames" in mentions["Вильнюс"].reason
    assert mentions["Кристин Девольд"].kind == "person"
    assert mentions["Министерству обороны Латвии"].kind == "organization"
    assert mentions["Норвегии"].slug == "norway"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country by the name Russian copy gives it beside the CLDR's.
        ("Проект внесли вместе с Белоруссией.", [("Белоруссией", "place", None)]),
        # A treaty's Russian abbreviation.
        ("В июле приостановили ДОВСЕ.", [("ДОВСЕ", "agreement", None)]),
        # «господин» before a surname names a person.
        ("Потом господин Ордин уехал.", [("Ордин", "person", None)]),
        # A body's name goes on after "и" in the case "по" gave; a short adjective ends it.
        (
            "Вопрос обсудят в Организации по безопасности и сотрудничеству в Европе.",
            [("Организации по безопасности и сотрудничеству в Европе", "organization", None)],
        ),
        ("Министры стран Совета должны рассмотреть его.", []),
    ],
)
def test_russian_names_of_countries_treaties_people_and_bodies(text, expected):
    assert found(text, Gazetteer([])) == expected


def test_a_state_abbreviation_is_the_state_s_record(gazetteer):
    assert found("Госсекретарь США прибыл в Москву.", gazetteer)[0] == (
        "США",
        "place",
        "united-states",
    )


def test_russian_copy_is_told_from_english():
    assert is_russian("Сергей Лавров встретился с генсеком NATO.")
    assert not is_russian("Sergei Lavrov met the NATO chief in Москва.")


def test_cyrillic_initials_end_no_sentence():
    text = "Министр С. Лавров и С.В. Иванов прибыли. Встреча началась."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Министр С. Лавров и С.В. Иванов прибыли.",
        "Встреча началась.",
    ]


def test_a_russian_sentence_without_a_date_that_reports_an_event_is_proposed(gazetteer):
    text = "Министр иностранных дел Сергей Лавров раскритиковал соглашение с НАТО в Москве."
    proposals = propose(text, date(2005, 4, 21), gazetteer, match_events=False)
    assert len(proposals) == 1
    assert [m.slug for m in proposals[0].mentions] == ["sergei-lavrov", "nato", "moscow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Совет Россия–НАТО собрался в Москве 10 марта. Лавров посетит Осло 20 марта», — "
            "заявил Сергей Иванов.",
            [
                ["Совет Россия–НАТО", "Москве", "Сергей Иванов"],
                ["Лавров", "Осло", "Сергей Иванов"],
            ],
        ),
        (
            "Сергей Лавров сообщил, что НАТО открыло бюро в Москве 2 марта и что Норвегия "
            "направит делегацию 30 марта.",
            [["Сергей Лавров", "НАТО", "Москве"], ["Сергей Лавров", "Норвегия"]],
        ),
    ],
)
def test_each_fact_of_a_russian_quotation_has_its_own_names(gazetteer, text, expected):
    proposals = propose(
        text, date(2005, 4, 21), gazetteer, match_events=False, language=Language.RUSSIAN
    )
    assert [[m.text for m in p.mentions] for p in proposals] == expected


@pytest.mark.django_db
def test_the_gazetteer_reads_russian_names_in_the_same_queries(django_assert_num_queries):
    Place.objects.create(slug="test-oslo", name="Oslo", name_ru="Осло", kind=Place.Kind.CITY)
    Place.objects.create(slug="test-bodo", name_ru="Будё", kind=Place.Kind.CITY)
    with django_assert_num_queries(4):
        gazetteer = Gazetteer.from_database()
    oslo = gazetteer.records[("place", "test-oslo")]
    assert (oslo.name, oslo.names_ru) == ("Oslo", ("Осло",))
    assert gazetteer.records[("place", "test-bodo")].name == "Будё"  # named in Russian only
    assert found("Делегация прибыла в Осло.", gazetteer) == [("Осло", "place", "test-oslo")]


def test_a_quotation_in_quotation_marks_is_no_name(gazetteer):
    text = "«Мы перевернули страницу», - заявил министр. Концерн «Газпром» согласился."
    assert found(text, gazetteer) == [("Газпром", "organization", None)]


@pytest.mark.parametrize(
    "text",
    [
        # What is said of a treaty, after a colon, or denied, and an exercise's name.
        "Депутаты заявляли, что соглашение «открывает дорогу войскам».",
        "Министр ответил коротко: «Вето будет снято».",
        "Министр сказал «Никакого вето нет» и ушёл.",
        "Войска проводят учение «Защитник Европы — 2021» в Польше.",
    ],
)
def test_words_said_or_an_exercise_in_quotation_marks_are_no_name_and_no_one(gazetteer, text):
    assert [m for m in find_mentions(text, gazetteer) if m.kind != "place"] == []


def test_an_adverb_after_a_treaty_s_name_is_no_part_of_it(gazetteer):
    text = "Соглашение о статусе сил уже ратифицировали все страны."
    assert [m.text for m in find_mentions(text, gazetteer)] == ["Соглашение о статусе сил"]


def test_a_city_in_a_dateline_is_a_place_not_an_abbreviation(gazetteer):
    mentions = find_mentions("ВИЛЬНЮС, 21 апреля. /ИТАР-ТАСС/. Министр прибыл.", gazetteer)
    assert (mentions[0].text, mentions[0].kind) == ("ВИЛЬНЮС", "place")


def test_an_abbreviation_that_begins_one_record_s_russian_name():
    gazetteer = Gazetteer(
        [
            Record(
                "organization",
                "russian-foreign-ministry",
                "Russian Foreign Ministry",
                names_ru=("Министерство иностранных дел России", "МИД России"),
            )
        ]
    )
    # "МИД РФ" is one name: the ministry of the state named after it, not a second mention.
    assert found("Глава МИД РФ прибыл.", gazetteer) == [
        ("МИД РФ", "organization", "russian-foreign-ministry")
    ]


def test_operations_and_exercises_in_quotation_marks_are_no_names(gazetteer):
    text = "Моряки примут участие в учениях НАТО «Балтопс» и в операции «Активные усилия»."
    assert found(text, gazetteer) == [("НАТО", "organization", "nato")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Я работал в Департаменте общеевропейского сотрудничества МИД и участвовал в работе.",
            "Департаменте общеевропейского сотрудничества МИД",
        ),
        ("Мы говорили о Комитете Думы и о планах на будущее.", "Комитете Думы"),
    ],
)
def test_a_body_s_name_ends_before_and_opening_a_clause_or_phrase(gazetteer, text, body):
    assert [m.text for m in find_mentions(text, gazetteer) if m.kind == "organization"] == [body]


def test_places_bodies_and_treaties_named_by_their_words(gazetteer):
    text = (
        "Эксперт Центра анализа стратегий и технологий Руслан Пухов напомнил, что корабли "
        "вошли в Балтийское море, Кремль промолчал, министр посетит Вашингтон, а Договор о "
        "сокращении наступательных вооружений обсудят позже; ПРО осталась в стороне."
    )
    mentions = [(m.text, m.kind, m.slug) for m in find_mentions(text, gazetteer)]
    assert mentions == [
        ("Центра анализа стратегий и технологий", "organization", None),
        ("Руслан Пухов", "person", None),
        ("Балтийское море", "place", None),
        ("Кремль", "organization", None),
        ("Вашингтон", "place", None),
        ("Договор о сокращении наступательных вооружений", "agreement", None),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Саммит пройдёт в ноябре в Праге.", "Прага"),  # not the Serbian "Праг"
        ("Министры встретились вчера в Варшаве.", "Варшава"),
        ("Послы собрались вчера в Берлине.", "Берлин"),
        ("Министры встретятся в сентябре в Нью-Йорке.", "Нью-Йорк"),
        ("Буш в выходные побывал в Санкт-Петербурге.", "Санкт-Петербург"),
    ],
)
def test_a_city_in_the_locative_is_proposed_by_its_russian_name(text, name):
    places = [m for m in find_mentions(text, Gazetteer([])) if m.kind == "place"]
    assert [m.proposed_name for m in places] == [name]


def test_a_small_city_is_no_place_outside_a_phrase_of_place(gazetteer):
    # Pushkin is a town of 100,000: a surname here, not a place.
    mentions = find_mentions("Министр процитировал Пушкина на встрече.", gazetteer)
    assert all(m.kind != "place" for m in mentions)


def test_a_surname_alone_is_the_person_named_in_full_just_before():
    # One record has the alias "Иванов" and a title before the name among its names.
    gazetteer = Gazetteer(
        [
            Record(
                "person",
                "sergei-ivanov",
                "Sergei Ivanov",
                ("Ivanov",),
                names_ru=("Сергей Иванов", "министр обороны Сергей Иванов", "Иванов"),
            ),
            Record("person", "igor-ivanov", "Igor Ivanov", names_ru=("Игорь Иванов",)),
        ]
    )
    text = "По словам министра обороны Сергея Иванова, флот готов. Вечером к Иванову приехал посол."
    assert found(text, gazetteer) == [
        ("Сергея Иванова", "person", "sergei-ivanov"),
        ("Иванову", "person", "sergei-ivanov"),
    ]
    # Both named in full, one after the other: the most recent full mention decides.
    text = "Сергей Иванов прибыл в среду. Игорь Иванов прибыл позже. С Ивановым говорил посол."
    assert found(text, gazetteer)[-1] == ("Ивановым", "person", "igor-ivanov")


def test_a_title_among_a_person_s_russian_names_makes_no_surname():
    gazetteer = Gazetteer(
        [
            Record(
                "person",
                "sergei-lavrov",
                "Sergei Lavrov",
                names_ru=("Сергей Лавров", "министр иностранных дел Сергей Лавров"),
            )
        ]
    )
    text = "Вчера министр иностранных дел Сергей Лавров прилетел в Осло."
    assert found(text, gazetteer)[0] == ("Сергей Лавров", "person", "sergei-lavrov")


def test_a_new_body_is_proposed_in_the_nominative_with_its_abbreviation(gazetteer):
    text = (
        "Делегаты собрались на заседание Комитета Норвегия–НАТО (КНН) в Осло. "
        "Решение КНН одобрили позже."
    )
    mentions = find_mentions(text, gazetteer)
    # Norway and NATO inside the name are no mentions of their own.
    assert [(m.text, m.slug, m.proposed_name) for m in mentions] == [
        ("Комитета Норвегия–НАТО", None, "Комитет Норвегия–НАТО"),
        ("КНН", None, "Комитет Норвегия–НАТО"),
        ("Осло", None, "Осло"),
        ("КНН", None, "Комитет Норвегия–НАТО"),
    ]
    assert mentions[1].kind == "organization"


def test_an_adjective_before_a_russian_body_s_name_is_no_owner():
    nato = Record(
        "organization", "nato", "NATO", names_ru=("НАТО", "альянс", "Североатлантический альянс")
    )
    text = "Визит генсека НАТО Джорджа Робертсона завершился."
    assert found(text, Gazetteer([nato]))[0] == ("НАТО", "organization", "nato")


def test_a_body_s_name_written_in_lower_case():
    nato = Record("organization", "nato", "NATO", names_ru=("НАТО", "альянс"))
    text = "Россия предложила, чтобы альянс учитывал ее интересы, и члены альянса согласились."
    assert found(text, Gazetteer([nato])) == [
        ("Россия", "place", None),  # a country the gazetteer does not hold: a new place
        ("альянс", "organization", "nato"),
        ("альянса", "organization", "nato"),
    ]


def test_an_abbreviation_in_brackets_is_the_record_named_before_it(gazetteer):
    text = "Заседание Совета Россия–НАТО (СРН) прошло в Брюсселе."
    assert found(text, gazetteer)[:2] == [
        ("Совета Россия–НАТО", "organization", "nrc"),
        ("СРН", "organization", "nrc"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Учения прошли в Калининградской области.", "Калининградская область"),
        ("Корабли вошли в Финском заливе в порт.", "Финский залив"),
        ("Миротворцы остались в Абхазии.", "Абхазия"),
        ("Делегация прибыла в Вильнюсе утром.", "Вильнюс"),
    ],
)
def test_a_new_place_is_proposed_in_the_nominative(gazetteer, text, name):
    places = [m for m in find_mentions(text, gazetteer) if m.kind == "place"]
    assert [m.proposed_name for m in places] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президенты провели переговоры в Бочаровом Ручье.", "Бочаров Ручей"),
        ("Форум откроется на следующей неделе в Нижнем Новгороде.", "Нижний Новгород"),
        ("Завод построят в Новом Уренгое.", "Новый Уренгой"),  # GeoNames: not "-ой"
        ("Делегация побывала в Северной Корее.", "Северная Корея"),
        ("Учения развернули в Кольском Заполярье.", "Кольское Заполярье"),
        ("Лагерь разбили в Вишнёвой Горке.", "Вишнёвая Горка"),
        ("Офис открыли в Северном Затоне.", "Северный Затон"),
    ],
)
def test_a_new_place_in_the_locative_is_proposed_in_the_nominative(gazetteer, text, name):
    places = [m for m in find_mentions(text, gazetteer) if m.kind == "place"]
    assert [m.proposed_name for m in places] == [name]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "Камень" or "Камн"? "Поляна" or "Поляня"? The form as written is kept.
        ("Совещание прошло в Малом Камне.", "Малом Камне"),
        ("Митинг прошёл на Лесной Поляне.", "Лесной Поляне"),
        ("Делегация вернулась из Бочарова Ручья.", "Бочарова Ручья"),
    ],
)
def test_a_locative_read_two_ways_is_proposed_as_written(gazetteer, text, written):
    places = [m for m in find_mentions(text, gazetteer) if m.kind == "place"]
    assert [m.proposed_name or m.text for m in places] == [written]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Законопроект внесли в Государственной Думе.", "Государственная Дума"),
        ("Послы выступили в Европейском Союзе.", "Европейский Союз"),
        ("Об этом доложили в Североатлантическом Совете.", "Североатлантический Совет"),
    ],
)
def test_a_new_body_in_the_locative_is_proposed_in_the_nominative(gazetteer, text, name):
    bodies = [m for m in find_mentions(text, gazetteer) if m.kind != "person"]
    assert [(m.kind, m.proposed_name) for m in bodies] == [("organization", name)]


def test_an_adjective_in_the_locative_before_a_common_noun_is_no_place(gazetteer):
    assert found("Вопрос обсудят в Европейском парламенте.", gazetteer) == []


def test_a_place_record_is_found_in_the_locative():
    gazetteer = Gazetteer(
        [
            Record("place", "nizhny-novgorod", "Nizhny Novgorod", names_ru=("Нижний Новгород",)),
            Record("place", "bocharov-ruchei", "Bocharov Ruchei", names_ru=("Бочаров Ручей",)),
        ]
    )
    text = "Встреча в Бочаровом Ручье прошла после визита в Нижнем Новгороде."
    assert found(text, gazetteer) == [
        ("Бочаровом Ручье", "place", "bocharov-ruchei"),
        ("Нижнем Новгороде", "place", "nizhny-novgorod"),
    ]


def test_a_ministry_and_its_state_are_one_new_name(gazetteer):
    assert found("Источник в МИД России сообщил об этом.", gazetteer) == [
        ("МИД России", "organization", None)
    ]


def test_people_get_the_title_before_their_name_in_the_nominative(gazetteer):
    text = (
        "Позже с министром иностранных дел России Сергеем Лавровым встретился постоянный "
        "представитель Норвегии при НАТО Ханс Ольсен, и вице-премьер Петр Соколов заявил о том."
    )
    mentions = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.slug, m.role) for m in mentions] == [
        ("Сергеем Лавровым", "sergei-lavrov", "министр иностранных дел России"),
        ("Ханс Ольсен", None, "постоянный представитель Норвегии при НАТО"),
        ("Петр Соколов", None, "вице-премьер"),
    ]


def test_a_new_man_named_in_the_instrumental_is_proposed_in_the_nominative(gazetteer):
    text = (
        "Министр обороны встретился с Дмитрием Соколовым и Андерсом Фогом Хансеном в среду, "
        "а с Игорем Беловым и Джорджем Хиллом — в четверг."
    )
    names = [m.proposed_name for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert names == ["Дмитрий Соколов", "Андерс Фог Хансен", "Игорь Белов", "Джордж Хилл"]


def test_a_city_record_with_its_region_matches_the_city_alone_in_both_languages():
    gazetteer = Gazetteer(
        [Record("place", "tromso-norway", "Tromsø, Norway", names_ru=("Тромсё, Норвегия",))]
    )
    for text in ("Фрегат зашёл в Тромсё утром.", "The frigate reached Tromsø at dawn."):
        assert [(m.kind, m.slug) for m in mentions_in(text, gazetteer)] == [
            ("place", "tromso-norway")
        ]


def test_a_city_a_visitor_goes_to_is_the_place_not_the_government():
    gazetteer = Gazetteer(
        [
            Record("place", "moscow", "Moscow", names_ru=("Москва",)),
            Record(
                "organization",
                "kremlin",
                "Russian government",
                ("Moscow",),
                names_ru=("Правительство России", "Москва"),
            ),
        ]
    )
    mentions = mentions_in("Министр, посетивший Москву, уехал. Москва заявила протест.", gazetteer)
    assert [(m.text, m.kind) for m in mentions] == [
        ("Москву", "place"),
        ("Москва", "organization"),
    ]


def test_capitalised_adjectives_before_an_agreement_word_name_an_agreement(gazetteer):
    text = (
        "Стороны сослались на Учредительный протокол 2003 года и нормы Северной хартии. "
        "Новое соглашение пока не подписано."
    )
    assert [(m.text, m.kind, m.proposed_name) for m in mentions_in(text, gazetteer)] == [
        ("Учредительный протокол 2003 года", "agreement", "Учредительный протокол 2003 года"),
        ("Северной хартии", "agreement", "Северная хартия"),
    ]


def test_a_title_alone_is_no_name_and_goes_with_the_name_after_it(gazetteer):
    # A record's alias that is only a title names whoever holds it at the article's date.
    text = "Генеральный секретарь НАТО Ола Брекке заявил, что генсек НАТО приедет."
    mentions = mentions_in(text, gazetteer)
    assert [(m.text, m.slug) for m in mentions if m.kind == "person"] == [("Ола Брекке", None)]
    assert found("Карлом Линдом", gazetteer) == [("Карлом Линдом", "person", "karl-lind")]


def test_a_new_person_s_surname_alone_is_that_person_in_any_case(gazetteer):
    text = (
        "В Брюссель прилетел посол Латвии Андрис Озолиньш и вице-премьер Павел Горелов. "
        "Как сообщил Горелов, визит продлится два дня. Горелова встретили в аэропорту. "
        "Горелов также отметил, что с Гореловым приехала делегация."
    )
    people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.slug, m.proposed_name) for m in people] == [
        ("Андрис Озолиньш", None, "Андрис Озолиньш"),
        ("Павел Горелов", None, "Павел Горелов"),
        ("Горелов", None, "Павел Горелов"),
        ("Горелова", None, "Павел Горелов"),
        ("Горелов", None, "Павел Горелов"),
        ("Гореловым", None, "Павел Горелов"),
    ]
    assert "named earlier in the article" in people[2].reason


def test_a_surname_before_the_full_name_or_of_another_stem_is_not_linked(gazetteer):
    text = "Горелов прибыл. Вице-премьер Павел Горелов выступил. Гореловский завод закрыт."
    people = [m.text for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert people == ["Павел Горелов"]


@pytest.mark.parametrize(
    "quotation",
    [
        '"Это была, без сомнения, важная встреча", - сказал Горелов журналистам.',
        "«Это была, без сомнения, важная встреча», — сказал Горелов журналистам.",
    ],
)
def test_a_quotation_said_by_a_new_person_s_surname_is_proposed(gazetteer, quotation):
    text = (
        "Вице-премьер Павел Горелов выступил в понедельник в Брюсселе с заявлением."
        f"\n\n{quotation}\n"
    )
    proposals = propose(text, date(2010, 11, 22), gazetteer, match_events=False)
    assert len(proposals) == 2
    said = proposals[1]
    assert said.quote == quotation
    assert [m.proposed_name for m in said.mentions] == ["Павел Горелов"]


def test_a_body_named_by_one_word_is_proposed_in_the_nominative(gazetteer):
    mentions = find_mentions("В Пентагоне на это не ответили.", gazetteer)
    assert [(m.text, m.kind, m.proposed_name) for m in mentions] == [
        ("Пентагоне", "organization", "Пентагон")
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Пресс-секретарь премьера Ольга Смирнова сообщила об этом.", "пресс-секретарь премьера"),
        ("Он говорил с помощником министра Олегом Зайцевым.", "помощник министра"),
    ],
)
def test_a_title_that_another_title_depends_on_is_the_role_whole(gazetteer, text, role):
    people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [m.role for m in people] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # An adjective before a title in an oblique case, put in the nominative with it.
        (
            "Прошли консультации постоянного представителя Норвегии при НАТО Ханса Ольсена.",
            "постоянный представитель Норвегии при НАТО",
        ),
        (
            "Прошли консультации первого заместителя министра иностранных дел Норвегии "
            "Олега Зайцева с послами.",
            "первый заместитель министра иностранных дел Норвегии",
        ),
        # A post before a rank is the title, the rank in the nominative as it is.
        (
            "Гостей принял командующий Северным флотом вице-адмирал Олег Зайцев.",
            "командующий Северным флотом вице-адмирал",
        ),
        (
            "Гости встретились с командующим Северным флотом вице-адмиралом Олегом Зайцевым.",
            "командующий Северным флотом вице-адмирал",
        ),
        ("Гостей принял генерал-майор Олег Зайцев.", "генерал-майор"),
        (
            "Встреча министра обороны Норвегии маршала Олега Зайцева прошла в Осло.",
            "министр обороны Норвегии маршал",
        ),
        ("Доклад сделал капитан первого ранга Олег Зайцев.", "капитан первого ранга"),
    ],
)
def test_a_long_title_before_a_name_is_the_role_whole_in_the_nominative(gazetteer, text, role):
    people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [m.role for m in people] == [role]


def test_a_title_ends_at_another_s_name_before_it(gazetteer):
    text = "Министр Сергей Лавров обсудит это с госсекретарём США Олегом Зайцевым."
    people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [m.role for m in people] == ["министр", "госсекретарь США"]


def test_a_deputy_s_title_of_six_words_is_the_deputy_s_not_the_minister_s():
    russia = Record("place", "russia", "Russia", names_ru=("Россия", "Российская Федерация"))
    text = (
        "Прошли консультации заместителя Министра иностранных дел Российской Федерации "
        "Олега Зайцева с послами."
    )
    people = [m for m in find_mentions(text, Gazetteer([russia])) if m.kind == "person"]
    assert [m.role for m in people] == ["заместитель Министра иностранных дел Российской Федерации"]


def test_a_title_opening_a_sentence_is_the_role_not_part_of_the_name():
    minister = Record(
        "person",
        "oleg-zaitsev",
        "Oleg Zaitsev",
        names_ru=("Олег Зайцев", "министр обороны Олег Зайцев"),
    )
    text = "Министр обороны Олег Зайцев обсудил с коллегами ситуацию."
    [mention] = find_mentions(text, Gazetteer([minister]))
    assert (mention.text, mention.slug, mention.role) == (
        "Олег Зайцев",
        "oleg-zaitsev",
        "министр обороны",
    )


def test_a_body_s_name_of_several_words_is_found_in_lower_case():
    office = Record(
        "organization",
        "nato-office-kyiv",
        "NATO Information Office in Kyiv",
        names_ru=("Информационное бюро НАТО в Киеве",),
    )
    text = "Работа информационного бюро НАТО в Киеве продолжится."
    mentions = find_mentions(text, Gazetteer([office]))
    assert [(m.text, m.slug) for m in mentions] == [
        ("информационного бюро НАТО в Киеве", "nato-office-kyiv")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "обновлено 14:15 МСК\n\nВ НАТО заявили, что встреча прошла спокойно.",
        "В 17:20 (МСК) в НАТО заявили, что встреча прошла спокойно.",
    ],
)
def test_a_clock_s_time_zone_names_no_organization(gazetteer, text):
    assert [(m.text, m.slug) for m in find_mentions(text, gazetteer)] == [("НАТО", "nato")]


@pytest.mark.parametrize(
    "text",
    [
        "Закон от 7 июня 2007 г. № 99-ФЗ о сотрудничестве с НАТО подписан.",
        "Ракету 9М729 НАТО считает нарушением договора.",
    ],
)
def test_a_document_s_number_or_a_designator_names_no_organization(gazetteer, text):
    assert [(m.text, m.slug) for m in find_mentions(text, gazetteer)] == [("НАТО", "nato")]


def test_a_hyphenated_place_with_a_particle_is_one_name_and_matches_its_record():
    castel = Record(
        "place", "castel-di-sangro", "Castel di Sangro", names_ru=("Кастель-ди-Сангро",)
    )
    gazetteer = Gazetteer([*RECORDS, castel])
    text = "Министры встретились в Кастель-ди-Сангро, а затем в Комсомольске-на-Амуре."
    assert found(text, gazetteer) == [
        ("Кастель-ди-Сангро", "place", "castel-di-sangro"),
        ("Комсомольске-на-Амуре", "place", None),
    ]


def test_a_place_in_the_instrumental_does_not_run_into_the_body_after_it(gazetteer):
    text = "Созданный под Парижем Совет партнёров собрался в марте."
    assert [(t, kind) for t, kind, _slug in found(text, gazetteer)] == [
        ("Парижем", "place"),
        ("Совет партнёров", "organization"),
    ]


def test_a_treaty_about_something_in_a_continent_is_read_whole(gazetteer):
    text = "Москва вышла из Договора о ракетах средней дальности в Европе, заявил министр."
    mentions = mentions_in(text, gazetteer)
    assert summary(mentions)[1:] == [
        ("Договора о ракетах средней дальности в Европе", "agreement", None),
    ]
    assert mentions[1].proposed_name == "Договор о ракетах средней дальности в Европе"


def test_an_abbreviation_with_a_case_ending_is_a_body_not_a_place(gazetteer):
    mentions = mentions_in("Письмо ушло в МИДе не сразу, сказали в ФСО.", gazetteer)
    assert summary(mentions) == [("МИДе", "organization", None), ("ФСО", "organization", None)]
    assert mentions[0].proposed_name == "МИД"


def test_abbreviated_titles_before_a_surname_make_a_person(gazetteer):
    text = "Вчера г-н Седов и ген. Жуков встретились с посл. Зориным в Брюсселе."
    mentions = mentions_in(text, gazetteer)
    assert summary(mentions)[:3] == [
        ("Седов", "person", None),
        ("Жуков", "person", None),
        ("Зориным", "person", None),
    ]
    assert mentions[2].proposed_name == "Зорин"


def test_a_local_qualifier_makes_a_body_no_national_record():
    duma = Record(
        "organization", "state-duma", "State Duma", names_ru=("Государственная дума", "Дума")
    )
    gazetteer = Gazetteer([duma])
    text = (
        "Депутат Тверской городской Думы Олег Ракитин сказал, что члены городской Думы "
        "против, а Дума промолчала."
    )
    mentions = mentions_in(text, gazetteer)
    assert summary(mentions) == [
        ("Тверской городской Думы", "organization", None),
        ("Олег Ракитин", "person", None),
        ("Дума", "organization", "state-duma"),
    ]
    assert mentions[0].proposed_name == "Тверская городская Дума"


def test_a_place_adjective_before_a_noun_or_a_body_is_no_name():
    gazetteer = Gazetteer([Record("organization", "state-duma", "State Duma", names_ru=("Дума",))])
    text = "Он выступил на Мюнхенской конференции. Депутат Тверской Думы возразил."
    assert summary(mentions_in(text, gazetteer)) == [("Думы", "organization", "state-duma")]
    # Without an adjective's suffix, before a noun in its case: no town "Бел" of "Белом".
    text = "Церемония прошла в Белом доме, парад — на Красной площади, а он уехал в Бостон."
    assert summary(mentions_in(text, gazetteer)) == [("Бостон", "place", None)]


def test_roman_numerals_and_common_abbreviations_are_no_names(gazetteer):
    text = "Слушатели прислали SMS о вызовах XXI века в 12:00 GMT."
    assert mentions_in(text, gazetteer) == []


def test_a_mans_name_in_the_genitive_or_dative_is_proposed_in_the_nominative(gazetteer):
    text = (
        "Пришло письмо Бориса Ковалёва. Потом Борис Ковалёв написал послу Генриху Ларсену. "
        "Марина Орлова заявила, что слова заместителя министра А.П.Громова верны."
    )
    mentions = [m for m in mentions_in(text, gazetteer) if m.kind == "person"]
    assert [m.proposed_name for m in mentions] == [
        "Борис Ковалёв",
        "Борис Ковалёв",
        "Генрих Ларсен",
        "Марина Орлова",
        "А. П. Громов",
    ]


def test_a_name_and_patronymic_is_the_person_so_named_never_a_new_one(gazetteer):
    text = "— Сергей Викторович, когда начнутся переговоры? — Иван Ильич, скажите вы."
    assert summary(mentions_in(text, gazetteer)) == [
        ("Сергей Викторович", "person", "sergei-lavrov")
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Во вторник Александр Лукашевич заявил, что Москва удивлена.", "Александр Лукашевич"),
        ("Во вторник посол Михаил Бабич заявил, что Москва удивлена.", "Михаил Бабич"),
    ],
)
def test_a_surname_in_ich_after_a_given_name_is_a_new_person(text, person, gazetteer):
    people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.slug) for m in people] == [(person, None)]


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Накануне в Париже Борис Ельцин подписал акт.", "Париже", "Борис Ельцин"),
        ("В субботу в Лиссабоне Олег Громов предложил план.", "Лиссабоне", "Олег Громов"),
        # «В» opening the sentence, and a short given name.
        ("В Лиссабоне Анна Берг предложила план.", "Лиссабоне", "Анна Берг"),
    ],
)
def test_a_place_before_the_subject_s_name_is_a_place_of_its_own(text, place, person, gazetteer):
    mentions = find_mentions(text, gazetteer)
    assert [m.text for m in mentions if m.kind == "place"] == [place]
    assert [m.text for m in mentions if m.kind == "person"] == [person]


@pytest.mark.parametrize("text", ["Анна Берг подписала соглашение.", "Ян Гаврилов подписал план."])
def test_a_new_name_opening_a_sentence_with_a_short_given_name_is_a_person(text, gazetteer):
    [person] = find_mentions(text, gazetteer)
    assert (person.kind, person.text) == ("person", " ".join(text.split()[:2]))


_OWNED = [
    Record(
        "organization",
        "russian-security-council",
        "Security Council of the Russian Federation",
        ("the Security Council",),
        names_ru=("Совет безопасности Российской Федерации", "Совет безопасности"),
    ),
    Record("place", "russia", "Russia", names_ru=("Россия",)),
    Record("organization", "united-nations", "United Nations", ("UN",), names_ru=("ООН",)),
]


@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        (
            "Постпред выступил на заседании Совета Безопасности ООН.",
            "Совета Безопасности ООН",
            "Совет Безопасности ООН",
        ),
        (
            "Резолюцию внесли в Совет Безопасности ООН.",
            "Совет Безопасности ООН",
            "Совет Безопасности ООН",
        ),
        (
            "Вопрос рассмотрит Совет Безопасности Организации Объединённых Наций.",
            "Совет Безопасности Организации Объединённых Наций",
            "Совет Безопасности Организации Объединённых Наций",
        ),
    ],
)
def test_a_body_another_owner_qualifies_is_not_the_record_of_its_name(text, body, name):
    mentions = [m for m in mentions_in(text, Gazetteer(_OWNED)) if m.kind == "organization"]
    assert [(m.text, m.slug, m.proposed_name) for m in mentions] == [(body, None, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Секретарь Совета безопасности России выступил.",
        "Заседание Совета безопасности РФ прошло утром.",
        "Заседание Совета безопасности прошло утром.",
        "Совет безопасности Российской Федерации собрался.",
    ],
)
def test_a_body_its_own_owner_qualifies_is_its_record(text):
    mentions = mentions_in(text, Gazetteer(_OWNED))
    assert [m.slug for m in mentions if m.kind == "organization"] == ["russian-security-council"]


def test_the_record_of_the_body_another_owner_qualifies_is_found():
    unsc = Record(
        "organization",
        "un-security-council",
        "United Nations Security Council",
        names_ru=("Совет Безопасности ООН",),
    )
    text = "Совет Безопасности ООН заседал, а Совет безопасности России промолчал."
    mentions = mentions_in(text, Gazetteer([*_OWNED, unsc]))
    assert [m.slug for m in mentions if m.kind == "organization"] == [
        "un-security-council",
        "russian-security-council",
    ]


def _new(text, gazetteer, kind):
    """``(text, proposed name)`` of each new ``kind`` the text names."""
    return [
        (m.text, m.proposed_name)
        for m in find_mentions(text, gazetteer)
        if m.kind == kind and m.slug is None
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Решение кабинета Ангелы Меркель приветствовали в Брюсселе.", ["Ангела Меркель"]),
        ("Журналисты дождались Николя Саркози у входа.", ["Николя Саркози"]),
        ("Слова Хавьера Соланы прозвучали жёстко.", ["Хавьер Солана"]),
        ("Курс администрации Барака Обамы изменился.", ["Барак Обама"]),
        ("Доклад генсека Андерса Фог Расмуссена обсудили.", ["Андерс Фог Расмуссен"]),
        ("Встреча с госсекретарём Кондолизой Райс прошла спокойно.", ["Кондолиза Райс"]),
        ("Позиция канцлера Гельмута Коля не изменилась.", ["Гельмут Коль"]),
        ("Позицию премьера Жозе Сократеша поддержали.", ["Жозе Сократеш"]),
    ],
)
def test_a_foreign_name_is_a_person_proposed_in_the_nominative(gazetteer, text, people):
    assert [name for _text, name in _new(text, gazetteer, "person")] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # The case a preposition governs: «во главе с», «вместе с» the instrumental (a
        # surname in "-ский" too), «у», «от» the genitive, «к» the dative.
        ("В Брюссель отправилась делегация во главе с Юрием Балуевским.", ["Юрий Балуевский"]),
        ("Вместе с Андерсом Фог Расмуссеном в Москву прилетели послы.", ["Андерс Фог Расмуссен"]),
        ("Письмо пришло от Андерса Фог Расмуссена.", ["Андерс Фог Расмуссен"]),
        ("Министр обратился к Джорджу Робертсону.", ["Джордж Робертсон"]),
        # A noun a preposition governs takes the name after it in the genitive.
        ("Учения под руководством Андерса Фог Расмуссена прошли.", ["Андерс Фог Расмуссен"]),
        ("Заседание с участием Юрия Балуевского состоялось вчера.", ["Юрий Балуевский"]),
        ("По приглашению Джорджа Робертсона делегация прибыла в Брюссель.", ["Джордж Робертсон"]),
        ("Переговоры прошли в присутствии Андерса Фог Расмуссена.", ["Андерс Фог Расмуссен"]),
        # A time's noun after a preposition governs no name: the name is the subject.
        ("В среду Анна Петрова выступила перед послами.", ["Анна Петрова"]),
        ("В целом Андерс Фог Расмуссен остался доволен.", ["Андерс Фог Расмуссен"]),
    ],
)
def test_a_name_a_preposition_governs_is_proposed_in_the_nominative(gazetteer, text, people):
    assert [name for _text, name in _new(text, gazetteer, "person")] == people


@pytest.mark.parametrize(
    "text",
    [
        "Делегация побывала в Северной Корее и Новой Зеландии.",
        "Жители Новой Гвинеи вышли на улицы.",
        "Граница Южной Осетии закрыта.",
        "Посол работал в Северной Корее.",
        "Премьер долго жил в Южной Африке.",
    ],
)
def test_a_place_of_two_words_is_no_foreign_person(gazetteer, text):
    assert _new(text, gazetteer, "person") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Канцлер Ангела Меркель приняла Мадлен Олбрайт.", ["Ангела Меркель", "Мадлен Олбрайт"]),
        ("Визит Романо Проди отложили.", ["Романо Проди"]),
    ],
)
def test_a_name_in_the_nominative_or_indeclinable_is_kept(gazetteer, text, people):
    assert [name for _text, name in _new(text, gazetteer, "person")] == people


def test_a_title_before_a_verb_is_not_the_title_of_the_name_after_it(gazetteer):
    text = "Посол заявил Ивану Петрову о визите."
    people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [(m.proposed_name, m.role) for m in people] == [("Иван Петров", "")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Учения пройдут в Латвии и Словакии.", ["Латвия", "Словакия"]),
        ("Союзники обещали помочь Молдавии и Армении.", ["Молдавия", "Армения"]),
        ("Кредиты выделили Грузии и Украине.", ["Грузия", "Украина"]),
        ("Ракеты разместят в Польше и Чехии.", ["Польша", "Чехия"]),
        ("Миротворцы стоят в Абхазии и Южной Осетии.", ["Абхазия", "Южная Осетия"]),
        ("Без России в Европе ничего не решить.", ["Европа"]),
    ],
)
def test_each_place_of_a_list_is_proposed_in_the_nominative(gazetteer, text, places):
    assert [name for _text, name in _new(text, gazetteer, "place")] == places


@pytest.mark.parametrize(
    "text",
    [
        "Совет Федерации и Государственная дума соберутся в понедельник.",
        "Речь шла о Марии и Анне.",
        "Споры о Кострове и Баталине не утихли.",
    ],
)
def test_a_list_without_a_place_names_no_place(gazetteer, text):
    assert _new(text, gazetteer, "place") == []


def test_a_place_in_the_locative_that_may_be_masculine_is_kept_as_written(gazetteer):
    # "Кастве" after "в" may be of "Каства" or "Каств": only a hushing consonant tells, or a
    # name known ("Литве" is of "Литва", a country).
    text = "Посол побывал в Эстонии, Литве и Кастве."
    assert _new(text, gazetteer, "place") == [
        ("Эстонии", "Эстония"),
        ("Литве", "Литва"),
        ("Кастве", "Кастве"),
    ]


def test_a_plan_spelled_out_before_its_abbreviation_is_proposed_by_its_name(gazetteer):
    text = (
        "Союзники не дали Македонии План действий по членству (ПДЧ). "
        "Вопрос о ПДЧ вернётся на повестку."
    )
    plans = [(m.text, m.kind, m.proposed_name) for m in find_mentions(text, gazetteer)]
    name = "План действий по членству"
    assert [p for p in plans if p[1] != "place"] == [
        (name, "agreement", name),
        ("ПДЧ", "agreement", name),
        ("ПДЧ", "agreement", name),
    ]


def test_an_abbreviation_nothing_spells_out_is_still_a_new_organization(gazetteer):
    assert _new("Вопрос о ПДЧ вернётся на повестку.", gazetteer, "organization") == [("ПДЧ", "ПДЧ")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Проект внесли в Совет Безопасности ООН вчера.", "Совет Безопасности ООН"),
        ("Министерство обороны сегодня ответило.", "Министерство обороны"),
        ("Комиссия по правам человека собралась.", "Комиссия по правам человека"),
        (
            "Министерство иностранных дел Норвегии ответило.",
            "Министерство иностранных дел Норвегии",
        ),
    ],
)
def test_an_adverb_ends_a_body_s_name(gazetteer, text, name):
    assert [n for _text, n in _new(text, gazetteer, "organization")][:1] == [name]


# Bodies and agreements of several words: agencies' hyphened names, a treaty's list of
# topics, outlets in quotation marks, a body's name with the parties it joins.
BODIES = [
    Record("place", "russia", "Russia", names_ru=("Россия",)),
    Record("organization", "nato", "NATO", names_ru=("НАТО",)),
    Record("organization", "nrc", "NATO-Russia Council", names_ru=("Совет Россия–НАТО",)),
    Record(
        "organization",
        "pjc",
        "Permanent Joint Council",
        ("PJC",),
        names_ru=("Постоянный совместный совет", "ПСС"),
    ),
    # English names the Russian ones do not transliterate: found by the Russian names only.
    Record("organization", "izvestiya", "Izvestiya daily", names_ru=("Известия",)),
    Record("organization", "kommersant", "Kommersant daily", names_ru=("Коммерсантъ",)),
]


@pytest.fixture(scope="module")
def bodies():
    return Gazetteer(BODIES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом сообщило агентство ИТАР-ТАСС со ссылкой на источник.", "ИТАР-ТАСС"),
        ("Как передаёт РИА-Новости, переговоры продолжатся.", "РИА-Новости"),
        ("Корреспондент AFP-DPA видел колонну у границы.", "AFP-DPA"),
    ],
)
def test_a_hyphened_name_of_abbreviations_is_one_new_organization(bodies, text, name):
    assert _new(text, bodies, "organization") == [(name, name)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pair of names joined by a hyphen or a dash stays two names.
        (
            "Отношения Россия-НАТО обсудили в понедельник.",
            [("Россия", "russia"), ("НАТО", "nato")],
        ),
        ("Заседание Совета Россия-НАТО прошло вчера.", [("Совета Россия-НАТО", "nrc")]),
        ("Переговоры США-ЕС прошли в пятницу.", [("США", None), ("ЕС", None)]),
    ],
)
def test_a_pair_of_names_joined_by_a_hyphen_is_not_one_name(bodies, text, expected):
    assert [(m.text, m.slug) for m in find_mentions(text, bodies)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Заседания Совета Балтия — Арктика приостановлены.",
        "Проект Совета Балтия — Арктика по подготовке кадров запущен.",
    ],
)
def test_a_pair_of_names_closes_a_new_body_s_name(text):
    [body] = find_mentions(text, Gazetteer([]))
    assert (body.text, body.proposed_name) == ("Совета Балтия — Арктика", "Совет Балтия — Арктика")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Лидеры подписали сегодня в Елисейском дворце Основополагающий акт о взаимных "
            "отношениях, сотрудничестве и безопасности между Российской Федерацией и НАТО.",
            "Основополагающий акт о взаимных отношениях, сотрудничестве и безопасности",
        ),
        (
            "Стороны продлили Договор о дружбе, сотрудничестве и взаимной помощи на пять лет.",
            "Договор о дружбе, сотрудничестве и взаимной помощи",
        ),
        (
            "Москва напомнила о Договоре о мире, добрососедстве, торговле и партнёрстве.",
            "Договор о мире, добрососедстве, торговле и партнёрстве",
        ),
        # Not a list of the treaty's topics: a participle's phrase, objects in another
        # case, names, a clause.
        (
            "Стороны обсудили Договор о сокращении вооружений, подписанный в 1991 году.",
            "Договор о сокращении вооружений",
        ),
        (
            "Министры обсудили Договор о сокращении вооружений, санкции и экономику.",
            "Договор о сокращении вооружений",
        ),
        (
            "Министры обсудили Договор о нераспространении, Францию и Германию.",
            "Договор о нераспространении",
        ),
        (
            "Россия выполняет Договор о нераспространении, заявил он и добавил, что всё решено.",
            "Договор о нераспространении",
        ),
    ],
)
def test_a_russian_agreement_s_list_of_topics_goes_on_through_its_commas(bodies, text, name):
    assert [n for _text, n in _new(text, bodies, "agreement")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A plural's genitive with no ending is a name's word too.
        ("Россия подписала Соглашение о статусе сил 21 апреля.", "Соглашение о статусе сил"),
        (
            "Стороны обсудили Договор о границах государств в Москве.",
            "Договор о границах государств",
        ),
    ],
)
def test_a_bare_plural_genitive_goes_on_an_agreement_s_name(bodies, text, name):
    assert [n for _text, n in _new(text, bodies, "agreement")] == [name]


def test_a_body_s_list_of_topics_after_po_goes_on_through_its_commas(bodies):
    text = "Заседание провела Комиссия по науке, технике и образованию в понедельник."
    name = "Комиссия по науке, технике и образованию"
    assert _new(text, bodies, "organization") == [(name, name)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По данным «Известий», министры встретятся в июле.", ("Известий", "izvestiya")),
        ("Об этом пишут «Известия» со ссылкой на МИД.", ("Известия", "izvestiya")),
        ("Министр рассказал «Известиям» о переговорах.", ("Известиям", "izvestiya")),
        ("По сведениям «Коммерсанта», визит отложен.", ("Коммерсанта", "kommersant")),
    ],
)
def test_an_outlet_in_quotation_marks_is_its_record_in_any_case(bodies, text, expected):
    mentions = [(m.text, m.slug) for m in find_mentions(text, bodies)]
    assert mentions[0] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По данным «Правды», министры встретятся в июле.", "Правда"),
        ("По информации «Голоса», визит отложен.", "Голос"),
        ("По данным «Ведомостей», визит отложен.", "Ведомости"),
        ("Министр рассказал «Интерфаксу» о переговорах.", "Интерфакс"),
        ("По данным Интерфакса, визит отложен.", "Интерфакс"),
        # In the nominative: after the outlet's own noun, as the subject.
        ("Газета «Гудок» сообщила, что визит отложен.", "Гудок"),
        ("Как пишет «Правда», визит отложен.", "Правда"),
        # Not after a source's noun: the case is not known, the name is kept as written.
        ("Журналисты «Маяка» узнали, что визит отложен.", "Маяка"),
    ],
)
def test_a_new_outlet_is_proposed_in_the_nominative(bodies, text, name):
    assert [n for _text, n in _new(text, bodies, "organization")][:1] == [name]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Первое заседание Постоянного совместного совета Россия-НАТО пройдёт в июле.",
            "Постоянного совместного совета Россия-НАТО",
        ),
        (
            "В Постоянном совместном совете Россия–НАТО обсудили бюджет на будущий год.",
            "Постоянном совместном совете Россия–НАТО",
        ),
        ("Постоянный совместный совет соберётся на уровне послов.", "Постоянный совместный совет"),
        ("Послы обсудили работу Постоянного совместного совета.", "Постоянного совместного совета"),
    ],
)
def test_an_inflected_body_s_name_is_its_record_with_the_parties_it_joins(bodies, text, written):
    assert [(m.text, m.slug) for m in find_mentions(text, bodies)] == [(written, "pjc")]


def test_parties_not_after_a_body_s_head_word_stay_names_of_their_own(bodies):
    text = "Постоянный совместный совет обсудил отношения Россия–НАТО."
    assert [m.slug for m in find_mentions(text, bodies)] == ["pjc", "russia", "nato"]


def _people_by_quote(text, gazetteer):
    proposals = propose(
        text, date(2005, 4, 21), gazetteer, match_events=False, language=Language.RUSSIAN
    )
    return {
        p.quote: [(m.text, m.slug) for m in p.mentions if m.kind == "person"] for p in proposals
    }


@pytest.mark.parametrize(
    ("text", "quote", "people"),
    [
        # Undated and named by a pronoun only: it was not proposed at all.
        (
            "Выступая в Брюсселе, Сергей Лавров заявил, что Москва готова к диалогу. Он "
            "также заявил, что российские военные корабли покинут Балтику.",
            "Он также заявил, что российские военные корабли покинут Балтику.",
            [("Он", "sergei-lavrov")],
        ),
        (
            "Министр иностранных дел Сергей Лавров прибыл в Брюссель в понедельник.\n\n"
            "Во вторник он встретился с послами стран НАТО.",
            "Во вторник он встретился с послами стран НАТО.",
            [("он", "sergei-lavrov")],
        ),
        # The verb shows the person's sex, and the pronoun's agrees.
        (
            "Карл Линд выступил в Брюсселе в понедельник. Во вторник он встретился с "
            "послами стран НАТО.",
            "Во вторник он встретился с послами стран НАТО.",
            [("он", "karl-lind")],
        ),
    ],
)
def test_a_russian_subject_pronoun_carries_its_person(gazetteer, text, quote, people):
    assert _people_by_quote(text, gazetteer)[quote] == people


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # Two people as the subjects before it: no guess.
        (
            "Сергей Лавров и Карл Линд встретились в Брюсселе в понедельник. Он заявил, "
            "что переговоры продолжатся во вторник.",
            "Он заявил, что переговоры продолжатся во вторник.",
        ),
        # «она» may stand for Russia, the subject named last.
        (
            "Сергей Лавров прибыл в Брюссель в понедельник. Россия готова к диалогу с "
            "альянсом. Она предложила провести заседание во вторник.",
            "Она предложила провести заседание во вторник.",
        ),
        # An object, not a subject.
        (
            "Сергей Лавров прибыл в Брюссель в понедельник. Во вторник его приняли в штаб-"
            "квартире НАТО.",
            "Во вторник его приняли в штаб-квартире НАТО.",
        ),
        # A pronoun of the other sex than the surname or the verb shows.
        (
            "Сергей Лавров прибыл в Брюссель в понедельник. Во вторник она встретилась с "
            "послами стран НАТО.",
            "Во вторник она встретилась с послами стран НАТО.",
        ),
        (
            "Карл Линд выступила в Брюсселе в понедельник. Во вторник он встретился с "
            "послами стран НАТО.",
            "Во вторник он встретился с послами стран НАТО.",
        ),
        (
            "«Диалог возможен», — заявил Карл Линд в понедельник. Во вторник она встретилась "
            "с послами стран НАТО.",
            "Во вторник она встретилась с послами стран НАТО.",
        ),
    ],
)
def test_a_russian_pronoun_of_no_clear_person_is_left_alone(gazetteer, text, quote):
    assert _people_by_quote(text, gazetteer)[quote] == []


@pytest.mark.parametrize(
    ("text", "quote", "people"),
    [
        # «По его словам»: whose words the clause passes on, its speaker.
        (
            "Карл Линд выступил в Брюсселе в понедельник. По его словам, альянс подпишет "
            "соглашение с Москвой в мае.",
            "По его словам, альянс подпишет соглашение с Москвой в мае.",
            [("его", "karl-lind")],
        ),
        (
            "Сергей Лавров прилетел в Брюссель во вторник.\n\nПо его мнению, переговоры "
            "возобновятся в среду.",
            "По его мнению, переговоры возобновятся в среду.",
            [("его", "sergei-lavrov")],
        ),
        # «… — сказал он» after a quotation: the speaker its verb names.
        (
            "Сергей Лавров прибыл в Брюссель в понедельник. «Мы готовы к диалогу», — сказал "
            "он журналистам.",
            "«Мы готовы к диалогу», — сказал он журналистам.",
            [("он", "sergei-lavrov")],
        ),
        (
            "Карл Линд встретился с послами во вторник. «Решение примут в среду», - заявил он.",
            "«Решение примут в среду», - заявил он.",
            [("он", "karl-lind")],
        ),
        # A man named in the nominative after the verb is the subject all the same.
        (
            "Делегацию альянса возглавил Карл Линд. Он прибыл в Москву 3 марта.",
            "Он прибыл в Москву 3 марта.",
            [("Он", "karl-lind")],
        ),
        (
            "Новым министром стал Игорь Соколов. В среду он посетил Брюссель.",
            "В среду он посетил Брюссель.",
            [("он", None)],
        ),
    ],
)
def test_a_russian_speaker_s_pronoun_or_an_inverted_subject_carries_the_person(
    gazetteer, text, quote, people
):
    assert _people_by_quote(text, gazetteer)[quote] == people


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # Someone not named spoke before: «его» and «он» are that source's.
        (
            "Источник в МИД сообщил о переносе визита. По его словам, министр прилетит в "
            "Брюссель в среду.",
            "По его словам, министр прилетит в Брюссель в среду.",
        ),
        (
            "Источник в МИД сообщил, что Сергей Лавров прилетит в Брюссель в среду. «Визит "
            "согласован», — сказал он в четверг.",
            "«Визит согласован», — сказал он в четверг.",
        ),
        # «её» of a man, and a name in another case than the nominative, are no one's.
        (
            "Сергей Лавров прибыл в Брюссель в понедельник. По её словам, альянс подпишет "
            "соглашение в мае.",
            "По её словам, альянс подпишет соглашение в мае.",
        ),
        (
            "Переговоры в Вене прошли без Сергея Лаврова. Он прибыл в Москву 3 марта.",
            "Он прибыл в Москву 3 марта.",
        ),
    ],
)
def test_a_russian_speaker_s_pronoun_of_no_clear_person_is_left_alone(gazetteer, text, quote):
    assert _people_by_quote(text, gazetteer)[quote] == []


@pytest.mark.parametrize(
    ("text", "quote", "people"),
    [
        # The one person named so far with the title the subject is headed by.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Министр также "
            "сообщил, что учения пройдут в мае.",
            "Министр также сообщил, что учения пройдут в мае.",
            [("Министр", "sergei-ivanov")],
        ),
        (
            "Глава МИД России Сергей Лавров провёл переговоры в Осло во вторник.\n\nГлава МИД "
            "заявил, что Москва готова продолжить диалог.",
            "Глава МИД заявил, что Москва готова продолжить диалог.",
            [("Глава МИД", "sergei-lavrov")],
        ),
        (
            "Генеральный секретарь альянса Олаф Брекке прилетит в Москву в среду. Генсек "
            "добавил, что совет соберётся в июне.",
            "Генсек добавил, что совет соберётся в июне.",
            [("Генсек", None)],
        ),
        (
            "Пресс-секретарь президента Игорь Соколов выступил в среду. Пресс-секретарь "
            "уточнил, что саммит пройдёт в июле.",
            "Пресс-секретарь уточнил, что саммит пройдёт в июле.",
            [("Пресс-секретарь", None)],
        ),
        # After a phrase of time or place, still before its verb.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Во вторник "
            "российский министр провёл переговоры с послами.",
            "Во вторник российский министр провёл переговоры с послами.",
            [("российский министр", "sergei-ivanov")],
        ),
        # After a quotation, the speaker named by the title after the verb.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. «Учения пройдут "
            "в мае», — сообщил министр журналистам.",
            "«Учения пройдут в мае», — сообщил министр журналистам.",
            [("министр", "sergei-ivanov")],
        ),
        (
            "Глава МИД России Сергей Лавров провёл переговоры в Осло во вторник.\n\n«Москва "
            "готова продолжить диалог», — заявил глава МИД в интервью.",
            "«Москва готова продолжить диалог», — заявил глава МИД в интервью.",
            [("глава МИД", "sergei-lavrov")],
        ),
        # The office named another way: «глава МИД» is the foreign minister, and of two
        # ministers named, the ministry says which.
        (
            "Министр иностранных дел России Сергей Лавров в пятницу встретился с генсеком "
            "НАТО. Глава МИД заявил, что Москва готова к диалогу.",
            "Глава МИД заявил, что Москва готова к диалогу.",
            [("Глава МИД", "sergei-lavrov")],
        ),
        (
            "Министр иностранных дел Сергей Лавров и министр обороны Сергей Иванов прибыли "
            "в Брюссель. Глава Минобороны заявил, что учения пройдут в мае.",
            "Глава Минобороны заявил, что учения пройдут в мае.",
            [("Глава Минобороны", "sergei-ivanov")],
        ),
        # The person the title stood for is who a next «он» stands for.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Министр "
            "встретился с послами во вторник. Он пообещал вернуться в мае.",
            "Он пообещал вернуться в мае.",
            [("Он", "sergei-ivanov")],
        ),
    ],
)
def test_a_russian_title_alone_as_the_subject_carries_the_one_person_with_it(
    gazetteer, text, quote, people
):
    assert _people_by_quote(text, gazetteer)[quote] == people


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # Two ministers named: either may be meant.
        (
            "Министр обороны Сергей Иванов и министр иностранных дел Сергей Лавров прибыли "
            "в Брюссель. Министр также сообщил, что учения пройдут в мае.",
            "Министр также сообщил, что учения пройдут в мае.",
        ),
        # No one named with that title.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Глава МИД "
            "сообщил, что учения пройдут в мае.",
            "Глава МИД сообщил, что учения пройдут в мае.",
        ),
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Посол также "
            "сообщил, что учения пройдут в мае.",
            "Посол также сообщил, что учения пройдут в мае.",
        ),
        # The title in a quotation: the speaker's, who may mean anyone.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. «Министр "
            "подпишет план в мае», — сообщил источник.",
            "«Министр подпишет план в мае», — сообщил источник.",
        ),
        # After the sentence's verb, the title is another clause's.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Послы ожидают, "
            "что министр вернётся в мае.",
            "Послы ожидают, что министр вернётся в мае.",
        ),
        # The title not in the nominative is no subject.
        (
            "Министр обороны Сергей Иванов прибыл в Брюссель в понедельник. Министра "
            "ждут в Осло в мае.",
            "Министра ждут в Осло в мае.",
        ),
    ],
)
def test_a_russian_title_alone_of_no_clear_person_carries_no_one(gazetteer, text, quote):
    assert _people_by_quote(text, gazetteer)[quote] == []


@pytest.mark.parametrize(
    ("text", "quote", "people"),
    [
        (
            "Это первая поездка Карла Линда в Москву. Он возглавил альянс в марте.",
            "Он возглавил альянс в марте.",
            [("Он", "karl-lind")],
        ),
        (
            "Заявление Сергея Лаврова прозвучало в понедельник. Во вторник он встретился с "
            "послами стран НАТО.",
            "Во вторник он встретился с послами стран НАТО.",
            [("он", "sergei-lavrov")],
        ),
        (
            "Новая инициатива Игоря Соколова обсуждалась в Брюсселе. Он предложил провести "
            "встречу в мае.",
            "Он предложил провести встречу в мае.",
            [("Он", None)],
        ),
    ],
)
def test_a_man_s_genitive_owning_the_opening_noun_is_what_a_next_he_stands_for(
    gazetteer, text, quote, people
):
    assert _people_by_quote(text, gazetteer)[quote] == people


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # A genitive «-ова» is a man's: no «она» for him.
        (
            "Визит Сергея Лаврова в Осло начнётся в понедельник. Она встретилась с послами "
            "во вторник.",
            "Она встретилась с послами во вторник.",
        ),
        # A name after a preposition or a verb is no topic.
        (
            "Переговоры с Сергеем Лавровым завершились в Вене. Он вернулся в Москву 3 марта.",
            "Он вернулся в Москву 3 марта.",
        ),
        (
            "Поздравили Карла Линда в Брюсселе. Он вернулся в Москву 3 марта.",
            "Он вернулся в Москву 3 марта.",
        ),
        # Deep in the sentence, not owning its opening noun.
        (
            "Послы обсудили в Вене предложения Карла Линда. Он вернулся в Москву 3 марта.",
            "Он вернулся в Москву 3 марта.",
        ),
    ],
)
def test_a_name_in_another_case_not_owning_the_opening_noun_is_no_one_s_he(gazetteer, text, quote):
    assert _people_by_quote(text, gazetteer)[quote] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A masculine noun after a hushing consonant has no soft sign; "Марсель" has one.
        ("Министры встретились в Париже накануне саммита.", "Париж"),
        ("Переговоры продолжились в Марселе через неделю.", "Марсель"),
        ("Колонна прошла через Керчь, а штаб остался в Керчи.", "Керчь"),
        # A name only in the plural: "-ах" after a preposition is "-ы" or "-и".
        ("Совместные учения прошли в Нидерландах весной.", "Нидерланды"),
        ("Спасатели тренировались в Альпах.", "Альпы"),
        ("Флот провёл учения у берегов, а десант высадили на Филиппинах.", "Филиппины"),
        ("Альпинисты погибли в Гималаях.", "Гималаи"),
    ],
)
def test_a_new_place_s_nominative_by_its_gender_and_number(gazetteer, text, name):
    assert {n for _text, n in _new(text, gazetteer, "place")} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом сообщил источник в Минобороны.", "Минобороны"),
        ("Как рассказал собеседник в Генштабе, приказ уже подписан.", "Генштаб"),
        ("Источники в руководстве Минобороны это опровергли.", "Минобороны"),
        ("Решение согласовали в Минфине.", "Минфин"),
    ],
)
def test_a_body_s_compound_name_is_an_organization_not_a_place(gazetteer, text, name):
    assert _new(text, gazetteer, "place") == []
    assert [n for _text, n in _new(text, gazetteer, "organization")] == [name]


def test_a_city_with_a_compound_s_prefix_stays_a_place(gazetteer):
    assert _new("Делегация прибыла в Минск.", gazetteer, "place") == [("Минск", "Минск")]


@pytest.mark.parametrize(
    "text",
    [
        "Испытание прошло в марте в Колорадо-Спрингс (США).",
        "Конференция открылась в Колорадо-Спрингс (США) во вторник.",
    ],
)
def test_a_country_in_brackets_after_a_city_is_where_it_lies(gazetteer, text):
    assert ("Колорадо-Спрингс", "place", None) in found(text, gazetteer)
    assert ("США", "place", "united-states") in found(text, gazetteer)
    # A state whose record is its government's body is where the city lies too.
    government = [Record("organization", "usa", "United States", names_ru=("Соединённые Штаты",))]
    assert found(text, Gazetteer(government))[0][:2] == ("Колорадо-Спрингс", "place")


def test_an_abbreviation_in_brackets_giving_a_place_s_initials_is_that_place():
    records = [Record("place", "south-africa", "South Africa", names_ru=("ЮАР",))]
    text = "Учения прошли в Южно-Африканской Республике (ЮАР) в мае."
    mentions = find_mentions(text, Gazetteer(records))
    assert [(m.text, m.slug) for m in mentions] == [
        ("Южно-Африканской Республике", "south-africa"),
        ("ЮАР", "south-africa"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По сообщению «Красной звезды», манёвры завершились.", "Красная звезда"),
        ("В интервью «Красной звезде» командующий рассказал о планах.", "Красная звезда"),
        ("Об этом писала «Российская газета».", "Российская газета"),
        ("Статью опубликовали в «Независимой газете».", "Независимая газета"),
        ("По данным «Известий», визит отложен.", "Известия"),  # one word: as before
    ],
)
def test_an_outlet_s_name_in_quotation_marks_in_the_nominative(gazetteer, text, name):
    assert [n for _text, n in _new(text, gazetteer, "organization")] == [name]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Об этом сообщило агентство РИА Новости.", "РИА Новости"),
        ("Как сообщили РИА Новостям в штабе, учения начались.", "РИА Новостям"),
        ("По данным агентства Франс Пресс, колонна ушла.", "Франс Пресс"),
    ],
)
def test_an_agency_s_name_of_several_words_stays_whole(gazetteer, text, written):
    name = written.replace("Новостям", "Новости")
    assert _new(text, gazetteer, "organization") == [(written, name)]


def test_a_name_runs_to_the_abbreviation_in_brackets_after_it():
    records = [
        Record("agreement", "sofa", "Status of Forces Agreement", ("SOFA",), names_ru=("СОФА",))
    ]
    text = "Стороны обсудили вопрос о Соглашении о статусе сил (СОФА)."
    assert found(text, Gazetteer(records)) == [
        ("Соглашении о статусе сил", "agreement", "sofa"),
        ("СОФА", "agreement", "sofa"),
    ]
    text = "Стороны подписали Договор о ликвидации ракет (ДЛР) в декабре."
    assert _new(text, Gazetteer([]), "agreement")[0] == (
        "Договор о ликвидации ракет",
        "Договор о ликвидации ракет",
    )


def test_an_abbreviation_and_that_of_the_body_it_is_part_of_are_one_new_body(gazetteer):
    text = "Генеральный секретарь ЦК КПСС уехал, а МИД РФ промолчал."
    assert _new(text, gazetteer, "organization") == [("ЦК КПСС", "ЦК КПСС"), ("МИД РФ", "МИД РФ")]


def test_a_body_named_with_and_without_its_state_is_one_new_body(gazetteer):
    text = "МИД РФ выразил протест. Позже в МИД пояснили, что нота вручена."
    assert {n for _text, n in _new(text, gazetteer, "organization")} == {"МИД РФ"}
    # A state's adjective before it: the state after it, as the name puts it; no person.
    text = "Российский МИД выразил протест. Позже в МИД пояснили, что нота вручена."
    assert _new(text, gazetteer, "organization") == [("МИД", "МИД России"), ("МИД", "МИД России")]
    assert _new(text, gazetteer, "person") == []
    # After two states' bodies of that name, one named bare is neither's.
    text = "МИД РФ выразил протест, МИД ФРГ ответил. Позже в МИД пояснили, что нота вручена."
    assert [n for _text, n in _new(text, gazetteer, "organization")][-1] == "МИД"
    # Named only with its state, the name keeps it.
    text = "МИД РФ выразил протест послу."
    assert _new(text, gazetteer, "organization") == [("МИД РФ", "МИД РФ")]


def test_every_name_of_a_list_by_commas_and_and_is_a_place(gazetteer):
    text = "Документ ратифицировали только Россия, Белоруссия, Казахстан и Армения."
    assert [m[0] for m in found(text, gazetteer) if m[1] == "place"] == [
        "Россия",
        "Белоруссия",
        "Казахстан",
        "Армения",
    ]
    records = [
        *RECORDS,
        Record("place", "kazakhstan", "Kazakhstan"),
        Record("place", "ukraine", "Ukraine"),
    ]
    text = "Его подписали Россия, Казахстан и Украина."
    assert [m[2] for m in found(text, Gazetteer(records))] == ["russia", "kazakhstan", "ukraine"]
    # A state that is a place's record and its government's body heads a list too.
    both = [Record("organization", "russia-gov", "Russian Federation", names_ru=("Россия",))]
    both += [Record("place", "russia", "Russia", names_ru=("Россия",))]
    text = "Его подписали Россия, Белоруссия и Армения."
    assert {n for _t, n in _new(text, Gazetteer(both), "place")} == {"Белоруссия", "Армения"}


@pytest.mark.parametrize(
    "text",
    [
        # Names by commas with no "и" are no list: a clause follows the comma.
        "Встреча прошла в Москве, Лавров заявил об этом журналистам.",
        "Заседание Совета Россия–НАТО прошло в Брюсселе.",
    ],
)
def test_names_after_a_comma_or_inside_a_body_s_name_are_unchanged(gazetteer, text):
    kinds = [(t, k) for t, k, _slug in found(text, gazetteer)]
    assert kinds in (
        [("Москве", "place"), ("Лавров", "person")],
        [("Совета Россия–НАТО", "organization"), ("Брюсселе", "place")],
    )


@pytest.mark.parametrize(
    ("text", "people", "role"),
    [
        # A man's given name in "-а", "-я" declines as a feminine noun does.
        ("По словам генерал-майора Ильи Гущина, рота отошла.", ["Илья Гущин"], "генерал-майор"),
        ("Приказ полковника Никиты Ермакова выполнен.", ["Никита Ермаков"], "полковник"),
        ("Доклад подполковнику Илье Лыкову вручили.", ["Илья Лыков"], "подполковник"),
        ("Визит генерал-лейтенанта Олега Бурцева отложили.", ["Олег Бурцев"], "генерал-лейтенант"),
    ],
)
def test_an_officer_named_after_a_rank_in_another_case_is_in_the_nominative(
    gazetteer, text, people, role
):
    found_people = [m for m in find_mentions(text, gazetteer) if m.kind == "person"]
    assert [m.proposed_name for m in found_people] == people
    assert [m.role for m in found_people] == [role]


def test_a_new_person_in_another_case_is_the_one_written_in_the_nominative(gazetteer):
    text = (
        "Контр-адмирал Фёдор Мезенцев прибыл в штаб. "
        "По приказу контр-адмирала Федора Мезенцева корабли вышли в море."
    )
    assert {name for _text, name in _new(text, gazetteer, "person")} == {"Фёдор Мезенцев"}


def test_a_name_whose_case_is_known_but_not_its_nominative_says_so(gazetteer):
    [person] = find_mentions("Встреча с министром Жоау Мбеки прошла.", gazetteer)
    assert person.proposed_name == "Жоау Мбеки"
    assert "kept as written" in person.reason


def test_a_declined_surname_takes_the_nominative_the_article_writes_elsewhere(gazetteer):
    text = "Документы вручили министру Жоау Мбекену. Позднее Мбекен выступил в Осло."
    person = next(m for m in find_mentions(text, gazetteer) if m.text == "Жоау Мбекену")
    assert person.proposed_name == "Жоау Мбекен"
    assert "the nominative the article writes elsewhere" in person.reason


def test_a_regional_title_is_the_person_s_role_and_its_region_a_place(gazetteer):
    text = "Губернатор Псковской области Андрей Турчак встретился с послами."
    mentions = find_mentions(text, gazetteer)
    assert [(m.kind, m.proposed_name) for m in mentions] == [
        ("place", "Псковская область"),
        ("person", "Андрей Турчак"),
    ]
    assert mentions[1].role == "губернатор Псковской области"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Войска вернулись из Эстонии и Латвии.", "Латвия"),  # already so
        ("Колонна вышла из Польши утром.", "Польша"),
        ("Поезд шёл до Литвы двое суток.", "Литва"),
        ("Самолёты вылетели из Прибалтики утром.", "Прибалтика"),
        ("Лагерь разбили на Хмелёвке утром.", "Хмелёвка"),
        ("Группировку усилили в Прибалтике летом.", "Прибалтика"),
        ("Батальон стоял в Дубровке зимой.", "Дубровка"),
        ("Колонна двинулась к Калининграду утром.", "Калининград"),
    ],
)
def test_a_new_place_in_an_oblique_case_is_proposed_in_the_nominative(gazetteer, text, name):
    places = [m for m in find_mentions(text, gazetteer) if m.kind == "place"]
    assert places[-1].proposed_name == name


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # A masculine noun's locative ends so too: the name is kept, and the reason says so.
        ("Делегация прибыла в Довиле утром.", "Довиле"),
        ("Базу открыли в Кастеле зимой.", "Кастеле"),
        ("Переговоры шли в Морвике долго.", "Морвике"),
    ],
)
def test_a_place_whose_nominative_cannot_be_told_is_kept_and_said_so(gazetteer, text, written):
    [place] = [m for m in find_mentions(text, gazetteer) if m.kind == "place"]
    assert place.proposed_name == written
    assert "kept as written" in place.reason


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A country's or a well-known region's name, in any case, opening a sentence too.
        ("Базу открыли в Мозамбике зимой.", "Мозамбик"),
        ("Вчера в Крыму прошёл митинг.", "Крым"),
        ("Польша вступила в альянс в 1999 году.", "Польша"),
        ("Делегация прилетела из Саудовской Аравии.", "Саудовская Аравия"),
        # A state of those years, of several words each in its case.
        ("Удары по Союзной Республике Югославии начались в марте.", "Союзная Республика Югославия"),
        ("Войска Советского Союза ушли в 1994 году.", "Советский Союз"),
    ],
)
def test_a_country_or_region_known_by_its_russian_name_is_a_place(gazetteer, text, name):
    [place] = [m for m in find_mentions(text, gazetteer) if m.kind == "place"]
    assert place.proposed_name == name
    assert "a country or region" in place.reason


def test_a_surname_after_k_is_no_city(gazetteer):
    assert _new("Делегация обратилась к Пушкину с письмом.", gazetteer, "place") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Командующий Балтийским флотом вице-адмирал Пётр Соколов выступил.", "Балтийский флот"),
        ("Вчера командующий Тихоокеанским флотом заявил об учениях.", "Тихоокеанский флот"),
        ("Корабли Северного флота вышли в море.", "Северный флот"),
    ],
)
def test_an_adjective_of_a_body_s_name_is_no_person(gazetteer, text, body):
    assert _new(text, gazetteer, "organization")[0][1] == body
    assert all(" " in name for _text, name in _new(text, gazetteer, "person"))


def test_a_surname_in_the_instrumental_before_a_verb_is_still_a_person(gazetteer):
    text = "Министр встретился с генералом Кравецким и обсудил учения."
    assert _new(text, gazetteer, "person") == [("Кравецким", "Кравецкий")]


@pytest.mark.parametrize(
    "text",
    [
        "По итогам учений «Запад-2013» командиров наградили.",
        "Итоги «Запада-2017» подвели в штабе.",
        "В ходе учений «Щит», «Гром» и «Буря» отрабатывались действия.",
        "На форуме «Армия-2015» показали новую технику.",
    ],
)
def test_a_named_exercise_is_no_organization_in_any_case(gazetteer, text):
    assert _new(text, gazetteer, "organization") == []


def test_names_in_quotation_marks_listed_after_no_event_are_organizations(gazetteer):
    text = "Контракт с «Газпромом» и «Роснефтью» подписан."
    assert [t for t, _name in _new(text, gazetteer, "organization")] == ["Газпромом", "Роснефтью"]


def test_an_adjective_only_starting_the_sentence_makes_no_body(gazetteer):
    assert _new("Новый флот заменит старые корабли.", gazetteer, "organization") == []


def test_a_body_named_in_full_and_by_its_compound_is_one_new_body(gazetteer):
    text = "Делегация Генштаба вылетела в Брюссель. Начальник Генерального штаба выступит там."
    assert {name for _text, name in _new(text, gazetteer, "organization")} == {"Генштаб"}
    alone = "Начальник Генерального штаба выступит в Брюсселе."
    assert _new(alone, gazetteer, "organization") == [("Генерального штаба", "Генеральный штаб")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Официальный представитель Кремля Дмитрий Песков заявил о встрече.", "Дмитрий Песков"),
        ("Министр иностранных дел Украины Андрей Песков заявил о встрече.", "Андрей Песков"),
        ("Специальный представитель Президента Дмитрий Песков заявил.", "Дмитрий Песков"),
    ],
)
def test_whose_title_it_is_before_a_given_name_is_no_part_of_the_name(text, name):
    people = [m for m in find_mentions(text, Gazetteer([])) if m.kind == "person"]
    assert [m.text for m in people] == [name]


def test_a_name_in_the_nominative_after_a_title_in_the_genitive_is_kept_as_written():
    text = "Заседание открыл исполняющий обязанности министра Украины Андрей Дещица."
    [person] = [m for m in find_mentions(text, Gazetteer([])) if m.kind == "person"]
    assert (person.text, person.proposed_name) == ("Андрей Дещица", "Андрей Дещица")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A site's name after the word for it stays undeclined, as written.
        ("Истребители поднялись с авиабазы Шяуляй.", [("Шяуляй", "place", None)]),
        ("Учения прошли на полигоне Адажи.", [("Адажи", "place", None)]),
        ("Министр прибыл в порт Клайпеда.", [("Клайпеда", "place", None)]),
    ],
)
def test_a_russian_site_s_name_after_its_word_is_a_place(text, expected):
    assert found(text, Gazetteer([])) == expected


def test_a_russian_treaty_s_number_is_part_of_its_abbreviation():
    mentions = find_mentions("Переговоры по СНВ-3 и СНВ-II возобновились.", Gazetteer([]))
    assert [(m.text, m.kind, m.proposed_name) for m in mentions] == [
        ("СНВ", "agreement", "СНВ-3"),
        ("СНВ-II", "agreement", "СНВ-II"),
    ]


def test_a_treaty_s_topic_after_po_ends_with_its_noun():
    mentions = find_mentions("Из Договора по открытому небу Осло вышло в 2020-м.", Gazetteer([]))
    assert [m.text for m in mentions if m.kind == "agreement"] == ["Договора по открытому небу"]


def test_a_body_s_initials_are_its_name_though_no_bracket_defines_them():
    text = "Заседание Совета Осло – Москва прошло в Вене. СОМ собрался впервые с 2019 года."
    [abbreviation] = [m for m in find_mentions(text, Gazetteer([])) if m.text == "СОМ"]
    assert abbreviation.proposed_name == "Совет Осло – Москва"


def test_a_known_body_s_initials_are_its_record():
    council = Record(
        "organization", "quota-council", "Quota Council", names_ru=("Совет Осло – Москва",)
    )
    mentions = find_mentions("СОМ собрался в Вене.", Gazetteer([council]))
    assert [(m.text, m.slug) for m in mentions if m.kind == "organization"] == [
        ("СОМ", "quota-council")
    ]
