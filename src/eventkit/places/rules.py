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
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import and_, gt, itemgetter, or_
from typing import NamedTuple

import regex

from eventkit.model import Place
from eventkit.places.gazetteer import TOKEN, Entry, Gazetteer, PlaceKind, fold_key, gazetteer
from eventkit.text.plain import is_plain

__all__ = ["find_places_in"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _tuple(words: str) -> tuple[str, ...]:
    return tuple(words.split())


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
# Titles before a name ("Gen. Jordan", "King Abdullah"); the second kind without a dot.
_ABBREVIATED_TITLES = _tuple("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Capt Sgt Adm Maj Prof Cpl Pvt")
_TITLES = _tuple("Mister Madam Sir Lady Lord Saint Pope King Queen Prince Princess")
_TITLE_WORDS = _ABBREVIATED_TITLES + _TITLES
_HONORIFIC = regex.compile(
    rf"(?:\b(?:{'|'.join(_ABBREVIATED_TITLES)})\.?|\b(?:{'|'.join(_TITLES)}))\s+$"
)
# A word that _DIRECTION_BEFORE can end with, in lower case (when it is ASCII).
_DIRECTION_ENDINGS = ("north", "south", "east", "west", "ern", "central")
_DIRECTION_BEFORE = regex.compile(
    r"(?<![\p{L}-])(?P<dir>(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?"
    r"|central)[ \t]{1,2}\Z",  # \Z: "$" would also match before a line break
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
# how far "guards" may follow: bounded, as the regex module looks ahead for the literal
# through the rest of the text when a match has no end (linear in it, per call)
_GUARD_REACH = 24
# Lower-case "the" waters taken after a locative word ("troops in the gulf").
_LOWER_WATERS = _set("gulf")
_STATE_OF = regex.compile(r"\bstate of\s+$", regex.IGNORECASE)
_INITIAL = regex.compile(r"\b\p{Lu}\.\s+$")
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")
_BORDER_JOIN = regex.compile(r"[-–/]")
_JOIN_MARK = regex.compile(r"[-–/]")
# The share of capitalised words above which those that can start nothing are skipped
# (see _Scanner._worth_visiting).
_SKIP_FROM = 0.25
_BORDER_HEAD = regex.compile(r"\s+(?:border|borders|frontier|boundary)\b")


def _guards_after(text: str, at: int) -> bool:
    """Whether "guard(s)" follows ``at`` ("the Russian border guards": people, not a
    place), looked for within a bounded reach."""
    return _GUARD_AFTER.match(text, at, at + _GUARD_REACH) is not None


# A match: the entry, the indices of its first and last words, the surface's key.
_Match = tuple[Entry, int, int, str]


def _is_upper_start(word: str) -> bool:
    return word[:1].isupper()


def _tight(gap: str) -> bool:
    """True for the gap of two adjacent words: one or two spaces, no line break."""
    return gap == " " or (bool(gap) and gap.isspace() and "\n" not in gap and len(gap) <= 2)


_TOKEN_SPLIT = regex.compile(f"({TOKEN.pattern})")
# TOKEN on plain text (eventkit.text.plain), where its classes are these ranges and
# "’" an apostrophe as "'", for the standard library's engine: it splits such text in
# about half the time (the lookahead lets it skip to a letter or digit;
# "[A-Z](?:\.[A-Z])+\." is "(?:[A-Z]\.){2,}"). One group: split keeps the words,
# findall returns them.
_PLAIN_TOKEN = re.compile(
    r"((?=[A-Za-z0-9])(?:[A-Z](?:\.[A-Z])+\.|[A-Za-z]+(?:['’](?![sS]\b)[A-Za-z]+)*|[0-9]+))"
)
# The same few surfaces ("New York", "the Gulf") are looked up again and again.
_fold = lru_cache(maxsize=1 << 16)(fold_key)


@lru_cache(maxsize=1 << 14)
def _form_words(form: str) -> tuple[str, ...]:
    """The words of a gazetteer form (a bounded set: cached)."""
    return tuple(TOKEN.findall(form))


class _Forms(NamedTuple):
    """What the gazetteer's forms allow a word to be, for cheap tests before a lookup."""

    #: The first words, in lower case, of the forms that do not open with a capital
    #: ("al-", "the"): the only forms a word in lower case can begin (see ``_case_ok``).
    lower_first: frozenset[str]
    #: For each word position p > 0, the p-th words not capitalised of the forms longer
    #: than p, with the lower-case heads: a word there in lower case that is none of
    #: them ends every form (see ``_case_ok``). Both from every form the gazetteer
    #: ever took (a few too many at most, never too few).
    lower_at: tuple[frozenset[str], ...]
    #: ``lower_first``, the directions and the lower-case waters: the keys of the
    #: only ASCII words in lower case that can open a place.
    lower_keys: frozenset[str]


@lru_cache(maxsize=4)
def _forms(gaz: Gazetteer) -> _Forms:
    later = (frozenset(words | _LOWER_HEADS) for words in gaz.lower_later)
    lower_first = frozenset(gaz.lower_first)
    lower_keys = lower_first | frozenset(_CARDINALS) | _LOWER_WATERS
    return _Forms(lower_first, (frozenset(), *later), lower_keys)


@lru_cache(maxsize=1 << 14)
def _case_ok(form: str, surface: tuple[str, ...]) -> bool:
    """True when the words of ``surface`` are cased as ``form`` allows (cached: the
    same names recur)."""
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


class _Scanner:
    """One pass over one text.

    The words are kept column by column (text, start, end, key, and the gap after
    each), built in C by one split: no object per word, which matters on junk with
    hundreds of thousands of them. Word ``i`` and word ``i + 1`` are adjacent when
    ``_tight(gaps[i])``.
    """

    def __init__(
        self, text: str, gaz: Gazetteer, dateline: tuple[int, int] | None, plain: bool | None
    ) -> None:
        self.text = text
        self.gaz = gaz
        self.entries = gaz.entries
        # One split on the pattern gives gaps and words in turn, running sums of their
        # lengths the offsets.
        plain = is_plain(text) if plain is None else plain
        parts = (_PLAIN_TOKEN if plain else _TOKEN_SPLIT).split(text)
        offsets = list(accumulate(map(len, parts)))
        self.texts = texts = parts[1::2]
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        self.gaps = parts[2:-1:2]  # gaps[i]: between word i and word i + 1
        self.plain = plain
        # The first and last dash or slash (where a border pair can be): most words
        # have none near them.
        self.first_mark = min((at for at in map(text.find, "-–/") if at >= 0), default=len(text))
        self.last_mark = max(map(text.rfind, "-–/"))
        if text.isascii():
            self.keys = list(map(str.lower, texts))
        else:
            self.keys = [word.lower() if word.isascii() else fold_key(word) for word in texts]
        self.count = len(texts)
        self.forms = _forms(gaz)
        self.dateline = dateline
        self.places: list[Place] = []
        self.last_end = -1
        self._line_modes: dict[int, tuple[bool, bool]] = {}
        self._line_starts: list[int] | None = None

    # -- context -------------------------------------------------------------------
    def _line_mode(self, index: int) -> tuple[bool, bool]:
        """(title case, all capitals) for the line holding word ``index``."""
        offset = self.starts[index]
        if self._line_starts is None:
            # Each line starts one past the end of the one before.
            lengths = map(len, self.text.split("\n"))
            self._line_starts = list(accumulate(map((1).__add__, lengths), initial=0))[:-1]
        line_start = self._line_starts[bisect.bisect_right(self._line_starts, offset) - 1]
        cached = self._line_modes.get(line_start)
        if cached is not None:
            return cached
        line = self.text[line_start : line_start + 400].split("\n", 1)[0]
        words = (_PLAIN_TOKEN if is_plain(line) else TOKEN).findall(line)
        content = [w for w in words if len(w) >= 4 and w.isalpha() and w.lower() not in _OPENERS]
        capitalised = sum(map(str.isupper, map(itemgetter(0), content)))
        upper = sum(map(str.isupper, content))
        enough = len(content) >= 3
        mode = (
            enough and capitalised >= 0.9 * len(content),
            enough and upper >= 0.9 * len(content),
        )
        self._line_modes[line_start] = mode
        return mode

    def _has_cue(self, first: int, last: int) -> bool:
        start = self.starts[first]
        if self.dateline is not None and self.dateline[0] <= start < self.dateline[1]:
            return True
        if self.last_end >= 0 and _LIST_GAP.fullmatch(self.text, self.last_end, start):
            return True
        keys, gaps = self.keys, self.gaps
        if first > 0 and _tight(gaps[first - 1]):
            prev = keys[first - 1]
            if prev in _STRONG_CUES:
                return True
            if first > 1 and _tight(gaps[first - 2]):
                before = keys[first - 2]
                if prev in _MOTION_CUES and before in _MOTION_VERBS:
                    return True  # "troops were sent to Aqaba"
                if prev == "of" and before in _CUE_OF_HEADS:
                    return True
        return self._country_follows(last)

    def _country_follows(self, last: int) -> bool:
        """True for "Split, Croatia" and "Mobile, Alabama": a country or region after a comma."""
        if last + 1 >= self.count or self.gaps[last].strip() != ",":
            return False
        if self._state_abbreviation(last + 1) is not None:
            return True
        found = self._lookup(last + 1)
        return found is not None and found[0].kind in ("country", "region")

    def _state_abbreviation(self, index: int) -> tuple[str, int] | None:
        """ "N.J." or "Ala." at word ``index``: (state name, end offset), or None."""
        word = self.texts[index]
        if not _is_upper_start(word) or len(word) > 6:
            return None
        surface = word if word.endswith(".") else word + "."
        start = self.starts[index]
        if not self.text.startswith(surface, start):
            return None
        state = self.gaz.us_states.get(surface)
        return None if state is None else (state, start + len(surface))

    def _country_after_comma(self, last: int) -> str | None:
        """The country of "Texas" in "Paris, Texas" (a country or region after a comma)."""
        if last + 1 >= self.count or self.gaps[last].strip() != ",":
            return None
        if self._state_abbreviation(last + 1) is not None:
            return "USA"
        found = self._lookup(last + 1)
        if found is None or found[0].kind not in ("country", "region"):
            return None
        if found[0].country == "GEO" and self._us_context(last):
            return "USA"
        return found[0].country

    def _us_context(self, last: int) -> bool:
        return self.gaz.in_country(self.keys[last], "USA") is not None

    def _inside_name(self, first: int, last: int) -> bool:
        """True when the match is part of a longer proper name ("Jordan Peterson")."""
        text, texts, gaps = self.text, self.texts, self.gaps
        start = self.starts[first]
        # A title ends the word before ("Gen. Jordan"): tested first, without a search.
        if (
            first > 0
            and texts[first - 1].endswith(_TITLE_WORDS)
            and _HONORIFIC.search(text, max(0, start - 12), start)
        ):
            return True
        if (
            first > 0
            and ("." in gaps[first - 1] or texts[first - 1].endswith("."))
            and _INITIAL.search(text, max(0, start - 4), start)
        ):
            return True  # "Anthony M. Kennedy" (a dot just before, in a gap or "U.S.")
        if first > 0 and _tight(gaps[first - 1]) and _is_upper_start(texts[first - 1]):
            prev = self.keys[first - 1]
            after_name = (
                prev not in _OPENERS and prev not in _CARDINALS and prev not in self.gaz.adjectives
            )
        else:
            after_name = False
        if not after_name:
            nxt = last + 1
            if nxt >= self.count or not _tight(gaps[last]) or not _is_upper_start(texts[nxt]):
                return False
            if texts[nxt].isupper():
                return False
        # A capitalised neighbour; but a line in title case is no evidence (read last:
        # the line is tokenised only here).
        return not self._line_mode(first)[0]

    # -- lookup --------------------------------------------------------------------
    def _lookup(self, first: int) -> _Match | None:
        """The longest gazetteer form starting at word ``first`` whose case fits."""
        key = self.keys[first]
        longest = self.gaz.max_words.get(key, 0)
        if not longest:
            return None
        texts = self.texts
        got = texts[first]
        if (
            not got[:1].isupper()
            and got not in _CARDINALS
            and got.lower().replace("’", "'") not in self.forms.lower_first
        ):
            # No form fits a lower-case word ("to", "in") here: ``_case_ok`` takes one
            # only for a form whose first word is that word in lower case.
            return None
        entries = self.entries
        if longest > 1:
            # The longest span worth a lookup: no line break in it, and each word after
            # the first capitalised or a later word of some form ("Sea of Japan").
            gaps, lower_at = self.gaps, self.forms.lower_at
            stop = min(self.count - 1, first + longest - 1)
            last_allowed = first
            while last_allowed < stop and "\n" not in gaps[last_allowed]:
                word = texts[last_allowed + 1]
                if not word[:1].isupper():
                    position = last_allowed + 1 - first
                    if (
                        position >= len(lower_at)
                        or word.lower().replace("’", "'") not in lower_at[position]
                    ):
                        break
                last_allowed += 1
            if last_allowed > first:
                text, ends = self.text, self.ends
                start = self.starts[first]
                for last in range(last_allowed, first, -1):
                    surface = _fold(text[start : ends[last]])
                    entry = entries.get(surface)
                    if entry is not None and _case_ok(entry.form, tuple(texts[first : last + 1])):
                        return entry, first, last, surface
        # One word: its key is the fold of its surface.
        entry = entries.get(key)
        if entry is not None and _case_ok(entry.form, (got,)):
            return entry, first, first, key
        return None

    def _lower_water(self, index: int) -> _Match | None:
        """ "sent ships to the gulf": a lower-case "the" water after a locative word."""
        keys = self.keys
        entry = self.entries.get(keys[index])
        if entry is None or not entry.needs_the or entry.kind != "water" or index < 2:
            return None
        if (
            self.texts[index - 1] == "the"
            and keys[index - 2] in _CUE_WORDS
            and _tight(self.gaps[index - 2])
            and (index + 1 >= self.count or keys[index + 1] not in ("between", "of"))
        ):
            return entry, index, index, keys[index]
        return None

    def _preceded_by_the(self, first: int) -> bool:
        return first > 0 and self.keys[first - 1] == "the" and _tight(self.gaps[first - 1])

    def _accept(self, match: _Match) -> bool:
        entry, first, last, surface_key = match
        if surface_key in self.gaz.stoplist:
            return False
        if entry.needs_the and not self._preceded_by_the(first):
            return False
        text, texts, keys = self.text, self.texts, self.keys
        start = self.starts[first]
        in_dateline = self.dateline is not None and (self.dateline[0] <= start < self.dateline[1])
        form = entry.form
        if not (form.isupper() or "." in form) and all(map(str.isupper, texts[first : last + 1])):
            if len(surface_key) < 4:
                return False
            if entry.kind in ("city", "other") and not (in_dateline or self._line_mode(first)[1]):
                return False
        if not in_dateline and self._inside_name(first, last):
            return False
        if (entry.cue_only or entry.minor) and (
            not self._has_cue(first, last) or text.startswith(("'s", "’s"), self.ends[last])
        ):
            return False
        nxt = last + 1
        if nxt >= self.count or not _tight(self.gaps[last]):
            return True
        follow = keys[nxt]
        if (
            entry.kind in ("city", "other")
            and not entry.capital
            and entry.population < 1_000_000
            and follow in _SPEECH
        ):
            return False
        if entry.needs_the and follow in _THE_ADJECTIVE_NOUNS:
            return False  # "the Gulf states", "the Mediterranean diet"
        return not (
            entry.adjective_too
            and texts[nxt].islower()
            and follow not in _NOUN_FOLLOWERS
            and follow not in _OPENERS
            and not follow.endswith("ed")
            and follow not in _AREA_HEADS
            and follow not in _EDGE_HEADS
        )

    # -- building places ------------------------------------------------------------
    def _emit(
        self, start: int, end: int, name: str, country: str | None, kind: PlaceKind, rule: str
    ) -> None:
        # From a dict: the same validation, without the keyword-argument step.
        place = {
            "text": self.text[start:end],
            "start": start,
            "end": end,
            "name": name,
            "country": country,
            "kind": kind,
            "rule": rule,
        }
        self.places.append(Place.model_validate(place))
        self.last_end = end

    def _georgia_in_us(self, match: _Match) -> bool:
        """ "Atlanta, Georgia": the US state after a US city and a comma."""
        if match[0].country != "GEO":
            return False
        start = self.starts[match[1]]
        if _STATE_OF.search(self.text, max(0, start - 14), start):
            return True  # "the state of Georgia"
        if not self.places:
            return False
        before = self.places[-1]
        gap = self.text[before.end : start]
        return before.country == "USA" and gap.strip() == ","

    def _place(self, match: _Match) -> int:
        """Emit the place for an accepted match with its modifiers; the next word index."""
        entry, first, last, surface_key = match
        text, keys, starts, gaps = self.text, self.keys, self.starts, self.gaps
        start, end = starts[first], self.ends[last]
        name, country, kind = entry.name, entry.country, entry.kind
        rule = f"gazetteer.{entry.kind}"
        if country == "GEO" and self._georgia_in_us(match):
            country, kind, rule = "USA", "region", "gazetteer.us_state"
        elif kind in ("city", "other") and last + 1 < self.count and "," in gaps[last]:
            home = self._country_after_comma(last)
            if home is not None and home != country:
                namesake = self.gaz.in_country(surface_key, home)
                if namesake is not None:
                    name, country, kind = namesake.name, namesake.country, namesake.kind
                    rule = "gazetteer.namesake"
        at = first
        if entry.needs_the:
            at = first - 1
            start = starts[at]
        # A direction before: "eastern Russia", "south-eastern Turkey", "the west of Ukraine".
        # It ends the word before (searched for only when that word could end it).
        before_word = self.texts[at - 1] if at > 0 else ""
        if kind != "water" and (
            not before_word.isascii() or before_word.lower().endswith(_DIRECTION_ENDINGS)
        ):
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
            noun = keys[first - 2]
            if (
                keys[first - 1] == "of"
                and noun in _DIRECTION_NOUNS
                and keys[first - 3] == "the"
                and _tight(gaps[first - 3])
                and _tight(gaps[first - 2])
                and _tight(gaps[first - 1])
                and starts[first - 3] >= self.last_end
            ):
                name = f"{_DIRECTION_NOUNS[noun]} {name}"
                kind, start, rule = "region", starts[first - 3], "direction.of"
        # A head noun after: "the Wonsan area", "Helmand province", "the Ukraine border".
        nxt = last + 1
        next_index = nxt
        if nxt < self.count and _tight(gaps[last]) and kind != "water":
            head = keys[nxt]
            if head in _AREA_HEADS:
                end, next_index = self.ends[nxt], last + 2
                kind = "region" if kind in ("country", "city", "other") else kind
                rule = f"{rule}+area"
                if (
                    self._preceded_by_the(first)
                    and start == starts[first]
                    and starts[first - 1] >= self.last_end
                ):
                    start = starts[first - 1]
            elif (
                head in _EDGE_HEADS
                and (
                    self._preceded_by_the(bisect.bisect_left(starts, start))
                    or _is_upper_start(self.texts[nxt])
                )
                and not _guards_after(text, self.ends[nxt])
            ):
                end, next_index = self.ends[nxt], last + 2
                name, kind, rule = f"{name} {head}", "other", f"{rule}+edge"
        elif kind == "country":
            # "Ukraine's east" is eastern Ukraine.
            part = _POSSESSIVE_DIRECTION.match(text, end)
            if part is not None and self._ends_phrase(part.end()):
                name = f"{_DIRECTION_NOUNS[part.group('dir').lower()]} {name}"
                kind, end, rule = "region", part.end(), "direction.possessive"
                next_index = bisect.bisect_left(starts, end, next_index)
        self._emit(start, end, name, country, kind, rule)
        return next_index

    def _ends_phrase(self, offset: int) -> bool:
        """True when no noun follows ``offset`` ("Ukraine's east," not "Ukraine's east coast")."""
        follow = _NEXT_WORD.match(self.text, offset)
        if follow is None:
            return True
        return follow.group(1).lower() not in _DIRECTION_HEADS

    def _adjective_place(self, index: int) -> int | None:
        """ "Iranian territory", "the Russian border": the next word index, or None."""
        text, texts, starts, ends = self.text, self.texts, self.starts, self.ends
        count = self.count
        if index + 1 >= count or not (
            texts[index + 1] in _ADJECTIVE_HEAD_WORDS
            or (index + 2 < count and texts[index + 2] in _ADJECTIVE_HEAD_WORDS)
        ):
            return None
        for last in range(min(count - 2, index + 1), index - 1, -1):
            surface = text[starts[index] : ends[last]]
            iso3 = self.gaz.adjectives.get(_fold(surface))
            if iso3 is None or not _is_upper_start(surface):
                continue
            head = texts[last + 1]
            adjacent = _tight(self.gaps[last])
            if head == "capital" and adjacent:
                return self._capital(index, last, iso3)
            kind = _ADJECTIVE_HEADS.get(head)
            if kind is None or not adjacent or _guards_after(text, ends[last + 1]):
                return None
            name = f"{surface} {head}"
            self._emit(starts[index], ends[last + 1], name, iso3, kind, "adjective.head")
            return last + 2
        return None

    def _capital(self, index: int, last: int, iso3: str) -> int | None:
        """ "the Ukrainian capital" is Kyiv: the next word index, or None."""
        capital = self.gaz.capitals.get(iso3)
        if capital is None or not self._preceded_by_the(index):
            return None
        start = self.starts[index - 1]
        if start < self.last_end:
            return None
        self._emit(start, self.ends[last + 1], capital, iso3, "city", "adjective.capital")
        return last + 2

    def _abbreviated_state(self, index: int) -> int | None:
        """ "Edison, N.J.": the state after a US place and a comma; the next word index."""
        if not self.places or self.places[-1].country != "USA":
            return None
        start = self.starts[index]
        gap = self.text[self.places[-1].end : start]
        found = self._state_abbreviation(index) if gap.strip() == "," else None
        if found is None:
            return None
        state, end = found
        entry = self.gaz.lookup(state)
        name = entry.name if entry is not None else state
        self._emit(start, end, name, "USA", "region", "abbreviation.us_state")
        return index + 1

    def _country_like(self, index: int) -> tuple[str, int] | None:
        """A country name or adjective at word ``index``: (iso3, last word index)."""
        text, starts, ends = self.text, self.starts, self.ends
        if not _is_upper_start(self.texts[index]):
            return None
        for last in range(min(self.count - 1, index + 2), index - 1, -1):
            key = _fold(text[starts[index] : ends[last]])
            iso3 = self.gaz.adjectives.get(key)
            if iso3 is not None:
                return iso3, last
            entry = self.entries.get(key)
            if entry is not None and entry.kind == "country" and not entry.needs_the:
                return entry.country or "", last
        return None

    def _border_pair(self, index: int) -> int | None:
        """ "the Iraq-Kuwait border", "the Lebanese-Israeli border": next word index or None."""
        text, starts, ends, gaps = self.text, self.starts, self.ends, self.gaps
        stop = min(self.count - 1, index + 3)
        if stop <= index or not _JOIN_MARK.search(text, ends[index], starts[stop]):
            return None  # no dash or slash between the words: none of the gaps is one
        if not any(gap.strip() in ("-", "–", "/") for gap in gaps[index:stop]):
            return None
        left = self._country_like(index)
        if left is None or left[1] + 1 >= self.count:
            return None
        iso3, left_last = left
        gap = gaps[left_last]
        if not _BORDER_JOIN.fullmatch(gap.strip()) or len(gap) > 3:
            return None
        right = self._country_like(left_last + 1)
        if right is None:
            return None
        head = _BORDER_HEAD.match(text, ends[right[1]])
        if head is None:
            return None
        end = head.end()
        start = starts[index]
        name = " ".join(text[start:end].split())
        self._emit(start, end, name, iso3 or None, "other", "border.pair")
        return bisect.bisect_left(starts, end, right[1] + 1)

    def _opens(self, word: str, key: str) -> bool | None:
        """Whether :meth:`_lookup` can find a form at a lower-case word (a first word of
        forms), or "the gulf" be read there; None when that depends on the next word."""
        if key in _LOWER_WATERS:
            return True
        forms = self.forms
        if word not in _CARDINALS and word.lower().replace("’", "'") not in forms.lower_first:
            return False  # _lookup's tests before a lookup fail
        if key in self.entries:
            return True
        return None if self.gaz.max_words[key] > 1 else False

    def _goes_on(self, index: int) -> bool:
        """True when :meth:`_lookup` would try a longer form from word ``index``."""
        if index + 1 >= self.count or "\n" in self.gaps[index]:
            return False
        after, later = self.texts[index + 1], self.forms.lower_at
        return after[:1].isupper() or (
            len(later) > 1 and after.lower().replace("’", "'") in later[1]
        )

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
        texts, keys, n, text = self.texts, self.keys, self.count, self.text
        max_words = self.gaz.max_words
        upper = list(map(str.isupper, map(itemgetter(0), texts)))
        many = sum(upper) > n * _SKIP_FROM
        if many or not self.plain:
            known = list(map(max_words.__contains__, keys))
            lower = list(compress(count(), map(gt, known, upper)))
        else:
            # In ASCII text a word in lower case can open a form only if its key is one
            # of a few (see _opens): the large table is read for those alone.
            known = upper.copy()
            few = self.forms.lower_keys
            lower = [
                index
                for index in compress(count(), map(few.__contains__, keys))
                if not upper[index] and keys[index] in max_words
            ]
        # A word in lower case that opens no form (such as each "6" of a table of
        # numbers: "6th of October City" opens with one) is left out, unless "the gulf".
        verdicts: dict[str, bool | None] = {}  # by word: the same few recur
        for index in lower:
            word = texts[index]
            if word in verdicts:
                verdict = verdicts[word]
            else:
                verdict = verdicts[word] = self._opens(word, keys[index])
            known[index] = bool(verdict or (verdict is None and self._goes_on(index)))
        if not many:
            return compress(count(), map(or_, upper, known))
        known = list(map(or_, known, map(and_, upper, map(_LOWER_WATERS.__contains__, keys))))
        # Words near a head word or a mark, each pass skipped when the text holds none.
        near: list[Iterator[bool]] = []
        if not _ADJECTIVE_HEAD_WORDS.isdisjoint(texts):
            heads = list(map(_ADJECTIVE_HEAD_WORDS.__contains__, texts))
            heads += [False, False]
            near.append(map(or_, heads[1 : n + 1], heads[2 : n + 2]))
        if self.first_mark < len(text):
            # a border pair needs a dash or slash between word i and word min(n - 1, i + 3)
            gaps = self.gaps
            dash, long_dash, slash = (map(str.__contains__, gaps, repeat(m)) for m in "-–/")
            joined = [*map(or_, map(or_, dash, long_dash), slash), False, False, False]
            near.append(map(or_, map(or_, joined[:n], joined[1 : n + 1]), joined[2 : n + 2]))
        if not near:
            return compress(count(), known)
        tried = map(and_, upper, near[0] if len(near) == 1 else map(or_, *near))
        return compress(count(), map(or_, known, tried))

    def scan(self) -> list[Place]:
        text, texts, keys, starts, ends = self.text, self.texts, self.keys, self.starts, self.ends
        count, places, max_words = self.count, self.places, self.gaz.max_words
        first_mark, last_mark = self.first_mark, self.last_mark
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
            if at < index or at >= count:
                continue
            index = at
            emitted = len(places)
            after = None
            if texts[index][:1].isupper():
                # Each rule is tried only where its first test, inline here, passes: a
                # dash or slash before one of the next three words, an adjective head
                # word one or two words on, a place in the United States before.
                stop = min(count - 1, index + 3)
                if (
                    stop > index
                    and first_mark < starts[stop]
                    and ends[index] <= last_mark
                    and _JOIN_MARK.search(text, ends[index], starts[stop])
                ):
                    after = self._border_pair(index)
                if after is None and (
                    (index + 1 < count and texts[index + 1] in _ADJECTIVE_HEAD_WORDS)
                    or (index + 2 < count and texts[index + 2] in _ADJECTIVE_HEAD_WORDS)
                ):
                    after = self._adjective_place(index)
                if after is None and places and places[-1].country == "USA":
                    after = self._abbreviated_state(index)
            if after is None:
                key = keys[index]
                match = self._lookup(index) if key in max_words else None
                if match is None and key in _LOWER_WATERS:
                    match = self._lower_water(index)
                if match is None or not self._accept(match):
                    index += 1
                    continue
                after = self._place(match)
            index = after
            pending = self._state_next(emitted, index)
        return self.places

    def _state_next(self, emitted: int, index: int) -> int | None:
        """``index`` when a place in the United States was just emitted and a
        capitalised word follows (a state abbreviation: "Edison, N.J."), else None.
        (``scan`` visits every capitalised word; this one may have been filtered out.)"""
        if (
            len(self.places) > emitted
            and self.places[-1].country == "USA"
            and index < self.count
            and _is_upper_start(self.texts[index])
        ):
            return index
        return None


def find_places_in(
    text: str, dateline: tuple[int, int] | None = None, *, plain: bool | None = None
) -> list[Place]:
    """Every place in ``text``, in order; ``dateline`` is the (start, end) of its dateline,
    ``plain`` whether the text is plain (:func:`eventkit.text.plain.is_plain`) if known."""
    return _Scanner(text, gazetteer(), dateline, plain).scan()
