"""Rules that find counts in news prose: "at least 3,000 North Korean soldiers".

One pass of a tokenizer over the text; at each token that can start a number the
rules read a *core* (digits, number words, a vague magnitude, an article before a
unit noun), then look a bounded number of tokens around it for a range ("2,000 to
3,000", "between two and three"), a bound or approximator ("more than", "some",
"or more"), the counted noun with up to four modifiers between ("3,000 North Korean
soldiers") and the contexts that make a number something other than a count (a
year, a date, a clock time, money, a percentage, an ordinal, a label such as
"Resolution 2231", a score, an age, a phone number, the pronoun "one").

Values by qualifier (the table the corpus checks):

============  ===========  ==========  ==========
qualifier     value        low         high
============  ===========  ==========  ==========
exact         N            N           N
about         N            None        None
at_least      N            N           None
at_most       N            None        N
range         None         low         high
vague         None         magnitude   None       (qualifier at_least: "thousands of")
============  ===========  ==========  ==========

Vague magnitudes give their least value: "dozens of" 12, "scores of" 20, "hundreds
of" 100, "thousands of" 1,000, "tens of thousands of" 10,000; "several" multiplies by
three and "a few" by two ("several hundred" 300, "a few thousand" 2,000).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, compress, count, islice
from operator import and_, or_

import regex

from eventkit.model import Qualifier, Quantity
from eventkit.quantities.numbers import (
    HUNDRED,
    MAGNITUDES,
    NUMBER_WORDS,
    SCALES,
    SMALL_WORDS,
    SUFFIX_SCALES,
    TENS_WORDS,
    Number,
    as_number,
    digits_value,
    parse_words,
)
from eventkit.text.calendar import MONTHS, WEEKDAYS
from eventkit.text.plain import is_plain
from eventkit.trusted import trusted_builder

__all__ = ["quantities_in"]

# Initialisms ("U.S."), digit runs with inner separators ("3,000", "10:30", "24/7"),
# words (with inner apostrophes) and single other characters.
# (Three groups, "w" named twice: ``_Tokens`` reads them from ``split``.)
_TOKEN = regex.compile(
    r"(?P<w>(?:\p{Lu}\.){2,})"
    r"|(?P<n>[0-9]+(?:[.,:/][0-9]+)*)"
    r"|(?P<w>\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)"
    r"|(?P<p>\S)"
)
# The same for plain text (eventkit.text.plain: most news), written for ``re``, which
# splits it faster: an ASCII letter is \p{L} (\p{Lu} when upper case), none is \p{M},
# and the ASCII whitespace of ``regex`` is "\t\n\v\f\r ". (No possessive quantifier:
# Python 3.10's ``re`` has none, and a number run here never backtracks more than a
# step: the greedy match always succeeds.)
_PLAIN_TOKEN = re.compile(
    r"((?:[A-Z]\.){2,}|[A-Za-z]+(?:['’][A-Za-z]+)*)"
    r"|([0-9]+(?:[.,:/][0-9]+)*)"
    r"|([^\t\n\x0b\x0c\r ])"
)
_SMALL_GROUP = regex.compile(r"[0-9]{1,3}")
_THREE = regex.compile(r"[0-9]{3}")
_DOT_GROUP = regex.compile(r"[0-9]{1,3}\.[0-9]{3}")
_GROUP_GAP = regex.compile(r"[ \u00a0\u2009\u202f]")
# A clock time or time zone straight after a number: "3 p.m.", "3pm", "1500 GMT".
_CLOCK_AFTER = regex.compile(
    r"[ \u00a0]?(?:[ap]\.[ \u00a0]?m\.?|[ap]m\b|o['’]clock\b|hrs\b|h\b|local\s+time\b"
    r"|(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MSK|IST|JST|KST|AEST|AEDT"
    r"|Zulu)\b)",
    regex.IGNORECASE,
)
_DASHES = frozenset("-–—‒‐")
_CURRENCY_SYMBOLS = frozenset("$€£¥₹₽₩₺₴₪₦₱฿₫₸₼¢")
_SENTENCE_PUNCT = frozenset(".!?:;\"“”‘'(")
_ADJECTIVE_ENDINGS = ("ed", "an", "ian", "ese", "ish", "al", "ic", "ive", "ary", "ing", "ful")
# function words that look like adjectives by their ending ("than", "during")
_NOT_MODIFIERS = frozenset(
    (
        *("than", "began", "can", "an", "and", "during", "including", "excluding"),
        *("regarding", "concerning", "following", "according", "involving", "pending"),
        *("notwithstanding", "considering", "being", "having", "nothing", "something"),
        *("anything", "everything", "morning", "evening", "thing", "king", "ring", "spring"),
    )
)
_VAGUE_MULTIPLIERS = {"several": 3, "few": 2, "many": 1}
_SCALE_WORDS = {
    HUNDRED: 100,
    "hundreds": 100,
    "thousand": 1_000,
    "thousands": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "dozen": 12,
    "dozens": 12,
}
_AFTER_ARTICLE = NUMBER_WORDS - {"zero"}
_SPACED_SUFFIXES = frozenset(["mn", "mln", "bn", "bln", "tn", "trn"])
_AFTER_TENS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
_STARTERS = frozenset([*NUMBER_WORDS, *MAGNITUDES, *_VAGUE_MULTIPLIERS, "a", "an"]) - {
    "couple",
    "pair",
    "dozen",
}
_GLUE = frozenset(["a", "an", "and", "of"])
_NUMBER_GLUE = NUMBER_WORDS | _GLUE
_EXCLUDED_CATEGORIES = frozenset({"time", "currency", "percent", "times"})
_COUNTABLE = frozenset({"person", "formation", "vessel", "aircraft", "vehicle", "weapon"})


# -- results -------------------------------------------------------------------------
# a number table yields a count per cell: built without validation (eventkit.trusted)
_quantity = trusted_builder(
    Quantity, ("3,000", 4, 9, 3000, 3000, None, "at_least", "troops", "digits")
)


# -- lexicons ------------------------------------------------------------------------
def _lines(name: str) -> list[str]:
    text = resources.files("eventkit.quantities").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.rstrip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class _Noun:
    category: str
    singular: bool
    plural: bool
    article: bool  # "a battalion" counts as one


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[tuple[str, ...], _Noun], int]:
    """Counted nouns keyed by their lower-case words, and the longest key length."""
    nouns: dict[tuple[str, ...], _Noun] = {}
    for line in _lines("units.tsv"):
        singular, plural, category, *flags = line.split("\t")
        article = "a" in flags
        for form, is_plural in ((singular, False), (plural, True)):
            key = tuple(form.lower().split())
            old = nouns.get(key)
            nouns[key] = _Noun(
                category,
                (not is_plural) or (old is not None and old.singular) or singular == plural,
                is_plural or (old is not None and old.plural) or singular == plural,
                article,
            )
    return nouns, max(len(k) for k in nouns)


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[dict[tuple[str, ...], Qualifier], dict[tuple[str, ...], Qualifier]]:
    """(phrases before a number, phrases after it), each mapped to its qualifier."""
    pre: dict[tuple[str, ...], Qualifier] = {}
    post: dict[tuple[str, ...], Qualifier] = {}
    for line in _lines("qualifiers.tsv"):
        phrase, qualifier, place = line.split("\t")
        table = pre if place == "pre" else post
        table[tuple(phrase.split())] = qualifier  # type: ignore[assignment]
    return pre, post


@lru_cache(maxsize=1)
def _phrase_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the phrases before a number and the first words of those after."""
    pre, post = _qualifiers()
    return frozenset(key[-1] for key in pre), frozenset(key[0] for key in post)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The one-word lexicons: designators, modifiers, stopwords and context roles."""
    out: dict[str, set[str]] = {
        "designator": {w.lower() for w in _lines("designators.txt")},
        "modifier": {w.lower() for w in _lines("modifiers.txt")},
        "stopword": {w.lower() for w in _lines("stopwords.txt")},
        "function": {w.lower() for w in _lines("function_words.txt")},
    }
    for line in _lines("context.tsv"):
        word, role = line.split("\t")
        out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


# -- tokens --------------------------------------------------------------------------
class _Tokens:
    """The tokens of a text: parallel lists of offsets, kinds, raw and lower text."""

    __slots__ = ("end", "gaps", "kind", "low", "n", "raw", "start", "text")

    def __init__(self, text: str, lo: int = 0, hi: int | None = None) -> None:
        """The tokens of ``text[lo:hi]`` (offsets into the whole ``text``); ``lo`` and
        ``hi`` must fall between tokens of the whole text (see :func:`_pieces`)."""
        self.text = text
        # Built without a match object or a Python call per token (a hot path): one
        # split gives, per token, its gap and its three groups (None but one), and
        # running sums of the lengths the offsets.
        piece = text[lo:hi]
        parts = (_PLAIN_TOKEN if is_plain(piece) else _TOKEN).split(piece)
        words, numbers, marks = parts[1::4], parts[2::4], parts[3::4]
        self.raw: list[str] = [w or n or p for w, n, p in zip(words, numbers, marks, strict=True)]
        self.kind: list[str] = [
            "w" if w is not None else "n" if n is not None else "p"
            for w, n in zip(words, numbers, strict=True)
        ]
        self.gaps: list[str] = parts[0:-1:4]  # the text before each token
        pieces = chain.from_iterable(zip(self.gaps, self.raw, strict=True))  # gap, token...
        offsets = list(accumulate(map(len, pieces), initial=lo))
        self.start: list[int] = offsets[1::2]
        self.end: list[int] = offsets[2::2]
        self.low = list(map(str.lower, self.raw))
        self.n = len(self.raw)

    def lo(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else ""

    def word(self, k: int) -> bool:
        return 0 <= k < self.n and self.kind[k] == "w"

    def num(self, k: int) -> bool:
        return 0 <= k < self.n and self.kind[k] == "n"

    def gap(self, k: int) -> bool:
        """True when whitespace (or the start of the text) stands before token ``k``."""
        return k <= 0 or k >= self.n or self.gaps[k] != ""

    def spaced(self, k: int) -> bool:
        """True when token ``k`` follows token ``k - 1`` after whitespace, no line break."""
        if not 0 < k < self.n:
            return False
        between = self.gaps[k]
        return between != "" and "\n" not in between

    def capitalised(self, k: int) -> bool:
        return self.word(k) and self.raw[k][:1].isupper()

    def sentence_initial(self, k: int) -> bool:
        if k <= 0:
            return True
        if self.raw[k - 1] in _SENTENCE_PUNCT:
            return True
        return "\n" in self.gaps[k]


# -- cores ---------------------------------------------------------------------------
@dataclass
class _Core:
    first: int
    stop: int  # one past the last token
    value: Number | None  # None for a vague magnitude
    low: Number | None = None  # the least value of a vague magnitude
    rule: str = "digits"
    base: Number = 0  # the value before its scale word ("3" of "3 million")
    scale: int = 1
    plain: bool = False  # bare digits: no separator, scale or decimal point
    of_ok: bool = False  # "thousands of", "a couple of"
    need_noun: bool = False  # "one", "a single": only before a counted noun
    article: bool = False  # "a", "an": only before a noun flagged "a"
    unit_end: int | None = None  # a measure written onto the digits ("40km") ends here


def _digit_core(tk: _Tokens, k: int) -> _Core | None:
    raw = tk.raw[k]
    if ":" in raw or "/" in raw:
        return None  # a clock time, a date or a fraction
    if k > 0 and not tk.gap(k):
        before = tk.raw[k - 1]
        if tk.kind[k - 1] == "w" or before in "+#№'’." or before in _CURRENCY_SYMBOLS:
            return None  # "G7", "MH17", "+44", "#2", "'90s", "$5"
        if before in _DASHES and tk.word(k - 2) and not tk.gap(k - 1):
            return None  # "F-16", "COVID-19", "S-400"
    chunk, j = raw, k + 1
    if _SMALL_GROUP.fullmatch(raw):
        # thousands split by a space ("3 000") or, in some wire copy, by ", " ("7, 000")
        while j < tk.n:
            between = tk.text[tk.end[j - 1] : tk.start[j]]
            if tk.num(j) and _GROUP_GAP.fullmatch(between) and _THREE.fullmatch(tk.raw[j]):
                chunk, j = chunk + tk.raw[j], j + 1
            elif (
                tk.raw[j] == ","
                and not tk.gap(j)
                and tk.raw[j + 1 : j + 2] == ["000"]
                and tk.text[tk.end[j] : tk.start[j + 1]] == " "
            ):
                chunk, j = chunk + "000", j + 2
            else:
                break
    if tk.num(j) and tk.spaced(j) and tk.end[j - 1] + 1 == tk.start[j]:
        return None  # a run of digit groups: a phone number or a code
    dot_thousands = bool(_DOT_GROUP.fullmatch(chunk)) and _countable_plural(tk, j)
    value = digits_value(chunk, dot_thousands=dot_thousands)
    if value is None:
        return None
    core = _Core(k, j, value, base=value, plain=chunk.isdigit())
    if tk.word(j) and not tk.gap(j):
        suffix = tk.low[j]
        if suffix in SUFFIX_SCALES:
            core.scale, core.stop, core.plain, core.rule = (
                SUFFIX_SCALES[suffix],
                j + 1,
                False,
                "digits.scale",
            )
        elif _attached_measure(tk, j):
            core.unit_end = j + 1  # "40km", "5kg"
        elif suffix == "s" and tk.lo(j + 1) == "of":
            # "1,000s of troops": a vague magnitude
            return _Core(k, j + 1, None, low=value, rule="vague", of_ok=True)
        else:
            return None  # an ordinal ("1st"), a decade ("1990s"), a clock ("3pm"), a code
    elif tk.lo(j) in SCALES or tk.lo(j) in ("hundred", "dozen"):
        word = tk.lo(j)
        core.scale = SCALES.get(word) or (100 if word == HUNDRED else 12)
        core.stop, core.plain, core.rule = j + 1, False, "digits.scale"
    elif tk.lo(j) in _SPACED_SUFFIXES and tk.spaced(j):
        # wire copy: "3 mln", "2.5 bn" (not "3 m", which may be metres)
        core.scale, core.stop = SUFFIX_SCALES[tk.lo(j)], j + 1
        core.plain, core.rule = False, "digits.scale"
    if core.scale > 1:
        core.value = as_number(value * core.scale)
    return core


def _attached_measure(tk: _Tokens, k: int) -> bool:
    nouns, _ = _nouns()
    noun = nouns.get((tk.lo(k),))
    return noun is not None and noun.category == "measure"


def _countable_plural(tk: _Tokens, k: int) -> bool:
    nouns, _ = _nouns()
    noun = nouns.get((tk.lo(k),))
    return noun is not None and noun.plural and noun.category in _COUNTABLE


def _word_list(tk: _Tokens, k: int, limit: int = 48) -> list[str]:
    """Lower-case words from ``k`` joined by spaces or hyphens, hyphens as ``"-"``."""
    words: list[str] = []
    j = k
    glue = 0  # glue words in a row: no number has more than two ("and a half")
    while j < tk.n and len(words) < limit:
        if tk.kind[j] == "w" and (j == k or tk.spaced(j) or tk.raw[j - 1] in _DASHES):
            word = tk.low[j]
            prev = words[-1] if words else ""
            if (
                prev in SMALL_WORDS
                and word in SMALL_WORDS
                and (prev not in TENS_WORDS or word not in _AFTER_TENS)
            ):
                break  # "one one", "twenty thirty": a second number starts
            if prev == "-" and word not in _AFTER_TENS and word != "dozen":
                break
            words.append(word)
            if word not in _NUMBER_GLUE:
                break
            glue = glue + 1 if word in _GLUE else 0
            if glue > 2:
                break
        elif tk.raw[j] in _DASHES and not tk.gap(j) and tk.word(j + 1) and not tk.gap(j + 1):
            words.append("-")
        else:
            break
        j += 1
    return words


def _vague_core(tk: _Tokens, k: int) -> _Core | None:
    word = tk.low[k]
    if word in MAGNITUDES:
        least, j = MAGNITUDES[word], k + 1
        if word in ("tens", "scores") and tk.lo(j) != "of":
            return None
    else:
        j = k + 1
        if word == "a":
            if tk.lo(j) != "few":
                return None
            word, j = "few", j + 1
        elif word == "few":
            return None  # "few hundred" without "a" is rare and vague about its floor
        least, product = _VAGUE_MULTIPLIERS[word], 0
        while tk.lo(j) in _SCALE_WORDS and tk.spaced(j):
            size = _SCALE_WORDS[tk.lo(j)]
            if product and size <= product:
                break
            product, j = (product or 1) * size, j + 1
        if not product:
            return None
        least *= product
    # "tens of thousands", "hundreds of millions"
    bigger = MAGNITUDES.get(tk.lo(j + 1), 0)
    if tk.lo(j) == "of" and bigger >= 1_000 and bigger > least:
        least, j = least * bigger, j + 2
    if tk.lo(j) in ("upon", "and") and tk.lo(j + 1) == tk.lo(j - 1) and tk.lo(j - 1) in MAGNITUDES:
        j += 2  # "thousands upon thousands"
    return _Core(k, j, None, low=least, rule="vague", of_ok=True)


def _word_core(tk: _Tokens, k: int) -> _Core | None:
    word = tk.low[k]
    if word in MAGNITUDES or word in _VAGUE_MULTIPLIERS or (word == "a" and tk.lo(k + 1) == "few"):
        return _vague_core(tk, k)
    if word in ("a", "an") and tk.lo(k + 1) == "single":
        return _Core(k, k + 2, 1, base=1, rule="words", need_noun=True)
    if word == "single":
        return None
    if word in ("a", "an") and tk.lo(k + 1) not in _AFTER_ARTICLE:
        return _Core(k, k + 1, 1, base=1, rule="article", article=True)
    words = _word_list(tk, k)
    parsed = parse_words(words)
    if parsed is None:
        if word in ("a", "an"):
            return _Core(k, k + 1, 1, base=1, rule="article", article=True)
        return None
    value, used = parsed
    last = words[used - 1]
    core = _Core(k, k + used, value, base=value, rule="words")
    if last in SCALES or last in (HUNDRED, "dozen"):
        core.scale = SCALES.get(last) or (100 if last == HUNDRED else 12)
        core.base = as_number(value / core.scale)
    if last in ("couple", "pair"):
        if tk.lo(core.stop) != "of":
            return None  # "a couple" of people, not a number
        core.of_ok = True
    core.need_noun = words[:used] == ["one"]
    return core


def _core(tk: _Tokens, k: int) -> _Core | None:
    if not 0 <= k < tk.n:
        return None
    if tk.kind[k] == "n":
        return _digit_core(tk, k)
    if tk.kind[k] == "w" and tk.low[k] in _STARTERS:
        return _word_core(tk, k)
    return None


# -- the rules around a core ---------------------------------------------------------
def _year_like(core: _Core) -> bool:
    return core.plain and isinstance(core.value, int) and 1000 <= core.value <= 2199


def _is_month(tk: _Tokens, k: int) -> bool:
    return tk.capitalised(k) and tk.low[k] in MONTHS


def _prev_word(tk: _Tokens, k: int) -> tuple[int, bool]:
    """The index of the word before token ``k`` (-1 if none) and whether a full stop
    is attached to it ("No. 2", "Oct. 24")."""
    j = k - 1
    if j >= 0 and tk.raw[j] == "." and not tk.gap(j) and tk.word(j - 1):
        return j - 1, True
    return (j, False) if tk.word(j) else (-1, False)


def _noun_at(tk: _Tokens, p: int) -> tuple[_Noun, int] | None:
    """The longest counted noun starting at token ``p`` and the token after it."""
    nouns, longest = _nouns()
    if not tk.word(p):
        return None
    words = [tk.low[p]]
    j = p + 1
    while len(words) < longest and tk.word(j) and tk.spaced(j):
        words.append(tk.low[j])
        j += 1
    for size in range(len(words), 0, -1):
        noun = nouns.get(tuple(words[:size]))
        if noun is not None:
            return noun, p + size
    return None


def _compound_end(tk: _Tokens, p: int) -> int:
    """The token after a hyphenated compound starting at ``p`` ("US-led")."""
    j = p + 1
    while tk.raw[j : j + 1] and tk.raw[j] in _DASHES and not tk.gap(j):
        if not ((tk.word(j + 1) or tk.num(j + 1)) and not tk.gap(j + 1)):
            break
        j += 2
        if tk.num(j - 1) and tk.word(j) and not tk.gap(j):
            j += 1  # "Su-35s", "F-16E"
    return j


def _modifier(tk: _Tokens, p: int) -> tuple[int, bool] | None:
    """The token after a modifier starting at ``p`` and whether it is only a plain word
    (allowed before a known noun alone), or None when ``p`` is no modifier."""
    if not tk.word(p):
        return None
    end = _compound_end(tk, p)
    word = tk.low[p]
    if end > p + 1:
        return end, False
    lexicon = _words()
    if word in NUMBER_WORDS or (word in _NOT_MODIFIERS and word != "an"):
        return None
    if tk.capitalised(p):
        return end, False
    if word in lexicon["modifier"]:
        return end, False
    if word in lexicon["stopword"] or word in _NOT_MODIFIERS or word in lexicon["function"]:
        return None
    if len(word) >= 5 and word.endswith(_ADJECTIVE_ENDINGS):
        return end, False
    return end, True


def _plain_plural(tk: _Tokens, p: int) -> bool:
    """A word that reads as a plural noun: "villages", "Americans" (not "says", "us")."""
    if not tk.word(p) or "-" in tk.raw[p]:
        return False
    word = tk.low[p]
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    return word not in _words()["stopword"] and word not in MAGNITUDES


@dataclass
class _Head:
    first: int
    stop: int
    noun: _Noun | None  # None when found by the plain-plural fallback


def _head(tk: _Tokens, p: int, singular: bool) -> _Head | None:
    """The counted noun after up to four modifiers from token ``p``."""
    plain_words = False
    for _ in range(5):
        end = _compound_end(tk, p) if tk.word(p) else p
        if not singular and end > p + 2 and tk.num(end - 2) and tk.raw[end - 1] == "s":
            return _Head(p, end, None)  # "12 Su-35s"
        found = _noun_at(tk, p)
        if found is not None:
            noun, stop = found
            if noun.category in _EXCLUDED_CATEGORIES:
                return None if plain_words else _Head(p, stop, noun)
            if (noun.singular if singular else noun.plural) and not (
                tk.raw[stop : stop + 1] and tk.raw[stop] in _DASHES and not tk.gap(stop)
            ):
                if not singular and tk.spaced(stop) and tk.raw[stop].islower():
                    after = _noun_at(tk, stop)
                    if (
                        after[0].plural and after[0].category not in _EXCLUDED_CATEGORIES
                        if after is not None
                        else _plain_plural(tk, stop)
                    ):
                        stop = after[1] if after is not None else stop + 1  # "weapons sites"
                return _Head(p, stop, noun)
        elif not singular and not plain_words and _plain_plural(tk, p):
            following = _noun_at(tk, p + 1) if tk.spaced(p + 1) else None
            if following is None or not following[0].plural:
                return _Head(p, p + 1, None)
        modifier = _modifier(tk, p)
        if modifier is None or not tk.spaced(modifier[0]):
            return None
        p, plain_words = modifier[0], plain_words or modifier[1]
    return None


def _phrase(
    tk: _Tokens, table: dict[tuple[str, ...], Qualifier], k: int, *, before: bool
) -> tuple[Qualifier, int] | None:
    """The longest phrase of ``table`` ending before (or starting at) token ``k``, with
    its first (or one-past-last) token."""
    pre_last, post_first = _phrase_edges()
    if (tk.lo(k - 1) not in pre_last) if before else (tk.lo(k) not in post_first):
        return None
    for size in (4, 3, 2, 1):
        first = k - size if before else k
        if first < 0 or first + size > tk.n:
            continue
        if not all(tk.word(j) for j in range(first, first + size)):
            continue
        if not all(tk.spaced(j) for j in range(first + 1, first + size + (1 if before else 0))):
            continue
        qualifier = table.get(tuple(tk.low[first : first + size]))
        if qualifier is not None:
            return qualifier, (first if before else first + size)
    return None


@dataclass
class _Found:
    quantity: Quantity | None
    resume: int  # the token to scan from next


def _reading(tk: _Tokens, k: int) -> _Found:
    """The quantity whose number starts at token ``k``, if any, and where to go on."""
    core = _core(tk, k)
    if core is None:
        return _Found(None, k + 1)
    if core.article:  # "a battalion": settle the common "a" + anything else at once
        noun = _head(tk, core.stop, True) if tk.spaced(core.stop) else None
        if noun is None or noun.noun is None or not noun.noun.article:
            return _Found(None, k + 1)
        after = tk.lo(noun.stop) if tk.spaced(noun.stop) else ""
        if after in _words()["compound_head"] or (
            after and tk.raw[noun.stop].islower() and _noun_at(tk, noun.stop) is not None
        ):
            return _Found(None, noun.stop)  # "a battalion commander", "a submarine base"
    lexicon = _words()
    pre_table, post_table = _qualifiers()
    rule = [core.rule]
    qualifier: Qualifier = "at_least" if core.value is None else "exact"
    low: Number | None = core.low
    high: Number | None = None
    first, stop = core.first, core.stop
    cores = [core]

    # a range: "2,000 to 3,000", "8-10", "between two and three thousand", "two or three"
    before = tk.lo(first - 1) if tk.spaced(first) else ""
    connector = tk.raw[stop] if stop < tk.n else ""
    dash = connector in _DASHES
    if core.value is not None and (
        (dash and tk.gap(stop) == tk.gap(stop + 1))
        or (tk.spaced(stop) and tk.lo(stop) in ("to", "or"))
        or (before == "between" and tk.spaced(stop) and tk.lo(stop) == "and")
    ):
        other = _core(tk, stop + 1) if (dash or tk.spaced(stop + 1)) else None
        if other is None and dash and tk.num(stop + 1) and not tk.gap(stop + 1):
            return _Found(None, stop + 2)  # "555-0123": a phone number
        if other is not None and other.value is not None and not other.article:
            start = core.value
            if core.scale == 1 and other.scale > 1 and core.value < other.base:
                start = as_number(core.value * other.scale)  # "two to three thousand"
            elif (
                core.plain
                and other.scale == 1
                and isinstance(other.value, int)
                and other.value % 1000 == 0
                and core.value * 1000 < other.value <= core.value * 10_000
            ):
                start = as_number(core.value * 1000)  # "3-4,000"
            elif (
                core.plain
                and other.plain
                and isinstance(other.value, int)
                and other.value % 100 == 0
                and other.value < 1000
                and core.value * 100 < other.value
            ):
                start = as_number(core.value * 100)  # "3-400"
            if (
                dash
                and core.plain
                and other.plain
                and len(tk.raw[core.first]) == 3
                and len(tk.raw[other.first]) == 4
                and not tk.gap(stop)
            ):
                return _Found(None, other.stop)  # "555-1234": a phone number
            # "rose from 2,000 to 3,000", "fell 5 to 286": a change, not a range
            changed = tk.lo(stop) == "to" and (
                before in lexicon["change"]
                or (
                    before == "from"
                    and any(tk.lo(j) in lexicon["change"] for j in range(first - 4, first - 1))
                )
            )
            if start < other.value and not changed:
                if (
                    dash
                    and tk.raw[other.stop : other.stop + 1]
                    and tk.raw[other.stop] in _DASHES
                    and tk.num(other.stop + 1)
                    and not tk.gap(other.stop + 1)
                ):
                    return _Found(None, _chain_end(tk, other.stop))  # "202-555-0123"
                qualifier, low, high = "range", start, other.value
                stop = other.stop
                cores.append(other)
                rule.append("range." + ("dash" if dash else tk.lo(core.stop)))
                if before in ("between", "from"):
                    first -= 1
            elif dash and core.plain and other.plain:
                return _Found(None, _chain_end(tk, other.stop))  # "2-1", "2024-10-24"
            elif (
                core.plain
                and other.plain
                and tk.lo(stop) == "to"
                and (
                    before in lexicon["score_before"]
                    or before in ("was", "is", "were", "be")
                    or tk.lo(other.stop) in lexicon["score_after"]
                )
            ):
                return _Found(None, other.stop)  # "voted 12 to 3", "the score was 3 to 1"

    # a bound after the number: "3,000-plus", "3,000+", "20-odd", "3,000 or more"
    post: Qualifier | None = None
    if tk.raw[stop : stop + 1] == ["+"] and not tk.gap(stop):
        post, stop = "at_least", stop + 1
    elif (
        tk.raw[stop : stop + 1]
        and tk.raw[stop] in _DASHES
        and not tk.gap(stop)
        and tk.lo(stop + 1) in ("plus", "odd")
        and not tk.gap(stop + 1)
    ):
        post, stop = ("at_least" if tk.lo(stop + 1) == "plus" else "about"), stop + 2
    elif tk.spaced(stop):
        found = _phrase(tk, post_table, stop, before=False)
        if found is not None and _ends_phrase(tk, found[1]):
            post, stop = found
    if post is not None:
        rule.append("post")

    # a hyphenated compound is a modifier, not a count ("45-year-old", "two-day")
    strong = False
    if (
        tk.raw[stop : stop + 1]
        and tk.raw[stop] in _DASHES
        and not tk.gap(stop)
        and tk.word(stop + 1)
        and not tk.gap(stop + 1)
    ):
        if tk.lo(stop + 1) not in ("strong", "man"):
            return _Found(None, stop + 2)
        strong, stop = True, stop + 2

    # what follows says it is no count: "12%", "3 p.m.", "24 October", "2019's", "1 in 5"
    last_end = tk.end[stop - 1]
    nxt = tk.lo(stop)
    if (
        nxt in ("%", "‰")
        or (nxt in _CURRENCY_SYMBOLS and not tk.gap(stop))
        or _CLOCK_AFTER.match(tk.text, last_end)
        or (core.plain and _is_month(tk, stop) and tk.spaced(stop))
        or (core.plain and nxt == "of" and _is_month(tk, stop + 1))
        or (nxt in lexicon["currency_code"] and tk.raw[stop].isupper())
        or nxt in lexicon["currency_word"]
        or (nxt in ("'", "’") and tk.lo(stop + 1) == "s" and core.plain)
        or (nxt in lexicon["score_after"] and qualifier == "range" and dash)
    ):
        return _Found(None, stop)

    if nxt in ("in", "out") and qualifier != "range":
        ratio_end = _ratio(tk, core, stop)
        if ratio_end:
            return _Found(None, ratio_end)  # "one in five", "3 out of 4"

    # the counted noun
    singular = qualifier == "exact" and core.value == 1 and post is None
    p = stop
    if tk.lo(p) == "of" and tk.spaced(p) and (core.of_ok or tk.lo(p + 1) in lexicon["partitive"]):
        p += 1
        if tk.lo(p) in lexicon["partitive"] and tk.spaced(p + 1):
            p += 1
    if cores[-1].unit_end is not None:
        head: _Head | None = _Head(stop, cores[-1].unit_end, _nouns()[0][(tk.lo(stop),)])
    else:
        head = _head(tk, p, singular or strong) if tk.spaced(p) else None
    if head is not None and head.noun is not None and head.noun.category in _EXCLUDED_CATEGORIES:
        return _Found(None, head.stop)  # "three days", "5 million dollars", "12 percent"
    if core.need_noun and qualifier == "exact" and (head is None or head.noun is None):
        return _Found(None, core.stop)  # "one of them", "the one who"
    if core.article and (head is None or head.noun is None or not head.noun.article):
        return _Found(None, core.stop)
    unit: str | None = None
    if head is not None:
        unit = tk.text[tk.start[head.first] : tk.end[head.stop - 1]]
        stop = head.stop
        rule.append("noun" if head.noun is not None else "noun.plural")
        if post is None and tk.spaced(stop):
            found = _phrase(tk, post_table, stop, before=False)
            if (
                found is not None
                and tk.lo(stop) not in ("plus", "odd")
                and _ends_phrase(tk, found[1])
            ):
                post, stop = found
                rule.append("post")

    # a bound or approximator before the number: "at least", "some", "an estimated"
    pre: Qualifier | None = None
    if tk.raw[first - 1 : first] in (["~"], ["≈"]) and not tk.gap(first):
        pre, first = "about", first - 1
    elif (
        tk.raw[first - 1 : first] == ["."]
        and tk.lo(first - 2) in ("approx", "ca", "c", "est")
        and not tk.gap(first - 1)
        and tk.gap(first)
    ):
        pre, first = "about", first - 2  # "approx. 3,000", "c. 3,000"
    else:
        found = _phrase(tk, pre_table, first, before=True) if tk.spaced(first) else None
        if found is not None and not (
            tk.low[found[1]] == "over" and tk.lo(found[1] - 1) in lexicon["phrasal_over"]
        ):
            pre, first = found  # (not "took over 3 towns")
    if pre is not None:
        rule.append("pre")
        if qualifier == "range":
            pre = None  # "some 2,000 to 3,000" is still a range

    # what comes before says it is no count
    prev, period = _prev_word(tk, first)
    prev_low = tk.lo(prev)
    noun_head = head is not None and head.noun is not None
    if first > 0 and tk.raw[first - 1] in _CURRENCY_SYMBOLS:
        return _Found(None, stop)  # "$5 million", "€ 3bn"
    if prev >= 0 and (pre is None or qualifier == "range"):
        if prev_low in lexicon["designator"] or (prev_low in ("no", "nos") and period):
            return _Found(None, stop)  # "Resolution 2231", "No. 2"
        if (prev_low in lexicon["currency_code"] and tk.raw[prev].isupper()) or (
            prev_low in lexicon["currency_word"]
        ):
            return _Found(None, stop)  # "USD 5 million", "dlrs 14 billion"
        if prev_low in lexicon["age_before"] or (prev_low == "of" and tk.lo(prev - 1) == "age"):
            return _Found(None, stop)  # "aged 45", "at the age of 45"
        if _is_month(tk, prev) and core.plain:
            # "Oct. 24", "October 2024", "Dec. 1 and 2", "Oct. 24-25"
            if tk.num(stop + 1) and (
                tk.lo(stop) in ("and", "or", "to") or tk.raw[stop : stop + 1] in (["-"], ["–"])
            ):
                stop += 2
            return _Found(None, stop)
        if prev_low in lexicon["score_before"] and (qualifier == "range" or dash):
            return _Found(None, stop)
        if (
            tk.capitalised(prev)
            and core.plain
            and not noun_head
            and (not tk.sentence_initial(prev) or prev_low not in lexicon["function"])
            and prev_low not in WEEKDAYS
            and "." not in tk.raw[prev]
        ):
            return _Found(None, stop)  # "Apollo 11", "Nord Stream 2"
    if any(_year_like(c) for c in cores) and (not noun_head or prev_low in lexicon["year_before"]):
        return _Found(None, stop)  # "in 2019", "the 2015 deal", "2019-2020"
    if (
        core.rule == "words"
        and tk.capitalised(core.first)
        and not tk.sentence_initial(first)
        and not noun_head
    ):
        return _Found(None, stop)  # "the Group of Seven", "the Big Three"
    if (
        core.plain
        and head is None
        and tk.raw[first - 1 : first] == [","]
        and tk.raw[stop : stop + 1] == [","]
        and tk.word(first - 2)
        and isinstance(core.value, int)
        and core.value < 130
    ):
        return _Found(None, stop)  # "John Smith, 45, said": an age
    if tk.raw[first - 1 : first] == ["("] and tk.raw[stop : stop + 1] == [")"] and tk.num(stop + 1):
        return _Found(None, stop + 1)  # "(202) 555-0123"

    value: Number | None = core.value
    if qualifier == "range":
        value = None
    elif core.value is None:
        qualifier = "at_least"
    else:
        qualifier = pre or post or "exact"
        low, high = {
            "exact": (value, value),
            "about": (None, None),
            "at_least": (value, None),
            "at_most": (None, value),
        }[qualifier]
    start, end = tk.start[first], tk.end[stop - 1]
    quantity = _quantity(
        {
            "text": tk.text[start:end],
            "start": start,
            "end": end,
            "value": value,
            "low": low,
            "high": high,
            "qualifier": qualifier,
            "unit": unit,
            "rule": "+".join(rule),
        }
    )
    return _Found(quantity, stop)


def _ratio(tk: _Tokens, core: _Core, k: int) -> int:
    """The token after "1 in 5" or "3 out of 4" when token ``k`` joins two numbers in a
    ratio, else 0."""
    if tk.lo(k) == "out":
        if tk.lo(k + 1) != "of":
            return 0
        j = k + 2
    elif core.value is not None and core.value <= 10:
        j = k + 1
    else:
        return 0
    other = _core(tk, j) if tk.spaced(j) else None
    if other is None or other.value is None or _year_like(other):
        return 0
    return other.stop


def _ends_phrase(tk: _Tokens, k: int) -> bool:
    """True unless a bound phrase ending before ``k`` goes on into a comparison or a sum
    ("3,000 Britons and more than 450", "3,000 plus 200")."""
    word = tk.lo(k)
    return word != "than" and not tk.num(k) and word not in NUMBER_WORDS and word not in MAGNITUDES


def _chain_end(tk: _Tokens, k: int) -> int:
    """The token after digit groups joined by dashes from token ``k`` ("2024-10-24")."""
    while (
        tk.raw[k : k + 1]
        and tk.raw[k] in _DASHES
        and not tk.gap(k)
        and tk.num(k + 1)
        and not tk.gap(k + 1)
    ):
        k += 2
    return k


# -- skipping junk ---------------------------------------------------------------------
# Scraped pages hold runs of marks no rule reads (a megabyte of NUL bytes, rows of
# "|"), and tables of bare numbers. Two shortcuts keep such text cheap; both give what
# the rules above give, for the reasons stated at each.


@lru_cache(maxsize=1)
def _significant() -> frozenset[str]:
    """The characters other than letters and digits that some rule or lexicon looks
    for: a mark outside this set is read by no rule (it is no word, number, dash,
    currency, bracket, quote, stop, comma, sign or lexicon entry)."""
    chars = set(_DASHES | _CURRENCY_SYMBOLS | _SENTENCE_PUNCT)
    chars.update("+#№'’.,:/%‰~≈()\"“”‘")
    nouns, _ = _nouns()
    pre, post = _qualifiers()
    for key in (*nouns, *pre, *post):
        chars.update(*key)
    for words in _words().values():
        chars.update(*words)
    for word in (*NUMBER_WORDS, *MAGNITUDES, *SCALES, *SUFFIX_SCALES, *MONTHS, *WEEKDAYS):
        chars.update(word.lower())
    return frozenset(c for c in chars if not c.isalnum())


@lru_cache(maxsize=1)
def _inert_runs() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """Patterns for runs of at least ``2 * _MARGIN`` characters with no letter, digit
    or significant mark: a quick one (``re``, a superset) to find where to look, and
    the exact one (the tokenizer's engine and classes) for what is found there. A
    character of such a run is whitespace or an inert mark: a token of its own (no
    word or number takes it in) that no rule reads, lower-cased to no other."""
    marks = "".join(sorted(_significant()))
    quick = re.compile(rf"[^\w{re.escape(marks)}]{{{2 * _MARGIN},}}")
    inert = rf"\p{{L}}\p{{M}}\p{{N}}\p{{Changes_When_Lowercased}}{regex.escape(marks)}"
    return quick, regex.compile(rf"[^{inert}]{{{2 * _MARGIN},}}+")


# How many tokens a reading can look past the numbers and words it reads: a handful (a
# bound phrase of four words, the word before it, a stop after a name); far below this.
_MARGIN = 32
_MARGIN_HEAD = regex.compile(rf"\s*+(?:\S\s*+){{{_MARGIN}}}")
_MARGIN_TAIL = regex.compile(rf"(?:\S\s*+){{{_MARGIN}}}", regex.REVERSE)
# Shorter texts are read whole: looking for runs would cost more than it saves.
_PIECES_FROM = 10_000


def _pieces(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` to tokenize: all of it but the inside of each long run
    of inert marks, ``_MARGIN`` of its marks kept at either end.

    Every reading starts at a number or a word and only steps on through numbers,
    words, dashes and commas, looking at most a few tokens past them; so no reading
    reaches a cut, and each stretch read alone gives what the whole text gives. The
    cuts fall between tokens (next to an inert mark, which is a token of its own).
    """
    if len(text) < _PIECES_FROM:
        return [(0, len(text))]
    quick, exact = _inert_runs()
    pieces = []
    lo = 0
    for near in quick.finditer(text):
        if near.group().isspace():
            continue  # blank: no token to skip
        for run in exact.finditer(text, near.start(), near.end()):
            head = _MARGIN_HEAD.match(text, run.start(), run.end())
            if head is None:
                continue  # whitespace, or too few marks
            tail = _MARGIN_TAIL.match(text, run.start(), run.end())  # REVERSE: ends at the end
            if tail is not None and head.end() < tail.start():
                pieces.append((lo, head.end()))
                lo = tail.start()
    pieces.append((lo, len(text)))
    return pieces


def _quiet(tk: _Tokens, j: int, later: int, marks: frozenset[str]) -> bool:
    """Token ``j`` next to a number is one no rule reads there: none at all, an inert
    mark, or a number on another line (``later`` is the later token of the two)."""
    if not 0 <= j < tk.n:
        return True
    kind = tk.kind[j]
    if kind == "p":
        return tk.raw[j] not in marks and tk.low[j] not in marks
    if kind == "n":
        return "\n" in tk.text[tk.end[later - 1] : tk.start[later]]
    return False


def _bare_number(tk: _Tokens, k: int, marks: frozenset[str]) -> Quantity | bool:
    """The reading of number token ``k`` when both its neighbours are quiet (a cell of
    a number table): the count, or True when it is none; False when the rules must
    read it.

    With nothing around it that a rule reads, every rule of :func:`_reading` but two
    is moot: no range, bound, noun, unit, label, currency, date, age or code is in
    reach. What is left: the number is a count unless malformed (``digits_value``) or
    a bare year. This is the rules' answer, computed without them: tables of numbers
    hold tens of thousands.
    """
    raw = tk.raw[k]
    if ":" in raw or "/" in raw:
        return False
    if not (_quiet(tk, k - 1, k, marks) and _quiet(tk, k + 1, k + 1, marks)):
        return False
    value = digits_value(raw)
    if value is None or _bare_year(raw, value):
        return True
    return _bare_count(raw, tk.start[k], tk.end[k], value)


def _bare_year(raw: str, value: Number) -> bool:
    """A plain run of digits read as a year, not a count (``_year_like`` of a number
    with nothing around it)."""
    return isinstance(value, int) and 1000 <= value <= 2199 and raw.isdigit()


def _bare_count(raw: str, start: int, end: int, value: Number) -> Quantity:
    """The count a number with nothing around it is: exact, with no unit."""
    return _quantity(
        {
            "text": raw,
            "start": start,
            "end": end,
            "value": value,
            "low": value,
            "high": value,
            "qualifier": "exact",
            "unit": None,
            "rule": "digits",
        }
    )


@lru_cache(maxsize=1)
def _table_run() -> re.Pattern[str] | regex.Pattern[str]:
    """A run of table cells: number tokens each followed by a separator that makes
    both its neighbours quiet (see :func:`_quiet`): whitespace and inert marks with at
    least one inert mark or line break. Numbers with ":" or "/" (which the rules read)
    end a run.

    Only ASCII separators are taken (each character class is that of the tokenizer
    and :func:`_inert_runs`, as ``regex`` reads it, listed for ``re``, which scans
    several times faster); a run that another character ends is only shorter."""
    marks = "".join(sorted(_significant()))
    inert = regex.compile(
        rf"[^\p{{L}}\p{{M}}\p{{N}}\p{{Changes_When_Lowercased}}{regex.escape(marks)}]"
    )
    space = regex.compile(r"\s")
    ascii_chars = [chr(c) for c in range(128)]
    gap = "".join(c for c in ascii_chars if inert.fullmatch(c))
    blank = "".join(c for c in gap if space.fullmatch(c) and c != "\n")
    mark = "".join(c for c in gap if not space.fullmatch(c))
    separator = rf"[{re.escape(blank)}]*+(?:\n|[{re.escape(mark)}])[{re.escape(gap)}]*+"
    # (a run starts where no number token goes on, so that a long one such as
    # "1,1,1,..." is tried once, not from each of its digits)
    # possessive quantifiers keep a failed try linear ("1,1,1" is one number, or three
    # with commas between): the standard engine has them from Python 3.11
    pattern = rf"(?<![0-9.,:/])(?:[0-9]++(?:[.,][0-9]++)*+{separator})++"
    return re.compile(pattern) if sys.version_info >= (3, 11) else regex.compile(pattern)


# a number token inside a table run (any other character there is a separator), and
# the same read from the end of the run
_TABLE_NUMBER = regex.compile(r"[0-9]++(?:[.,][0-9]++)*+")
_TABLE_NUMBER_BACK = regex.compile(r"(?:[0-9]+[.,])*[0-9]+", regex.REVERSE)
# the number tokens inside a table run: those grouped in thousands ("1,234,567", whose
# value digits_value reads as their digits) and the others
_TABLE_SPLIT = re.compile(
    r"([1-9][0-9]{0,2}(?:,[0-9]{3}){1,14})(?![0-9]|[.,][0-9])|([0-9]+(?:[.,][0-9]+)*)"
)
# cells of a table run kept at each of its ends for the rules: no reading looks this far
_TABLE_MARGIN = _MARGIN


def _tables(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """``text[lo:hi]`` as stretches for the rules and (flagged True) inner stretches of
    long number tables, whose cells :func:`_cells` reads without tokens.

    Each inner cell has quiet neighbours in the whole text, so :func:`_bare_number`
    gives its reading; the cells kept at either end are read by the rules, which look
    no further than a few tokens past them, so no reading reaches a cut. Cuts fall at
    the start of a number token (after a separator)."""
    if hi - lo < _PIECES_FROM:
        return [(lo, hi, False)]
    out = []
    for run in _table_run().finditer(text, lo, hi):
        if run.end() - run.start() < 4 * _TABLE_MARGIN:
            continue  # too few cells
        after = islice(_TABLE_NUMBER.finditer(text, run.start(), run.end()), _TABLE_MARGIN, None)
        before = islice(
            _TABLE_NUMBER_BACK.finditer(text, run.start(), run.end()), _TABLE_MARGIN - 1, None
        )
        first, last = next(after, None), next(before, None)
        if first is None or last is None or first.start() >= last.start():
            continue
        out.append((lo, first.start(), False))
        out.append((first.start(), last.start(), True))
        lo = last.start()
    out.append((lo, hi, False))
    return out


def _cells(text: str, lo: int, hi: int, out: list[Quantity]) -> None:
    """Append the counts of the table cells in ``text[lo:hi]`` (see :func:`_tables`):
    what :func:`_bare_number` gives for each."""
    # Tens of thousands of cells: tokens and offsets are found without a Python step
    # per cell, leaving the loop to build the counts.
    parts = _TABLE_SPLIT.split(text[lo:hi])  # separator, grouped, other, separator, ...
    grouped, other = parts[1::3], parts[2::3]
    raws = [g or o for g, o in zip(grouped, other, strict=True)]
    pieces = chain.from_iterable(zip(parts[0:-1:3], raws, strict=True))  # gap, number, ...
    offsets = list(accumulate(map(len, pieces), initial=lo))
    append = out.append
    cells = zip(raws, offsets[1::2], offsets[2::2], grouped, strict=True)
    for raw, start, end, thousands in cells:
        value: Number | None
        if thousands is not None:  # "1,234,567": its digits (as digits_value reads it)
            value = int(raw.replace(",", ""))
        else:
            value = digits_value(raw)
            if value is None or _bare_year(raw, value):
                continue  # malformed, or a year (as _bare_number)
        append(_bare_count(raw, start, end, value))


def quantities_in(text: str) -> list[Quantity]:
    """Every count in ``text``, in order.

    >>> [(q.text, q.value, q.low, q.high, q.qualifier, q.unit)
    ...  for q in quantities_in("Some 3,000 North Korean soldiers and two brigades.")]
    [('Some 3,000 North Korean soldiers', 3000, None, None, 'about', 'soldiers'), \
('two brigades', 2, 2, 2, 'exact', 'brigades')]
    """
    out: list[Quantity] = []
    for piece_lo, piece_hi in _pieces(text):
        for lo, hi, table in _tables(text, piece_lo, piece_hi):
            if table:
                _cells(text, lo, hi, out)
                continue
            for start, end in _near_starts(text, lo, hi):
                _read(_Tokens(text, start, end), out)
    return out


# whitespace-separated chunks (each holds a token at least) kept on either side of a
# start: no reading looks as far (a reading steps through a few words past a number)
_NEAR = 2 * _MARGIN
_NEAR_HEAD = regex.compile(rf"\s*+(?:\S++\s*+){{{_NEAR}}}")
_NEAR_TAIL = regex.compile(rf"(?:\S++\s*+){{{_NEAR}}}", regex.REVERSE)
# the text is looked at in blocks of this size, each with this many characters more on
# either side (more than the longest starter word)
_BLOCK = 4096
_BLOCK_EDGE = 16
_NOT_LETTERS = re.compile(r"[^A-Za-z]+")
_DIGIT = re.compile(r"[0-9]")


def _may_start(text: str, lo: int, hi: int) -> bool:
    """False when no count starts in ``text[lo:hi]``: it holds no digit and no word in
    any case that is a starter (a token whose lower case is a starter is such a word:
    no other character lower-cases to an ASCII letter of a starter)."""
    if _DIGIT.search(text, lo, hi):
        return True
    words = _NOT_LETTERS.sub(" ", text[lo:hi]).lower().split()
    return not _STARTERS.isdisjoint(words)


def _near_starts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``text[lo:hi]`` without the inside of long stretches where no count can start
    (a megabyte of "Oct. Oct. ..."), ``_NEAR`` chunks kept at either end. Cuts fall
    after whitespace, so between tokens; no reading reaches one."""
    if hi - lo < _PIECES_FROM:
        return [(lo, hi)]
    out = []
    quiet_from = -1  # where the blocks with no start begin, if the last had none
    for at in range(lo, hi + 1, _BLOCK):
        end = min(at + _BLOCK, hi)
        if at < hi and not _may_start(text, max(lo, at - _BLOCK_EDGE), end + _BLOCK_EDGE):
            if quiet_from < 0:
                quiet_from = at
            continue
        if quiet_from >= 0:
            head = _NEAR_HEAD.match(text, quiet_from, at)
            tail = _NEAR_TAIL.match(text, quiet_from, at)  # REVERSE: ends at ``at``
            if head is not None and tail is not None and head.end() < tail.start():
                out.append((lo, head.end()))
                lo = tail.start()
            quiet_from = -1
    out.append((lo, hi))
    return out


def _read(tk: _Tokens, out: list[Quantity]) -> None:
    """Append the counts among the tokens ``tk`` to ``out``."""
    marks = _significant()
    kind = tk.kind
    # A count starts at a number or a starter word: visit those tokens alone, found
    # without a Python step per token.
    numbers = map("n".__eq__, tk.kind)
    starters = map(and_, map("w".__eq__, tk.kind), map(_STARTERS.__contains__, tk.low))
    k = 0
    for at in compress(count(), map(or_, numbers, starters)):
        if at < k:
            continue  # inside the count read last
        if kind[at] == "n":
            bare = _bare_number(tk, at, marks)
            if bare is not False:
                if bare is not True:
                    out.append(bare)
                k = at + 1
                continue
        found = _reading(tk, at)
        if found.quantity is not None:
            out.append(found.quantity)
        k = max(found.resume, at + 1)
