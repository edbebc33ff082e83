"""Finding people, places, organizations and agreements in article text, and matching them."""

from datetime import date
from itertools import groupby, pairwise

import pytest

from events.importing.entities import Gazetteer, Record, find_mentions
from events.importing.office_holders import holders
from events.models import Agreement, Organization, Person, Place

RECORDS = [
    Record("person", "anna-petrova", "Anna Petrova", role="Deputy Foreign Minister"),
    Record("person", "pavel-petrov", "Pavel Petrov", role="Interior Minister"),
    Record(
        "person",
        "oleg-markov",
        "Oleg Markov",
        ("Defence Minister Oleg Markov",),
        "Defense Minister",
    ),
    Record("person", "ivan-markov", "Ivan Markov", role="Secretary of the Security Council"),
    Record("person", "dmitri-sokolovsky", "Dmitri Sokolovsky", role="Chief of the General Staff"),
    Record("person", "yuri-volkov", "Yuri Volkov", role="Ambassador to NATO"),
    Record(
        "person", "jaap-ter-horst", "Jaap ter Horst", ("Mr. ter Horst",), "NATO Secretary General"
    ),
    Record("organization", "nato", "NATO", ("the alliance",)),
    Record("organization", "nato-russia-council", "NATO–Russia Council", ("NRC",)),
    Record("organization", "united-states", "United States", ("U.S.",)),
    Record("place", "brussels", "Brussels"),
    Record("place", "russia", "Russia"),
    Record("place", "baltic-sea", "Baltic Sea"),
    Record("agreement", "transit-sofa", "Baltic Transit Status of Forces Agreement", ("BTSOFA",)),
]


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(RECORDS)


def found(text, gazetteer):
    mentions = find_mentions(text, gazetteer)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions


def summary(mentions):
    return [(m.text, m.kind, m.slug) for m in mentions]


def test_full_names_with_titles_in_text_order(gazetteer):
    text = "Defence Minister Oleg Markov met NATO officials in Brussels on Monday."
    mentions = found(text, gazetteer)
    assert summary(mentions) == [
        ("Oleg Markov", "person", "oleg-markov"),
        ("NATO", "organization", "nato"),
        ("Brussels", "place", "brussels"),
    ]
    assert mentions[0].start == text.index("Oleg")
    assert mentions[0].role == "Defence Minister"


def test_a_possessive_is_not_part_of_the_name(gazetteer):
    mentions = found("Russia's envoy praised NATO's plan.", gazetteer)
    assert summary(mentions) == [("Russia", "place", "russia"), ("NATO", "organization", "nato")]


@pytest.mark.parametrize(
    "spelling",
    ["Dmitri Sokolovsky", "Dmitry Sokolovskiy", "Dmitriy Sokolovski", "dmitri SOKOLOVSKY"],
)
def test_transliteration_variants_find_the_same_person(gazetteer, spelling):
    text = f"General Staff chief {spelling} arrived."
    mentions = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.slug) for m in mentions] == [(spelling, "dmitri-sokolovsky")]


@pytest.mark.parametrize("spelling", ["Iouri Volkov", "Yury Volkov", "Юрий Волков"])
def test_other_alphabets_and_spellings_of_a_given_name(gazetteer, spelling):
    mentions = found(f"The envoy {spelling} said little.", gazetteer)
    assert [(m.text, m.slug) for m in mentions] == [(spelling, "yuri-volkov")]


def test_a_small_misspelling_still_matches(gazetteer):
    mentions = found("Interior Minister Pavel Petrof denied it.", gazetteer)
    assert [(m.text, m.slug) for m in mentions] == [("Pavel Petrof", "pavel-petrov")]
    assert "spelt close" in mentions[0].reason


def test_people_sharing_a_surname_never_match_each_other(gazetteer):
    mentions = found("Igor Markov, a lawyer, said he would appeal.", gazetteer)
    assert [(m.text, m.slug) for m in mentions] == [("Igor Markov", None)]
    assert mentions[0].proposed_name == "Igor Markov"


def test_a_surname_refers_to_the_person_the_article_introduced(gazetteer):
    text = "Security Council Secretary Ivan Markov arrived. Markov said the talks went well."
    mentions = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.slug) for m in mentions] == [
        ("Ivan Markov", "ivan-markov"),
        ("Markov", "ivan-markov"),
    ]
    assert "named earlier" in mentions[1].reason


def test_a_surname_two_introduced_people_share_is_ambiguous(gazetteer):
    text = (
        "Defence Minister Oleg Markov and Security Council Secretary Ivan Markov met. "
        "Later Markov spoke to reporters, and Defence Minister Markov left."
    )
    mentions = [m for m in found(text, gazetteer) if m.kind == "person"]
    bare, titled = mentions[2], mentions[3]
    assert (bare.text, bare.slug) == ("Markov", None)
    assert set(bare.candidates) == {"oleg-markov", "ivan-markov"}
    assert "ambiguous" in bare.reason
    assert (titled.start, titled.slug) == (text.rindex("Markov"), "oleg-markov")


def test_a_surname_alone_matching_two_records_is_ambiguous(gazetteer):
    mentions = found("Markov will visit the region.", gazetteer)
    assert [(m.text, m.slug) for m in mentions] == [("Markov", None)]
    assert set(mentions[0].candidates) == {"oleg-markov", "ivan-markov"}


def test_an_ambiguous_surname_offers_its_candidates_under_its_name_as_written(gazetteer):
    # Neither matched nor nameless: the editor links a candidate, or creates it as written.
    (mention,) = found("Later that week Markov suggested a joint patrol.", gazetteer)
    assert (mention.slug, mention.proposed_name) == (None, "Markov")
    assert set(mention.candidates) == {"oleg-markov", "ivan-markov"}
    matched = found("Oleg Markov suggested a joint patrol.", gazetteer)
    assert [(m.slug, m.proposed_name) for m in matched] == [("oleg-markov", "")]


def test_a_title_decides_between_records_sharing_a_surname(gazetteer):
    mentions = found("The Russian defence minister, Markov, disagreed.", gazetteer)
    person = next(m for m in mentions if m.text == "Markov")
    assert person.slug == "oleg-markov"


def test_a_unique_surname_matches_on_surname_only(gazetteer):
    mentions = found("Officials said Petrova would attend.", gazetteer)
    assert [(m.text, m.slug) for m in mentions] == [("Petrova", "anna-petrova")]
    assert "surname only" in mentions[0].reason


def test_particles_and_lower_case_surnames(gazetteer):
    text = "Yaap ter Horst spoke first. Then Mr. ter Horst left, and ter Horst returned."
    mentions = found(text, gazetteer)
    assert [(m.text, m.slug) for m in mentions] == [
        ("Yaap ter Horst", "jaap-ter-horst"),
        ("ter Horst", "jaap-ter-horst"),
        ("ter Horst", "jaap-ter-horst"),
    ]


def test_bare_titles_refer_back_or_to_the_record_whose_role_fits(gazetteer):
    text = (
        "Defence Minister Oleg Markov flew to Brussels. The minister met the Secretary General, "
        "who said the alliance wanted talks."
    )
    mentions = found(text, gazetteer)
    assert summary(mentions) == [
        ("Oleg Markov", "person", "oleg-markov"),
        ("Brussels", "place", "brussels"),
        ("minister", "person", "oleg-markov"),
        ("Secretary General", "person", "jaap-ter-horst"),
        ("alliance", "organization", "nato"),
    ]


def test_a_title_in_the_plural_is_no_part_of_the_names_after_it(gazetteer):
    text = "Presidents Viktor Orlov and Pavel Petrov met in Riga on Monday."
    people = [(m.text, m.slug) for m in found(text, gazetteer) if m.kind == "person"]
    assert people == [("Viktor Orlov", None), ("Pavel Petrov", "pavel-petrov")]


def test_an_unnamed_official_is_no_one_s_bare_title(gazetteer):
    text = "The council will meet in May, the NATO official said. The NATO chief agreed."
    people = [(m.text, m.slug) for m in found(text, gazetteer) if m.kind == "person"]
    assert people == [("NATO chief", "jaap-ter-horst")]


def test_a_one_word_bare_title_is_no_record_s_unless_the_article_named_its_holder():
    from datetime import date

    spokesman = Record(
        "person",
        "ola-dahl",
        "Ola Dahl",
        role="NATO spokesman",
        active=(date(2003, 5, 1), date(2008, 11, 30)),
    )
    gazetteer = Gazetteer([spokesman])
    said = [
        (m.text, m.slug)
        for text in ("Markov will fly to Riga, the spokesman said.", "The NATO spokesman agreed.")
        for m in find_mentions(text, gazetteer, date(2008, 4, 2))
        if m.kind == "person"
    ]
    assert said == [("NATO spokesman", "ola-dahl")]


def test_a_bare_title_is_linked_by_role_only_to_someone_active_at_the_articles_date():
    past = Record(
        "person",
        "karl-lind",
        "Karl Lind",
        role="NATO Secretary General",
        active=(date(2003, 5, 1), date(2008, 11, 30)),
    )
    unknown = Record("person", "eva-holm", "Eva Holm", role="Defence Minister")
    gazetteer = Gazetteer([past, unknown])
    text = "The Secretary General said the defence minister would travel."
    linked = [(m.text, m.slug) for m in find_mentions(text, gazetteer, date(2008, 4, 2))]
    assert linked == [("Secretary General", "karl-lind")]
    # Years after his last event, the title names his successor; a role the timeline
    # has no dates for is not known to be held at all.
    assert find_mentions(text, gazetteer, date(2016, 4, 2)) == []
    # The holder the article names takes the title.
    text = "NATO Secretary General Ola Brekke arrived. The Secretary General said little."
    mentions = find_mentions(text, gazetteer, date(2016, 4, 2))
    assert [(m.text, m.slug, m.proposed_name) for m in mentions if m.kind == "person"] == [
        ("Ola Brekke", None, "Ola Brekke"),
        ("Secretary General", None, "Ola Brekke"),
    ]


def test_new_people_get_their_title_and_fullest_name(gazetteer):
    text = (
        "Lindqvist was not available. NATO spokeswoman Maria Lindqvist said on Tuesday "
        "that Deputy Duma Speaker Boris Kalinin had been invited, Lindqvist added."
    )
    people = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.slug, m.role, m.proposed_name) for m in people] == [
        ("Lindqvist", None, "", "Maria Lindqvist"),
        ("Maria Lindqvist", None, "NATO spokeswoman", "Maria Lindqvist"),
        ("Boris Kalinin", None, "Deputy Duma Speaker", "Boris Kalinin"),
        ("Lindqvist", None, "", "Maria Lindqvist"),
    ]


def test_a_counsellor_s_title_is_no_part_of_the_name(gazetteer):
    text = "Counsellor Kristiina Laas arrived. Counsellor Laas said the talks went well."
    people = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert [(m.role, m.proposed_name) for m in people] == [
        ("Counsellor", "Kristiina Laas"),
        ("Counsellor", "Kristiina Laas"),
    ]


def test_an_appositive_title_is_the_role(gazetteer):
    mentions = found("Viktor Orlov, Russia's deputy defence minister, said so.", gazetteer)
    assert mentions[0].text == "Viktor Orlov"
    assert mentions[0].role == "Russia's deputy defence minister"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Viktor Orlov, Russia's ambassador to NATO, said so.", "Russia's ambassador to NATO"),
        # When it was held is no part of it.
        ("Viktor Orlov, now Russia's ambassador to NATO, said so.", "Russia's ambassador to NATO"),
        ("Viktor Orlov, then deputy defence minister, said so.", "deputy defence minister"),
        (
            "Viktor Orlov, chairman of the Duma's foreign affairs committee, said so.",
            "chairman of the Duma's foreign affairs committee",
        ),
    ],
)
def test_an_appositive_title_with_the_body_it_serves_is_the_role(gazetteer, text, role):
    assert found(text, gazetteer)[0].role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A title set off before the name, with the two bodies it serves.
        (
            "The Permanent Representative of Norway to NATO, Viktor Orlov, said so.",
            "Permanent Representative of Norway to NATO",
        ),
        # A rank "of the" service, or of its rank, whole.
        ("The plan came from General of the Army Viktor Orlov on Monday.", "General of the Army"),
        ("The plan came from Captain First Rank Viktor Orlov on Monday.", "Captain First Rank"),
    ],
)
def test_a_title_of_a_body_or_a_service_before_the_name_is_the_role(gazetteer, text, role):
    people = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert [(m.text, m.role) for m in people] == [("Viktor Orlov", role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Russia's ambassador to NATO, Viktor Orlov, said so.", "Russia's ambassador to NATO"),
        ("The Secretary General of NATO, Carl Benton, said so.", "Secretary General of NATO"),
    ],
)
def test_a_title_of_a_body_set_off_before_the_name_is_the_role(gazetteer, text, role):
    (person,) = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Russian side proposed a joint rescue drill.", "Russian"),
        ("Russian diplomats proposed a joint rescue drill.", "Russian"),
        ("Российская сторона предложила провести учения.", "Российская"),
        ("Российские дипломаты предложили провести учения.", "Российские"),
    ],
)
def test_a_state_s_side_named_by_its_nationality_is_the_state(text, written):
    russia = Gazetteer([Record("organization", "russia", "Russia")])
    assert [(m.text, m.slug) for m in found(text, russia)] == [(written, "russia")]


