"""The country table: well-formed codes, no name shared by two countries, lookups."""

from __future__ import annotations

import doctest
from collections import defaultdict

import pytest
import regex

import eventkit.countries
from eventkit.countries import by_code, by_iso2, capital_of, load_countries, lookup, surface_forms


def test_codes_are_well_formed_and_unique() -> None:
    countries = load_countries()
    assert len(countries) == 250
    iso3 = [c.iso3 for c in countries]
    iso2 = [c.iso2 for c in countries]
    assert len(set(iso3)) == len(iso3)
    assert len(set(iso2)) == len(iso2)
    assert all(regex.fullmatch(r"[A-Z]{3}", code) for code in iso3)
    assert all(regex.fullmatch(r"[A-Z]{2}", code) for code in iso2)
    assert {"PSE", "XKX", "TWN", "USA", "RUS", "PRK", "KOR"} <= set(iso3)
    assert "ANT" not in iso3 and "SCG" not in iso3


def test_former_states_are_apart() -> None:
    former = [c for c in load_countries(former=True) if c.former]
    assert [c.iso3 for c in former] == ["SUN", "YUG", "CSK", "DDR"]
    assert not any(c.former for c in load_countries())
    soviet = lookup("Soviet")
    assert soviet is not None and soviet.iso3 == "SUN"
    assert by_code("YUG") is not None


def test_no_form_names_two_countries() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for country in load_countries(former=True):
        forms = (country.name, *country.aliases, *country.adjectives)
        for form in (*forms, *country.capitals, *country.seats):
            assert form == form.strip() and form, (country.iso3, form)
            owners[form].add(country.iso3)
    shared = {form: codes for form, codes in owners.items() if len(codes) > 1}
    assert shared == {}


def test_every_country_has_a_name_and_most_a_capital() -> None:
    countries = load_countries()
    assert all(c.name for c in countries)
    assert sum(1 for c in countries if c.capitals) >= 240


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("North Korean", "PRK"),
        ("DPRK", "PRK"),
        ("ROK", "KOR"),
        ("South Korean", "KOR"),
        ("the US", "USA"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("American", "USA"),
        ("Britain", "GBR"),
        ("U.K.", "GBR"),
        ("British", "GBR"),
        ("Great Britain", "GBR"),
        ("Burma", "MMR"),
        ("Holland", "NLD"),
        ("Dutch", "NLD"),
        ("Czechia", "CZE"),
        ("Côte d'Ivoire", "CIV"),
        ("Ivorian", "CIV"),
        ("Türkiye", "TUR"),
        ("Palestinian", "PSE"),
        ("Kosovar", "XKX"),
        ("Taiwanese", "TWN"),
        ("Israeli", "ISR"),
        ("Ukrainian", "UKR"),
        ("iran", "IRN"),
        ("Persia", "IRN"),
        ("Filipino", "PHL"),
        ("DR Congo", "COD"),
        ("Congo-Brazzaville", "COG"),
    ],
)
def test_lookup(name: str, iso3: str) -> None:
    country = lookup(name)
    assert country is not None
    assert country.iso3 == iso3


def test_canonical_names_are_the_news_names() -> None:
    names = {
        "RUS": "Russia",
        "PRK": "North Korea",
        "KOR": "South Korea",
        "IRN": "Iran",
        "SYR": "Syria",
        "USA": "United States",
        "GBR": "United Kingdom",
        "CZE": "Czech Republic",
        "CIV": "Ivory Coast",
        "PSE": "Palestine",
        "NLD": "Netherlands",
        "VNM": "Vietnam",
        "LAO": "Laos",
    }
    for iso3, name in names.items():
        country = by_code(iso3)
        assert country is not None and country.name == name


def test_lookup_misses() -> None:
    assert lookup("us") is None  # the pronoun, not the abbreviation
    assert lookup("Atlantis") is None
    assert lookup("Moscow") is None  # a capital is not a country name
    assert lookup("") is None


def test_capitals_and_seats() -> None:
    expected = {
        "Pyongyang": "PRK",
        "the Kremlin": "RUS",
        "White House": "USA",
        "Pentagon": "USA",
        "Downing Street": "GBR",
        "Elysee": "FRA",
        "Zhongnanhai": "CHN",
        "Blue House": "KOR",
        "Kyiv": "UKR",
        "Kiev": "UKR",
        "Washington": "USA",
        "Astana": "KAZ",
        "Djibouti": "DJI",
    }
    for name, iso3 in expected.items():
        country = capital_of(name)
        assert country is not None and country.iso3 == iso3, name
    assert capital_of("Atlanta") is None


def test_codes_and_forms() -> None:
    assert by_code("rus") == by_iso2("RU")
    assert by_code("ZZZ") is None
    assert surface_forms()["Kremlin"] == ("RUS", "seat")
    assert surface_forms()["Singapore"] == ("SGP", "name")


def test_docstring_examples_run() -> None:
    result = doctest.testmod(eventkit.countries)
    assert result.attempted > 0 and result.failed == 0
