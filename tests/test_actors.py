"""The actors layer: people, countries, governments, militaries, bodies and groups."""

from __future__ import annotations

import doctest
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventkit.actors
import eventkit.actors.gazetteer
import eventkit.actors.rules
from eventkit.actors import find_actors
from eventkit.actors.gazetteer import gazetteer, lexicon, tokenize
from eventkit.document import Document
from eventkit.model import Actor


def _actors(text: str) -> list[Actor]:
    return Document(text).actors


def _triples(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.country) for a in _actors(text)]


def test_adjective_heading_a_force_noun_is_a_military() -> None:
    (actor,) = _actors("North Korean soldiers crossed the river.")
    assert (actor.text, actor.name, actor.kind, actor.country) == (
        "North Korean soldiers",
        "North Korea",
        "military",
        "PRK",
    )
    assert actor.rule == "adjective-head"


def test_bare_adjective_is_no_actor() -> None:
    assert _actors("Russian oil exports fell.") == []
    assert _actors("A Russian novel won the prize.") == []


def test_titled_person_with_later_mentions() -> None:
    text = (
        "White House National Security spokesman John Kirby said the troops moved. "
        "Kirby said the spokesman had no more to add."
    )
    first, surname, title_alone = _actors(text)
    assert (first.name, first.kind, first.country, first.title) == (
        "John Kirby",
        "person",
        "USA",
        "National Security spokesman",
    )
    assert first.antecedent is None
    assert (surname.text, surname.name, surname.antecedent) == ("Kirby", "John Kirby", 0)
    assert (title_alone.text, title_alone.name, title_alone.antecedent) == (
        "spokesman",
        "John Kirby",
        0,
    )


def test_title_comma_name_and_apposition() -> None:
    (kirby,) = _actors("The White House National Security spokesman, John Kirby, spoke.")
    assert (kirby.text, kirby.country, kirby.title) == (
        "John Kirby",
        "USA",
        "National Security spokesman",
    )
    shoigu, _ = _actors(
        "Sergei Shoigu, secretary of the Russian Security Council, said Moscow would act."
    )
    assert (shoigu.name, shoigu.country) == ("Sergei Shoigu", "RUS")


def test_capital_is_an_actor_only_as_an_agent() -> None:
    assert _triples("Moscow warned Kyiv.") == [
        ("Russia", "government", "RUS"),
        ("Ukraine", "government", "UKR"),
    ]
    assert _triples("Moscow's envoy left.") == [("Russia", "government", "RUS")]
    assert _triples("She flew from Moscow to Kyiv.") == []


def test_seats_bodies_and_groups() -> None:
    assert _triples("The Pentagon and the Kremlin disagreed.") == [
        ("United States", "military", "USA"),
        ("Russia", "government", "RUS"),
    ]
    assert _triples("They met at the Pentagon.") == []
    assert _triples("Hamas and the Taliban met NATO.") == [
        ("Hamas", "group", "PSE"),
        ("Taliban", "group", "AFG"),
        ("NATO", "organization", None),
    ]


def test_country_names_are_countries_even_when_locative() -> None:
    assert _triples("Troops moved into Russia.") == [("Russia", "country", "RUS")]


def test_us_state_and_first_names_are_not_countries() -> None:
    assert _actors("He grew up in Atlanta, Georgia.") == []
    assert _actors("Jordan Peterson spoke for an hour.") == []
    assert _actors("The turkey was dry.") == []


def test_dateline_is_not_an_actor() -> None:
    doc = Document("MOSCOW, Oct 24 (Reuters) - Troops left.")
    assert doc.actors == []


def test_former_states_use_iso_3166_3_codes() -> None:
    assert _triples("Soviet troops left; Yugoslav forces stayed.") == [
        ("Soviet Union", "military", "SUN"),
        ("Yugoslavia", "military", "YUG"),
    ]


def test_body_owned_by_a_country_takes_its_country() -> None:
    (actor,) = _actors("Germany's Foreign Office protested.")
    assert (actor.text, actor.name, actor.kind, actor.country) == (
        "Germany's Foreign Office",
        "Germany",
        "government",
        "DEU",
    )


def test_forces_of_no_single_country() -> None:
    assert _triples("Arab forces and rebel fighters advanced.") == [
        ("Arab forces", "military", None),
        ("rebel fighters", "group", None),
    ]


