"""The actor rules: titled people, official phrases, metonyms, bodies and countries.

One pass per sentence over its tokens, in three steps:

1. people: a title ("German Chancellor", "White House National Security spokesman",
   "secretary of the Russian Security Council") next to a name, before it, after it
   in apposition, or alone ("the chancellor") pointing back to an earlier person;
   "Mr. Baker" and a bare surname point back the same way;
2. gazetteer forms not used by a person: an adjective heading a force or official
   noun ("North Korean soldiers", "the Russian Defence Ministry"), a country name,
   a capital used as an agent ("Moscow said", "Beijing's"), a seat of government
   ("the Kremlin"), an organisation or armed group;
3. forces of no single country ("Arab forces", "rebel fighters"), pairs of states
   ("the two Koreas"), and state bodies named by a bare noun ("Congress", "the
   government") whose state the text makes clear;
4. later mentions by surname ("Kirby") and untitled names that speak ("John Smith
   said").

A person's ``country`` comes from the word before the title ("German", "Kremlin",
"Russia's", "Hamas"), else from an "of"/"for" complement, else stays None.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from typing import TYPE_CHECKING, NamedTuple

import regex

from eventkit.actors.gazetteer import Hit, gazetteer, lexicon, token_lists
from eventkit.actors.officeholders import OfficeHolder, holder, is_full_name, served
from eventkit.countries import by_code
from eventkit.model import Actor, ActorKind
from eventkit.text.plain import is_plain
from eventkit.trusted import trusted_builder

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_actors"]

_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
_PARTICLES = frozenset(
    [
        "bin",
        "ibn",
        "bint",
        "al",
        "el",
        "de",
        "da",
        "di",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "le",
        "del",
        "dos",
        "das",
        "ter",
        "abu",
        "ben",
    ]
)
_SUFFIXES = frozenset(
    "Jr Sr II III IV V VI VII VIII IX XI XII XIII XIV XV XVI".split()  # noqa: SIM905
)
# A weapon's designation before its noun: "F-35 jets", "T-72 tanks", "Su-34 bombers".
_DESIGNATION = regex.compile(r"^\p{L}{1,4}-?\d+\p{L}?$")
_OBJECT_PREPOSITIONS = frozenset(
    {"to", "for", "with", "from", "of", "on", "at", "about", "against", "toward", "towards"}
)
# Before "Arab states", "European countries": the states just named, counted or placed
# ("the three central European countries", "two Gulf states"), no bloc of its own.
_ENUMERATING = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}
    | {"several", "these", "those", "other", "central", "eastern", "western", "northern"}
    | {"southern"}
)
# "the Gulf state", "the Arab kingdom": one state, named before; no bloc.
_ONE_STATE = frozenset({"state", "kingdom"})
# After a bare "Congress" or "the government": what lets it be the subject or object
# of a clause ("Congress approved", "talks with the government,"), not a modifier
# ("Congress leader", "the government forces", "the government side").
_BODY_FOLLOWERS = frozenset(
    {",", ".", ";", ":", ")", "!", "?", "'s", "'", '"', "—", "-", "and", "or", "to", "on"}
    | {"for", "in", "by", "with", "over", "from", "after", "before", "that", "which", "who"}
    | {"last", "next", "this"}
)
# The nouns that, after "the", name the government or legislature of the state the
# text is about ("the government", "the parliament").
_BODY_NOUNS = frozenset({"government", "parliament", "legislature", "senate"})
# Bare forces and ministries that are a state's like a bare "the government" ("the
# army said", "the defence ministry said"), with the kind each is.
_BARE_FORCES = frozenset({"army", "military", "navy"})
_MINISTRY_KINDS = frozenset({"defence", "defense", "foreign", "interior", "war"})
_BARE_BODIES = _BODY_NOUNS | _BARE_FORCES | {"ministry"}
# Kinds of actor that name a state a later "the government" may be of.
_STATE_KINDS = frozenset({"country", "government", "military", "person"})
# Before "the West": where, not who ("lives in the West").
_PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "inside", "within", "around"})
_NAME_END = frozenset({",", ".", ";", ":", ")", "!", "?", "'s", "who", "and", "said", "says"})
_AFTER_TITLE_ALONE = frozenset({",", ".", ";", ":", ")", "!", "?", "'s", "who", "and", "—", "-"})
_NAME_WORD = regex.compile(
    r"^(?:(?:al|el|Al|El|ad|ar|as|ash|at|az|bin|ibn|abu)-)?\p{Lu}[\p{Ll}\p{M}'’\-]*\p{Ll}[\p{L}\p{M}'’\-]*$"
)
_INITIAL = regex.compile(r"^\p{Lu}$")


_FULL_RANK = {
    "gen": "general",
    "adm": "admiral",
    "col": "colonel",
    "lt": "lieutenant",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "cmdr": "commander",
    "brig": "brigadier",
    "sen": "senator",
    "rep": "representative",
}
# Title words that make another office of the same head noun ("deputy minister").
_SUBORDINATE = frozenset({"deputy", "vice", "assistant", "under", "junior", "associate"})
_GENERAL_OF = frozenset({"secretary", "attorney", "director", "inspector", "governor", "consul"})


@lru_cache(maxsize=1 << 12)  # a day's stories name the same people on the same date
def office_holder(name: str, on: dt.date | None, title: str | None) -> OfficeHolder | None:
    """The term of office ``name`` refers to on ``on`` (or, named in full, the last one
    held: see :func:`~eventkit.actors.officeholders.served`); None when unknown."""
    return served(name, on, title) if on is not None else None


def office_country(name: str, on: dt.date | None, title: str | None) -> str | None:
    """The country of the office ``name`` held on ``on`` (see :func:`office_holder`)."""
    found = office_holder(name, on, title)
    return found.country if found is not None else None


def _head_kind(kind: str) -> ActorKind:
    return "military" if kind == "military" else "group" if kind == "group" else "government"


def _title_head(words: list[str]) -> str:
    """The noun a later "the <noun>" uses: "secretary" for "Secretary of State"."""
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    head = words[-1]
    if head == "general" and len(words) > 1 and words[-2] in _GENERAL_OF:
        head = words[-2]
    return _FULL_RANK.get(head, head)


@dataclass
class _Person:
    name: str
    start: int
    title: str | None
    head: str | None
    country: str | None


@dataclass
class _State:
    """What earlier sentences found: the people a later mention can point to."""

    people: list[_Person] = field(default_factory=list)
    by_key: dict[str, _Person] = field(default_factory=dict)
    #: The document's date, on which an office holder's country is looked up.
    on: dt.date | None = None
    #: The country of the document's dateline ("BOGOTA (Reuters) -"), looked up when
    #: first asked: a bare "the government" with no state named before is its.
    home: Callable[[], str | None] = lambda: None
    #: The states whose governments or titled people the sentences so far named ("the
    #: Danish government", "Moscow said", "US officials", "President Fidel Castro").
    governments: set[str] = field(default_factory=set)
    #: The states whose forces the sentences so far named ("Polish troops", "the UPDF"):
    #: a bare "the army" is of the one named.
    militaries: set[str] = field(default_factory=set)

    def add(self, person: _Person, words: list[str]) -> None:
        self.people.append(person)
        self.by_key.setdefault(person.name, person)
        parts = [w for w in words if w not in _SUFFIXES and not _INITIAL.match(w)]
        if parts:
            self.by_key.setdefault(parts[-1], person)
            if len(parts) > 1 and person.country in lexicon().first_part_countries:
                self.by_key.setdefault(parts[0], person)

    def by_title(self, title: str, country: str | None) -> _Person | None:
        """The latest person with this title ("prime minister"), else with its head noun."""
        noun = _title_head(title.split())
        fallback = None
        for person in reversed(self.people[-64:]):  # the recent ones: a title alone is near
            if person.head is None or (country is not None and person.country != country):
                continue
            if person.head == title:
                return person
            if fallback is None and _title_head(person.head.split()) == noun:
                fallback = person
        return fallback


def find_actors(doc: Document) -> list[Actor]:
    """Every actor mention in ``doc``, sentence by sentence (the dateline left out).

    >>> from eventkit.document import Document
    >>> [(a.name, a.kind, a.country) for a in find_actors(Document("North Korean troops moved."))]
    [('North Korea', 'military', 'PRK')]
    """
    state = _State(on=doc.reference, home=_home_of(doc))
    out: list[Actor] = []
    text = doc.text
    # Sentences that gave no actor since the state last changed. A sentence reads its
    # own words, the state and (only once it emits a person) the character after the
    # name; the state changes only when something is emitted, and every person in it
    # stands before the sentence. So the same words give nothing again until an actor
    # is found: scraped pages repeat their menus and banners thousands of times.
    barren: set[str] = set()
    columns = _text_columns(text) if len(text) <= _WHOLE_TEXT else None
    for sentence in doc.sentences:
        # Every rule starts from a word with a letter (a gazetteer form, a title, a
        # name): a sentence of digits and marks alone (a number table, junk) has none.
        if sentence.text in barren:
            continue
        if _LETTER.search(text, sentence.start, sentence.end) is not None:
            start, end = sentence.start, sentence.end
            mine = columns.sentence(text, start, end) if columns is not None else None
            if mine is None:
                mine = _text_columns(text, start, end)
            cues = _cues(mine.lower)
            may = cues or _may_start(mine)
            found = _Sentence(text, start, end, state, mine, cues).run() if may else []
            if found:
                out.extend(found)
                barren.clear()
                continue
        barren.add(sentence.text)
    return out


_LETTER = regex.compile(r"\p{L}")


def _home_of(doc: Document) -> Callable[[], str | None]:
    """The country of ``doc``'s dateline, looked up once, when first asked (from the
    places layer, which most documents never need for this)."""
    found: list[str | None] = []

    def home() -> str | None:
        if not found:
            line = doc.dateline
            places = doc.within(doc.places, line.span.start, line.span.end) if line else []
            found.append(next((p.country for p in places if p.country), None))
        return found[0]

    return home


# A text this short is tokenized in one pass, and each sentence takes its slice of
# the tokens: a call per sentence costs more than its few tokens. A longer text (a
# scraped page, junk) goes sentence by sentence, so that a skipped one costs nothing.
_WHOLE_TEXT = 1 << 16


class _Columns(NamedTuple):
    """The tokens of a text as parallel lists, with the per-word facts the rules read."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    lower: list[str]
    name_forms: list[bool]

    def sentence(self, text: str, start: int, end: int) -> _Columns | None:
        """The tokens of ``text[start:end]``, or None if that span could tokenize
        otherwise alone: the same whenever a space (or the text's edge) is on both
        sides, since no token holds a space or reads past one (a space is no letter,
        word character or "+"), and a full stop after it belongs to no word."""
        if (start and not text[start - 1].isspace()) or (
            end < len(text) and not text[end].isspace()
        ):
            return None
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end, first)
        return _Columns(
            self.words[first:last],
            self.starts[first:last],
            self.ends[first:last],
            self.lower[first:last],
            self.name_forms[first:last],
        )