def test_a_nationality_inside_a_name_or_title_is_no_side():
    russia = Gazetteer([Record("organization", "russia", "Russia")])
    text = "Russian Military Liaison Office officials met; Russian President Orlov spoke."
    assert [(m.text, m.slug) for m in found(text, russia)] == [
        ("Russian Military Liaison Office", None),
        ("Orlov", None),
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Chief of General Staff Viktor Orlov met the envoys.",
            "Viktor Orlov",
            "Chief of General Staff",
        ),
        (
            "Supreme Allied Commander Europe Carl Benton met the envoys.",
            "Carl Benton",
            "Supreme Allied Commander Europe",
        ),
    ],
)
def test_a_title_s_last_word_or_region_is_no_part_of_the_name(gazetteer, text, name, role):
    (person,) = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert (person.text, person.role) == (name, role)


def test_names_inside_titles_are_mentions_too(gazetteer):
    text = "U.S. Defense Secretary Carl Benton met Ambassador Volkov."
    assert summary(found(text, gazetteer)) == [
        ("U.S.", "organization", "united-states"),
        ("Carl Benton", "person", None),
        ("Volkov", "person", "yuri-volkov"),
    ]


def test_new_organizations_agreements_and_places_by_their_cue_words(gazetteer):
    text = (
        "The Russian Defence Ministry said the Open Skies Treaty and the Partnership for Peace "
        "Programme were discussed near the Kerch Strait and the Sea of Azov."
    )
    assert summary(found(text, gazetteer)) == [
        ("Russian Defence Ministry", "organization", None),
        ("Open Skies Treaty", "agreement", None),
        ("Partnership for Peace Programme", "organization", None),
        ("Kerch Strait", "place", None),
        ("Sea of Azov", "place", None),
    ]


def test_known_places_and_places_after_in(gazetteer):
    text = "Troops left Norfolk, Virginia, and will exercise in Zapadnograd this week."
    assert summary(found(text, gazetteer)) == [
        ("Norfolk", "place", None),
        ("Virginia", "place", None),
        ("Zapadnograd", "place", None),
    ]


def test_a_compound_name_is_one_organization_whatever_its_dash(gazetteer):
    for text in ("The NATO-Russia Council met.", "The NATO–Russia Council met."):
        assert summary(found(text, gazetteer)) == [
            (text[4:23], "organization", "nato-russia-council")
        ]


def test_an_unknown_compound_with_a_cue_word_is_one_new_name(gazetteer):
    text = "The NATO-Ukraine Commission met at the NATO Maritime Command in Northwood."
    assert summary(found(text, gazetteer)) == [
        ("NATO-Ukraine Commission", "organization", None),
        ("NATO Maritime Command", "organization", None),
        ("Northwood", "place", None),
    ]


def test_abbreviations_known_unknown_and_defined(gazetteer):
    text = (
        "The NRC discussed the BTSOFA. The Collective Security Treaty Organization (CSTO) "
        "objected; the CSTO and the OSCE will meet."
    )
    assert summary(found(text, gazetteer)) == [
        ("NRC", "organization", "nato-russia-council"),
        ("BTSOFA", "agreement", "transit-sofa"),
        ("Collective Security Treaty Organization", "organization", None),
        ("CSTO", "organization", None),
        ("CSTO", "organization", None),
        ("OSCE", "organization", None),
    ]
    assert found(text, gazetteer)[4].proposed_name == "Collective Security Treaty Organization"


def test_the_end_of_a_known_agreement_name_matches_it(gazetteer):
    mentions = found("Both sides hope to sign the Status of Forces Agreement soon.", gazetteer)
    assert summary(mentions) == [("Status of Forces Agreement", "agreement", "transit-sofa")]


def test_adjectives_sentence_openers_and_calendar_words_are_not_mentions(gazetteer):
    text = (
        "Despite objections, Russian and German troops joined a NATO-led force. Without "
        "it, Following orders in March, they left on Monday."
    )
    assert found(text, gazetteer) == []


def test_headline_words_are_candidates_only_when_known(gazetteer):
    text = "Russia And NATO Agree New Transit Pact\n\nRussia and NATO agreed a pact in Brussels."
    assert summary(found(text, gazetteer))[:2] == [
        ("Russia", "place", "russia"),
        ("NATO", "organization", "nato"),
    ]
    assert len(found(text, gazetteer)) == 5


@pytest.mark.django_db
def test_the_gazetteer_reads_every_record_kind_in_four_queries(django_assert_num_queries):
    Person.objects.create(
        slug="test-lena-orlova",
        name="Lena Orlova",
        role="Test Minister",
        aliases="Minister Orlova\nOrlova",
    )
    Place.objects.create(slug="test-zapadnograd", name="Zapadnograd", kind=Place.Kind.CITY)
    Organization.objects.create(
        slug="test-baltic-council",
        name="Test Baltic Council",
        kind=Organization.Kind.GOVERNMENT_BODY,
        aliases="TBC",
    )
    Agreement.objects.create(
        slug="test-ferry-accord",
        name="Test Ferry Accord",
        short_name="TFA",
        status=Agreement.Status.SIGNED,
        summary="An invented accord.",
    )
    with django_assert_num_queries(4):
        gazetteer = Gazetteer.from_database()
    text = "Test Minister Lena Orlova signed the TFA in Zapadnograd for the TBC."
    assert summary(found(text, gazetteer)) == [
        ("Lena Orlova", "person", "test-lena-orlova"),
        ("TFA", "agreement", "test-ferry-accord"),
        ("Zapadnograd", "place", "test-zapadnograd"),
        ("TBC", "organization", "test-baltic-council"),
    ]
    # She takes part in no event: the timeline does not know when she held her role.
    assert gazetteer.records["person", "test-lena-orlova"].active is None


@pytest.mark.django_db
def test_the_gazetteer_knows_when_someone_takes_part_in_events():
    from datetime import date

    from events.models import Event, Participation

    person = Person.objects.create(slug="test-rolf-aas", name="Rolf Aas", role="Test Envoy")
    for slug, start, end in (
        ("test-early-talks", date(2001, 3, 2), None),
        ("test-long-talks", date(2004, 1, 1), date(2005, 6, 30)),
    ):
        event = Event.objects.create(
            slug=slug, title=slug, start_date=start, end_date=end, summary="Invented."
        )
        Participation.objects.create(event=event, person=person, role="envoy")
    gazetteer = Gazetteer.from_database()
    record = gazetteer.records["person", "test-rolf-aas"]
    assert record.active == (date(2001, 3, 2), date(2005, 6, 30))


def test_a_fuller_alias_with_a_middle_initial_is_a_name_not_a_title():
    gazetteer = Gazetteer(
        [Record("person", "harold-brandt", "Harold Brandt", ("Harold K. Brandt",), "Envoy")]
    )
    text = "Harold K. Brandt arrived on Monday. Brandt said little."
    assert summary(found(text, gazetteer)) == [
        ("Harold K. Brandt", "person", "harold-brandt"),
        ("Brandt", "person", "harold-brandt"),
    ]


def test_initials_and_a_surname_match_the_person_whose_given_names_they_are():
    gazetteer = Gazetteer(
        [
            Record("person", "kirill-dorin", "Kirill Dorin", ("Kirill Mikhailovich Dorin",)),
            Record("person", "lev-dorin", "Lev Dorin"),
        ]
    )
    text = "K.M. Dorin wrote to L. Dorin, and K.A. Dorin replied."
    assert summary(found(text, gazetteer)) == [
        ("K.M. Dorin", "person", "kirill-dorin"),
        ("L. Dorin", "person", "lev-dorin"),
        ("K.A. Dorin", "person", None),
    ]


def test_former_states_regions_compass_regions_and_seas_are_places(gazetteer):
    text = (
        "Once Czechoslovakia and East Germany left, troops moved from Chechnya to Central "
        "Zembla and the Zapadny region, then flew over the Pacific on Monday to Wales."
    )
    assert summary(found(text, gazetteer)) == [
        ("Czechoslovakia", "place", None),
        ("East Germany", "place", None),
        ("Chechnya", "place", None),
        ("Central Zembla", "place", None),
        ("Zapadny region", "place", None),
        ("Pacific", "place", None),
        ("Wales", "place", None),
    ]


def test_adjectival_compass_names_and_sea_adjectives_are_not_places(gazetteer):
    text = "The Central Asian states back the Pacific fleet."
    assert found(text, gazetteer) == []


def test_a_known_place_starting_a_sentence_with_a_possessive_is_a_place(gazetteer):
    assert summary(found("Lisbon's offer stands.", gazetteer)) == [("Lisbon", "place", None)]


def test_a_common_given_name_or_a_secretary_of_state_title_makes_a_person(gazetteer):
    text = (
        "Guests included Martin Kowalczyk and Olga Senkova. Secretary of State Ferdy Quill said so."
    )
    mentions = found(text, gazetteer)
    assert summary(mentions) == [
        ("Martin Kowalczyk", "person", None),
        ("Olga Senkova", "person", None),
        ("Ferdy Quill", "person", None),
    ]
    assert mentions[2].role == "Secretary of State"


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # One person named so far holds the title: the title stands for them.
        (
            "Interior Minister Pavel Petrov toured the border on Monday. The minister told "
            "reporters that patrols would double.",
            "minister",
            ("pavel-petrov", (), "Pavel Petrov"),
        ),
        (
            "Deputy Duma Speaker Boris Kalinin spoke first. Later the speaker said the vote "
            "would wait.",
            "speaker",
            (None, (), "Boris Kalinin"),
        ),
        # Two ministers named: either may be meant, so the editor chooses among them.
        (
            "Defence Minister Oleg Markov met Interior Minister Pavel Petrov in Brussels. The "
            "minister said talks would resume in May.",
            "minister",
            (None, ("oleg-markov", "pavel-petrov"), "minister"),
        ),
        # ... unless a title since stood for one of them alone, and no other is named after.
        (
            "Defence Minister Oleg Markov met Interior Minister Pavel Petrov in Brussels. On "
            "Friday the defence minister flew to Oslo. The minister said talks would resume.",
            "minister",
            ("oleg-markov", (), "Oleg Markov"),
        ),
        (
            "Defence Minister Oleg Markov met Interior Minister Pavel Petrov in Brussels. On "
            "Friday the defence minister flew to Oslo, and Pavel Petrov stayed. The minister "
            "said talks would resume.",
            "minister",
            (None, ("oleg-markov", "pavel-petrov"), "minister"),
        ),
        # ... unless the one named last was named in the same sentence, before it.
        (
            "Defence Minister Oleg Markov met Pavel Petrov on Monday. He then met Interior "
            "Minister Pavel Petrov again, and the minister raised the quota.",
            "minister",
            ("pavel-petrov", (), "Pavel Petrov"),
        ),
        # ... unless one of them holds the title itself, word for word.
        (
            "President Boris Kalinin met Commission President Jan Hale in Brussels. The "
            "president said talks would resume in May.",
            "president",
            (None, (), "Boris Kalinin"),
        ),
    ],
)
def test_a_bare_title_stands_for_the_one_person_named_with_it(gazetteer, text, written, expected):
    (mention,) = [m for m in found(text, gazetteer) if m.text == written]
    assert (mention.slug, mention.candidates, mention.proposed_name) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Two new people with the title: no record to offer, and no new "minister".
        "Defence Minister Lars Berg met Foreign Minister Tomas Holm in Oslo. The minister "
        "said talks would resume in May.",
        # In a quotation the title is the speaker's, who may mean anyone.
        "Defence Minister Lars Berg arrived on Monday. \u201cThe minister will sign the plan "
        "in March,\u201d a Norwegian aide said.",
        '"Defence Minister Lars Berg is here. The minister will sign in March," an aide said.',
    ],
)
def test_a_bare_title_two_people_hold_or_in_a_quotation_stands_for_no_one(gazetteer, text):
    assert [m for m in found(text, gazetteer) if m.text == "minister"] == []


def test_bare_titles_with_a_nationality_or_a_body_refer_back(gazetteer):
    text = (
        "Russian Defence Minister Oleg Markov flew in. The Russian defence minister met the "
        "security council secretary, and the Danish defence minister left."
    )
    people = [(m.text, m.slug) for m in found(text, gazetteer) if m.kind == "person"]
    assert people == [
        ("Oleg Markov", "oleg-markov"),
        ("Russian defence minister", "oleg-markov"),
        ("security council secretary", "ivan-markov"),
    ]


def test_an_envoy_is_an_ambassador_or_a_representative(gazetteer):
    mentions = found("The Russian envoy walked out.", gazetteer)
    assert summary(mentions) == [("Russian envoy", "person", "yuri-volkov")]


