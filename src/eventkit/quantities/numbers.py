"""Numbers as news writes them: digit strings and English number words.

:func:`parse_words` reads a run of lower-case word tokens ("seven", "hundred", "and",
"fifty"; a hyphen is its own token ``"-"``) and returns the value of the longest
prefix that is a well-formed number with how many tokens it used; :func:`words_value`
does the same for a whole string. :func:`digits_value` reads a digit string with
thousands separators or a decimal point.

>>> words_value("seven hundred and fifty")
750
>>> words_value("half a million")
500000
>>> parse_words(["two", "hundred", "and", "three", "hundred"])
(200, 2)
>>> digits_value("3,000"), digits_value("1.5"), digits_value("1,2,3")
(3000, 1.5, None)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = [
    "HUNDRED",
    "MAGNITUDES",
    "NUMBER_WORDS",
    "SCALES",
    "SMALL_WORDS",
    "SUFFIX_SCALES",
    "TENS_WORDS",
    "as_number",
    "digits_value",
    "parse_words",
    "words_value",
]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
HUNDRED = "hundred"
#: scale words above a hundred, each with its multiplier
SCALES: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
#: suffixes written straight after digits: "12m", "2.5bn", "40k"
SUFFIX_SCALES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
#: plural magnitudes of vague counts ("dozens of", "thousands") and their least value
MAGNITUDES: dict[str, int] = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "trillions": 1_000_000_000_000,
}
#: the words for 0 to 99 that stand alone ("seven", "fifteen", "forty")
SMALL_WORDS = frozenset([*_UNITS, *_TEENS, *_TENS])
#: the tens ("twenty" ... "ninety"), which a unit may follow ("forty-five")
TENS_WORDS = frozenset(_TENS)
#: every word that can be part of a number written in words
NUMBER_WORDS = frozenset(
    [*_UNITS, *_TEENS, *_TENS, HUNDRED, *SCALES, "dozen", "half", "quarter", "couple", "pair"]
)

_SMALL = {**_UNITS, **_TEENS, **_TENS}
_COMMA_GROUPS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_DOT_GROUPS = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_PLAIN = regex.compile(r"[0-9]+(?:\.[0-9]+)?")

Number = int | float


def as_number(value: float) -> Number:
    """``value`` as an ``int`` when it is whole, else as a ``float``."""
    if isinstance(value, int):
        return value
    return int(value) if value.is_integer() else value


_MAX_DIGITS = 60
_SPACES = regex.compile(r"[\s\u00a0\u2009\u202f]")


def digits_value(text: str, *, dot_thousands: bool = False) -> Number | None:
    """The value of a digit string: "3,000", "3 000", "12", "1.5"; None when malformed.

    Commas (and single spaces) separate thousands; a full stop is a decimal point
    unless ``dot_thousands`` says it separates thousands ("3.000" as three thousand)
    or it appears more than once between groups of three ("1.500.000"). A leading
    zero ("0800", "0123") marks a code or a clock time, not a count.
    """
    if text.isascii() and text.isdigit():  # plain digits (most numbers): what the rest gives
        if (len(text) > 1 and text[0] == "0") or len(text) > _MAX_DIGITS:
            return None
        return int(text)
    text = _SPACES.sub("", text)
    if len(text) > 1 and text[0] == "0" and text[1] != ".":
        return None
    if len(text) > _MAX_DIGITS:
        return None  # no count has this many digits (and int() refuses over 4,300)
    if _COMMA_GROUPS.fullmatch(text):
        return as_number(
            float(text.replace(",", "")) if "." in text else int(text.replace(",", ""))
        )
    if _DOT_GROUPS.fullmatch(text) and (dot_thousands or text.count(".") > 1):
        return int(text.replace(".", ""))
    if _PLAIN.fullmatch(text):
        return as_number(float(text)) if "." in text else int(text)
    return None


def _small(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """A number below a hundred at ``i``: "seven", "fifteen", "forty-five", "forty five"."""
    if i >= len(words):
        return None
    word = words[i]
    if word in _TENS:
        value = _TENS[word]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt == "-" and i + 2 < len(words) and _UNITS.get(words[i + 2], 0) > 0:
            return value + _UNITS[words[i + 2]], i + 3
        if _UNITS.get(nxt, 0) > 0:
            return value + _UNITS[nxt], i + 2
        return value, i + 1
    if word in _SMALL:
        return _SMALL[word], i + 1
    return None


def _at(words: Sequence[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _group(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """A number below ten thousand with no scale word: "a hundred and five", "fifteen
    hundred", "ninety-nine"; "a"/"an" counts only before "hundred"."""
    if _at(words, i) in ("a", "an") and _at(words, i + 1) == HUNDRED:
        lead: tuple[int, int] | None = (1, i + 1)
    else:
        lead = _small(words, i)
    if lead is None:
        return None
    value, j = lead
    if _at(words, j) != HUNDRED or value == 0:
        return lead
    value, j = value * 100, j + 1
    k = j + 1 if _at(words, j) == "and" else j
    tail = _small(words, k)
    # "two hundred and three hundred" is two numbers: the tail must not start a group
    if tail is not None and _at(words, tail[1]) != HUNDRED and _at(words, tail[1]) != "dozen":
        return value + tail[0], tail[1]
    return value, j