def _may_start(columns: _Columns) -> bool:
    """Whether some rule can start in these tokens at a name word or a gazetteer form's
    first word (the other starts are the sentence's _cues). A sentence with neither
    and no cue gives nothing and changes no state (one in five in news): no need to
    build it."""
    return any(columns.name_forms) or not gazetteer().first_words.isdisjoint(columns.words)


def _cues(lower: list[str]) -> frozenset[str]:
    """The words of a sentence (lower case) that start a rule other than at a name or a
    gazetteer form: an honorific, a title's first word, a bloc modifier, a bloc's or a
    pair of states' name, "congress", a body noun. Found in one pass, so that each rule
    asks this small set, not the sentence, whether its words are there."""
    return _rule_starts().intersection(lower)


@lru_cache(maxsize=1)
def _rule_starts() -> frozenset[str]:
    lex = lexicon()
    return (
        lex.person_starts
        | lex.bloc_modifiers
        | _bloc_name_cues()
        | _pair_cues()
        | {"congress"}
        | _BARE_BODIES
    )


@lru_cache(maxsize=1)
def _bloc_name_cues() -> frozenset[str]:
    return frozenset(name.lower() for name in lexicon().bloc_names)


@lru_cache(maxsize=1)
def _pair_cues() -> frozenset[str]:
    return frozenset(name.lower() for name in lexicon().state_pairs)


def _text_columns(text: str, start: int = 0, end: int | None = None) -> _Columns:
    words, starts, ends = token_lists(text) if end is None else _sentence_tokens(text, start, end)
    return _Columns(words, starts, ends, list(map(str.lower, words)), list(map(_name_form, words)))


# Junk inside a sentence (a megabyte of NUL bytes or of "1,1,1," before a story):
# every rule starts from a word with a letter and reads at most a few dozen tokens
# around it, so a long stretch of tokens with no letter acts the same once cut down
# to its first and last _MARGIN tokens, and the middle need not be tokenized at all.
_MARGIN = 128  # tokens; no rule reads more than 30 away from a word with a letter
_STRETCH_CHARS = 16 * _MARGIN
# A stretch starts after a letter or at the start (the look-behind keeps the search
# linear: no retry inside a run of non-letters).
_STRETCH = regex.compile(r"(?<!\P{L})\P{L}" + f"{{{_STRETCH_CHARS},}}")
_PLAIN_STRETCH = re.compile(f"(?<![^A-Za-z])[^A-Za-z]{{{_STRETCH_CHARS},}}")  # faster
# A character that is a token on its own, ending any token before it, when the one
# before it is no letter: neither a letter, mark, digit, apostrophe, hyphen, "+" nor a
# space. A cut just after one falls between two tokens.
_SINGLE = r"[^\s\p{L}\p{M}\p{N}'’\-+]"
_FILL = r"[\s\p{M}\p{N}'’\-+]*+"  # the other non-letters (possessive: no backtracking)
# _MARGIN single-character tokens from just after a stretch's first character...
_HEAD = regex.compile(f"(?:{_FILL}{_SINGLE}){{{_MARGIN}}}")
# ... and, matched backwards from its end, _MARGIN of them after one more, the cut.
_TAIL = regex.compile(f"{_SINGLE}(?:{_FILL}{_SINGLE}){{{_MARGIN}}}{_FILL}", regex.REVERSE)


@lru_cache(maxsize=1)
def _can_cut() -> bool:
    """Whether every rule's first word has a letter, as the cut assumes: every
    gazetteer form holds one, and so does every person start and bloc modifier."""
    lex = lexicon()
    lettered = (
        *lex.person_starts,
        *lex.bloc_modifiers,
        *lex.bloc_names,
        *lex.state_pairs,
        *_BODY_NOUNS,
        *map(" ".join, gazetteer().entries),
    )
    return all(map(_LETTER.search, lettered))