def test_hyphen_joined_words_in_another_order_are_the_same_name(gazetteer):
    assert summary(found("The Russia-NATO Council met.", gazetteer)) == [
        ("Russia-NATO Council", "organization", "nato-russia-council")
    ]


def test_headquarters_command_and_office_head_long_organization_names(gazetteer):
    text = (
        "Allied Command Zeeland and Headquarters Supreme Allied Commander Nordia met the "
        "Fishery Escape and Rescue Liaison Office."
    )
    assert summary(found(text, gazetteer)) == [
        ("Allied Command Zeeland", "organization", None),
        ("Headquarters Supreme Allied Commander Nordia", "organization", None),
        ("Fishery Escape and Rescue Liaison Office", "organization", None),
    ]


def test_a_new_long_name_takes_the_record_of_its_abbreviation_in_brackets(gazetteer):
    text = "They signed the Baltic Transit Forces Agreement (BTSOFA) in 2001."
    assert summary(found(text, gazetteer))[0] == (
        "Baltic Transit Forces Agreement",
        "agreement",
        "transit-sofa",
    )


def test_document_words_and_acronyms_before_treaty_name_agreements(gazetteer):
    text = (
        "The Ostrava Document, the Harbour Concept and the Package of Guarantees were "
        "signed before the New ZEST treaty."
    )
    assert summary(found(text, gazetteer)) == [
        ("Ostrava Document", "agreement", None),
        ("Harbour Concept", "agreement", None),
        ("Package of Guarantees", "agreement", None),
        ("New ZEST treaty", "agreement", None),
    ]
    # The proposed name keeps the word that says what the abbreviation names.
    assert found(text, gazetteer)[-1].proposed_name == "New ZEST Treaty"


def test_a_middle_initial_the_record_leaves_out_still_matches_and_the_surname_follows():
    gazetteer = Gazetteer(
        [
            Record("person", "lev-orlov", "Lev Orlov", ("Lev Ilyich Orlov",), "President"),
            Record("person", "mark-tolley", "Mark Tolley", role="Defense Secretary"),
        ]
    )
    text = "President Lev I. Orlov met Mark R. Tolley. Orlov and Tolley agreed."
    assert summary(found(text, gazetteer)) == [
        ("Lev I. Orlov", "person", "lev-orlov"),
        ("Mark R. Tolley", "person", "mark-tolley"),
        ("Orlov", "person", "lev-orlov"),
        ("Tolley", "person", "mark-tolley"),
    ]
    # The record knows his middle name, Ilyich: "Lev K. Orlov" is someone else.
    text = "Lev K. Orlov, a banker, arrived. Orlov spoke."
    assert summary(found(text, gazetteer)) == [
        ("Lev K. Orlov", "person", None),
        ("Orlov", "person", None),
    ]


def test_a_large_city_by_another_name_is_a_place_or_its_record():
    gazetteer = Gazetteer([Record("place", "saint-petersburg", "Saint Petersburg")])
    mentions = found("He flew from Kiev to Leningrad.", gazetteer)
    assert summary(mentions) == [
        ("Kiev", "place", None),
        ("Leningrad", "place", "saint-petersburg"),
    ]
    assert "Saint Petersburg" in mentions[1].reason


def test_the_place_an_event_is_named_after_is_a_place(gazetteer):
    text = "Talks launched at the Porto Summit and during the Cold War stalled."
    assert summary(found(text, gazetteer)) == [("Porto", "place", None)]


def test_a_surname_in_capitals_or_after_an_undotted_honorific_is_the_person():
    gazetteer = Gazetteer(
        [Record("person", "ingrid-solheim", "Ingrid Solheim", role="Secretary General")]
    )
    text = (
        "(Adds Solheim comments in paragraph 3)\n\n"
        "INGRID SOLHEIM (Secretary General): Thank you.\n\n"
        "SOLHEIM: We are ready. Mr Solheim, Mrs Solheim, Ms Solheim and Dr Solheim said so."
    )
    mentions = found(text, gazetteer)
    assert [m.text for m in mentions] == [
        "Solheim",
        "INGRID SOLHEIM",
        "SOLHEIM",
        "Solheim",
        "Solheim",
        "Solheim",
        "Solheim",
    ]
    assert {(m.kind, m.slug) for m in mentions} == {("person", "ingrid-solheim")}


def test_single_institution_words_and_faith_states_are_organizations(gazetteer):
    text = (
        "The Senate voted; the Kremlin, the Pentagon, the Knesset and Congress objected. "
        "Parliament met. Islamic State militants fought. Ask the General Staff."
    )
    assert summary(found(text, gazetteer)) == [
        ("Senate", "organization", None),
        ("Kremlin", "organization", None),
        ("Pentagon", "organization", None),
        ("Knesset", "organization", None),
        ("Congress", "organization", None),
        ("Parliament", "organization", None),
        ("Islamic State", "organization", None),
        ("General Staff", "organization", None),
    ]


def test_a_government_s_seat_is_the_government_acting_and_the_place_where_things_are_done(
    gazetteer,
):
    text = (
        "The White House said the Elysee would agree; Downing Street objected. "
        "Leaders signed it at the Élysée Palace. Crowds waited outside the White House."
    )
    assert summary(found(text, gazetteer)) == [
        ("White House", "organization", None),
        ("Elysee", "organization", None),
        ("Downing Street", "organization", None),
        ("Élysée Palace", "place", None),
        ("White House", "place", None),
    ]


def test_a_surname_after_a_title_is_that_person_where_it_stands_again_not_a_town():
    # "Clinton" is also a town GeoNames lists.
    text = "President Clinton hailed the accord. Yeltsin and Clinton set the framework in March."
    clintons = [m for m in found(text, Gazetteer([])) if m.text == "Clinton"]
    assert [(m.kind, m.slug) for m in clintons] == [("person", None), ("person", None)]


def test_an_institution_word_takes_the_record_whose_name_it_ends():
    gazetteer = Gazetteer(
        [
            Record("organization", "zeeland-senate", "Zeeland Federal Senate"),
            Record("person", "anna-petrova", "Anna Petrova", role="Secretary of State"),
        ]
    )
    text = "Secretary of State Anna Petrova urged the Senate to ratify the treaty."
    assert summary(found(text, gazetteer)) == [
        ("Anna Petrova", "person", "anna-petrova"),
        ("Senate", "organization", "zeeland-senate"),
    ]


def test_a_parliament_alone_is_no_country_s_unless_the_copy_says_whose():
    gazetteer = Gazetteer(
        [
            Record("organization", "zeeland-parliament", "Zeeland Federal Parliament"),
            Record("place", "zeeland", "Zeeland"),
        ]
    )
    alone = "Deputies elected Anna Petrova as Parliament president."
    owned = "Zeeland's Parliament elected Anna Petrova."
    assert ("Parliament", "organization", None) in summary(found(alone, gazetteer))
    assert ("Parliament", "organization", "zeeland-parliament") in summary(found(owned, gazetteer))


def test_a_country_geonames_writes_with_the_is_found_after_a_lower_case_the(gazetteer):
    text = "Troops from the Netherlands and the Bahamas arrived."
    assert summary(found(text, gazetteer)) == [
        ("Netherlands", "place", None),
        ("Bahamas", "place", None),
    ]


def test_of_joins_one_name_only_across_spaces_and_never_after_a_person(gazetteer):
    text = (
        "Under Article 4 of the Ostrava Treaty, Dr Anna Vick, of the Zeeland Institute of "
        'Maritime Affairs, spoke. "No," said Oksana Tarkova of the Zeeland Policy Center.'
    )
    assert summary(found(text, gazetteer)) == [
        ("Ostrava Treaty", "agreement", None),
        ("Anna Vick", "person", None),
        ("Zeeland Institute of Maritime Affairs", "organization", None),
        ("Oksana Tarkova", "person", None),
        ("Zeeland Policy Center", "organization", None),
    ]


def test_a_month_or_weekday_is_never_part_of_a_name(gazetteer):
    text = "They will leave the Ostrava Treaty on Dec. 12 and the Harbour Pact on Tue 5 May."
    assert summary(found(text, gazetteer)) == [
        ("Ostrava Treaty", "agreement", None),
        ("Harbour Pact", "agreement", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The envoys met in May in Brussels to settle the plan.",
        "An invitation delivered in May by the envoys was turned down.",
        "A memorandum signed in March was working well, officials said.",
        "In June the council met again, and in August it met in Brussels.",
    ],
)
def test_a_month_alone_is_no_new_place_or_person(gazetteer, text):
    assert [m.text for m in found(text, gazetteer)] in ([], ["Brussels"])


def test_a_month_s_name_matching_a_known_surname_or_after_a_title_is_a_person():
    gazetteer = Gazetteer([Record("person", "theresa-may", "Theresa May", role="Prime Minister")])
    assert summary(found("Talks with May in Brussels went well.", gazetteer)) == [
        ("May", "person", "theresa-may"),
        ("Brussels", "place", None),
    ]
    assert summary(found("Prime Minister May said so.", Gazetteer([]))) == [("May", "person", None)]


def test_a_record_named_with_a_middle_initial_matches_the_name_without_it():
    gazetteer = Gazetteer([Record("person", "harold-brandt", "Harold K. Brandt", role="Envoy")])
    text = "Harold Brandt arrived on Monday. Brandt said little."
    assert summary(found(text, gazetteer)) == [
        ("Harold Brandt", "person", "harold-brandt"),
        ("Brandt", "person", "harold-brandt"),
    ]


def test_a_place_record_named_by_one_name_of_a_large_city_matches_its_other_names():
    gazetteer = Gazetteer([Record("place", "kiev", "Kiev")])
    mentions = found("He flew to Kyiv and on to Kiev.", gazetteer)
    assert summary(mentions) == [("Kyiv", "place", "kiev"), ("Kiev", "place", "kiev")]
    assert "GeoNames" in mentions[0].reason


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("After the meeting Federal Foreign Minister Lena Vogt spoke.", "Lena Vogt"),
        ("On Monday Federal Chancellor Lena Vogt flew to Brussels.", "Lena Vogt"),
        ("In Brussels, Acting Deputy Foreign Minister Lena Vogt stayed.", "Lena Vogt"),
    ],
)
def test_a_title_s_words_before_a_name_are_no_name(gazetteer, text, person):
    people = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert [m.text for m in people] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Envoys prepared the follow-up to the Lisbon meeting.",
        "Both sides praised the Lisbon summit.",
        "A Tallinn meeting of the envoys is planned.",
    ],
)
def test_a_city_s_name_before_a_gathering_s_noun_is_the_place(gazetteer, text):
    (mention,) = found(text, gazetteer)
    assert mention.kind == "place"


def test_a_name_before_meeting_as_a_verb_is_still_a_person(gazetteer):
    (mention,) = found("Officials saw Kolosov meeting envoys.", gazetteer)
    assert (mention.text, mention.kind) == ("Kolosov", "person")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "He helped draft the Charter on Mutual Relations, Cooperation and Security.",
            ["Charter on Mutual Relations, Cooperation and Security"],
        ),
        (
            "The Treaty of Friendship, Good Neighbourliness and Mutual Assistance lapsed.",
            ["Treaty of Friendship, Good Neighbourliness and Mutual Assistance"],
        ),
        (
            "The Council for Trade, Research, and Technology met.",
            ["Council for Trade, Research, and Technology"],
        ),
        # A list of names, not of one name's topics.
        (
            "The Ministry of Defence, Harbour Council and NATO met.",
            ["Ministry of Defence", "Harbour Council", "NATO"],
        ),
        (
            "The Treaty of Riga, Latvia and Russia were discussed.",
            ["Treaty of Riga", "Latvia", "Russia"],
        ),
    ],
)
def test_a_name_s_list_of_topics_goes_on_through_its_commas(gazetteer, text, names):
    assert [m.text for m in found(text, gazetteer)] == names


def test_a_nationality_or_country_in_a_title_must_agree_with_the_role():
    gazetteer = Gazetteer(
        [
            Record("person", "lev-orlov", "Lev Orlov", role="President of Russia"),
            Record("person", "kemal-ardic", "Kemal Ardıç", role="President of Turkey"),
        ]
    )
    text = (
        "Lev Orlov called Kemal Ardic. The President of Russia thanked the Turkish President. "
        "The Russian leader said so, and the Polish President was absent."
    )
    people = [(m.text, m.slug) for m in found(text, gazetteer) if m.kind == "person"]
    assert people == [
        ("Lev Orlov", "lev-orlov"),
        ("Kemal Ardic", "kemal-ardic"),
        ("President of Russia", "lev-orlov"),
        ("Turkish President", "kemal-ardic"),
        ("Russian leader", "lev-orlov"),
    ]


def test_an_agreement_named_with_a_generic_last_word_matches_the_record_without_it():
    gazetteer = Gazetteer([Record("agreement", "new-zest", "New ZEST")])
    mentions = found("Both signed the New ZEST Treaty.", gazetteer)
    assert summary(mentions) == [("New ZEST Treaty", "agreement", "new-zest")]