def parse_words(words: Sequence[str]) -> tuple[Number, int] | None:
    """The value of the longest number at the start of ``words`` and how many it used.

    ``words`` are lower-case tokens, a hyphen being the token ``"-"``. Reads cardinals
    up to the trillions ("nine hundred ninety-nine million ..."), British "and"
    ("one thousand and fifty"), "a hundred"/"a thousand", "half a million",
    "one and a half million", "a quarter of a million", "a dozen", "two dozen",
    "half a dozen", "a couple of hundred", "a pair". None when no number starts there.
    """
    first, second = _at(words, 0), _at(words, 1)
    # fractions of a scale: "half a million", "a half million", "a quarter of a million"
    if first in ("a", "an") and second in ("half", "quarter"):
        words, offset = words[1:], 1
        first, second = _at(words, 0), _at(words, 1)
    else:
        offset = 0
    if first in ("half", "quarter"):
        part = 0.5 if first == "half" else 0.25
        j = 1
        if _at(words, j) == "-":
            j += 1
        if _at(words, j) == "of":
            j += 1
        if _at(words, j) in ("a", "an"):
            j += 1
        scale = _at(words, j)
        multiplier = SCALES.get(scale) or {"hundred": 100, "dozen": 12}.get(scale)
        if multiplier is None:
            return None
        return as_number(part * multiplier), j + 1 + offset
    if offset:
        return None
    # "a couple of hundred", "a couple thousand", "a pair of"
    if first in ("a", "an") and second in ("couple", "pair"):
        j = 2
        k = j + 1 if _at(words, j) == "of" else j
        scale = _at(words, k)
        if scale == HUNDRED or scale in SCALES:
            return 2 * (100 if scale == HUNDRED else SCALES[scale]), k + 1
        return 2, j
    if first in ("a", "an") and (second in SCALES or second == "dozen"):
        total: float = SCALES.get(second, 12)
        if second == "dozen":
            return as_number(total), 2
        j = 2
        last = total
    else:
        total, j, last = 0.0, 0, 0
    while True:
        start = j
        if total:
            if _at(words, j) == "and":
                j += 1
            elif not last:
                break
        group = _group(words, j)
        if group is None:
            j = start
            break
        value, k = group
        half = 0.0
        if words[k : k + 3] == ["and", "a", "half"] and _at(words, k + 3) in SCALES:
            half, k = 0.5, k + 3
        multiplier = SCALES.get(_at(words, k))
        if multiplier is not None and (not total or multiplier < last) and value < 1000:
            total += (value + half) * multiplier
            last, j = multiplier, k + 1
            continue
        if half:
            j = start
            break
        if _at(words, k) == "dozen" and not total and value < 100:
            return value * 12, k + 1
        if total and (value >= min(last, 1000) or _at(words, k) in SCALES):
            # "two thousand and three thousand": the "and" joins two numbers
            j = start
            break
        total += value
        j = k
        break
    if j == 0:
        return None
    return as_number(total), j


_WORD_TOKEN = regex.compile(r"[a-z]+|-")


def words_value(text: str) -> Number | None:
    """The value of ``text`` when the whole of it is one number in words, else None.

    >>> words_value("forty-five"), words_value("two three")
    (45, None)
    """
    words = _WORD_TOKEN.findall(text.lower())
    parsed = parse_words(words)
    if parsed is None or parsed[1] != len(words):
        return None
    return parsed[0]