def _sentence_tokens(text: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    """The tokens of a sentence, long stretches with no letter cut down (see _MARGIN)."""
    if end - start < _STRETCH_CHARS or not _can_cut():
        return token_lists(text, start, end)
    chunk = text[start:end]
    pieces = []  # the [from, to) spans of the sentence to tokenize
    at = 0
    for stretch in (_PLAIN_STRETCH if is_plain(chunk) else _STRETCH).finditer(chunk):
        head = _HEAD.match(chunk, stretch.start() + 1, stretch.end())
        tail = _TAIL.match(chunk, head.end(), stretch.end()) if head is not None else None
        if head is not None and tail is not None and tail.start() + 1 > head.end():
            pieces.append((at, head.end()))
            at = tail.start() + 1
    if not pieces:
        return token_lists(text, start, end)
    pieces.append((at, end - start))
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for first, last in pieces:
        more = token_lists(text, start + first, start + last)
        words += more[0]
        starts += more[1]
        ends += more[2]
    return words, starts, ends


@lru_cache(maxsize=1 << 16)
def _name_form(word: str) -> bool:
    """What :meth:`_Sentence.is_name_word` asks of a word itself, whatever its context."""
    lex = lexicon()
    return (
        word not in lex.name_stopwords
        and _NAME_WORD.match(word) is not None
        and (word.lower(),) not in lex.titles
    )


# Actors built without validation (eventkit.trusted): the rules give every field well
# typed, and validation cost about 3% of the layer's time (1.2 of 2.3 us an actor).
_actor = trusted_builder(
    Actor, ("Russian troops", 3, 17, "Russia", "military", "RUS", None, None, "adjective-head")
)


def _governing(actors: Iterable[Actor]) -> set[str]:
    """The states whose government or titled people ("President Fidel Castro") are
    among ``actors``."""
    return {
        a.country
        for a in actors
        if a.country and (a.kind == "government" or (a.kind == "person" and a.title))
    }


def _indices(flags: Iterable[object]) -> Iterator[int]:
    """The indices of the true items of ``flags``, without a Python loop step each."""
    return compress(count(), flags)


class _Sentence:
    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        state: _State,
        mine: _Columns | None = None,
        cues: frozenset[str] | None = None,
    ) -> None:
        self.text = text
        self.state = state
        # Parallel lists rather than a token object each: the rules read the words,
        # and the offsets only of what they emit.
        if mine is None:
            mine = _text_columns(text, start, end)
        self.words, self.starts, self.ends, self.lower, self.name_forms = mine
        self.cues = _cues(self.lower) if cues is None else cues
        self.n = len(self.words)
        self.hits = gazetteer().hits_in(self.words)
        self.hit_at: list[Hit | None] = [None] * self.n
        for hit in self.hits:
            for k in range(hit.first, hit.last):
                self.hit_at[k] = hit
        self.used = [False] * self.n
        self.out: list[Actor] = []
        self.owner: dict[int, int] = {}  # token -> index in ``out`` of the actor using it
        self.lex = lexicon()

    # -- helpers ------------------------------------------------------------------
    def span(self, first: int, last: int) -> tuple[str, int, int]:
        start, end = self.starts[first], self.ends[last - 1]
        return self.text[start:end], start, end

    def free(self, first: int, last: int) -> bool:
        return first >= 0 and last <= self.n and not any(self.used[first:last])

    def mark(self, first: int, last: int) -> None:
        for k in range(first, last):
            self.used[k] = True

    def emit(
        self,
        first: int,
        last: int,
        name: str,
        kind: ActorKind,
        country: str | None,
        rule: str,
        title: str | None = None,
        antecedent: int | None = None,
    ) -> Actor:
        start, end = self.starts[first], self.ends[last - 1]
        actor: Actor = _actor(
            {
                "text": self.text[start:end],
                "start": start,
                "end": end,
                "name": name,
                "kind": kind,
                "country": country,
                "title": title,
                "antecedent": antecedent,
                "rule": rule,
            }
        )
        index = len(self.out)
        self.out.append(actor)
        used, owner = self.used, self.owner
        for k in range(first, last):
            used[k] = True
            owner[k] = index
        return actor

    def verbish(self, k: int) -> bool:
        """A verb a subject would take: "said", "has", "warned", "rejected"."""
        word = self.word(k)
        low = word.lower()
        if low in self.lex.agent_verbs or low in self.lex.speech_verbs:
            return True
        return len(low) > 4 and low.endswith("ed") and word.isalpha() and word.islower()

    def word(self, k: int) -> str:
        return self.words[k] if 0 <= k < self.n else ""

    def low(self, k: int) -> str:
        return self.lower[k] if 0 <= k < self.n else ""

    def is_name_word(self, k: int) -> bool:
        if not 0 <= k < self.n or self.used[k]:
            return False
        if not self.name_forms[k]:
            return False
        hit = self.hit_at[k]
        # "Victoria Nuland", "Michael Jordan": a one-word capital or country may be a name
        return hit is None or (
            hit.last - hit.first == 1
            and (self.words[k] in self.lex.first_name_countries or hit.entry.form == "capital")
        )

    def plain_names(self, first: int, last: int) -> bool:
        """Some word of the name in ``[first, last)`` is no gazetteer form."""
        return any(self.hit_at[j] is None and self.is_name_word(j) for j in range(first, last))

    def name_forward(self, k: int) -> int | None:
        """The end of a personal name starting at token ``k``, or None."""
        j, words = k, 0
        while j < self.n and words < 4:
            if self.is_name_word(j):
                words += 1
                j += 1
            elif (
                (_INITIAL.match(self.word(j)) and j + 1 < self.n and self.is_name_word(j + 1))
                or (self.lower[j] in _PARTICLES and words and self.particle_run(j))
                or (self.word(j) in _SUFFIXES and words)
            ):
                j += 1
            else:
                break
        return j if words and self.plain_names(k, j) else None

    def particle_run(self, j: int) -> bool:
        """Particles at ``j`` lead on to a name word ("von der Leyen")."""
        stop = j + 3
        while j < min(stop, self.n) and self.lower[j] in _PARTICLES:
            j += 1
        return self.is_name_word(j)

    def name_backward(self, k: int) -> int | None:
        """The start of a personal name ending at token ``k`` (inclusive), or None."""
        j, words = k, 0
        while j >= 0 and words < 4:
            if self.is_name_word(j):
                words += 1
                j -= 1
            elif ((_INITIAL.match(self.word(j)) or self.lower[j] in _PARTICLES) and words) or (
                self.word(j) in _SUFFIXES and j == k
            ):
                j -= 1
            else:
                break
        first = j + 1
        while first <= k and not self.is_name_word(first):
            first += 1
        if words == 0 or not self.plain_names(first, k + 1):
            return None
        if words == 1 and self.words[first] not in self.state.by_key:
            return None
        return first

    def country_of(self, hit: Hit | None) -> str | None:
        return None if hit is None or hit.entry.form == "block" else hit.entry.country

    def title_at(self, k: int) -> int:
        """The end of the longest title starting at token ``k`` (k when none)."""
        best = k
        most = self.lex.title_first.get(self.lower[k], 0)
        for size in range(1, min(most, self.n - k) + 1):
            if self.hit_at[k + size - 1] is not None:
                break
            if tuple(self.lower[k : k + size]) in self.lex.titles:
                best = k + size
        return best

    def rank_at(self, k: int) -> int:
        best = k
        if k >= self.n or self.lower[k] not in self.lex.rank_first:
            return best
        for size in (3, 2, 1):
            if (
                k + size <= self.n
                and tuple(self.lower[k : k + size]) in self.lex.ranks
                and all(self.word(j)[:1].isupper() for j in range(k, k + size))
            ):
                return k + size
        return best

    def head_at(self, k: int) -> tuple[int, str] | None:
        if k >= self.n:
            return None
        for size in self.lex.head_sizes.get(self.lower[k], ()):
            if k + size > self.n:
                continue
            kind = self.lex.heads.get(tuple(self.lower[k : k + size]))
            if kind is not None and not any(self.used[k : k + size]):
                if any(self.hit_at[j] is not None for j in range(k, k + size)):
                    continue
                return k + size, kind
        return None

    # -- step 1: people -----------------------------------------------------------
    def people(self) -> None:
        # Only an honorific or a title's first word can start a person: visit those
        # (a word of neither would just be stepped over).
        k = 0
        if self.lex.person_starts.isdisjoint(self.cues):
            return  # most sentences: no step through the words
        for at in _indices(map(self.lex.person_starts.__contains__, self.lower)):
            if at < k:
                continue
            k = at
            if self.used[k] or self.hit_at[k] is not None:
                k += 1
                continue
            low = self.lower[k]
            if low in self.lex.honorifics and self.word(k)[:1].isupper():
                end = self.name_forward(k + 1)
                if end is not None:
                    self.person(k, k + 1, end, None, None, "honorific")
                    k = end
                    continue
            stop = self.title_at(k)
            if stop == k:
                k += 1
                continue
            k = self.titled(k, stop)

    def complement(self, k: int) -> tuple[int, str | None]:
        """ "of the Russian Security Council" after a title: its end and country."""
        if self.low(k) not in ("of", "for", "at", "to"):
            return k, None
        j = k + 1
        if self.low(j) == "the":
            j += 1
        country: str | None = None
        last = k
        while j < self.n and j - k <= 8:
            hit = self.hit_at[j]
            if hit is not None and hit.entry.form != "block":
                if hit.entry.form == "capital" and self.low(k) in ("of", "for"):
                    break  # "Secretary of State Victoria Nuland"
                if self.low(k) in ("of", "for"):
                    country = country or self.country_of(hit)
                j = hit.last + (self.word(hit.last) == "'s")
                last = j
            elif self.lower[j] in self.lex.title_modifiers and self.lower[j] not in _ARTICLES:
                # "of Foreign Affairs", "of defence", "for Ukraine's air force"
                if self.lower[j] in ("and", "of", "for", "&", "-"):
                    break
                j += 1
                last = j
            elif last > k + 1 and (self.lower[j],) in self.lex.heads:
                j += 1
                last = j
            elif self.lower[j] in ("and", "of", "&") and self.word(j + 1)[:1].isupper():
                j += 1
            else:
                break
        return (last, country) if last > k else (k, None)

    def prefix(self, k: int) -> tuple[int, int, str | None, str | None]:
        """Before a title at ``k``: (phrase start, title start, country, indicator name)."""
        j = k - 1
        title_start = k
        while j >= max(0, k - 10) and not self.used[j]:
            hit = self.hit_at[j]
            if hit is not None:
                if hit.entry.form == "block":
                    break
                return hit.first, title_start, hit.entry.country, hit.entry.name
            plural_possessive = self.words[j] == "'" and self.word(j - 1).endswith("s")
            if (self.words[j] == "'s" or plural_possessive) and j >= 1:
                hit = self.hit_at[j - 1]
                if hit is not None and hit.entry.form != "block":
                    return hit.first, title_start, hit.entry.country, hit.entry.name
                # "President Vladimir Putin's spokesman": the country of the possessor
                owner = self.owner.get(j - 1)
                if owner is not None and self.out[owner].country is not None:
                    return title_start, title_start, self.out[owner].country, None
                break
            word = self.words[j]
            modifier = self.lower[j] in self.lex.title_modifiers and self.lower[j] not in _ARTICLES
            if modifier and (word[:1].isupper() or word.islower() or word in ("&", "-")):
                title_start = j
                j -= 1
                continue
            break
        while title_start < k and self.lower[title_start] in ("and", "of", "for", "&", "-"):
            title_start += 1
        return title_start, title_start, None, None

    def titled(self, k: int, stop: int) -> int:
        """A title over ``[k, stop)``: find its person; return where to go on."""
        lex = self.lex
        if self.low(k - 1) in lex.namesake_before:
            # "HMS Queen Elizabeth", "the frigate Admiral Essen": a ship's name
            after = self.name_forward(stop)
            return after if after is not None else stop
        # The title a later "the <title>" repeats: "prime minister", "general".
        head = " ".join(_FULL_RANK.get(w, w) for w in self.lower[k:stop])
        end, comp_country = self.complement(stop)
        first, title_first, country, indicator = self.prefix(k)
        if indicator == "Georgia" and tuple(self.lower[k:stop]) in lex.us_state_titles:
            country = None  # "Georgia Governor Brian Kemp": the US state
        country = country or comp_country
        if country is None and self.low(first - 1) in ("his", "her"):
            # "Netanyahu and his defence minister": the country of the person before
            people = [a for a in self.out if a.kind == "person" and a.country is not None]
            country = people[-1].country if people else None
        title_text = self.span(title_first, end)[0]
        # A rank after a title ("Army chief General Manoj Pande").
        name_at = self.rank_at(end) if (self.lower[k],) not in lex.ranks or stop > k + 1 else end
        if name_at > end and self.name_forward(name_at) is None:
            name_at = end
        name_end = self.name_forward(name_at)
        if name_end is not None and self.word(name_end) == ")" and self.is_name_word(name_end + 1):
            # "(Russian President Vladimir) Putin": an editor's insertion
            name_end = self.name_forward(name_end + 1) or name_end
        if name_end is not None:
            self.person(first, name_at, name_end, title_text, country, "title-name", head)
            return name_end
        # "the spokesman, John Kirby," or "the spokesman John Kirby"
        name_at = self.rank_at(end + 1) if self.word(end) == "," else end
        if self.word(end) == "," and self.is_name_word(name_at):
            name_end = self.name_forward(name_at)
            if name_end is not None and (name_end >= self.n or self.word(name_end) in _NAME_END):
                self.mark(first, end)
                self.person(
                    end + 1,
                    name_at,
                    name_end,
                    title_text,
                    country,
                    "title-comma-name",
                    head,
                )
                return name_end
        # "Sergei Shoigu, secretary of the Russian Security Council" / "X, the minister,"
        before = first - 1
        if self.low(before) in _ARTICLES:
            before -= 1
        possessor = self.owner.get(before - 1) if self.word(before) == "'s" else None
        if possessor is not None:
            # "Robert Gates, Mr. Bush's deputy adviser,": the apposition is before the
            # possessor, who gave the country
            before -= 1
            while self.owner.get(before - 1) == possessor:
                before -= 1
            before -= 1
        owner = self.owner.get(before - 1) if self.word(before) == "," else None
        if owner is not None and self.out[owner].kind == "person":
            # "Lt. Col. Peter Lerner, an IDF spokesman,": complete the person found
            self.enrich(owner, title_text, country, head)
            self.mark(first, end)
            return end
        if self.word(before) == "," and before >= 1:
            name_first = self.name_backward(before - 1)
            if name_first is not None:
                self.mark(first, end)
                self.person(
                    name_first,
                    name_first,
                    before,
                    title_text,
                    country,
                    "apposition",
                    head,
                )
                return end
        # "the chancellor said", "the Russian president"
        if self.word(end) and self.word(end) not in _AFTER_TITLE_ALONE and not self.verbish(end):
            return stop
        article = first - 1 if self.low(first - 1) in ("the",) else None
        antecedent = self.state.by_title(head, country) if end == stop else None
        if antecedent is not None and not _SUBORDINATE.isdisjoint(self.lower[first:k]):
            # "the deputy national security adviser" is not the adviser named before
            held = (antecedent.title or "").lower().split()
            if _SUBORDINATE.isdisjoint(held):
                antecedent = None
        if (
            antecedent is not None
            and antecedent.start < self.starts[first]
            and (article is not None or country is not None)
        ):
            self.emit(
                first,
                end,
                antecedent.name,
                "person",
                antecedent.country,
                "title-alone",
                antecedent.title,
                antecedent.start,
            )
            return end
        # An unnamed official stands as an actor only as the subject of a verb
        # ("the Russian president warned"); "Russian president" alone is none.
        before_article = first - 2 if self.low(first - 1) in _ARTICLES else first - 1
        if (
            country is not None
            and first < k
            and self.verbish(end)
            and self.low(before_article) not in _OBJECT_PREPOSITIONS
        ):
            name = self.span(first, end)[0]
            self.emit(first, end, name, "person", country, "title-country", title_text)
            return end
        return stop

    def enrich(self, index: int, title: str, country: str | None, head: str) -> None:
        """Give the person ``out[index]`` a title and country it lacked."""
        actor = self.out[index]
        update: dict[str, str] = {}
        if actor.country is None and country is not None:
            update["country"] = country
        if actor.title is None:
            update["title"] = title
        if not update:
            return
        self.out[index] = actor.model_copy(update=update)
        for person in reversed(self.state.people):
            if person.name == actor.name and person.start == actor.start:
                person.country = person.country or country
                person.title = person.title or title
                person.head = person.head or head
                break

    def person(
        self,
        first: int,
        name_from: int,
        name_end: int,
        title: str | None,
        country: str | None,
        rule: str,
        head: str | None = None,
    ) -> None:
        """Emit the person named by tokens ``[name_from, name_end)``, linked if known."""
        raw = self.text[self.starts[name_from] : self.ends[name_end - 1]]
        name = " ".join(raw.replace(")", " ").split())
        after = self.ends[name_end - 1]
        if name.endswith((" Jr", " Sr")) and self.text[after : after + 1] == ".":
            name += "."  # the abbreviation's full stop, dropped from the tokens
        # "President Joe Biden of the United States"
        if country is None and self.low(name_end) == "of":
            j = name_end + 1 + (self.low(name_end + 1) == "the")
            hit = self.hit_at[j] if j < self.n else None
            if hit is not None and hit.first == j and hit.entry.form in ("name", "alias"):
                country = hit.entry.country
        words = [
            w for w in self.words[name_from:name_end] if w.lower() not in _PARTICLES and w != ")"
        ]
        words = words or self.words[name_from:name_end]
        if country is None and head == "president" and words[-1] in self.lex.us_presidents:
            country = "USA"  # "President Clinton"
        known = self.state.by_key.get(name) or (
            self.state.by_key.get(words[-1]) if len(words) == 1 else None
        )
        # only a mention before this one is an antecedent: rules run out of text order
        # within a sentence ("U.S.'s John ... President John")
        if known is not None and known.start < self.starts[first]:
            self.emit(
                first,
                name_end,
                known.name,
                "person",
                known.country or country,
                rule,
                known.title or title,
                known.start,
            )
            return
        found = office_holder(name, self.state.on, title)
        if country is None and found is not None:
            # here, not after the rules: a later "Saddam" or "the Iraqi president"
            # links by the country
            country = found.country
        if len(words) == 1 and found is not None and country and found.country == country:
            name = found.name  # "Mr. Bush", "President Clinton": the holder's full name
        actor = self.emit(first, name_end, name, "person", country, rule, title)
        self.state.add(_Person(name, actor.start, title, head, country), words)

    # -- step 2: gazetteer forms -----------------------------------------------------
    def forms(self) -> None:
        for index, hit in enumerate(self.hits):
            if not self.free(hit.first, hit.last):
                continue
            entry = hit.entry
            if entry.form == "block" or self.compound(hit):
                continue
            if entry.form == "adjective":
                self.adjective(index, hit)
            elif entry.form in ("name", "alias"):
                self.country_name(hit)
            elif entry.form == "capital":
                self.capital(index, hit)
            elif entry.form == "seat":
                if not self.locative(hit.first):
                    self.body(hit, entry.name)
            else:
                self.body(hit, entry.name)

    def compound(self, hit: Hit) -> bool:
        """Part of a hyphenated compound ("U.S.-led", "pro-Russia")."""
        before = self.word(hit.first - 1)
        after = self.word(hit.last)
        glued_after = (
            after == "-" and hit.last < self.n and self.starts[hit.last] == self.ends[hit.last - 1]
        )
        glued_before = before == "-" and self.ends[hit.first - 1] == self.starts[hit.first]
        return glued_after or glued_before

    def head_phrase(self, k: int) -> tuple[int, str] | None:
        """A force or official noun after up to three modifiers: (end, kind)."""
        j = k
        for _ in range(4):
            found = self.head_at(j)
            if found is not None:
                # "government forces" are forces, "military officials" officials.
                end, kind = found
                for _ in range(4):
                    more = self.head_at(end)
                    if more is None:
                        break
                    end, kind = more
                return end, kind
            if j >= self.n or self.used[j] or self.hit_at[j] is not None:
                return None
            low = self.lower[j]
            if low in _ARTICLES or (
                low not in self.lex.title_modifiers
                and low not in self.lex.bloc_modifiers
                and not _DESIGNATION.match(low)
            ):
                return None
            if self.lower[j] in ("and", "of", "for", "&", "-"):
                return None
            j += 1
        return None

    def adjective(self, index: int, hit: Hit) -> None:
        entry = hit.entry
        # "Russian and Belarusian troops": the head is after the last adjective.
        chain = [hit]
        j = hit.last
        for later in self.hits[index + 1 : index + 13]:
            # "American, British and French ships", "Egyptian, and Syrian troops"
            gap = 2 if self.word(j) == "," and self.low(j + 1) in ("and", "or") else 1
            if (
                self.word(j) in ("and", ",", "or")
                and later.first == j + gap
                and later.entry.form == "adjective"
                and self.free(later.first, later.last)
            ):
                chain.append(later)
                j = later.last
                continue
            break
        found = self.head_phrase(j)
        if found is not None:
            end, kind = found
            actor_kind = _head_kind(kind)
            if actor_kind == "military" and not self.lex.nonstate_modifiers.isdisjoint(
                self.lower[j:end]
            ):
                # "Syrian opposition fighters", "Iraqi Kurdish militia" (but "Iraqi Kurdish
                # officials" are a regional government's)
                actor_kind = "group"
            for item in chain[:-1]:
                self.emit(
                    item.first,
                    item.last,
                    item.entry.name,
                    actor_kind,
                    item.entry.country,
                    "adjective-head",
                )
            last = chain[-1]
            self.emit(
                last.first, end, last.entry.name, actor_kind, last.entry.country, "adjective-head"
            )
            return
        owned = self.owned_body(j) if len(chain) == 1 else None
        if owned is not None:  # "German Foreign Office"
            body_kind = _head_kind(owned.entry.kind)
            self.emit(hit.first, owned.last, entry.name, body_kind, entry.country, "adjective-body")
            return
        # "American and other Western troops": the head is after a bloc adjective.
        kind_after = self.coordinated_head(j)
        if kind_after is not None:
            for item in chain:
                self.emit(
                    item.first,
                    item.last,
                    item.entry.name,
                    _head_kind(kind_after),
                    item.entry.country,
                    "adjective-head",
                )
            return
        act = self.act_phrase(j)
        if act is not None:
            # "an Iraqi attack", "American and British air strikes": the attacker's
            # military (the events read who would attack from it)
            end = act[0] if act[1] is None else act[1]
            for item in chain[:-1]:
                self.emit(
                    item.first,
                    item.last,
                    item.entry.name,
                    "military",
                    item.entry.country,
                    "adjective-act",
                )
            last = chain[-1]
            self.emit(
                last.first, end, last.entry.name, "military", last.entry.country, "adjective-act"
            )
            return
        # "the Russians", "the Americans": a plural demonym standing for its country
        if self.plural_demonym(hit) and (
            self.low(hit.first - 1) == "the" or self.paired_demonyms(hit)
        ):
            self.emit(hit.first, hit.last, entry.name, "country", entry.country, "demonym")

    def plural_demonym(self, hit: Hit | None) -> bool:
        """``hit`` is one word, a state's adjective in the plural ("Israelis")."""
        return (
            hit is not None
            and hit.last - hit.first == 1
            and hit.entry.form == "adjective"
            and self.words[hit.first].endswith("s")
        )

    def paired_demonyms(self, hit: Hit) -> bool:
        """Two plural demonyms joined by "and" that act or that talks are between
        ("Israelis and Palestinians resumed talks", "talks between Israelis and
        Palestinians"); not people counted or placed ("most of them Kenyans and
        Tanzanians", "all Americans and Britons in Kuwait")."""
        first: Hit | None = hit
        second: Hit | None = hit
        if self.low(hit.last) == "and" and hit.last + 1 < self.n:
            second = self.hit_at[hit.last + 1]
        elif self.low(hit.first - 1) == "and" and hit.first >= 2:
            first = self.hit_at[hit.first - 2]
        if first is second or first is None or second is None:
            return False
        if not (self.plural_demonym(first) and self.plural_demonym(second)):
            return False
        if self.low(first.first - 1) not in ("", "between", "the", ",", '"', "“"):
            return False
        return self.low(first.first - 1) == "between" or self.verbish(second.last)

    def act_phrase(self, k: int) -> tuple[int, int | None] | None:
        """A hostile act at ``k`` after up to two modifiers ("air strikes"): its end,
        and the end of a force noun it modifies ("attack helicopters"), or None."""
        lex = self.lex
        j = k
        while j < k + 2 and self.low(j) in lex.act_modifiers and not self.used[j]:
            j += 1
        if self.low(j) not in lex.act_heads or self.used[j] or self.hit_at[j] is not None:
            return None
        force = self.head_at(j + 1)
        return j + 1, (force[0] if force is not None and force[1] == "military" else None)

    def person_name_around(self, hit: Hit) -> bool:
        """ "Jordan" in "Michael Jordan" or "Jordan Peterson" is a person's name."""
        word = self.words[hit.first]
        if hit.last - hit.first != 1 or word not in self.lex.first_name_countries:
            return False
        after = hit.last
        if self.is_name_word(after) and self.hit_at[after] is None:
            return True
        before = hit.first - 1
        return before >= 1 and self.is_name_word(before) and self.hit_at[before] is None

    def us_state(self, hit: Hit) -> bool:
        """ "Georgia" the US state: "Atlanta, Georgia", "the state of Georgia"."""
        if self.words[hit.first] != "Georgia" or hit.last - hit.first != 1:
            return False
        k = hit.first
        if self.low(k - 1) == "of" and self.low(k - 2) == "state":
            return True
        if self.word(k - 1) == "," and k >= 2:
            place = self.hit_at[k - 2]
            return place is None and self.word(k - 2)[:1].isupper()
        return self.word(k + 1) == "," and self.word(k + 2) in ("US", "U.S.", "USA")

    def country_name(self, hit: Hit) -> None:
        entry = hit.entry
        if self.person_name_around(hit) or self.us_state(hit):
            return
        if self.word(hit.last) == "'s":
            # "Iraq's Saddam Hussein", "Russia's Putin said"
            name_end = self.name_forward(hit.last + 1)
            if name_end is not None and (
                name_end - hit.last > 2
                or self.word(hit.last + 1) in self.state.by_key
                or self.verbish(name_end)
            ):
                self.person(
                    hit.first,
                    hit.last + 1,
                    name_end,
                    None,
                    entry.country,
                    "possessive-name",
                )
                return
        # "Russia's military", "US authorities", "the Niger junta"
        after = hit.last + 1 if self.word(hit.last) == "'s" else hit.last
        owned = self.owned_body(after) if after > hit.last else None
        if owned is not None:
            body_kind = _head_kind(owned.entry.kind)
            self.emit(hit.first, owned.last, entry.name, body_kind, entry.country, "country-body")
            return
        if after < self.n:
            found = self.head_phrase(after)
            if found is not None:
                end, kind = found
                self.emit(
                    hit.first, end, entry.name, _head_kind(kind), entry.country, "country-head"
                )
                return
        self.emit(hit.first, hit.last, entry.name, "country", entry.country, "country")

    def locative(self, k: int) -> bool:
        """After "in", "to", "from"..., also down a list ("between Paris and London")."""
        j = k - 1
        if self.low(j) == "the":
            j -= 1
        floor = k - 24  # a list is short: no walking back through a whole text
        while (
            j > floor
            and self.low(j) in ("and", ",", "or")
            and j >= 1
            and (previous := self.hit_at[j - 1]) is not None
        ):
            j = previous.first - 1
            if self.low(j) == "the":
                j -= 1
        return self.low(j) in self.lex.locatives

    def capital(self, index: int, hit: Hit) -> None:
        """A capital is an actor only as an agent: "Moscow said", "Beijing's"."""
        if self.locative(hit.first):
            return
        surface = " ".join(self.words[hit.first : hit.last])
        if surface in self.lex.ambiguous_capitals:
            return  # "Victoria said", "Hamilton said": more often people
        before = self.word(hit.first - 1)
        if hit.first >= 1 and before[:1].isupper() and self.is_name_word(hit.first - 1):
            return  # "George Washington"
        j = hit.last
        group = [hit]
        for later in self.hits[index + 1 : index + 13]:
            if (
                self.word(j) in ("and", ",")
                and later.first == j + 1
                and later.entry.form in ("capital", "seat", "name")
            ):
                group.append(later)
                j = later.last
                continue
            break
        nxt = self.low(j)
        after_capital = self.word(j)[:1].isupper()
        if nxt == "'s" and self.low(j + 1) in self.lex.city_nouns:
            return  # "Kyiv's residents", "Moscow's airports": the city
        found = self.head_phrase(hit.last) if not after_capital else None
        if found is not None and found[1] != "group":
            # "Beijing officials", "Tehran authorities": the government behind them
            end, kind = found
            entry = hit.entry
            self.emit(hit.first, end, entry.name, _head_kind(kind), entry.country, "capital-head")
            return
        alone = hit.first == 0 and (j >= self.n or self.word(j) in (".", ":", "!", "?"))
        if (
            nxt == "'s"
            or alone
            or self.verbish(j)
            or (nxt == "," and self.low(j + 1) in ("which", "who"))
            or (self.low(hit.first - 1) in self.lex.object_cues and not after_capital)
        ):
            self.emit(
                hit.first,
                hit.last,
                hit.entry.name,
                "government",
                hit.entry.country,
                "capital-agent",
            )

    def body(self, hit: Hit, name: str) -> None:
        entry = hit.entry
        kind: ActorKind = (
            "government" if entry.kind == "country" or entry.kind == "block" else entry.kind
        )
        end = hit.last
        if any((low,) in self.lex.titles for low in self.lower[hit.first : hit.last]):
            # "UN High Commissioner for Refugees Filippo Grandi": the body is a title
            name_end = self.name_forward(hit.last)
            if name_end is not None and name_end - hit.last >= 2:
                title = self.span(hit.first, hit.last)[0]
                self.person(hit.first, hit.last, name_end, title, entry.country, "body-title")
                return
        after = hit.last + 1 if self.word(hit.last) == "'s" else hit.last
        found = self.head_phrase(after)
        if found is not None and after == hit.last:
            head_end, head_kind = found
            if head_kind == "military" and kind == "organization":
                kind = "military"
            if kind == "group" and tuple(self.lower[hit.last : head_end]) in self.lex.state_heads:
                kind = "government"  # "the Taliban government"
            end = head_end
        self.emit(hit.first, end, name, kind, entry.country, entry.form)

    def owned_body(self, k: int) -> Hit | None:
        """A state body at token ``k`` ("Russia's FSB", "Britain's Ministry of Defence")."""
        hit = self.hit_at[k] if 0 <= k < self.n else None
        if (
            hit is not None
            and hit.first == k
            and hit.entry.form == "body"
            and hit.entry.kind in ("government", "military")
            and self.free(hit.first, hit.last)
        ):
            return hit
        return None

    def coordinated_head(self, j: int) -> str | None:
        """The head kind after "and other Western" at ``j``, or None."""
        if self.word(j) not in ("and", "or", ","):
            return None
        j += 1
        if self.low(j) in ("and", "or"):
            j += 1
        if self.low(j) in ("other", "the"):
            j += 1
        if self.low(j) not in self.lex.bloc_modifiers:
            return None
        while self.low(j) in self.lex.bloc_modifiers:
            j += 1
        found = self.head_phrase(j)
        return None if found is None or found[1] == "government" else found[1]

    def blocs(self) -> None:
        """Actors of no one country: forces ("Arab forces", "rebel fighters", "the
        Kurdish militia"), and governments of a bloc of states ("Western powers", "Arab
        leaders", "the West")."""
        lex = self.lex
        cues = self.cues
        if not _bloc_name_cues().isdisjoint(cues) and not lex.bloc_names.keys().isdisjoint(
            self.words
        ):
            self.bloc_names()
        if not _pair_cues().isdisjoint(cues) and not lex.state_pairs.keys().isdisjoint(self.words):
            self.state_pairs()
        k = 0
        if lex.bloc_modifiers.isdisjoint(cues):
            return
        for at in _indices(map(lex.bloc_modifiers.__contains__, self.lower)):
            if at < k or self.used[at]:
                continue
            k = start = at
            while k < self.n and self.lower[k] in lex.bloc_modifiers and not self.used[k]:
                k += 1
            found = self.head_phrase(k)
            if found is None and k - 1 > start:
                # "the Kurdish militia": the last modifier is the head
                found = self.head_at(k - 1)
            states = all(low in lex.state_bloc_modifiers for low in self.lower[start:k])
            if (
                found is None
                and states
                and self.low(k) in lex.bloc_heads
                and not self.used[k]
                and self.low(start - 1) not in _ENUMERATING
                and not self.word(start - 1).isdigit()
            ):
                found = k + 1, "government"  # "Western powers", "Arab states"
            if found is None or (
                found[1] == "government" and (not states or self.low(found[0] - 1) in _ONE_STATE)
            ):
                continue  # "rebel leaders", "opposition officials": not governments
            end, kind = found
            name = " ".join(self.span(start, end)[0].split())
            group = kind == "group" or any(
                self.lower[j] in lex.nonstate_modifiers for j in range(start, end)
            )
            actor_kind: ActorKind = (
                "group" if group else "government" if kind == "government" else "military"
            )
            self.emit(start, end, name, actor_kind, None, "bloc-head")
            k = end

    def bloc_names(self) -> None:
        """ "the West" (not "the West Bank", nor a place "in the West")."""
        names = self.lex.bloc_names
        for k in _indices(map(names.__contains__, self.words)):
            if (
                self.low(k - 1) != "the"
                or self.used[k]
                or self.hit_at[k] is not None
                or self.word(k + 1)[:1].isupper()
                or (self.low(k + 1) == "of" and self.word(k + 2)[:1].isupper())  # of England
                or self.low(k - 2) in _PLACE_PREPOSITIONS
            ):
                continue
            self.emit(k, k + 1, names[self.words[k]], "government", None, "bloc-name")

    def state_pairs(self) -> None:
        """ "the two Koreas", "both Koreas", "the Koreas": one actor for the pair of
        states, a government with no country like a bloc's (an actor has one code, and
        mentions do not overlap: two actors over one span would break both)."""
        pairs = self.lex.state_pairs
        for k in _indices(map(pairs.__contains__, self.words)):
            first = k - 1 if self.low(k - 1) in ("two", "both") else k
            if self.used[k] or (first == k and self.low(k - 1) != "the"):
                continue  # "Koreas" alone is rare and may be a name
            self.emit(first, k + 1, pairs[self.words[k]], "government", None, "state-pair")

    def state_bodies(self) -> None:
        """A state body named by a bare noun: "Congress", "the government"."""
        if "congress" in self.cues and "Congress" in self.words:
            self.congress()
        if not _BARE_BODIES.isdisjoint(self.cues):
            self.bare_government()

    def body_follows(self, k: int) -> bool:
        """Whether the word at ``k`` lets the noun before it stand alone (see
        _BODY_FOLLOWERS): the end, a mark, a linking word or a verb."""
        return k >= self.n or self.low(k) in _BODY_FOLLOWERS or self.verbish(k)

    def congress(self) -> None:
        """A bare "Congress" is the US Congress ("Congress must approve the sale"), but
        not a party's ("Indian National Congress", "Congress leader", "the party
        congress"), nor another state's: one the sentence names by its people or its
        government and not the USA ("Peru's president dissolved Congress"), or the
        dateline's ("LIMA -"). "Brazil's Congress" is Brazil's (a state's head noun)."""
        for k in _indices(map("Congress".__eq__, self.words)):
            if self.used[k] or self.hit_at[k] is not None:
                continue
            before = self.word(k - 1)
            if (
                (before[:1].isupper() and before != "The")
                or before[:1].isdigit()
                or self.low(k - 1) == "party"
                or not self.body_follows(k + 1)
            ):
                continue
            home = self.state.home()
            if home is not None and home != "USA":
                continue
            named = {
                a.country for a in self.out if a.kind in ("person", "government") and a.country
            }
            if named and "USA" not in named:
                continue
            self.emit(k, k + 1, "US Congress", "government", "USA", "congress")

    def bare_government(self) -> None:
        """ "the government", "the parliament": the government of the state the text
        is about, when that is clear: the state after "of"/"in" ("the government in
        Kabul"); else the one state whose government or titled people the text named
        before ("The Danish government plans... The government said"); else, when it
        named none,
        the dateline's ("BOGOTA (Reuters) - The government and the FARC rebels").
        Governments of two states named before, or another state named earlier in the
        sentence, even as a place ("In Havana, the government"), make it no actor."""
        for k in _indices(map(_BARE_BODIES.__contains__, self.lower)):
            word = self.words[k]
            if self.used[k] or self.hit_at[k] is not None:
                continue
            low = word.lower()
            first = k  # where the actor starts: "the |defence ministry"
            if low == "ministry":
                if self.low(k - 1) not in _MINISTRY_KINDS or self.low(k - 2) != "the":
                    continue
                first = k - 1
            elif self.low(k - 1) != "the" and not (
                word == "Parliament" and not self.word(k - 1)[:1].isupper()
            ):
                continue
            if not self.free(first, k + 1):
                continue
            after = self.low(k + 1)
            if after in ("of", "in"):
                j = k + 2 + (self.low(k + 2) == "the")
                hit = self.hit_at[j] if j < self.n else None
                if (
                    hit is None
                    or hit.first != j
                    or hit.entry.form not in ("name", "alias", "capital", "seat")
                    or hit.entry.country is None
                ):
                    continue  # "the government of Prime Minister X": not a state's name
                country: str | None = hit.entry.country
                rule = "government-of"
            elif self.body_follows(k + 1):
                country, rule = self.state_meant(k, forces=low in _BARE_FORCES)
                if country is None:
                    continue
            else:
                continue
            found = by_code(country) if country is not None else None
            if found is not None:
                kind: ActorKind = "military" if low in _BARE_FORCES else "government"
                if kind == "military":
                    rule = rule.replace("government", "military", 1)  # "military-named"
                self.emit(first, k + 1, found.name, kind, country, rule)

    def state_meant(self, k: int, forces: bool = False) -> tuple[str | None, str]:
        """The state a bare body at token ``k`` is of, and the rule: the one state whose
        government or titled people the text named before ("government-named"), for a
        force the one whose forces it named; with none named, the dateline's
        ("government-home"); None if two, or if this sentence names another before."""
        before = [a for a in self.out if a.start < self.starts[k]]
        if forces:
            named = self.state.militaries | {
                a.country for a in before if a.kind == "military" and a.country
            }
        else:
            named = self.state.governments | _governing(before)
        rule = "government-named"
        if not named:
            home = self.state.home()
            named, rule = ({home} if home else set()), "government-home"
        country = next(iter(named)) if len(named) == 1 else None
        if country is None or not self.states_before(k) <= {country}:
            return None, rule
        return country, rule

    def states_before(self, k: int) -> set[str]:
        """The states this sentence names before token ``k``: by its actors' countries
        (people, forces, governments), or by a state's name or capital, a place too."""
        before = self.starts[k]
        named = {
            a.country for a in self.out if a.start < before and a.kind in _STATE_KINDS and a.country
        }
        for hit in self.hits:
            if hit.first >= k:
                break
            if hit.entry.form in ("name", "alias", "capital") and hit.entry.country:
                named.add(hit.entry.country)
        return named

    # -- step 3: later mentions and speaking names ------------------------------------
    def mentions(self) -> None:
        lex = self.lex
        k = 0
        for at in _indices(self.name_forms):  # a name starts with a name word
            if at < k or not self.is_name_word(at):
                continue
            k = at
            end = self.name_forward(k)
            if end is None:
                k += 1
                continue
            if self.leader_body(k, end):
                k = end
                continue
            words = [w for w in self.words[k:end] if w.lower() not in _PARTICLES]
            words = words or self.words[k:end]
            name = " ".join(self.text[self.starts[k] : self.ends[end - 1]].split())
            known = self.state.by_key.get(name) or (
                self.state.by_key.get(words[-1]) if len(words) == 1 else None
            )
            if known is not None and known.start < self.starts[k]:
                self.emit(
                    k, end, known.name, "person", known.country, "surname", known.title, known.start
                )
            elif len(words) >= 2 and (
                self.low(end) in lex.speech_verbs
                or (self.low(k - 1) in lex.speech_verbs and self.word(end) in (",", ".", ""))
            ):
                self.person(k, k, end, None, None, "name-speaks")
            elif len(words) >= 2 and is_full_name(name) and not self.namesake(k, end):
                # "Vladimir Putin met ...": a full name of the office-holder table
                self.person(k, k, end, None, None, "known-name")
            elif len(words) == 1 and end - k == 1:
                self.surname_in_office(k)
            k = end

    def surname_in_office(self, k: int) -> None:
        """ "Putin said", "warned Netanyahu": a surname alone, acting or acted on, that
        one holder of the office-holder table bore on the document's date. A surname
        that is also a word or a month ("Trump", "May") counts only mid-sentence."""
        word = self.words[k]
        on = self.state.on
        if on is None or word in self.lex.name_stopwords:
            return
        if word in self.lex.word_surnames and k == 0:
            return
        if not (
            self.verbish(k + 1)
            or self.low(k + 1) == "'s"
            or self.low(k - 1) in self.lex.object_cues
            or self.verbish(k - 1)  # "also met Starmer"
            or (self.low(k - 1) in self.lex.speech_verbs and self.word(k + 1) in (",", ".", ""))
        ):
            return
        found = holder(word, on)
        if found is None:
            return
        actor = self.emit(k, k + 1, found.name, "person", found.country, "surname-in-office")
        self.state.add(
            _Person(found.name, actor.start, None, None, found.country), found.name.split()
        )

    def namesake(self, k: int, end: int) -> bool:
        """The name over ``[k, end)`` names a thing: "the carrier Charles de Gaulle",
        "USS Harry S. Truman", "Ben Gurion Airport", "the John F. Kennedy" (a person
        named in full takes no article)."""
        return (
            self.low(k - 1) in self.lex.namesake_before
            or self.low(k - 1) == "the"
            or (self.low(end) in self.lex.namesake_after and self.word(end)[:1].isupper())
        )

    def leader_body(self, k: int, end: int) -> bool:
        """ "the Biden administration", "Netanyahu's government": a government."""
        at = end + 1 if self.word(end) == "'s" else end
        size = next(
            (
                size
                for size in (2, 1)
                if at + size <= self.n
                and tuple(self.lower[at : at + size]) in self.lex.leader_heads
                and not any(self.used[at : at + size])
            ),
            0,
        )
        if not size:
            return False
        surname = self.words[end - 1]
        known = self.state.by_key.get(surname)
        full = " ".join(self.span(k, end)[0].split())
        # "Hosni Mubarak's government": a leader of the office-holder table
        leader = known is None and end - k >= 2 and is_full_name(full)
        if known is None and not leader and surname not in self.lex.us_presidents:
            return False
        country = known.country if known is not None else None
        if leader:
            country = office_country(full, self.state.on, None)
        if country is None and surname in self.lex.us_presidents:
            country = "USA"
        name = " ".join(self.span(k, at + size)[0].split())
        self.emit(k, at + size, name, "government", country, "leader-government")
        return True

    def run(self) -> list[Actor]:
        self.people()
        self.forms()
        self.blocs()
        self.state_bodies()
        self.mentions()
        self.state.governments |= _governing(self.out)
        self.state.militaries |= {a.country for a in self.out if a.kind == "military" and a.country}
        return self.out