def test_people_by_a_title_after_the_name_an_apposition_or_a_surname_shape(gazetteer):
    text = (
        "Asked by Gwendolyn Marsh MP, Kerstin Vaal, a retired submariner, met Dmitri "
        "Sokolovsky and Selin Yılmazoğlu. They reached Novo Selo, a port town, at dawn."
    )
    mentions = found(text, gazetteer)
    assert [(m.text, m.kind, m.slug) for m in mentions if m.kind == "person"] == [
        ("Gwendolyn Marsh", "person", None),
        ("Kerstin Vaal", "person", None),
        ("Dmitri Sokolovsky", "person", "dmitri-sokolovsky"),
        ("Selin Yılmazoğlu", "person", None),
    ]
    assert mentions[0].role == "MP"


def test_organizations_by_head_words_institutions_ordinals_and_abbreviations(gazetteer):
    text = (
        "The Embassy of Russia, the Community of Sea States and the Zemska Rada agreed. "
        "ZAF Typhoons flew from the 12th Air Base.\n\nPRESENTER: Thank you."
    )
    assert summary(found(text, gazetteer)) == [
        ("Embassy of Russia", "organization", None),
        ("Community of Sea States", "organization", None),
        ("Zemska Rada", "organization", None),
        ("ZAF", "organization", None),
        ("12th Air Base", "organization", None),
    ]


def test_a_title_of_nobility_is_a_role_and_names_a_new_peer_with_a_surname_alone():
    gazetteer = Gazetteer([Record("person", "hugh-baxter", "Hugh Baxter", role="Envoy")])
    mentions = found(
        "Lord Baxter arrived on Monday, Lady Whitcombe said she would follow, and Lady "
        "Ann Hale agreed.",
        gazetteer,
    )
    assert [(m.text, m.slug, m.role, m.proposed_name) for m in mentions] == [
        ("Lord Baxter", "hugh-baxter", "Lord", "Hugh Baxter"),
        ("Lady Whitcombe", None, "Lady", "Lady Whitcombe"),
        ("Lady Ann Hale", None, "Lady", "Ann Hale"),
    ]


def test_a_knight_called_by_the_given_name_is_the_person_the_article_named():
    mentions = found(
        "Prime Minister Tom Hale took office on Friday. Sir Tom flew to Oslo on Monday.",
        Gazetteer([]),
    )
    people = [(m.text, m.proposed_name) for m in mentions if m.kind == "person"]
    assert people == [("Tom Hale", "Tom Hale"), ("Sir Tom", "Tom Hale")]


def test_a_surname_written_first_alone_is_the_person_the_article_named():
    mentions = found(
        "Spokeswoman Wen Liqing spoke on Friday. Wen said talks would go on; Liqing agreed.",
        Gazetteer([]),
    )
    people = [(m.text, m.proposed_name) for m in mentions if m.kind == "person"]
    assert people[:2] == [("Wen Liqing", "Wen Liqing"), ("Wen", "Wen Liqing")]


def test_a_preposition_that_begins_a_title_is_part_of_the_role(gazetteer):
    mentions = found("Under Secretary of Defence Tom Hale said the base would close.", gazetteer)
    assert [(m.text, m.role) for m in mentions] == [("Tom Hale", "Under Secretary of Defence")]


def test_a_surname_where_a_person_stands_is_a_person_even_if_a_town_has_that_name():
    gazetteer = Gazetteer(
        [*RECORDS, Record("person", "ruth-preston", "Ruth Preston", role="Envoy")]
    )
    text = (
        "Volkov met Hamilton on Monday and later met with Preston. Kalinin, who chairs the "
        "panel, left early. Dorn is believed to have resigned. Officials, speaking privately, "
        "said little. The delegation then flew to Lincoln."
    )
    assert [(m.text, m.kind, m.slug) for m in found(text, gazetteer)] == [
        ("Volkov", "person", "yuri-volkov"),
        ("Hamilton", "person", None),
        ("Preston", "person", "ruth-preston"),
        ("Kalinin", "person", None),
        ("Dorn", "person", None),
        ("Lincoln", "place", None),
    ]


def test_newspapers_and_agencies_are_organizations_under_their_whole_names():
    gazetteer = Gazetteer([*RECORDS, Record("organization", "gazeta", "Gazeta")])
    text = (
        "Ostrovnaya Gazeta claimed the deal was done. Vedomosti wrote that it was not, and "
        "the weekly Zarya Severa said talks went on. Gazeta itself said nothing. Petrov told "
        "The Baltic Press that it was, and Nordic News said he was right."
    )
    assert summary(found(text, gazetteer)) == [
        ("Ostrovnaya Gazeta", "organization", None),
        ("Vedomosti", "organization", None),
        ("Zarya Severa", "organization", None),
        ("Gazeta", "organization", "gazeta"),
        ("Petrov", "person", "pavel-petrov"),
        ("Baltic Press", "organization", None),
        ("Nordic News", "organization", None),
    ]


def test_job_titles_time_zones_and_bases_are_read_for_what_they_are(gazetteer):
    text = (
        "Talking to Staff Writer Mia Kovac, officials said the jets left the Valdora air base "
        "at 0900 Brussels time and reached Brussels at noon."
    )
    mentions = found(text, gazetteer)
    assert summary(mentions) == [
        ("Mia Kovac", "person", None),
        ("Valdora", "place", None),
        ("Brussels", "place", "brussels"),
    ]
    assert mentions[0].role == "Staff Writer"
    assert mentions[2].start == text.rindex("Brussels")


@pytest.mark.parametrize(
    "text",
    [
        "The jets flew from the Valdora airbase on Monday.",
        "The troops reached the Valdora military base on Monday.",
        "The ships sailed from the Valdora naval base on Monday.",
        "The drill was held at the Valdora training area on Monday.",
        "The tanks fired at the Valdora training ground on Monday.",
        "The planes landed at the Valdora airfield on Monday.",
    ],
)
def test_a_name_before_the_words_of_a_military_site_is_a_place(gazetteer, text):
    assert summary(found(text, gazetteer)) == [("Valdora", "place", None)]


@pytest.mark.parametrize(
    "text",
    [
        # An exercise's name and its year.
        "The next joint exercise, Noble Partner 2020, is set for the spring.",
        # A unit's number before its name.
        "Around 300 marines from 45 Commando are deploying this week.",
    ],
)
def test_a_name_with_a_number_or_a_year_beside_it_is_no_person_or_place(gazetteer, text):
    assert summary(found(text, gazetteer)) == []


def test_a_name_before_its_region_s_word_in_lower_case_is_a_place(gazetteer):
    text = "The jet strayed over Valdora province, and troops moved into Kestra oblast."
    assert summary(found(text, gazetteer)) == [
        ("Valdora", "place", None),
        ("Kestra", "place", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The envoys will meet again at 16:45 CET, a spokesman for NATO said.",
        "Talks resumed at 9.30 BST and NATO said little.",
        "The council adjourned at 11 a.m. (EST) and NATO said little.",
    ],
)
def test_a_clock_s_time_zone_names_no_organization(gazetteer, text):
    assert summary(found(text, gazetteer)) == [("NATO", "organization", "nato")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Foreign Office in Britain said on Friday it had closed the embassy.", "Britain"),
        ("The port authority in Honningsvåg said it had closed the port.", "Honningsvåg"),
        ("Fishermen from Skjervøy told reporters the patrol boat had left.", "Skjervøy"),
        ("Britain said on Friday it had closed the embassy.", "Britain"),
    ],
)
def test_a_place_before_a_speech_verb_is_no_speaker(gazetteer, text, place):
    mentions = found(text, gazetteer)
    assert [(m.text, m.kind) for m in mentions if m.kind in ("person", "place")] == [
        (place, "place")
    ]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Vice Admiral Lars Dahl of the Baltic Fleet arrived.", "Lars Dahl", "Vice Admiral"),
        ("Admiral Dahl of the Baltic Fleet arrived.", "Dahl", "Admiral"),
    ],
)
def test_a_titled_person_of_a_body_is_the_person_and_the_body(gazetteer, text, person, role):
    mentions = found(text, gazetteer)
    assert [(m.text, m.kind, m.role) for m in mentions] == [
        (person, "person", role),
        ("Baltic Fleet", "organization", ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Petrov met Kjersti Tvedt in Oslo on Monday.",
        "Kjersti Tvedt, who chairs the board, met Pavel Petrov in Oslo on Monday.",
    ],
)
def test_a_name_of_two_words_where_only_a_person_stands_is_a_new_person(gazetteer, text):
    people = [(m.text, m.slug) for m in found(text, gazetteer) if m.kind == "person"]
    assert ("Kjersti Tvedt", None) in people


@pytest.mark.parametrize(
    "text",
    [
        # Whom one tells, a person or an outlet, is no speaker.
        '"This is the first time," mayor Lars Haugen told Finnmarksposten on Tuesday.',
        # After "of", a place; after "the" and its adjectives, a party's man.
        "Senator Lars Haugen of Vestfold said on Wednesday that he would object.",
        "Senator Lars Haugen, the ranking Conservative, asked whether Oslo would object.",
        # A company's name in an appositive title: no one of its own.
        "Lars Haugen, president of Russian Railways, said the trains would run.",
    ],
)
def test_a_word_beside_a_speech_verb_is_no_speaker_after_told_of_or_the(gazetteer, text):
    people = [m.text for m in found(text, gazetteer) if m.kind == "person"]
    assert people == ["Lars Haugen"]


def test_a_preposition_that_ends_the_sentence_before_does_not_make_a_place(gazetteer):
    text = "The plans were drawn up in 2006. Dorn is believed to have signed them."
    assert summary(found(text, gazetteer)) == [("Dorn", "person", None)]


def test_a_record_named_by_one_word_does_not_take_a_longer_name_ending_in_it(gazetteer):
    gazetteer = Gazetteer([*RECORDS, Record("organization", "zarya", "Zarya")])
    text = "A contract went to Severnaya Zarya, not to Zarya or to the Russian Zarya."
    assert summary(found(text, gazetteer)) == [
        ("Severnaya Zarya", "organization", None),
        ("Zarya", "organization", "zarya"),
        ("Zarya", "organization", "zarya"),
    ]


def test_labels_articles_clauses_and_possessives_give_the_right_kinds(gazetteer):
    text = (
        "* TRADE ROUTES: The Arctic Shipping Council met in Brussels.\n"
        "OUTLOOK - A Baltic Ferry Council will follow.\n"
        "Mia Strand, who farms near Kvaloy, says prices fell. Ports matter, says Mia Strand.\n"
        "The Vardo Women's Association said on Monday that Hammerby's deputy mayor, "
        "Lars Dahl, agreed. Ships met at an Italian air base."
    )
    kinds = {m.text: m.kind for m in found(text, gazetteer)}
    proposed = {m.proposed_name for m in found(text, gazetteer) if m.proposed_name}
    assert "TRADE ROUTES" not in kinds and "OUTLOOK" not in kinds and "ROUTES" not in kinds
    assert {"Arctic Shipping Council", "Baltic Ferry Council"} <= proposed
    assert kinds["Kvaloy"] == "place"
    assert kinds["Vardo Women's Association"] == "organization"
    assert kinds["Hammerby"] == "place"
    assert kinds["Lars Dahl"] == "person"
    assert "Italian" not in kinds


def test_a_name_less_the_word_for_its_kind_is_the_one_record_so_named():
    gazetteer = Gazetteer(
        [
            Record("place", "adriatic-sea", "Adriatic Sea"),
            Record("place", "north-cape", "North Cape"),
            Record("place", "caspian-sea", "Caspian Sea"),
            Record("place", "caspian-region", "Caspian Region"),
        ]
    )
    text = "Frigates patrolled the Adriatic, and others sailed in the Caspian."
    assert summary(found(text, gazetteer)) == [
        ("Adriatic", "place", "adriatic-sea"),
        ("Caspian", "place", None),  # the sea or the region: nothing says which
    ]
    assert found(text, gazetteer)[1].candidates == ("caspian-region", "caspian-sea")
    assert found(text, gazetteer)[0].reason == "the name “Adriatic Sea” without the word “Sea”"


def test_an_agreement_s_name_in_lower_case_and_a_name_less_its_gloss():
    gazetteer = Gazetteer(
        [
            Record("agreement", "arctic-sar", "Arctic Search and Rescue Agreement (SAR pact)"),
            Record("agreement", "open-skies", "Treaty on Open Skies"),
        ]
    )
    text = "Both Norway and Iceland hope to sign a search and rescue agreement this year."
    assert summary(found(text, gazetteer)) == [
        ("Norway", "place", None),
        ("Iceland", "place", None),
        ("search and rescue agreement", "agreement", "arctic-sar"),
    ]
    text = "Officials said the Arctic Search and Rescue Agreement was ready."
    assert summary(found(text, gazetteer))[0][2] == "arctic-sar"
    # Two words in lower case are no name: "an open skies regime" is not the treaty.
    assert found("They want an open skies regime.", gazetteer) == []


