"""Rules that find places in text: gazetteer names checked against their context.

One left-to-right pass over the words. At each word that can start a place the longest
gazetteer form is tried; its case is checked, then its context: a name inside a longer
proper name ("Jordan Peterson", "George Washington") is no place, and a city name that
is also a word or a person's name ("Nice", "Reading", "Austin") needs a locative cue
("in Nice"). Around an accepted place the rules read a direction ("eastern Russia",
"the west of Ukraine") and a head noun ("the Wonsan area", "Helmand province"), and
country adjectives give "the Russian border", "Iranian territory" and "the
Iraq-Kuwait border".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import and_, itemgetter, or_
from typing import NamedTuple

import regex

from eventkit.model import Place
from eventkit.places.gazetteer import TOKEN, Entry, Gazetteer, PlaceKind, fold_key, gazetteer

__all__ = ["find_places_in"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that may stand capitalised just before a place without making it part of a
# longer proper name: sentence openers, prepositions, conjunctions.
_OPENERS = _set(
    """
    a about above across after against along amid among and around as at before behind
    below beneath beside between beyond both but by despite during each either even
    except for from if in inside into like near neither nor of off on onto or outside
    over past since so than that the then there these this those though through
    throughout to toward towards under unlike until up upon via when where whether
    which while with within without yet all also although because meanwhile
    once only still yesterday today tomorrow elsewhere here now later earlier last next
    we they he she it i you our their his her its my your what who how why
    occupied annexed war-torn neighbouring neighboring nearby greater mainland
    """
)
# Words after which a small town's name, or one that is also a word or a person's name,
# is read as a place ("in Nice", not "to Kennedy"); with the weaker cues they let a
# lower-case "the gulf" be a place ("ships sailed to the gulf").
_STRONG_CUES = _set("in near outside into inside across around throughout")
_CUE_WORDS = _STRONG_CUES | _set(
    """
    to from toward towards via at through reach reached reaching entered entering
    captured seized visited visit arrived
    """
)
# "sent to X", "withdrew from X": a movement verb and one of these make a cue too.
_MOTION_CUES = _set("to from toward towards via")
_MOTION_VERBS = _set(
    """
    sent send sends sending moved move moves moving deployed deploy deploys deploying
    flown flew fly flying sailed sail sailing dispatched dispatch shipped transferred
    redeployed returned return returning withdrew withdrawn withdraw withdrawing pulled
    retreated fled flee fleeing marched advanced advancing drove driven travelled
    traveled travel headed heading bound evacuated relocated rushed airlifted ferried
    back road highway route way
    """
)
_CUE_OF_HEADS = _set(
    "port city town village outskirts region province district suburb suburbs "
    "island capital area centre center streets"
)
# Words that, after a name, show it is a person ("Jackson said").
_SPEECH = _set(
    """
    said says told added warned wrote stated noted argued insisted declared explained
    asked replied tweeted posted admitted acknowledged announced confirmed denied
    """
)
# Words after "U.S." that keep it a noun ("to the U.S. on Friday"); any other
# lower-case word makes it an adjective ("U.S. troops").
_NOUN_FOLLOWERS = _set(
    """
    and or but nor in on at to for from with by of as is was are were has had have
    will would could should may might must can did does do since after before last
    this next earlier later over under into amid during until because which who that
    where when while if than again already also not now then yesterday today
    tomorrow said says told ended
    """
)
# Nouns after which "the Gulf", "the Baltic", "the Mediterranean" are adjectives.
_THE_ADJECTIVE_NOUNS = _set(
    """
    state states country countries nation nations war wars crisis diet monarchies monarchy
    allies leaders rulers governments kingdoms sheikhdoms emirates arab cooperation council
    summit fleet tunnel rim conflict economies members neighbours neighbors partners
    ministers producers airlines cuisine climate peoples republics nations' states'
    """
)
_CARDINALS = {
    "north": "north",
    "south": "south",
    "east": "east",
    "west": "west",
    "northeast": "northeast",
    "northwest": "northwest",
    "southeast": "southeast",
    "southwest": "southwest",
    "north-east": "north-east",
    "north-west": "north-west",
    "south-east": "south-east",
    "south-west": "south-west",
    "northern": "northern",
    "southern": "southern",
    "eastern": "eastern",
    "western": "western",
    "northeastern": "northeastern",
    "northwestern": "northwestern",
    "southeastern": "southeastern",
    "southwestern": "southwestern",
    "north-eastern": "north-eastern",
    "north-western": "north-western",
    "south-eastern": "south-eastern",
    "south-western": "south-western",
    "central": "central",
}
# "the west of X" -> "western X".
_DIRECTION_NOUNS = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "northeast": "northeastern",
    "northwest": "northwestern",
    "southeast": "southeastern",
    "southwest": "southwestern",
    "north-east": "north-eastern",
    "north-west": "north-western",
    "south-east": "south-eastern",
    "south-west": "south-western",
    "centre": "central",
    "center": "central",
}
# Head nouns after a place: "the Wonsan area" is Wonsan, "the Ukraine border" a border.
_AREA_HEADS = _set(
    "area region province oblast district governorate prefecture county countryside "
    "outskirts suburbs enclave valley"
)
_EDGE_HEADS = _set("border borders frontier coast coastline")
# "Iranian territory", "Russian waters": adjective + one of these is a place.
_ADJECTIVE_HEADS: dict[str, PlaceKind] = {
    "territory": "region",
    "soil": "region",
    "mainland": "region",
    "waters": "water",
    "airspace": "other",
    "border": "other",
    "borders": "other",
    "frontier": "other",
    "coast": "other",
    "coastline": "other",
}
_ADJECTIVE_HEAD_WORDS = frozenset(_ADJECTIVE_HEADS) | {"capital"}
# Lower-case heads a capitalised name may take ("the Persian gulf", "Helmand province").
_LOWER_HEADS = _set(
    "sea gulf strait straits ocean river channel bay canal strip heights peninsula "
    "province region state city island islands valley lake"
)
_HONORIFIC = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Cpl|Pvt)\.?|"
    r"\b(?:Mister|Madam|Sir|Lady|Lord|Saint|Pope|King|Queen|Prince|Princess))\s+$"
)
_DIRECTION_BEFORE = regex.compile(
    r"(?<![\p{L}-])(?P<dir>(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?"
    r"|central)[ \t]{1,2}$",
    regex.IGNORECASE,
)
_POSSESSIVE_DIRECTION = regex.compile(
    r"['’]s[ \t]+(?P<dir>(?:north|south)-?(?:east|west)|north|south|east|west)\b",
    regex.IGNORECASE,
)
# Nouns that make "Russia's east" an adjective ("Russia's east coast").
_DIRECTION_HEADS = _set(
    """
    coast coastline border borders side bank flank front wing region regions province
    provinces area areas part parts city cities town towns frontier sea end european asian
    african
    """
)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
_GUARD_AFTER = regex.compile(r"[ \t]+guards?\b", regex.IGNORECASE)
# Lower-case "the" waters taken after a locative word ("troops in the gulf").
_LOWER_WATERS = _set("gulf")
_STATE_OF = regex.compile(r"\bstate of\s+$", regex.IGNORECASE)
_NEWLINE = regex.compile(r"\n")
_INITIAL = regex.compile(r"\b\p{Lu}\.\s+$")
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")
_BORDER_JOIN = regex.compile(r"[-–/]")
_JOIN_MARK = regex.compile(r"[-–/]")
# The share of capitalised words above which those that can start nothing are skipped
# (see _Scanner._worth_visiting).
_SKIP_FROM = 0.25
_BORDER_HEAD = regex.compile(r"\s+(?:border|borders|frontier|boundary)\b")


class _Word(NamedTuple):
    text: str
    start: int
    end: int
    key: str


@dataclass
class _Match:
    entry: Entry
    first: int  # index of the first word
    last: int  # index of the last word


def _words(text: str) -> tuple[list[_Word], list[str]]:
    """The words of ``text``, and the gaps between them (``gaps[i]`` after word i)."""
    # Built column by column in C rather than with a Python step per word: one split
    # on the pattern gives gaps and words in turn, running sums of their lengths the
    # offsets (a hot path: most of a text's words are no place).
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    if text.isascii():
        keys = list(map(str.lower, words))
    else:
        keys = [word.lower() if word.isascii() else fold_key(word) for word in words]
    columns = zip(words, offsets[0:-1:2], offsets[1::2], keys, strict=True)
    return list(map(tuple.__new__, repeat(_Word), columns)), parts[2:-1:2]


_TOKEN_SPLIT = regex.compile(f"({TOKEN.pattern})")
# The same few surfaces ("New York", "the Gulf") are looked up again and again.
_fold = lru_cache(maxsize=1 << 16)(fold_key)


@lru_cache(maxsize=1 << 14)
def _form_words(form: str) -> tuple[str, ...]:
    """The words of a gazetteer form (a bounded set: cached)."""
    return tuple(TOKEN.findall(form))


@lru_cache(maxsize=4)
def _lower_first_words(gaz: Gazetteer) -> frozenset[str]:
    """The first words, in lower case, of the forms that do not open with a capital
    ("al-", "the"): the only forms a word in lower case can begin (see ``_case_ok``)."""
    out = set()
    for entry in gaz.entries.values():
        first = TOKEN.search(entry.form)
        if first is not None and not first.group()[:1].isupper():
            out.add(first.group().lower().replace("’", "'"))
    return frozenset(out)


def _is_upper_start(word: str) -> bool:
    return word[:1].isupper()


def _case_ok(entry: Entry, words: Sequence[_Word], first: int, last: int) -> bool:
    form = entry.form
    surface = [w.text for w in words[first : last + 1]]
    if form.isupper() or "." in form:
        return " ".join(surface).replace("’", "'") == " ".join(_form_words(form))
    form_words = _form_words(form)
    if len(form_words) != len(surface):
        return False
    for index, (want, got) in enumerate(zip(form_words, surface, strict=True)):
        if want[:1].isupper():
            if got[:1].isupper():
                continue
            if index == 0 and got in _CARDINALS and len(form_words) > 1:
                continue  # "the eastern Mediterranean", "north Carolina"
            if index > 0 and got.lower() in _LOWER_HEADS:
                continue
            return False
        if index == 0 and got[:1].isupper() and not got.isupper():
            continue  # "Eastern Mediterranean" at a sentence start
        if got[:1].isupper() and index > 0 and want.lower() == got.lower():
            continue  # "Rio De Janeiro"
        if got != want and got.lower() != want.lower():
            return False
    return True


def _gap(text: str, left: _Word, right: _Word) -> str:
    return text[left.end : right.start]


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    """True when only spaces (no line break) separate two words."""
    gap = _gap(text, left, right)
    return bool(gap) and gap.isspace() and "\n" not in gap and len(gap) <= 2


class _Scanner:
    """One pass over one text."""

    def __init__(self, text: str, gaz: Gazetteer, dateline: tuple[int, int] | None) -> None:
        self.text = text
        self.gaz = gaz
        self.words, self._gaps = _words(text)
        self.dateline = dateline
        self.places: list[Place] = []
        self.last_end = -1
        self._line_modes: dict[int, tuple[bool, bool]] = {}
        self._line_starts: list[int] | None = None

    # -- context -------------------------------------------------------------------
    def _line_mode(self, index: int) -> tuple[bool, bool]:
        """(title case, all capitals) for the line holding word ``index``."""
        offset = self.words[index].start
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        line_start = self._line_starts[bisect.bisect_right(self._line_starts, offset) - 1]
        cached = self._line_modes.get(line_start)
        if cached is not None:
            return cached
        line = self.text[line_start : line_start + 400].split("\n", 1)[0]
        content = [
            w
            for w in TOKEN.findall(line)
            if len(w) >= 4 and w.isalpha() and w.lower() not in _OPENERS
        ]
        capitalised = sum(1 for w in content if w[:1].isupper())
        upper = sum(1 for w in content if w.isupper())
        enough = len(content) >= 3
        mode = (
            enough and capitalised >= 0.9 * len(content),
            enough and upper >= 0.9 * len(content),
        )
        self._line_modes[line_start] = mode
        return mode

    def _prev(self, index: int) -> _Word | None:
        return self.words[index - 1] if index > 0 else None

    def _next(self, index: int) -> _Word | None:
        return self.words[index + 1] if index + 1 < len(self.words) else None

    def _has_cue(self, first: int, last: int) -> bool:
        words, text = self.words, self.text
        start = words[first].start
        if self.dateline is not None and self.dateline[0] <= start < self.dateline[1]:
            return True
        if self.last_end >= 0 and _LIST_GAP.fullmatch(text, self.last_end, start):
            return True
        prev = self._prev(first)
        if prev is not None and _adjacent(text, prev, words[first]):
            if prev.key in _STRONG_CUES:
                return True
            verb = self._prev(first - 1)
            if (
                prev.key in _MOTION_CUES
                and verb is not None
                and verb.key in _MOTION_VERBS
                and _adjacent(text, verb, prev)
            ):
                return True  # "troops were sent to Aqaba"
            before = self._prev(first - 1)
            if (
                prev.key == "of"
                and before is not None
                and before.key in _CUE_OF_HEADS
                and _adjacent(text, before, prev)
            ):
                return True
        return self._country_follows(last)

    def _country_follows(self, last: int) -> bool:
        """True for "Split, Croatia" and "Mobile, Alabama": a country or region after a comma."""
        nxt = self._next(last)
        if nxt is None or self.text[self.words[last].end : nxt.start].strip() != ",":
            return False
        if self._state_abbreviation(last + 1) is not None:
            return True
        found = self._lookup(last + 1)
        return found is not None and found.entry.kind in ("country", "region")

    def _state_abbreviation(self, index: int) -> tuple[str, int] | None:
        """ "N.J." or "Ala." at word ``index``: (state name, end offset), or None."""
        word = self.words[index]
        if not _is_upper_start(word.text) or len(word.text) > 6:
            return None
        surface = word.text if word.text.endswith(".") else word.text + "."
        if not self.text.startswith(surface, word.start):
            return None
        state = self.gaz.us_states.get(surface)
        return None if state is None else (state, word.start + len(surface))

    def _country_after_comma(self, last: int) -> str | None:
        """The country of "Texas" in "Paris, Texas" (a country or region after a comma)."""
        nxt = self._next(last)
        if nxt is None or self.text[self.words[last].end : nxt.start].strip() != ",":
            return None
        if self._state_abbreviation(last + 1) is not None:
            return "USA"
        found = self._lookup(last + 1)
        if found is None or found.entry.kind not in ("country", "region"):
            return None
        if found.entry.country == "GEO" and self._us_context(last):
            return "USA"
        return found.entry.country

    def _us_context(self, last: int) -> bool:
        key = self.words[last].key
        return self.gaz.in_country(key, "USA") is not None

    def _inside_name(self, first: int, last: int) -> bool:
        """True when the match is part of a longer proper name ("Jordan Peterson")."""
        words, text = self.words, self.text
        if _HONORIFIC.search(text, max(0, words[first].start - 12), words[first].start):
            return True
        if _INITIAL.search(text, max(0, words[first].start - 4), words[first].start):
            return True  # "Anthony M. Kennedy"
        if self._line_mode(first)[0]:
            return False
        prev = self._prev(first)
        if (
            prev is not None
            and _adjacent(text, prev, words[first])
            and _is_upper_start(prev.text)
            and prev.key not in _OPENERS
            and prev.key not in _CARDINALS
            and prev.key not in self.gaz.adjectives
        ):
            return True
        nxt = self._next(last)
        return (
            nxt is not None
            and _adjacent(text, words[last], nxt)
            and _is_upper_start(nxt.text)
            and not nxt.text.isupper()
        )

    # -- lookup --------------------------------------------------------------------
    def _lookup(self, first: int) -> _Match | None:
        """The longest gazetteer form starting at word ``first`` whose case fits."""
        words = self.words
        longest = self.gaz.max_words.get(words[first].key, 0)
        if not longest:
            return None
        got = words[first].text
        if (
            not got[:1].isupper()
            and got not in _CARDINALS
            and got.lower().replace("’", "'") not in _lower_first_words(self.gaz)
        ):
            # No form fits a lower-case word ("to", "in") here: ``_case_ok`` takes one
            # only for a form whose first word is that word in lower case.
            return None
        last_allowed = min(len(words) - 1, first + longest - 1)
        for last in range(last_allowed, first - 1, -1):
            surface = self.text[words[first].start : words[last].end]
            if "\n" in surface:
                continue
            entry = self.gaz.entries.get(_fold(surface))
            if entry is not None and _case_ok(entry, words, first, last):
                return _Match(entry, first, last)
        return None

    def _lower_water(self, index: int) -> _Match | None:
        """ "sent ships to the gulf": a lower-case "the" water after a locative word."""
        entry = self.gaz.entries.get(self.words[index].key)
        if entry is None or not entry.needs_the or entry.kind != "water" or index < 2:
            return None
        the, cue = self.words[index - 1], self.words[index - 2]
        nxt = self._next(index)
        if (
            the.text == "the"
            and cue.key in _CUE_WORDS
            and _adjacent(self.text, cue, the)
            and (nxt is None or nxt.key not in ("between", "of"))
        ):
            return _Match(entry, index, index)
        return None

    def _preceded_by_the(self, first: int) -> bool:
        prev = self._prev(first)
        return (
            prev is not None and prev.key == "the" and _adjacent(self.text, prev, self.words[first])
        )

    def _accept(self, match: _Match) -> bool:
        entry, first, last = match.entry, match.first, match.last
        words, text = self.words, self.text
        surface_key = _fold(text[words[first].start : words[last].end])
        if surface_key in self.gaz.stoplist:
            return False
        if entry.needs_the and not self._preceded_by_the(first):
            return False
        all_caps = all(w.text.isupper() for w in words[first : last + 1])
        in_dateline = self.dateline is not None and (
            self.dateline[0] <= words[first].start < self.dateline[1]
        )
        if all_caps and not (entry.form.isupper() or "." in entry.form):
            if len(surface_key) < 4:
                return False
            if entry.kind in ("city", "other") and not (in_dateline or self._line_mode(first)[1]):
                return False
        if self._inside_name(first, last) and not in_dateline:
            return False
        nxt = self._next(last)
        if (entry.cue_only or entry.minor) and (
            not self._has_cue(first, last) or text.startswith(("'s", "’s"), words[last].end)
        ):
            return False
        if (
            entry.kind in ("city", "other")
            and not entry.capital
            and entry.population < 1_000_000
            and nxt is not None
            and _adjacent(text, words[last], nxt)
            and nxt.key in _SPEECH
        ):
            return False
        if (
            entry.needs_the
            and nxt is not None
            and _adjacent(text, words[last], nxt)
            and nxt.key in _THE_ADJECTIVE_NOUNS
        ):
            return False  # "the Gulf states", "the Mediterranean diet"
        return not (
            entry.adjective_too
            and nxt is not None
            and _adjacent(text, words[last], nxt)
            and nxt.text.islower()
            and nxt.key not in _NOUN_FOLLOWERS
            and nxt.key not in _OPENERS
            and not nxt.key.endswith("ed")
            and nxt.key not in _AREA_HEADS
            and nxt.key not in _EDGE_HEADS
        )

    # -- building places ------------------------------------------------------------
    def _emit(
        self, start: int, end: int, name: str, country: str | None, kind: PlaceKind, rule: str
    ) -> None:
        self.places.append(
            Place(
                text=self.text[start:end],
                start=start,
                end=end,
                name=name,
                country=country,
                kind=kind,
                rule=rule,
            )
        )
        self.last_end = end

    def _georgia_in_us(self, match: _Match) -> bool:
        """ "Atlanta, Georgia": the US state after a US city and a comma."""
        if match.entry.country != "GEO":
            return False
        start = self.words[match.first].start
        if _STATE_OF.search(self.text, max(0, start - 14), start):
            return True  # "the state of Georgia"
        if not self.places:
            return False
        before = self.places[-1]
        gap = self.text[before.end : self.words[match.first].start]
        return before.country == "USA" and gap.strip() == ","

    def _place(self, match: _Match) -> int:
        """Emit the place for an accepted match with its modifiers; the next word index."""
        entry, first, last = match.entry, match.first, match.last
        words, text = self.words, self.text
        start, end = words[first].start, words[last].end
        name, country, kind = entry.name, entry.country, entry.kind
        rule = f"gazetteer.{entry.kind}"
        if self._georgia_in_us(match):
            country, kind, rule = "USA", "region", "gazetteer.us_state"
        elif kind in ("city", "other"):
            home = self._country_after_comma(last)
            if home is not None and home != country:
                namesake = self.gaz.in_country(fold_key(text[start:end]), home)
                if namesake is not None:
                    name, country, kind = namesake.name, namesake.country, namesake.kind
                    rule = "gazetteer.namesake"
        if entry.needs_the:
            start = words[first - 1].start
        # A direction before: "eastern Russia", "south-eastern Turkey", "the west of Ukraine".
        if kind != "water":
            before = _DIRECTION_BEFORE.search(text, max(0, start - 24), start)
            if before is not None and before.start("dir") >= self.last_end:
                word = before.group("dir")
                whole = self.gaz.lookup(text[before.start("dir") : end])
                if whole is not None and whole.kind != "city":
                    # "northern Ireland", "north Carolina": a name of its own, in lower case.
                    name, country, kind = whole.name, whole.country, whole.kind
                    start, rule = before.start("dir"), f"gazetteer.{whole.kind}"
                elif word.islower() or word.lower().endswith("ern") or kind != "city":
                    # A city keeps its written name: "western New York", not "... City".
                    place = text[start:end] if kind == "city" else name
                    name, kind, start = f"{word.lower()} {place}", "region", before.start("dir")
                    rule = "direction.adjective"
        if rule != "direction.adjective" and first >= 3 and kind in ("country", "region"):
            of, noun, the = words[first - 1], words[first - 2], words[first - 3]
            if (
                of.key == "of"
                and noun.key in _DIRECTION_NOUNS
                and the.key == "the"
                and _adjacent(text, the, noun)
                and _adjacent(text, noun, of)
                and _adjacent(text, of, words[first])
                and the.start >= self.last_end
            ):
                name = f"{_DIRECTION_NOUNS[noun.key]} {name}"
                kind, start, rule = "region", the.start, "direction.of"
        # A head noun after: "the Wonsan area", "Helmand province", "the Ukraine border".
        nxt = self._next(last)
        next_index = last + 1
        if nxt is not None and _adjacent(text, words[last], nxt) and kind != "water":
            if nxt.key in _AREA_HEADS:
                end, next_index = nxt.end, last + 2
                kind = "region" if kind in ("country", "city", "other") else kind
                rule = f"{rule}+area"
                if (
                    self._preceded_by_the(first)
                    and start == words[first].start
                    and words[first - 1].start >= self.last_end
                ):
                    start = words[first - 1].start
            elif (
                nxt.key in _EDGE_HEADS
                and (self._preceded_by_the(self._index_at(start)) or nxt.text[:1].isupper())
                and not _GUARD_AFTER.match(text, nxt.end)
            ):
                end, next_index = nxt.end, last + 2
                name, kind, rule = f"{name} {nxt.key}", "other", f"{rule}+edge"
        elif kind == "country":
            # "Ukraine's east" is eastern Ukraine.
            part = _POSSESSIVE_DIRECTION.match(text, end)
            if part is not None and self._ends_phrase(part.end()):
                name = f"{_DIRECTION_NOUNS[part.group('dir').lower()]} {name}"
                kind, end, rule = "region", part.end(), "direction.possessive"
                while next_index < len(words) and words[next_index].start < end:
                    next_index += 1
        self._emit(start, end, name, country, kind, rule)
        return next_index

    def _index_at(self, offset: int) -> int:
        """The index of the word starting at ``offset`` (a word start is assumed)."""
        lo, hi = 0, len(self.words)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.words[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _ends_phrase(self, offset: int) -> bool:
        """True when no noun follows ``offset`` ("Ukraine's east," not "Ukraine's east coast")."""
        follow = _NEXT_WORD.match(self.text, offset)
        if follow is None:
            return True
        return follow.group(1).lower() not in _DIRECTION_HEADS

    def _adjective_place(self, index: int) -> int | None:
        """ "Iranian territory", "the Russian border": the next word index, or None."""
        words, text = self.words, self.text
        if index + 1 >= len(words) or not (
            words[index + 1].text in _ADJECTIVE_HEAD_WORDS
            or (index + 2 < len(words) and words[index + 2].text in _ADJECTIVE_HEAD_WORDS)
        ):
            return None
        for last in range(min(len(words) - 2, index + 1), index - 1, -1):
            surface = text[words[index].start : words[last].end]
            iso3 = self.gaz.adjectives.get(_fold(surface))
            if iso3 is None or not _is_upper_start(surface):
                continue
            head = words[last + 1]
            if head.text == "capital" and _adjacent(text, words[last], head):
                return self._capital(index, last, iso3)
            kind = _ADJECTIVE_HEADS.get(head.text)
            if (
                kind is None
                or not _adjacent(text, words[last], head)
                or _GUARD_AFTER.match(text, head.end)
            ):
                return None
            name = f"{surface} {head.text}"
            self._emit(words[index].start, head.end, name, iso3, kind, "adjective.head")
            return last + 2
        return None

    def _capital(self, index: int, last: int, iso3: str) -> int | None:
        """ "the Ukrainian capital" is Kyiv: the next word index, or None."""
        capital = self.gaz.capitals.get(iso3)
        if capital is None or not self._preceded_by_the(index):
            return None
        head = self.words[last + 1]
        start = self.words[index - 1].start
        if start < self.last_end:
            return None
        self._emit(start, head.end, capital, iso3, "city", "adjective.capital")
        return last + 2

    def _abbreviated_state(self, index: int) -> int | None:
        """ "Edison, N.J.": the state after a US place and a comma; the next word index."""
        if not self.places or self.places[-1].country != "USA":
            return None
        gap = self.text[self.places[-1].end : self.words[index].start]
        found = self._state_abbreviation(index) if gap.strip() == "," else None
        if found is None:
            return None
        state, end = found
        entry = self.gaz.lookup(state)
        name = entry.name if entry is not None else state
        self._emit(self.words[index].start, end, name, "USA", "region", "abbreviation.us_state")
        return index + 1

    def _country_like(self, index: int) -> tuple[str, int] | None:
        """A country name or adjective at word ``index``: (iso3, last word index)."""
        words, text = self.words, self.text
        for last in range(min(len(words) - 1, index + 2), index - 1, -1):
            surface = text[words[index].start : words[last].end]
            if not _is_upper_start(surface):
                return None
            key = _fold(surface)
            iso3 = self.gaz.adjectives.get(key)
            if iso3 is not None:
                return iso3, last
            entry = self.gaz.entries.get(key)
            if entry is not None and entry.kind == "country" and not entry.needs_the:
                return entry.country or "", last
        return None

    def _border_pair(self, index: int) -> int | None:
        """ "the Iraq-Kuwait border", "the Lebanese-Israeli border": next word index or None."""
        words, text = self.words, self.text
        stop = min(len(words) - 1, index + 3)
        if stop <= index or not _JOIN_MARK.search(text, words[index].end, words[stop].start):
            return None  # no dash or slash between the words: none of the gaps is one
        if not any(
            _gap(text, words[i], words[i + 1]).strip() in ("-", "–", "/")
            for i in range(index, stop)
        ):
            return None
        left = self._country_like(index)
        if left is None or left[1] + 1 >= len(words):
            return None
        iso3, left_last = left
        gap = _gap(text, words[left_last], words[left_last + 1])
        if not _BORDER_JOIN.fullmatch(gap.strip()) or len(gap) > 3:
            return None
        right = self._country_like(left_last + 1)
        if right is None:
            return None
        head = _BORDER_HEAD.match(text, words[right[1]].end)
        if head is None:
            return None
        end = head.end()
        start = words[index].start
        name = " ".join(text[start:end].split())
        self._emit(start, end, name, iso3 or None, "other", "border.pair")
        next_index = right[1] + 1
        while next_index < len(words) and words[next_index].start < end:
            next_index += 1
        return next_index

    def _worth_visiting(self) -> Iterator[int]:
        """The indices of the words a place can start at, in order: the capitalised
        words and the first words of forms.

        When capitalised words abound (a page's menus, junk such as "Oct. Oct. ..."),
        those that cannot start anything are left out too, found with C-level passes
        over the words rather than a Python step each: a capitalised word that opens
        no form, with no dash or slash before any of its next three words (no border
        pair: words hold none) and no adjective head word one or two words on (no
        "Iranian territory"). At such a word :meth:`scan` would only step on (a US
        state abbreviation after a place is visited by ``scan`` itself).
        """
        words = self.words
        n = len(words)
        texts = list(map(itemgetter(0), words))
        upper = list(map(str.isupper, map(itemgetter(0), texts)))
        keys = list(map(itemgetter(3), words))
        known = list(map(self.gaz.max_words.__contains__, keys))
        if sum(upper) <= n * _SKIP_FROM:
            return compress(count(), map(or_, upper, known))
        known = list(map(or_, known, map(and_, upper, map(_LOWER_WATERS.__contains__, keys))))
        heads = list(map(_ADJECTIVE_HEAD_WORDS.__contains__, texts))
        heads += [False, False]
        near_head = map(or_, heads[1 : n + 1], heads[2 : n + 2])
        # a border pair needs a dash or slash between word i and word min(n - 1, i + 3)
        gaps = self._gaps
        dash, long_dash, slash = (map(str.__contains__, gaps, repeat(m)) for m in "-–/")
        joined = [*map(or_, map(or_, dash, long_dash), slash), False, False, False]
        near_mark = map(or_, map(or_, joined[:n], joined[1 : n + 1]), joined[2 : n + 2])
        tried = map(and_, upper, map(or_, near_head, near_mark))
        return compress(count(), map(or_, known, tried))

    def scan(self) -> list[Place]:
        words = self.words
        index = 0
        # Only a word that can start a place is visited (see _worth_visiting); right
        # after a place in the United States, the next word too ("Edison, N.J.").
        candidates = self._worth_visiting()
        pending: int | None = None
        while True:
            if pending is not None:
                at, pending = pending, None
            else:
                at = next(candidates, -1)
                if at < 0:
                    break
            if at < index or at >= len(words):
                continue
            index = at
            word = words[index]
            emitted = len(self.places)
            if _is_upper_start(word.text):
                after = self._border_pair(index)
                if after is not None:
                    index = after
                    pending = self._state_next(emitted, index)
                    continue
                after = self._adjective_place(index)
                if after is not None:
                    index = after
                    pending = self._state_next(emitted, index)
                    continue
            after = self._abbreviated_state(index)
            if after is not None:
                index = after
                pending = self._state_next(emitted, index)
                continue
            match = self._lookup(index)
            if match is None and word.key in _LOWER_WATERS:
                match = self._lower_water(index)
            if match is not None and self._accept(match):
                index = self._place(match)
                pending = self._state_next(emitted, index)
                continue
            index += 1
        return self.places

    def _state_next(self, emitted: int, index: int) -> int | None:
        """``index`` when a place in the United States was just emitted and a
        capitalised word follows (a state abbreviation: "Edison, N.J."), else None.
        (``scan`` visits every capitalised word; this one may have been filtered out.)"""
        if (
            len(self.places) > emitted
            and self.places[-1].country == "USA"
            and index < len(self.words)
            and _is_upper_start(self.words[index].text)
        ):
            return index
        return None


def find_places_in(text: str, dateline: tuple[int, int] | None = None) -> list[Place]:
    """Every place in ``text``, in order; ``dateline`` is the (start, end) of its dateline."""
    return _Scanner(text, gazetteer(), dateline).scan()