def test_apposition_completes_a_person() -> None:
    (person,) = _actors("Lt. Col. Peter Lerner, an IDF spokesman, said so.")
    assert (person.name, person.country, person.title) == ("Peter Lerner", "ISR", "Lt. Col")


def test_name_and_government_at_the_very_end() -> None:
    assert _triples("Bush administration") == [("Bush administration", "government", "USA")]


def test_headline_capitals() -> None:
    assert _triples("RUSSIA WARNS NATO") == [
        ("Russia", "country", "RUS"),
        ("NATO", "organization", None),
    ]


def test_tokenize_keeps_offsets_and_drops_abbreviation_dots() -> None:
    text = "Mr. Smith met U.S. envoys in N'Djamena."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "Mr",
        "Smith",
        "met",
        "U.S.",
        "envoys",
        "in",
        "N'Djamena",
        ".",
    ]
    assert all(text[t.start : t.end].replace("’", "'") == t.text for t in tokens)


def test_data_files_load() -> None:
    table = gazetteer()
    assert table.entries[("Kremlin",)].country == "RUS"
    assert table.entries[("Hamas",)].kind == "group"
    assert table.entries[("Latin", "America")].form == "block"
    words = lexicon()
    assert ("prime", "minister") in words.titles
    assert words.heads[("troops",)] == "military"
    assert words.heads[("officials",)] == "government"


def test_bare_government_takes_the_one_state_named_before_or_the_datelines() -> None:
    text = "The Danish government met. The government said Danish troops would go."
    assert [(a.text, a.country, a.rule) for a in _actors(text)][1] == (
        "government",
        "DNK",
        "government-named",
    )
    actor = _actors("OSLO (Reuters) - The government and the Sami council met.")[0]
    assert (actor.text, actor.country, actor.rule) == ("government", "NOR", "government-home")
    # a dateline of another state makes a bare "Congress" no US Congress
    assert _actors("LIMA (Reuters) - Congress voted to remove the minister.") == []


def test_state_companies_are_organisations_of_their_states() -> None:
    from eventkit.actors.gazetteer import _read_json
    from eventkit.countries import load_countries

    codes = {country.iso3 for country in load_countries(former=True)}
    table = gazetteer()
    for row in _read_json("companies.json"):
        assert row["country"] in codes, row["name"]
        entry = table.entries[tuple(row["name"].split())]
        assert (entry.kind, entry.country, entry.form) == ("organization", row["country"], "body")
    # a private firm stays no actor, the blocked ones included
    assert table.entries[("Lockheed", "Martin")].form == "block"
    assert ("Boeing",) not in table.entries or table.entries[("Boeing",)].form == "block"