def test_a_european_given_name_makes_a_person_without_a_title(gazetteer):
    text = "It was the winter of 1989, and Rudolf Kessler had come to talk about trade."
    assert summary(found(text, gazetteer)) == [("Rudolf Kessler", "person", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Defence chiefs will meet at Castel di Leva next week.",
        "The two sides held talks at Villa Madama on Friday.",
        "The accord was signed at Castel di Leva in 2003.",
        "The forum was set up at Villa Madama in 1997.",
        "The agency was founded at Castel di Leva in 1990.",
    ],
)
def test_a_name_after_a_gathering_s_at_is_a_place(gazetteer, text):
    mentions = found(text, gazetteer)
    assert [(m.kind, m.slug) for m in mentions] == [("place", None)]
    assert mentions[0].reason.startswith("new place: follows")


def test_a_name_after_at_with_a_person_s_possessive_stays_a_person(gazetteer):
    text = "They met at Klaus Brenner's office."
    assert [m.kind for m in found(text, gazetteer)] == ["person"]


@pytest.mark.parametrize(
    "text",
    [
        "The crew of the cruiser Smolensk was rescued in 2001.",
        "A treaty followed the sinking of the Smolensk in 2001.",
        "Divers reached the Smolensk.",
        "The patrol ship KV Smolensk was rescued in 2001.",
    ],
)
def test_a_ship_named_as_a_town_is_no_place(gazetteer, text):
    assert found(text, gazetteer) == []


@pytest.mark.parametrize(
    "text", ["Troops moved to Smolensk in 2001.", "He ran the Smolensk office in 2001."]
)
def test_a_town_is_a_place_even_after_the_when_a_noun_follows(gazetteer, text):
    assert [m.kind for m in found(text, gazetteer)] == ["place"]


@pytest.mark.parametrize(
    "text",
    [
        "Admirals briefed Supreme Allied Commander Asia on Friday.",
        "A report to NATO Defence Ministers, 2019. Ministers then approved the plan.",
    ],
)
def test_a_title_s_region_and_a_plural_title_are_no_people(gazetteer, text):
    assert [m.kind for m in found(text, gazetteer) if m.kind == "person"] == []


def test_a_name_for_a_cause_in_a_continent_goes_on_and_its_body_is_no_new_record(gazetteer):
    text = "The Council for Trade and Co-operation in Africa held its annual Permanent Board."
    assert summary(found(text, gazetteer)) == [
        ("Council for Trade and Co-operation in Africa", "organization", None)
    ]
    text = "The Ministry for Fisheries in Norway said so."
    assert [m.text for m in found(text, gazetteer)] == ["Ministry for Fisheries", "Norway"]


@pytest.mark.parametrize(
    "text",
    [
        "The envoys, Gloria Dalton and Sergei Rudin, met. Dalton called it useful.",
        "The envoys met in Oslo before Gloria Dalton spoke. Dalton called it useful.",
    ],
)
def test_a_given_name_not_listed_makes_a_person_with_a_partner_or_a_surname_again(gazetteer, text):
    # Dalton is also a town, which once kept "Gloria Dalton" from being a person.
    mentions = [m for m in found(text, gazetteer) if m.kind == "person"]
    assert mentions[0].text == "Gloria Dalton"
    assert mentions[-1].text == "Dalton" and mentions[-1].proposed_name == "Gloria Dalton"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The annexation of Crimea in 2014 changed that.", "Crimea"),
        ("The frigate visited Hammerfjord last week.", "Hammerfjord"),
    ],
)
def test_a_region_and_the_place_a_visit_is_to_are_places(gazetteer, text, name):
    assert summary(found(text, gazetteer)) == [(name, "place", None)]


def test_abbreviated_titles_of_cables_are_no_part_of_the_name(gazetteer):
    text = (
        "FM Petrova phoned SecGen ter Horst, and PermRep Yuri Volkov met DefMin Oleg Markov. "
        "Amb. Lena Holt and Herr Pavel Petrov joined."
    )
    assert summary(found(text, gazetteer)) == [
        ("Petrova", "person", "anna-petrova"),
        ("ter Horst", "person", "jaap-ter-horst"),
        ("Yuri Volkov", "person", "yuri-volkov"),
        ("Oleg Markov", "person", "oleg-markov"),
        ("Lena Holt", "person", None),
        ("Pavel Petrov", "person", "pavel-petrov"),
    ]


def test_pronouns_and_common_words_in_capitals_are_no_names(gazetteer):
    text = 'The note said: "We expect nothing." The IS says so, and the FM agrees.'
    assert found(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nineteen NATO envoys met Oleg Markov on Monday.",
        "Fifteen NATO envoys met Oleg Markov on Monday.",
    ],
)
def test_a_count_opening_a_sentence_is_no_part_of_the_name_after_it(text):
    organizations = [m for m in found(text, _BODIES) if m.kind == "organization"]
    assert [(m.text, m.slug) for m in organizations] == [("NATO", "nato")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia discussed ballistic missile defence (BMD) on Monday.",
        "On Tuesday Russia test-fired an ICBM, officials at its HQ said.",
    ],
)
def test_the_military_s_abbreviations_are_no_names(gazetteer, text):
    assert [m.text for m in found(text, gazetteer)] == ["Russia"]


def test_names_joined_by_hyphens_with_a_place_among_them_are_one_place(gazetteer):
    text = "Ministers will gather in Narva-Ivangorod next spring."
    assert summary(found(text, gazetteer)) == [("Narva-Ivangorod", "place", None)]


def test_a_treaty_on_forces_is_one_agreement_and_matches_its_record():
    treaty = Record(
        "agreement", "forces-ceiling-treaty", "Treaty on Armed Forces Ceilings in Europe"
    )
    text = "Moscow left the Treaty on Armed Forces Ceilings in Europe (TAFCE); the TAFCE lapsed."
    for gazetteer, slug in (
        (Gazetteer(RECORDS), None),
        (Gazetteer([*RECORDS, treaty]), treaty.slug),
    ):
        assert summary(found(text, gazetteer)) == [
            ("Moscow", "place", None),
            ("Treaty on Armed Forces Ceilings in Europe", "agreement", slug),
            ("TAFCE", "agreement", slug),
            ("TAFCE", "agreement", slug),
        ]


def test_a_knighthood_after_a_real_title_is_no_part_of_the_role(gazetteer):
    mentions = found("Rear Admiral Sir Tom Ashby and Lady Grey arrived.", gazetteer)
    assert [(m.text, m.role, m.proposed_name) for m in mentions] == [
        ("Sir Tom Ashby", "Rear Admiral", "Tom Ashby"),
        ("Lady Grey", "Lady", "Lady Grey"),
    ]


def test_a_plural_title_of_a_body_is_the_body_alone(gazetteer):
    text = "The Defence Ministers of the Visegrad Council met in Brussels."
    assert summary(found(text, gazetteer)) == [
        ("Visegrad Council", "organization", None),
        ("Brussels", "place", "brussels"),
    ]


def test_the_secretary_alone_is_no_secretary_general(gazetteer):
    text = (
        "Secretary of State Ellen Parr will see Secretary General ter Horst in Brussels. "
        "The Secretary will then fly home."
    )
    secretary = [m for m in found(text, gazetteer) if m.text == "Secretary"]
    assert [(m.slug, m.proposed_name) for m in secretary] == [(None, "Ellen Parr")]
    alone = found("The Secretary will travel on Monday.", gazetteer)
    assert "jaap-ter-horst" not in [m.slug for m in alone]


@pytest.mark.parametrize(
    "text",
    [
        "The allies offered Kyiv a Readiness Action Plan, the first rung toward joining.",
        "Two destroyers sailed in Operation Steady Harbour. A Russian corvette may join Steady "
        "Harbour next spring.",
        "A Russian admiral told Golos Rossii on Monday that no ship would sail.",
        # A made thing's name before its noun, here or elsewhere in the article.
        "The Aegis Ashore software was upgraded. The ships reached the second Aegis Ashore site.",
    ],
)
def test_capitalised_words_with_no_sign_of_a_person_are_no_new_person(gazetteer, text):
    assert [m.text for m in found(text, gazetteer) if m.kind == "person"] == []


def test_an_abbreviation_before_aircraft_is_no_organization(gazetteer):
    text = "Oleg Markov complained about JSTARS flights near the border."
    assert [m.text for m in found(text, gazetteer) if m.kind == "organization"] == []


def test_a_small_towns_name_spoken_to_is_a_surname(gazetteer):
    # "Hale" is an English town in GeoNames; "Oslo" a large city, its government.
    text = "Oleg Markov talked to Hale for an hour and wrote to Oslo the next day."
    assert [(m.text, m.kind) for m in found(text, gazetteer) if m.text in ("Hale", "Oslo")] == [
        ("Hale", "person"),
        ("Oslo", "place"),
    ]


def test_a_given_name_spoken_to_is_no_participant(gazetteer):
    text = "He said, Laura, that the council met in Brussels."
    assert [m.text for m in found(text, gazetteer) if m.kind == "person"] == []


def test_a_parliaments_forms_of_address_and_constituencies_are_no_entities(gazetteer):
    text = (
        "Mr. Colin Brade (Kettering) (Lab): Will the hon. Gentleman and my hon. Friend agree "
        "that the hon. Members want Brussels to act?"
    )
    assert summary(found(text, gazetteer)) == [
        ("Colin Brade", "person", None),
        ("Brussels", "place", "brussels"),
    ]


def test_a_transcripts_label_in_capitals_names_its_speaker(gazetteer):
    text = (
        "[00:01:05] LAURA BIRCH (REPORTER): The council met tonight.\n\n"
        "[00:01:40] OLEG MARKOV (DEFENCE MINISTER): We will answer.\n"
    )
    assert [(m.text, m.slug, m.proposed_name) for m in found(text, gazetteer)] == [
        ("LAURA BIRCH", None, "Laura Birch"),
        ("OLEG MARKOV", "oleg-markov", ""),
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Moscow left the Conventional Forces in Asia treaty in spring.",
            "Conventional Forces in Asia treaty",
            "agreement",
        ),
        (
            "Moscow left the Strategic Forces in Europe (SFE) Treaty.",
            "Strategic Forces in Europe",
            "agreement",
        ),
        ("Frigates patrolled the Horn of Africa all winter.", "Horn of Africa", "place"),
        # A listed name whole, though its last word is a place too.
        (
            "Frigates sailed past the Federal Republic of Yugoslavia.",
            "Federal Republic of Yugoslavia",
            "place",
        ),
        (
            "A minister of the Trade and Industry Office said so.",
            "Trade and Industry Office",
            "organization",
        ),
    ],
)
def test_a_names_words_are_kept_together(gazetteer, text, name, kind):
    assert [m.text for m in found(text, gazetteer) if m.kind == kind][:1] == [name]


def test_the_before_a_name_is_no_part_of_it(gazetteer):
    text = "Spring 2002 — The Arctic Rescue Council is founded; The Times reported it."
    assert [m.text for m in found(text, gazetteer)] == ["Arctic Rescue Council", "The Times"]


def test_a_surname_transliterated_otherwise_is_the_person_named_before(gazetteer):
    text = (
        "Envoy Boris Kuznetzov arrived in Brussels. Kuznetsov, a blunt former general, said the "
        "talks were over. Laura Mills said it too, and so did Milles."
    )
    people = [(m.text, m.proposed_name) for m in found(text, gazetteer) if m.kind == "person"]
    assert people[:2] == [("Boris Kuznetzov", "Boris Kuznetzov"), ("Kuznetsov", "Boris Kuznetzov")]
    assert ("Milles", "Laura Mills") not in people  # no transliteration makes "e" of nothing


