"""The office-holder gazetteer: sound data and dated lookups checked by hand."""

from __future__ import annotations

import doctest
import json
from collections import Counter
from datetime import date
from importlib import resources
from itertools import pairwise

import pytest

import eventkit.actors.officeholders
from eventkit.actors.officeholders import OfficeHolder, holder, load_office_holders
from eventkit.countries import by_code


def _raw() -> list[dict[str, object]]:
    path = resources.files("eventkit.actors").joinpath("data/office_holders.json")
    rows: list[dict[str, object]] = json.loads(path.read_text("utf-8"))
    return rows


def test_doctests() -> None:
    assert doctest.testmod(eventkit.actors.officeholders).failed == 0


def test_every_code_is_known_and_every_body_named() -> None:
    records = load_office_holders()
    assert len(records) > 1000
    for r in records:
        if r.country is None:
            assert r.body, r
        else:
            assert by_code(r.country) is not None, r
            assert r.body is None, r


def test_rows_are_well_formed() -> None:
    allowed = {"name", "aliases", "country", "body", "office", "start", "end", "surnames"}
    for row in _raw():
        assert set(row) <= allowed, row
        assert {"name", "aliases", "country", "office", "start", "end"} <= set(row), row
        assert row["office"] == str(row["office"]).lower(), row
        assert row["name"] not in row["aliases"], row  # type: ignore[operator]


def test_terms_are_ordered_and_unique() -> None:
    records = load_office_holders()
    for r in records:
        assert date(1900, 1, 1) < r.start <= date(2026, 12, 31), r
        assert r.end is None or r.start <= r.end, r
    keys = Counter((r.name, r.country, r.body, r.office, r.start) for r in records)
    assert [k for k, n in keys.items() if n > 1] == []


def test_successive_holders_of_one_office_do_not_overlap() -> None:
    # Rival governments and Bosnia's three-member presidency are the known overlaps.
    allowed = {
        ("ISR", "prime minister"),  # Olmert acting for the stricken Sharon, 2006
        ("IRN", "prime minister"),  # Bakhtiar and Bazargan, February 1979
        ("LBN", "prime minister"),  # Hoss and Aoun, 1988-1990
        ("LBY", "prime minister"),  # al-Thani in the east, Sarraj in Tripoli
        ("BIH", "presidency member"),
    }
    offices: dict[tuple[str | None, str], list[OfficeHolder]] = {}
    for r in load_office_holders():
        offices.setdefault((r.country or r.body, r.office), []).append(r)
    for key, terms in offices.items():
        if key in allowed:
            continue
        terms.sort(key=lambda r: r.start)
        for before, after in pairwise(terms):
            assert before.end is not None and before.end <= after.start, (before, after)


@pytest.mark.parametrize(
    ("name", "on", "title", "country", "office"),
    [
        ("Albright", date(1999, 3, 12), None, "USA", "secretary of state"),
        ("Madeleine Albright", date(1999, 3, 12), None, "USA", "secretary of state"),
        ("Madeleine K. Albright", date(1997, 6, 1), None, "USA", "secretary of state"),
        ("Netanyahu", date(1998, 3, 1), None, "ISR", "prime minister"),
        ("Havel", date(1999, 3, 12), None, "CZE", "president"),
        ("Václav Havel", date(1990, 6, 1), None, "CSK", "president"),
        ("Cheney", date(1991, 1, 15), "Defense Secretary", "USA", "secretary of defense"),
        ("Gorbachev", date(1987, 5, 1), None, "SUN", "general secretary"),
        ("Yeltsin", date(1995, 1, 1), None, "RUS", "president"),
        ("Honecker", date(1985, 1, 1), None, "DDR", "general secretary"),
        ("Milosevic", date(1999, 3, 24), None, "YUG", "president"),
        ("Milošević", date(1995, 11, 1), None, "SRB", "president"),
        ("Kohl", date(1990, 10, 3), None, "DEU", "chancellor"),
        ("Thatcher", date(1982, 4, 2), None, "GBR", "prime minister"),
        ("Mitterrand", date(1991, 1, 17), None, "FRA", "president"),
        ("Deng", date(1985, 1, 1), None, "CHN", "chairman of the central military commission"),
        ("Xi", date(2020, 1, 1), None, "CHN", "general secretary"),
        ("Kim Jong-un", date(2018, 6, 12), None, "PRK", "leader"),
        ("Assad", date(2012, 1, 1), None, "SYR", "president"),
        ("Hafez al-Assad", date(1990, 1, 1), None, "SYR", "president"),
        ("Gadhafi", date(2011, 3, 1), None, "LBY", "leader"),
        ("Qaddafi", date(1986, 4, 15), None, "LBY", "leader"),
        ("Zelenskyy", date(2022, 2, 24), None, "UKR", "president"),
        ("Lukashenka", date(2020, 8, 9), None, "BLR", "president"),
        ("de Gaulle", date(1966, 3, 7), None, "FRA", "president"),
        ("Erdoğan", date(2016, 7, 15), None, "TUR", "president"),
        ("Erdogan", date(2010, 1, 1), None, "TUR", "prime minister"),
        ("Sa'ar", date(2025, 1, 1), None, "ISR", "foreign minister"),
        ("Saddam", date(1990, 8, 2), None, "IRQ", "president"),
        ("Meles", date(2000, 5, 12), None, "ETH", "prime minister"),
        ("Isaias", date(1998, 6, 1), None, "ERI", "president"),
        ("Arafat", date(2000, 7, 11), "President", "PSE", "president"),
        ("Lula", date(2005, 1, 1), None, "BRA", "president"),
        ("Shevardnadze", date(1988, 12, 7), None, "SUN", "foreign minister"),
        ("Shevardnadze", date(1998, 1, 1), None, "GEO", "president"),
        ("Tudjman", date(1995, 8, 4), None, "HRV", "president"),
        ("Karadzic", date(1995, 7, 11), None, "BIH", "president of republika srpska"),
        ("Kagame", date(2010, 1, 1), None, "RWA", "president"),
        ("Mobutu", date(1990, 1, 1), None, "COD", "president"),
    ],
)
def test_dated_lookup(name: str, on: date, title: str | None, country: str, office: str) -> None:
    found = holder(name, on, title)
    assert found is not None
    assert (found.country, found.office) == (country, office)


