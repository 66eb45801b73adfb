"""The places layer: gazetteer, rules and invariants on any text."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventkit.places
import eventkit.places.gazetteer
from eventkit.document import Document
from eventkit.model import Place
from eventkit.places import find_places, find_places_in
from eventkit.places.gazetteer import fold_key, gazetteer


@pytest.mark.parametrize("module", [eventkit.places, eventkit.places.gazetteer])
def test_docstring_examples_run(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


def _names(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.country, p.kind) for p in find_places_in(text)]


def test_fold_key_ignores_case_accents_and_spacing() -> None:
    assert fold_key("  São  Paulo ") == "sao paulo"
    assert fold_key("Côte d’Ivoire") == "cote d'ivoire"


def test_gazetteer_prefers_the_stronger_place() -> None:
    gaz = gazetteer()
    assert gaz.lookup("Kiev") is not None and gaz.lookup("Kiev").name == "Kyiv"  # type: ignore[union-attr]
    mexico = gaz.lookup("Mexico")
    assert mexico is not None and (mexico.kind, mexico.country) == ("country", "MEX")
    paris = gaz.lookup("Paris")
    assert paris is not None and paris.country == "FRA"
    hamilton = gaz.lookup("Hamilton")
    assert hamilton is not None and hamilton.country == "CAN"
    assert gaz.lookup("Gulf") is None  # only "the Gulf"


def test_document_layer_sorts_and_uses_the_dateline() -> None:
    doc = Document("TRIPOLI, Libya (AP) — Militias clashed near Sirte.", published="2024-10-24")
    assert [(p.text, p.name, p.country) for p in doc.places] == [
        ("TRIPOLI", "Tripoli", "LBY"),
        ("Libya", "Libya", "LBY"),
        ("Sirte", "Sirte", "LBY"),
    ]
    assert find_places(doc) == doc.places


def test_agency_in_dateline_is_not_a_place() -> None:
    doc = Document("BRUSSELS, March 3 (Xinhua) -- Ministers met.", published="2024-10-24")
    assert [p.name for p in doc.places] == ["Brussels"]


def test_directions_and_heads() -> None:
    assert _names("Units moved from northern Syria to the east of Ukraine.") == [
        ("northern Syria", "SYR", "region"),
        ("eastern Ukraine", "UKR", "region"),
    ]
    assert _names("Shells hit the Zaporizhzhia region.") == [("Zaporizhzhia", "UKR", "region")]
    assert _names("Boats were seen off the Crimea coast.") == [("Crimea coast", "UKR", "other")]


def test_borders_and_adjectives() -> None:
    assert _names("Troops left the Saudi-Iraqi border.") == [("Saudi-Iraqi border", "SAU", "other")]
    assert _names("A plane violated Turkish airspace.") == [("Turkish airspace", "TUR", "other")]
    assert _names("Russian officials met Syrian envoys.") == []


def test_georgia_the_state_and_the_country() -> None:
    assert _names("He moved from Savannah, Georgia, to Tbilisi, Georgia.") == [
        ("Savannah", "USA", "city"),
        ("Georgia", "USA", "region"),
        ("Tbilisi", "GEO", "city"),
        ("Georgia", "GEO", "country"),
    ]


def test_words_and_people_are_not_places() -> None:
    assert _names("Nice work, said Reading's coach, as the Split vote passed.") == []
    assert _names("Senator Warren and Mrs. Madison spoke to Kennedy.") == []
    assert _names("Ask Jordan Henderson about the Chad Valley toys.") == []


def test_cue_makes_an_ambiguous_name_a_place() -> None:
    assert _names("The fair opened in Nice and in the town of Bath.") == [
        ("Nice", "FRA", "city"),
        ("Bath", "GBR", "city"),
    ]


def test_title_case_headline() -> None:
    assert _names("Russia Sends Troops To Belarus Border") == [
        ("Russia", "RUS", "country"),
        ("Belarus border", "BLR", "other"),
    ]


def _check_invariants(text: str, places: list[Place]) -> None:
    previous_end = 0
    for place in places:
        assert 0 <= place.start < place.end <= len(text)
        assert text[place.start : place.end] == place.text
        assert place.start >= previous_end
        previous_end = place.end
        assert place.name
        assert place.country is None or (len(place.country) == 3 and place.country.isupper())


_PIECES = st.sampled_from(
    [
        "eastern ",
        "Russia",
        "the ",
        "Gulf",
        " area",
        "Iraq-Kuwait",
        " border",
        "-",
        "’s ",
        "Nice",
        " in ",
        "U.S.",
        ", ",
        "Georgia",
        "\n",
        "West Bank",
        "Far East",
        "Atlanta",
        "NORTH KOREA",
        "Jordan",
        " Peterson",
        "é",
        "the west of ",
        "Iranian",
        " territory",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_consistent_places(text: str) -> None:
    _check_invariants(text, find_places_in(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_place_like_text_gives_consistent_places(text: str) -> None:
    _check_invariants(text, find_places_in(text))
    doc = Document(text)
    _check_invariants(text, doc.places)


def test_a_state_or_country_after_a_comma_picks_the_namesake() -> None:
    assert _names("They flew from Paris, Texas, to Perth, Scotland.") == [
        ("Paris", "USA", "city"),
        ("Texas", "USA", "region"),
        ("Perth", "GBR", "city"),
        ("Scotland", "GBR", "region"),
    ]
    assert _names("Voters in the state of Georgia went to the polls.") == [
        ("Georgia", "USA", "region")
    ]
    assert _names("He was raised in Athens, Georgia.") == [
        ("Athens", "USA", "city"),
        ("Georgia", "USA", "region"),
    ]


def test_possessive_direction() -> None:
    assert _names("Shelling hit Ukraine's east on Monday.") == [
        ("eastern Ukraine", "UKR", "region")
    ]
    assert _names("Storms hit Russia's east coast.") == [("Russia", "RUS", "country")]


def test_small_towns_need_a_cue() -> None:
    assert _names("Castro wrote to Morales.") == []
    assert _names("The battalion was sent to Aqaba.") == [("Aqaba", "JOR", "city")]


def test_lower_case_gulf_only_after_a_locative_word() -> None:
    assert _names("Two carriers sailed into the gulf.") == [("Gulf", None, "water")]
    assert _names("The gulf between rich and poor grew.") == []


def test_us_state_abbreviation_after_a_city() -> None:
    assert _names("The plant in Athens, Ga., closed; Mobile, Ala., too.") == [
        ("Athens", "USA", "city"),
        ("Georgia", "USA", "region"),
        ("Mobile", "USA", "city"),
        ("Alabama", "USA", "region"),
    ]
    assert _names("Pa. is not a place on its own.") == []


def test_skipping_capitalised_words_that_start_nothing_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Where capitalised words abound the scan skips those that can start no place;
    # forced for every text, it must find what visiting every one finds.
    from eventkit.places import rules
    from eventkit.places.corpus import CORPUS

    texts = [example.text for example in CORPUS.examples] + [
        "Officials in Edison, N.J., and Paris, Texas, said so. The Iraq-Kuwait border and "
        "the Lebanese-Israeli border stayed shut. Iranian territory, the Russian border.",
        "Home | World | Europe | Ukraine | Sport\nOct. Oct. Oct. Kyiv, Ukraine - Mobile, Ala.",
        "Troops Moved To The Syrian-Turkish Border And The Ukrainian Capital On Monday.",
    ]
    found = [find_places_in(text) for text in texts]
    monkeypatch.setattr(rules, "_SKIP_FROM", -1.0)
    assert [find_places_in(text) for text in texts] == found
    assert sum(map(len, found)) > len(texts)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaBSsUx. '’-\n1_", max_size=40))
def test_the_plain_split_is_the_token_split(text: str) -> None:
    # plain text (curly apostrophes included) is split by a standard-library pattern
    # for speed: the same words
    from eventkit.places import rules
    from eventkit.text.plain import is_plain

    if is_plain(text):
        assert rules._PLAIN_TOKEN.split(text) == rules._TOKEN_SPLIT.split(text)
        assert rules._PLAIN_TOKEN.findall(text) == eventkit.places.gazetteer.TOKEN.findall(text)


def test_case_sets_hold_every_lower_case_word_of_a_form() -> None:
    # ``_lookup`` and the visit skip words in lower case that these sets rule out.
    from eventkit.places import rules

    gaz = gazetteer()
    forms = rules._forms(gaz)
    assert all(words >= rules._LOWER_HEADS for words in forms.lower_at[1:])
    for entry in gaz.entries.values():
        words = eventkit.places.gazetteer.tokenize(entry.form)
        if words and not words[0][:1].isupper():
            assert words[0].lower().replace("’", "'") in forms.lower_first
        for position, word in enumerate(words[1:], start=1):
            if not word[:1].isupper():
                assert word.lower().replace("’", "'") in forms.lower_at[position]


def test_curly_quotes_and_dashes_give_the_places_straight_ones_give() -> None:
    # text whose only non-ASCII characters are punctuation takes the plain-text split;
    # each mark is one character, so the offsets are those of the straight version
    curly = "Officials in New York said “troops left Iraq’s border with Syria” — near the Gulf."
    straight = curly.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    expected = [
        ("New York City", 13, 21),
        ("Iraq", 40, 44),
        ("Syria", 59, 64),
        ("Gulf", 73, 81),  # "the Gulf", its article included
    ]
    for text in (curly, straight):
        assert [(p.name, p.start, p.end) for p in find_places_in(text)] == expected