_OWNED = [
    Record(
        "organization",
        "russian-security-council",
        "Security Council of the Russian Federation",
        ("the Security Council", "Russian Security Council"),
    ),
    Record("place", "russia", "Russia", ("Russian Federation",)),
    Record("organization", "united-nations", "United Nations", ("UN", "U.N.")),
]
_UN_COUNCIL = Record(
    "organization",
    "un-security-council",
    "United Nations Security Council",
    ("UN Security Council",),
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Security Council of the United Nations will vote on Friday.",
            "Security Council of the United Nations",
        ),
        ("Diplomats said the UN Security Council would meet again.", "UN Security Council"),
        ("The envoy briefed the U.N. Security Council on Monday.", "U.N. Security Council"),
    ],
)
def test_a_body_another_owner_qualifies_is_not_the_record_of_its_name(text, name):
    mentions = [m for m in found(text, Gazetteer(_OWNED)) if m.kind == "organization"]
    assert [(m.text, m.slug) for m in mentions] == [(name, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Security Council met on Friday.",
        "The Security Council of Russia met on Friday.",
        "The Security Council met on Friday.",
    ],
)
def test_a_body_its_own_owner_qualifies_is_its_record(text):
    for records in (_OWNED, [*_OWNED, _UN_COUNCIL]):
        mentions = found(text, Gazetteer(records))
        organizations = [m.slug for m in mentions if m.kind == "organization"]
        assert organizations == ["russian-security-council"]


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council of the United Nations will vote on Friday.",
        "The UN's Security Council will vote on Friday.",
        "The UN Security Council will vote on Friday.",
    ],
)
def test_a_body_another_owner_qualifies_is_that_owners_record(text):
    mentions = found(text, Gazetteer([*_OWNED, _UN_COUNCIL]))
    assert [m.slug for m in mentions if m.kind == "organization"] == ["un-security-council"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the secretary general of NATO met the envoy.",
        "On Tuesday Russia sent an envoy to NATO in Brussels.",
        "Georgia was told it would one day become a member of NATO.",
        "The heads of state and government of the Alliance met on Friday.",
    ],
)
def test_a_lower_case_word_before_a_body_is_no_owner_of_it(text):
    # The list of places holds towns called Of and To: a word in lower case is no name.
    nato = Record(
        "organization",
        "nato",
        "NATO",
        ("North Atlantic Treaty Organization", "the North Atlantic Alliance", "the Alliance"),
    )
    mentions = found(text, Gazetteer([nato]))
    assert [m.slug for m in mentions if m.kind == "organization"] == ["nato"]


_SPEAKERS = Gazetteer(
    [
        Record("person", "anna-petrova", "Anna Petrova", role="Deputy Foreign Minister"),
        Record("person", "oleg-markov", "Oleg Markov", role="Defence Minister"),
        Record("organization", "nato", "NATO"),
        Record("place", "brussels", "Brussels"),
        Record("place", "oslo", "Oslo"),
        Record("place", "riga", "Riga"),
    ]
)


def _names_by_date(text):
    from datetime import date

    from events.importing.proposals import propose

    proposals = propose(text, date(2011, 6, 9), _SPEAKERS, match_events=False)
    return [(p.date_text, [m.text for m in p.mentions]) for p in proposals]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“NATO envoys met in Brussels on Monday. Markov will fly to Oslo on 20 June,” "
            "Anna Petrova said.",
            [
                ("on Monday", ["NATO", "Brussels", "Anna Petrova"]),
                ("20 June", ["Markov", "Oslo", "Anna Petrova"]),
            ],
        ),
        (
            "“Markov visited Riga on 2 June. He flies to Oslo on 20 June,” Anna Petrova said.",
            [
                ("2 June", ["Markov", "Riga", "Anna Petrova"]),
                # "He" is who the sentence before names.
                ("20 June", ["Markov", "Riga", "Oslo", "Anna Petrova"]),
            ],
        ),
        (
            "Anna Petrova said NATO had opened an office in Riga on 2 June and that Oleg "
            "Markov would visit Oslo on 20 June.",
            [
                ("2 June", ["Anna Petrova", "NATO", "Riga"]),
                ("20 June", ["Anna Petrova", "Oleg Markov", "Oslo"]),
            ],
        ),
        (
            "Oleg Markov toured Riga on 2 June; Anna Petrova will open talks in Oslo on 20 June.",
            [("2 June", ["Oleg Markov", "Riga"]), ("20 June", ["Anna Petrova", "Oslo"])],
        ),
    ],
)
def test_each_fact_of_a_quotation_or_its_own_clause_has_its_own_names(text, expected):
    assert _names_by_date(text) == expected


def test_clauses_joined_by_and_share_their_sentences_names():
    text = "Oleg Markov toured Riga on 2 June, and Anna Petrova will open talks in Oslo on 20 June."
    names = ["Oleg Markov", "Riga", "Anna Petrova", "Oslo"]
    assert _names_by_date(text) == [("2 June", names), ("20 June", names)]


def _people_by_quote(text):
    from datetime import date

    from events.importing.proposals import propose

    proposals = propose(text, date(2011, 6, 9), _SPEAKERS, match_events=False)
    return {
        p.quote: [(m.text, m.slug) for m in p.mentions if m.kind == "person"] for p in proposals
    }


@pytest.mark.parametrize(
    ("text", "quote", "people"),
    [
        # Dated: the fact was proposed before, without its actor.
        (
            "Defence Minister Oleg Markov landed in Brussels on Monday. On Tuesday he "
            "talked with NATO envoys.",
            "On Tuesday he talked with NATO envoys.",
            [("he", "oleg-markov")],
        ),
        # Undated: named by a pronoun only, it was not proposed at all.
        (
            "Anna Petrova, the deputy foreign minister, toured Riga on 3 June.\n\n"
            "She also announced that Moscow would recall its envoy.",
            "She also announced that Moscow would recall its envoy.",
            [("She", "anna-petrova")],
        ),
        # The actor of the sentence before is its subject, not who it names after its verb.
        (
            "Oleg Markov received Anna Petrova in Oslo on 2 June. He warned NATO against new "
            "bases.",
            "He warned NATO against new bases.",
            [("He", "oleg-markov")],
        ),
        # A speaker named after a quotation is its sentence's subject.
        (
            "Markov met NATO envoys on Monday. “The talks were useful,” said Anna Petrova. "
            "She added that the envoys would meet in Oslo.",
            "She added that the envoys would meet in Oslo.",
            [("She", "anna-petrova")],
        ),
        # Attributed after its quotation, he is still the subject of "said".
        (
            "Markov toured Riga on 2 June. “We are ready,” he said.",
            "“We are ready,” he said.",
            [("he", "oleg-markov")],
        ),
        # Who speaks is the subject, not whom the words reported name.
        (
            "Anna Petrova said that Oleg Markov would visit Oslo on 3 June. She met NATO "
            "envoys in Riga on 4 June.",
            "She met NATO envoys in Riga on 4 June.",
            [("She", "anna-petrova")],
        ),
    ],
)
def test_a_subject_pronoun_carries_the_person_it_stands_for(text, quote, people):
    found = _people_by_quote(text)
    assert found[quote] == people


def test_the_pronoun_s_person_says_how_it_was_resolved():
    from datetime import date

    from events.importing.proposals import propose

    text = "Oleg Markov visited Oslo on 2 June. He met NATO envoys on 3 June."
    proposals = propose(text, date(2011, 6, 9), _SPEAKERS, match_events=False)
    (pronoun,) = [m for m in proposals[-1].mentions if m.kind == "person"]
    assert (pronoun.start, pronoun.end) == (text.index("He met"), text.index("He met") + 2)
    assert pronoun.proposed_name == "Oleg Markov"
    assert pronoun.reason.startswith("“He” stands for “Oleg Markov”")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # Two people were the subjects of the sentence before: no guess.
        (
            "Oleg Markov and Anna Petrova arrived in Oslo on 2 June. He met NATO envoys on 3 June.",
            "He met NATO envoys on 3 June.",
        ),
        # A quotation of someone not named comes between.
        (
            "Oleg Markov arrived in Oslo on 2 June. “Nothing was settled,” a NATO diplomat "
            "said. He said the envoys would meet in Riga on 9 July.",
            "He said the envoys would meet in Riga on 9 July.",
        ),
        # Someone not named said that the person would act: his words, not the person's.
        (
            "A NATO spokesman said that Oleg Markov would visit Oslo on 3 June. “Nothing is "
            "settled,” he said on 4 June.",
            "“Nothing is settled,” he said on 4 June.",
        ),
        # Someone not named said something in between, without quotation marks.
        (
            "Oleg Markov arrived in Oslo on 2 June. A NATO spokesman said the visit went "
            "well. He added that the envoys would meet in Riga on 9 July.",
            "He added that the envoys would meet in Riga on 9 July.",
        ),
        # The pronoun is in a quotation: its speaker's, not the story's.
        (
            "Oleg Markov arrived in Oslo on 2 June. Anna Petrova said: “He will meet NATO "
            "envoys on 3 June.”",
            "Anna Petrova said: “He will meet NATO envoys on 3 June.”",
        ),
        # Another speaker's turn of an interview, as a quotation's.
        (
            "Q: Oleg Markov toured Oslo on 2 June. What came of it?\n\n"
            "A: He met NATO envoys on 3 June.",
            "He met NATO envoys on 3 June.",
        ),
        # A paragraph's second sentence reaches no further back than its paragraph.
        (
            "Oleg Markov arrived in Oslo on 2 June.\n\nNATO envoys gathered in Riga on 3 "
            "June. He met them on 4 June.",
            "He met them on 4 June.",
        ),
    ],
)
def test_a_pronoun_of_no_clear_person_is_left_without_one(text, quote):
    people = _people_by_quote(text)[quote]
    assert not [written for written, _slug in people if written.lower() == "he"]


@pytest.mark.parametrize(
    ("text", "quote", "people"),
    [
        # A pronoun of the other sex than the title or surname shows stands for someone else.
        (
            "Mrs Anna Petrova toured Riga on 3 June. He met NATO envoys on 4 June.",
            "He met NATO envoys on 4 June.",
            [],
        ),
        (
            "Oleg Markov toured Riga on 3 June. She met NATO envoys on 4 June.",
            "She met NATO envoys on 4 June.",
            [],
        ),
        (
            "Lord Hale visited Oslo on 3 June. She spoke to NATO envoys on 4 June.",
            "She spoke to NATO envoys on 4 June.",
            [],
        ),
        # … or than the given name: a man quoted after her is no "she".
        (
            'Ingrid Hale visited Oslo on 3 June. "A tough envoy," said Peter Lund. '
            "She spoke to NATO envoys on 4 June.",
            "She spoke to NATO envoys on 4 June.",
            [],
        ),
        # The same sex, or a name that shows none, keeps the person.
        (
            "Ingrid Hale visited Oslo on 3 June. She spoke to NATO envoys on 4 June.",
            "She spoke to NATO envoys on 4 June.",
            [("She", None)],
        ),
        (
            "Ms Anna Petrova toured Riga on 3 June. She met NATO envoys on 4 June.",
            "She met NATO envoys on 4 June.",
            [("She", "anna-petrova")],
        ),
        (
            "Jan Hale visited Oslo on 3 June. She spoke to NATO envoys on 4 June.",
            "She spoke to NATO envoys on 4 June.",
            [("She", None)],
        ),
    ],
)
def test_a_pronoun_of_the_other_sex_stands_for_no_one(text, quote, people):
    assert _people_by_quote(text)[quote] == people


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # An object pronoun, and "it" or "they" for a body, are left as they are.
        (
            "Oleg Markov arrived in Oslo on 2 June. NATO envoys welcomed him on 3 June.",
            "NATO envoys welcomed him on 3 June.",
        ),
        (
            "Oleg Markov arrived in Oslo on 2 June. It hosted NATO envoys on 3 June.",
            "It hosted NATO envoys on 3 June.",
        ),
        (
            "Oleg Markov arrived in Oslo on 2 June. They met NATO envoys on 3 June.",
            "They met NATO envoys on 3 June.",
        ),
    ],
)
def test_only_he_or_she_as_a_subject_stands_for_a_person(text, quote):
    assert _people_by_quote(text)[quote] == []


# --- Capitals that only open a sentence or a quotation; names inside longer names ------------