def test_international_bodies() -> None:
    annan = holder("Annan", date(2003, 3, 1))
    assert annan is not None
    assert (annan.country, annan.body, annan.office) == (
        None,
        "United Nations",
        "secretary-general",
    )
    solana = holder("Solana", date(1999, 3, 24))
    assert solana is not None and solana.body == "NATO"
    solana = holder("Solana", date(2003, 3, 1))
    assert solana is not None and solana.body == "European Union"
    leyen = holder("von der Leyen", date(2022, 1, 1))
    assert leyen is not None and leyen.office == "commission president"
    leyen = holder("von der Leyen", date(2015, 1, 1))
    assert leyen is not None and leyen.country == "DEU"


def test_out_of_office_is_none() -> None:
    assert holder("Albright", date(2002, 1, 1)) is None  # left office January 2001
    assert holder("Albright", date(1996, 12, 31)) is None  # not yet sworn in
    assert holder("Madeleine Albright", date(2005, 1, 1)) is None
    assert holder("Netanyahu", date(2001, 1, 1)) is None
    assert holder("Nobody Inparticular", date(2000, 1, 1)) is None


def test_shared_surnames_are_ambiguous() -> None:
    # Saddam Hussein and King Hussein of Jordan in 1990; the title tells them apart.
    assert holder("Hussein", date(1990, 8, 2)) is None
    saddam = holder("Hussein", date(1990, 8, 2), "President")
    assert saddam is not None and saddam.country == "IRQ"
    king = holder("Hussein", date(1990, 8, 2), "King")
    assert king is not None and king.country == "JOR"
    # Lech Kaczynski was president while his twin Jaroslaw was prime minister.
    assert holder("Kaczynski", date(2006, 9, 1)) is None
    twin = holder("Kaczynski", date(2006, 9, 1), "Prime Minister")
    assert twin is not None and twin.name == "Jaroslaw Kaczynski"
    # Without a date a surname must name one person in the whole table.
    assert holder("Bush", None) is None
    assert holder("Clinton", None) is None


def test_without_a_date_any_term_matches() -> None:
    found = holder("Albright", None)
    assert found is not None and found.country == "USA"
    found = holder("Boutros Boutros-Ghali", None)
    assert found is not None and found.body == "United Nations"


def test_full_names_and_dates_tell_namesakes_apart() -> None:
    father = holder("George Bush", date(1990, 1, 1))
    son = holder("George Bush", date(2003, 3, 20))
    assert father is not None and father.name == "George H. W. Bush"
    assert son is not None and son.name == "George W. Bush"
    assert holder("Bush", date(2003, 3, 20)) == son


def test_title_prefers_the_matching_office() -> None:
    # Powell chaired the Joint Chiefs in 1991 and was secretary of state in 2003.
    found = holder("Powell", date(1991, 1, 17))
    assert found is not None and found.office == "chairman of the joint chiefs of staff"
    found = holder("Powell", date(2003, 2, 5), "Secretary of State")
    assert found is not None and found.office == "secretary of state"
    # Rubio held both offices from May 2025.
    found = holder("Rubio", date(2025, 6, 1), "National Security Adviser")
    assert found is not None and found.office == "national security adviser"
    found = holder("Rubio", date(2025, 6, 1), "Secretary of State")
    assert found is not None and found.office == "secretary of state"


def test_incumbents_have_no_end() -> None:
    putin = holder("Putin", date(2024, 1, 1))
    assert putin is not None and putin.end is None and putin.country == "RUS"
    assert holder("Guterres", date(2025, 1, 1)) is not None