_NEWSY = st.lists(
    st.sampled_from(
        [
            "Russian",
            "troops",
            "Moscow",
            "said",
            "the",
            "Kremlin",
            "President",
            "John",
            "Kirby",
            "spokesman",
            ",",
            ".",
            "'s",
            "Mr.",
            "U.S.",
            "of",
            "in",
            "Georgia",
            "Jordan",
            "NATO",
            "and",
            "Hamas",
            "\n",
            "General",
            "Secretary",
            "State",
            "Kim",
            "North",
            "Korean",
            "soldiers",
            "al-Qaeda",
            "’s",
            "-",
            "led",
            "Chancellor",
            "Bush",
            "administration",
            "von",
            "der",
            "Victoria",
            "Arab",
            "forces",
            "Soviet",
            "Lt.",
            "Gen.",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _NEWSY))
def test_any_text_gives_consistent_actors(text: str) -> None:
    actors = find_actors(Document(text))
    for actor in actors:
        assert 0 <= actor.start < actor.end <= len(text)
        assert text[actor.start : actor.end] == actor.text
        assert actor.name
        if actor.antecedent is not None:
            assert actor.antecedent < actor.start
        if actor.country is not None:
            assert len(actor.country) == 3 and actor.country.isupper()
    spans = sorted((a.start, a.end) for a in actors)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start  # mentions never overlap


def test_a_later_mention_in_the_same_sentence_is_no_antecedent() -> None:
    # the name rules run out of text order within a sentence: the title-name found
    # first must not become the antecedent of the possessive name before it
    actors = find_actors(Document("France's Ramon and President Ramon met."))
    assert sorted((a.start, a.text, a.country, a.antecedent) for a in actors) == [
        (0, "France's Ramon", "FRA", None),
        (19, "President Ramon", None, None),
    ]


def test_docstring_examples_run() -> None:
    for module in (eventkit.actors, eventkit.actors.rules, eventkit.actors.gazetteer):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_a_repeated_sentence_gives_what_it_gives_read_again() -> None:
    # find_actors skips a sentence whose words gave nothing since the last actor found;
    # reading every sentence afresh must give the same.
    from eventkit.actors import rules

    sentences = [
        "Kirby said so.",
        "Home | World | Sport",
        "The spokesman declined to comment.",
        "Pentagon spokesman John Kirby said the troops would stay.",
        "Kirby said so.",
        "The spokesman declined to comment.",
        "Share on Facebook Share on X",
        "Mr. Smith spoke.",
        "Home | World | Sport",
        "John Smith said talks went on.",
        "Mr. Smith spoke.",
        "The Russian president warned.",
        "President Vladimir Putin said so.",
        "The Russian president warned.",
        "The government said so.",  # of the one state named before: Russia
        "Congress approved it.",
        "The Polish government agreed.",
        "The government said so.",  # two states named: no actor
    ]
    doc = Document(" ".join(sentences * 3), published="2024-10-24")
    state = rules._State(on=doc.reference)
    expected = []
    for s in doc.sentences:
        if rules._LETTER.search(doc.text, s.start, s.end):
            expected.extend(rules._Sentence(doc.text, s.start, s.end, state).run())
    assert rules.find_actors(doc) == expected
    assert any(a.rule == "surname" for a in expected)


# The shortcuts give what the exact paths give: the letterless stretch cut, and the
# whole-text tokens sliced per sentence.
_JUNK_STORIES = [
    "\x00" * 5000 + " Russia's President Vladimir Putin said Moscow would act.",
    "Gen. Lee met U.S. envoys, " + "1," * 3000 + " Mr. Lee said, and Arab forces moved.",
    "Putin said "
    + "& - " * 1500
    + "10 Downing Street and the Russian president warned. "
    + "!?;:,.-()" * 600,
    "Defence Minister Ruth Okafor " + ", " * 3000 + "said Nigeria's troops moved.",
]


def test_letterless_stretch_cut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = eventkit.actors.rules
    docs = [Document(text, published="2024-10-24") for text in _JUNK_STORIES]
    assert all(len(rules._sentence_tokens(d.text, 0, len(d.text))[0]) < 1000 for d in docs)
    cut = [find_actors(d) for d in docs]
    monkeypatch.setattr(rules, "_can_cut", lambda: False)
    assert cut == [find_actors(d) for d in docs]
    assert any(cut)


def test_sentence_slices_of_whole_text_tokens() -> None:
    rules = eventkit.actors.rules
    text = "KYIV, Oct 24 (AP) - Mr. Smith said.\x1cGen. Lee met U.S. envoys.\n\nRussia left."
    doc = Document(text)
    columns = rules._text_columns(text)
    for s in doc.sentences:
        alone = rules._text_columns(text, s.start, s.end)
        sliced = columns.sentence(text, s.start, s.end)
        assert sliced is None or sliced == alone


def test_curly_quotes_and_dashes_give_the_actors_straight_ones_give() -> None:
    # plain text with typographic punctuation takes the standard engine's split; "’s"
    # is a possessive there as "'s" is
    curly = "“We will not back down,” Russia’s President Vladimir Putin said — again."
    straight = curly.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    for text in (curly, straight):
        actors = Document(text).actors
        assert [(a.name, a.kind, a.country, a.start, a.end) for a in actors] == [
            ("Vladimir Putin", "person", "RUS", 25, 58)
        ]


def test_a_surname_alone_needs_the_documents_date() -> None:
    # who held office is looked up on the document's date: with none, "Putin" alone is
    # no one known (a later mention of a full name would still link to it)
    assert _triples("Putin said Moscow would respond.") == [("Russia", "government", "RUS")]
    dated = Document("Putin said Moscow would respond.", published="2024-10-24")
    assert [(a.name, a.kind, a.country) for a in dated.actors] == [
        ("Vladimir Putin", "person", "RUS"),
        ("Russia", "government", "RUS"),
    ]