_BODIES = Gazetteer(
    [
        Record("person", "oleg-markov", "Oleg Markov", role="Defence Minister"),
        Record("organization", "nato", "NATO", ("the alliance",)),
        Record(
            "organization",
            "nato-liaison-office-kyiv",
            "NATO Liaison Office in Kyiv",
            ("Liaison Office",),
            names_ru=("Бюро связи НАТО в Киеве", "Бюро связи"),
        ),
        Record("organization", "transformation-command", "Allied Command Transformation"),
        Record(
            "organization",
            "russian-security-council",
            "Security Council of the Russian Federation",
            ("Security Council",),
        ),
        Record("agreement", "open-skies", "Treaty on Open Skies", ("OS Treaty",)),
        Record("agreement", "start", "Strategic Arms Reduction Treaty", ("START Treaty",)),
        Record("place", "baltic-sea", "Baltic Sea"),
        Record("place", "russia", "Russia"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        '"Perhaps," said one diplomat, "the talks will go on."',
        '"Maybe," said one diplomat.',
        '"Again," said one envoy, as the talks failed again.',
        'The envoy said: "Possibly we were wrong," and left.',
        'The envoy replied, "Probably," and left.',
        '"Sometimes," said a second envoy, "sometimes not."',
        '"Maybe the summit said more than we think," an envoy said.',
        "Besides, the envoy said, sometimes talks fail. Besides said no more.",
        '"Everyone met the deadline," the envoy said.',
        "Nobody said the talks had failed.",
    ],
)
def test_an_ordinary_word_opening_a_sentence_or_quotation_is_no_person(text):
    assert [m for m in found(text, _BODIES) if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Markov said the talks had failed.", "Markov"),
        ("Kowalczyk said the talks had failed.", "Kowalczyk"),
        ('"We will see," Brenner said on Monday.', "Brenner"),
        ('The envoy said: "Haugen told us so," and left.', "Haugen"),
    ],
)
def test_a_surname_opening_a_sentence_or_quotation_is_still_a_person(text, name):
    assert [m.text for m in found(text, _BODIES) if m.kind == "person"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the North Atlantic alliance met in Oslo.",
        "Ships of the Black Sea fleet left port on Monday.",
        "Sailors of the Baltic Sea fleet left port on Monday.",
        "The Baltic states' air forces trained on Monday.",
    ],
)
def test_a_sea_or_region_naming_a_body_is_no_place_of_its_own(text):
    places = [m.text for m in found(text, _BODIES) if m.kind == "place"]
    assert places in ([], ["Oslo"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ships patrolled the Baltic Sea on Monday.", "Baltic Sea"),
        ("Ships sailed across the North Atlantic on Monday.", "North Atlantic"),
        ("The frigate entered the Baltic Sea near the Russian fleet.", "Baltic Sea"),
    ],
)
def test_a_sea_or_region_named_alone_is_still_a_place(text, place):
    assert [m.text for m in found(text, _BODIES) if m.kind == "place"] == [place]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("NATO's Liaison Office in Kyiv closed on Monday.", "nato-liaison-office-kyiv"),
        ("NATO's Liaison Office closed on Monday.", "nato-liaison-office-kyiv"),
        ("The alliance's Liaison Office closed on Monday.", "nato-liaison-office-kyiv"),
        ("The Liaison Office in Kyiv closed on Monday.", "nato-liaison-office-kyiv"),
        ("The alliance's Allied Command Transformation ran the drill.", "transformation-command"),
        ("NATO's Allied Command Transformation ran the drill.", "transformation-command"),
    ],
)
def test_an_owners_possessive_before_a_known_body_leaves_it_its_record(text, slug):
    bodies = [(m.text, m.slug) for m in found(text, _BODIES) if m.kind == "organization"]
    assert slug in [slug for _text, slug in bodies]
    assert all(slug for _text, slug in bodies)


def test_another_owners_possessive_still_makes_another_body():
    mentions = found("Russia's Liaison Office closed on Monday.", _BODIES)
    assert [(m.text, m.slug) for m in mentions if m.kind == "organization"] == [
        ("Russia's Liaison Office", None)
    ]
    alone = found("NATO's envoy left.", _BODIES)
    assert [(m.text, m.slug) for m in alone] == [("NATO", "nato")]


@pytest.mark.parametrize(
    ("text", "written", "slug"),
    [
        ("The revised OS has been ratified by only four states.", "OS", "open-skies"),
        ("Moscow walked out of START in 2023.", "START", "start"),
        ("The OS and START talks resumed.", "OS", "open-skies"),
    ],
)
def test_an_abbreviation_that_opens_an_agreements_name_is_that_agreement(text, written, slug):
    mentions = found(text, _BODIES)
    assert (written, "agreement", slug) in summary(mentions)


def test_an_unknown_abbreviation_is_still_a_new_organization():
    assert summary(found("The XQR has been ratified by only four states.", _BODIES)) == [
        ("XQR", "organization", None)
    ]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "The Charter on Arctic Search, Rescue and Safety between Norway and Russia (the "
            "Arctic Charter) was signed in Oslo. The Arctic Charter took effect in May.",
            "Arctic Charter",
        ),
        (
            "The Joint Declaration on Naval Incidents (Naval Declaration) was signed. Later "
            "the Naval Declaration lapsed.",
            "Naval Declaration",
        ),
        (
            "Oslo and Moscow signed the Protocol on Fishing Zones in the Barents Sea (the "
            "Fishing Protocol). The Fishing Protocol expired in 2020.",
            "Fishing Protocol",
        ),
    ],
)
def test_a_short_form_in_brackets_names_the_same_new_record(text, short):
    mentions = [m for m in found(text, _BODIES) if m.kind == "agreement"]
    assert len({m.proposed_name for m in mentions}) == 1
    assert [m.text for m in mentions][1:] == [short, short]


def test_an_arms_treaty_named_with_its_abbreviation_before_its_word_keeps_the_word():
    text = (
        "The Intermediate-Range Shore Missiles (ISM) Treaty was signed in 1991. "
        "Oslo says Moscow broke the ISM Treaty in 2017."
    )
    mentions = [m for m in found(text, _BODIES) if m.kind == "agreement"]
    assert [(m.text, m.proposed_name) for m in mentions] == [
        ("Intermediate-Range Shore Missiles", "Intermediate-Range Shore Missiles Treaty"),
        ("ISM", "Intermediate-Range Shore Missiles Treaty"),
        ("ISM Treaty", "Intermediate-Range Shore Missiles Treaty"),
    ]


def test_a_body_s_last_field_after_and_is_part_of_its_name_not_a_person():
    text = (
        "Anna Berg, head of the Norwegian Fisheries Ministry's Department of Quotas and "
        "Licensing, told reporters in May that the talks would resume."
    )
    mentions = found(text, _BODIES)
    assert [m.text for m in mentions if m.kind == "person"] == ["Anna Berg"]
    assert "Department of Quotas and Licensing" in [m.text for m in mentions][-1]


def test_a_place_in_brackets_is_no_short_form_of_the_name_before():
    mentions = found("The Standing Arctic Council (Tromsø Office) met.", _BODIES)
    assert len({m.proposed_name for m in mentions if m.kind == "organization"}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended its participation in the Standing Joint Council on Monday.",
        "Moscow ended their role in the Standing Joint Council.",
        "Oslo cut its ties with the Standing Joint Council.",
    ],
)
def test_a_body_after_its_owners_noun_and_a_preposition_is_found(text):
    organizations = [m.text for m in found(text, _BODIES) if m.kind == "organization"]
    assert organizations == ["Standing Joint Council"]


def test_a_body_the_text_says_is_anothers_is_still_no_new_organization():
    text = "The OSCE convened its regular Standing Council on Monday."
    assert [m.text for m in found(text, _BODIES) if m.kind == "organization"] == ["OSCE"]


_NEW_RECORDS = Gazetteer(
    [
        Record("person", "boris-orlov", "Boris Orlov", role="Deputy Foreign Minister"),
        Record("organization", "euro-atlantic-council", "Euro-Atlantic Partnership Council"),
        Record("organization", "northern-council", "Northern Council"),
        Record("place", "rome", "Rome"),
    ]
)


def _new(mentions):
    return {(m.kind, m.proposed_name) for m in mentions if not m.slug}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The Barents Fisheries Council agreed new cod quotas on Tuesday. The BFC will meet "
            "again in May.",
            "Barents Fisheries Council",
            "BFC",
        ),
        (
            "The EFU will back the plan, officials hope. The European Fishing Union has yet "
            "to say.",
            "European Fishing Union",
            "EFU",
        ),
        (
            "Talks on the Arctic Rescue Agreement went well, and the ARA may be signed soon.",
            "Arctic Rescue Agreement",
            "ARA",
        ),
        (
            "The Organisation for Maritime Co-operation in Europe sent observers; an OMCE team "
            "arrived on Monday.",
            "Organisation for Maritime Co-operation in Europe",
            "OMCE",
        ),
    ],
)
def test_an_unbracketed_abbreviation_of_a_name_in_the_article_is_the_same_new_record(
    text, full, short
):
    mentions = found(text, _NEW_RECORDS)
    kind = "agreement" if full.endswith("Agreement") else "organization"
    assert _new(mentions) == {(kind, full)}
    assert short in [m.text for m in mentions]


def test_an_abbreviation_of_a_records_name_in_the_article_is_that_record():
    text = "The Euro-Atlantic Partnership Council met on Monday. The EAPC said it would meet."
    assert [(m.text, m.slug) for m in found(text, _NEW_RECORDS)] == [
        ("Euro-Atlantic Partnership Council", "euro-atlantic-council"),
        ("EAPC", "euro-atlantic-council"),
    ]


def test_an_abbreviation_two_names_share_or_none_has_stays_its_own():
    text = (
        "The Arctic Fisheries Council and the Atlantic Fleet Command met. The AFC said it was "
        "pleased. The XRT said nothing."
    )
    new = _new(found(text, _NEW_RECORDS))
    assert ("organization", "AFC") in new
    assert ("organization", "XRT") in new


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Northern Council welcomed the deal on Monday.",
        "Delegates of the Northern Council voted on Tuesday.",
        "The talks went well. Members of the Northern Council said so.",
    ],
)
def test_the_members_of_a_body_are_no_organization(text):
    mentions = found(text, _NEW_RECORDS)
    assert [(m.text, m.slug) for m in mentions] == [("Northern Council", "northern-council")]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Council welcomed the deal on Monday.",
        "Delegates of the Commission voted on Tuesday.",
        "The talks went well. Members of the Barents Council said so.",
        "Participants of the Arctic Commission agreed on Friday.",
    ],
)
def test_the_members_of_a_new_body_are_no_new_organization(text):
    assert not [m for m in found(text, _NEW_RECORDS) if " of " in m.text]


def test_a_body_named_council_of_a_place_is_still_one_organization():
    mentions = found("The Council of the Baltic Sea States met on Monday.", _NEW_RECORDS)
    assert _new(mentions) == {("organization", "Council of the Baltic Sea States")}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Deputy Foreign Minister Boris Orlov arrived. “It went well,” Boris Sergeyevich said.",
            "Boris Sergeyevich",
        ),
        ("Boris Orlov spoke first; Boris Alexandrovich was in good humour.", "Boris Alexandrovich"),
        ("Boris Orlov met them, and Boris Ilyich said the talks were useful.", "Boris Ilyich"),
    ],
)
def test_a_given_name_and_patronymic_address_the_person_named_with_it(text, written):
    mentions = found(text, _NEW_RECORDS)
    assert (written, "person", "boris-orlov") in summary(mentions)
    assert _new(mentions) == set()


def test_a_given_name_and_patronymic_of_a_new_person_carry_their_name():
    text = "Spokeswoman Irina Sedova spoke on Monday. Irina Vladimirovna added a word."
    mentions = [m for m in found(text, _NEW_RECORDS) if m.kind == "person"]
    assert {m.proposed_name for m in mentions} == {"Irina Sedova"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Boris Orlov met Bosnian Serb leader Milorad Dodik on Monday.", "Milorad Dodik"),
        ("Jan Kowalski said Jan Nowakowich would come on Friday.", "Jan Nowakowich"),
        ("Boris Orlov said that Ivan Sergeyevich had not been invited.", "Ivan Sergeyevich"),
        # A surname that ends as a patronymic does, with a title or written alone elsewhere.
        (
            "Boris Orlov was not invited. Foreign Ministry spokesman Boris Lukashevich said "
            "Moscow would respond.",
            "Boris Lukashevich",
        ),
        (
            "Boris Orlov spoke first. Boris Abramovich came later. Abramovich said little.",
            "Boris Abramovich",
        ),
    ],
)
def test_a_name_ending_like_a_patronymic_of_no_one_named_is_a_new_person(text, person):
    assert ("person", person) in _new(found(text, _NEW_RECORDS))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Reporters waited at Castel Ferro near Rome on Monday.", "Castel Ferro"),
        ("The ministers talked at Kananaskis in Alberta on Friday.", "Kananaskis"),
        ("Orlov, speaking at Valdano near Rome, said he was pleased.", "Valdano"),
        ("The deal was agreed in Bella di Mare near Rome.", "Bella di Mare"),
    ],
)
def test_a_name_between_at_and_another_places_near_or_in_is_a_place(text, place):
    mentions = found(text, _NEW_RECORDS)
    assert (place, "place") in [(m.text, m.kind) for m in mentions]
    assert not [m for m in mentions if m.kind == "person" and m.text == place]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Channel Nine said on Monday that Boris Orlov had resigned.", "Channel Nine"),
        ("Radio Kestrova reported that Boris Orlov had resigned.", "Radio Kestrova"),
    ],
)
def test_a_broadcaster_is_an_organization(text, outlet):
    assert (outlet, "organization") in [(m.text, m.kind) for m in found(text, _NEW_RECORDS)]


def test_a_name_after_at_opening_the_sentence_is_a_place():
    mentions = found("At Castel Ferro in 2002 Boris Orlov signed the accord.", _NEW_RECORDS)
    assert ("Castel Ferro", "place") in [(m.text, m.kind) for m in mentions]


def test_a_model_s_designator_names_no_one():
    text = "A Boeing E-3A and two F-16C/D Block 52 jets met Boris Orlov's Su-27 on Monday."
    assert [(m.text, m.kind) for m in found(text, _NEW_RECORDS)] == [("Boris Orlov", "person")]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ('"It is cheaper," said an executive at Vardell in Oslo on Monday.', "Vardell"),
        ("An analyst at Kestrova said the route was safe.", "Kestrova"),
    ],
)
def test_where_someone_works_is_an_organization(text, employer):
    mentions = found(text, _NEW_RECORDS)
    assert (employer, "organization") in [(m.text, m.kind) for m in mentions]
    assert not [m for m in mentions if m.text == employer and m.kind != "organization"]


def test_one_of_a_family_of_agreements_is_linked_to_the_family():
    family = Gazetteer([Record("agreement", "coast-accords", "Coastal Rescue Accords")])
    mentions = found("Norway signed the Coastal Rescue Accord on Monday.", family)
    assert summary(mentions) == [
        ("Norway", "place", None),
        ("Coastal Rescue Accord", "agreement", "coast-accords"),
    ]


def test_ships_named_in_quotation_marks_are_no_one():
    text = 'The frigates "Admiral Varenko" and "Kestrova" left Oslo, Boris Orlov said.'
    assert [(m.text, m.kind) for m in found(text, _NEW_RECORDS)] == [
        ("Oslo", "place"),
        ("Boris Orlov", "person"),
    ]


def test_a_town_off_which_ships_lie_is_a_place():
    mentions = found("The frigates held a drill off Hammerfest on Monday.", _NEW_RECORDS)
    assert [(m.text, m.kind) for m in mentions] == [("Hammerfest", "place")]


def test_a_person_at_a_place_is_still_a_person():
    mentions = found("Boris Orlov met Irina Sedova at Rome in May.", _NEW_RECORDS)
    assert ("Irina Sedova", "person") in [(m.text, m.kind) for m in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Officials condemned Operation Northern Force in March 1999.",
        "Operation Clear Sea began on Monday.",
        "Exercise Coastal Guard opened on Monday.",
        "Ships from both navies joined the exercise Polar Union on Friday.",
    ],
)
def test_a_named_exercise_or_operation_is_no_organization_or_place(text):
    assert not [
        m for m in found(text, _NEW_RECORDS) if m.kind in ("organization", "place") and not m.slug
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Steadfast Lynx exercise began on Saturday. The Steadfast Lynx exercise ends today.",
        "Minsk hosted the Western Shield exercises; Western Shield exercises recur in 2027.",
        "Sailors joined the Polar Dawn drills. Polar Dawn drills resume on Tuesday.",
    ],
)
def test_a_name_before_an_exercise_word_is_no_person(text):
    assert not [m for m in found(text, _NEW_RECORDS) if m.kind == "person"]


def test_a_body_holding_an_exercise_is_still_found():
    text = "The Barents Coast Guard held an exercise on Monday."
    assert _new(found(text, _NEW_RECORDS)) == {("organization", "Barents Coast Guard")}


@pytest.mark.parametrize(
    "text",
    [
        "Boris Orlov left after the meeting.\n\nForeign ministry officials said little.",
        "Nobody spoke at the meeting. Foreign observers were kept out.",
        "The envoys met. Coastal patrols went on as before.",
    ],
)
def test_a_capital_after_a_meeting_verb_in_the_sentence_before_is_no_person(text):
    people = {m.text for m in found(text, _NEW_RECORDS) if m.kind == "person"}
    assert people <= {"Boris Orlov"}


def test_a_name_right_after_a_meeting_verb_is_still_a_person():
    mentions = found("Boris Orlov met Kessler on Monday.", _NEW_RECORDS)
    assert ("Kessler", "person") in [(m.text, m.kind) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rank's grade is no part of the name, nor are a lawmaker's party and state or the
        # state after a town.
        (
            "Sgt. 1st Class Ruth Cole said the Fenland drill went well.",
            [("Ruth Cole", "person", None)],
        ),
        (
            "Spc. Tom Hale, 22, of Macon, Ga., said the crews were friendly.",
            [("Tom Hale", "person", None), ("Macon", "place", None)],
        ),
        ("Rep. Ruth Cole, D-Wash., said the House would vote.", [("Ruth Cole", "person", None)]),
        # A sentence opened by "Whether" names no one by it.
        (
            "Whether Lisbon delivers is another matter.",
            [("Lisbon", "place", None)],
        ),
        # The last word of a quotation is no speaker of it.
        (
            '"No tanks are coming to Smolensk," says Ruth Cole.',
            [("Smolensk", "place", None), ("Ruth Cole", "person", None)],
        ),
        # A capital is no surname, even where a person would stand.
        ("Envoys met Lisbon officials, and Ruth Cole met Prague.", [
            ("Lisbon", "place", None), ("Ruth Cole", "person", None), ("Prague", "place", None),
        ]),
        # Whose administration it was, and a missile's designator, name nothing.
        ("The Bush administration's plan was dropped.", []),
        ("Envoys say the 9M729 cruise missile is banned.", []),
        # Nor are a weapon's or a disease's initials.
        ("The test of a ground-launched cruise missile, or GLCM, slipped.", []),
        ("The talks were put off because of the COVID-19 pandemic.", []),
        # A function word or a compass word that some small town is named, and the
        # members of an alliance as NATO capitalises them.
        ('"We must act. So must Oslo," Ruth Cole said.', [
            ("Oslo", "place", None), ("Ruth Cole", "person", None),
        ]),
        ("Seven Central and Eastern European states applied.", []),
        ("The council ignored calls from Allies on Monday.", []),
    ],
)  # fmt: skip
def test_words_beside_a_name_that_are_no_name_of_their_own(text, expected):
    assert summary(found(text, Gazetteer([]))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government left the Conventional Armed Forces in Europe Treaty.",
            [("Conventional Armed Forces in Europe Treaty", "agreement", None)],
        ),
        (
            "The government left the Intermediate-Range Nuclear Forces (INF) Treaty.",
            [
                ("Intermediate-Range Nuclear Forces", "agreement", None),
                ("INF", "agreement", None),
            ],
        ),
        # Arms control treaties named by their abbreviation alone; not a word in capitals.
        ("The government suspended New START, then START II.", [
            ("New START", "agreement", None), ("START II", "agreement", None),
        ]),
        ("The Start of the talks was slow.", []),
        # With "New" or a number, in the capital and small letters some papers use.
        ("The government suspended New Start, then Start II.", [
            ("New Start", "agreement", None), ("Start II", "agreement", None),
        ]),
    ],
)  # fmt: skip
def test_arms_control_treaties_by_their_long_and_short_names(text, expected):
    assert summary(found(text, Gazetteer([]))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A building's name is a place; two capitals are a body's initials, not a town.
        ("Ruth Cole spoke at the Andrew W Mellon Auditorium.", [
            ("Ruth Cole", "person", None), ("Andrew W Mellon Auditorium", "place", None),
        ]),
        ("The UN council met in Oslo.", [("UN", "organization", None), ("Oslo", "place", None)]),
        # A site named with its kind is a place; a numbered unit of that name is not.
        ("Jets flew from Bodø Main Air Base.", [("Bodø Main Air Base", "place", None)]),
        ("The crews trained at Fort Riley.", [("Fort Riley", "place", None)]),
        # A paper that says something is no person.
        ("Trud says Oslo will host the talks.", [
            ("Trud", "organization", None), ("Oslo", "place", None),
        ]),
        # A leader's given name the news names often, with no title or saying.
        ("The accord was signed by Barack Obama in Oslo.", [
            ("Barack Obama", "person", None), ("Oslo", "place", None),
        ]),
    ],
)  # fmt: skip
def test_a_building_initials_a_paper_and_a_leader_named_bare(text, expected):
    assert summary(found(text, Gazetteer([]))) == expected


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Norway's Defence Ministry said the drill was over.", "Norwegian Defence Ministry"),
        # Whose it is, already in the name, or no country's.
        ("The Defence Ministry of Norway said the drill was over.", "Defence Ministry of Norway"),
        ("The Norwegian Defence Ministry said the drill was over.", "Norwegian Defence Ministry"),
        ("NATO's Military Committee said the drill was over.", "Military Committee"),
    ],
)
def test_a_country_s_body_is_proposed_under_its_country_s_adjective(text, proposed):
    *_, body = [m for m in found(text, Gazetteer([])) if m.kind == "organization"]
    assert body.proposed_name == proposed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capital opening a sentence stands for its government: a place all the same.
        ("Ankara scrambled two jets on Friday.", [("Ankara", "place", None)]),
        # A nation's General Staff is one body, "General" no title of a person "Staff".
        (
            "Officials in Ankara met, the Turkish General Staff said.",
            [("Ankara", "place", None), ("Turkish General Staff", "organization", None)],
        ),
        ("The Russian General Staff's spokesman spoke.", [
            ("Russian General Staff", "organization", None),
        ]),
    ],
)  # fmt: skip
def test_a_capital_and_a_nation_s_general_staff_are_named(text, expected):
    assert summary(found(text, Gazetteer([]))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lede's opening words set in capitals are no abbreviations.
        ("OSLO BROKE off its quota talks with Moscow.", [
            ("OSLO", "place", "oslo"), ("Moscow", "place", None),
        ]),
        # A word new to the timeline right before a title is the title's.
        ("Ruth Cole met House Speaker Tom Hale.", [
            ("Ruth Cole", "person", None), ("Tom Hale", "person", None),
        ]),
        ("Parliamentary Chairperson Nina Beridze told reporters.", [
            ("Nina Beridze", "person", None),
        ]),
        # What a place is called in apposition makes it one; not a person's office.
        ("The pact was born at Pratica di Mare, an air base outside Rome.", [
            ("Pratica di Mare", "place", None), ("Rome", "place", None),
        ]),
        # A name after an article is a thing's, no person's.
        ("Oslo offered Moscow an Intensified Dialogue, Ruth Cole said. Intensified Dialogue "
         "is an intermediate stage.", [
            ("Oslo", "place", "oslo"), ("Moscow", "place", None), ("Ruth Cole", "person", None),
        ]),
        ("Ruth Cole met Tom Hale, a city official, in Vardø.", [
            ("Ruth Cole", "person", None), ("Tom Hale", "person", None), ("Vardø", "place", None),
        ]),
    ],
)  # fmt: skip
def test_capitals_of_type_titles_and_apposed_places(text, expected):
    assert summary(found(text, Gazetteer([Record("place", "oslo", "Oslo")]))) == expected


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        # The one holder of an office the title names, whenever the article was written.
        ("President Clinton met the envoys in Brussels.", date(1997, 5, 14), "Bill Clinton"),
        ("President Clinton met the envoys in Brussels.", date(2015, 5, 14), "Bill Clinton"),
        # Of holders sharing the surname, the one in office then.
        ("President Bush met the envoys in Brussels.", date(2002, 5, 20), "George W. Bush"),
        ("President Bush met the envoys in Brussels.", date(1991, 5, 20), "George H. W. Bush"),
        ("Mr Clinton met the envoys in Brussels.", date(2010, 5, 20), "Hillary Clinton"),
        # Another transliteration of the surname.
        ("Chancellor Schroeder met the envoys in Brussels.", date(2002, 5, 20), "Gerhard Schröder"),
    ],
)
def test_a_surname_alone_names_the_office_holder_it_can_only_be(text, published, name):
    [person] = [m for m in find_mentions(text, Gazetteer([]), published) if m.kind == "person"]
    assert (person.slug, person.proposed_name) == (None, name)
    assert name in person.reason and "new person" in person.reason


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("President Bush met the envoys in Brussels.", date(1997, 5, 14)),  # neither then
        ("Mr Ivanov met the envoys in Brussels.", date(2002, 5, 20)),  # two ministers then
        ("Mr Clinton met the envoys in Brussels.", date(2021, 5, 20)),  # no title, none then
        ("Mr Clinton met the envoys in Brussels.", None),
    ],
)
def test_a_surname_several_holders_or_none_may_have_is_no_one_s(text, published):
    [person] = [m for m in find_mentions(text, Gazetteer([]), published) if m.kind == "person"]
    assert person.proposed_name == text.split()[1]


def test_an_office_holder_s_surname_opening_a_sentence_is_that_person():
    text = "Biden and the envoys spoke by phone. Talks in May went well."
    mentions = find_mentions(text, Gazetteer([]), date(2021, 2, 5))
    assert [(m.text, m.proposed_name) for m in mentions] == [("Biden", "Joe Biden")]


def test_the_office_holder_s_record_is_linked_and_a_name_given_in_full_comes_first():
    clintons = [
        Record("person", "bill-clinton", "Bill Clinton"),
        Record("person", "hillary-clinton", "Hillary Clinton"),
    ]
    mentions = find_mentions("President Clinton arrived.", Gazetteer(clintons), date(1997, 5, 14))
    assert [(m.text, m.slug) for m in mentions] == [("Clinton", "bill-clinton")]
    text = "Ann Clinton, a teacher, arrived. Clinton said the talks went well."
    mentions = find_mentions(text, Gazetteer([]), date(1997, 5, 14))
    assert [m.proposed_name for m in mentions] == ["Ann Clinton", "Ann Clinton"]


def test_each_office_s_terms_follow_one_another_without_overlap():
    for office, terms in groupby(holders(), key=lambda h: h.office):
        terms = list(terms)
        assert all(t.end is None or t.start < t.end for t in terms), office
        assert all(a.end and a.end <= b.start for a, b in pairwise(terms)), office
