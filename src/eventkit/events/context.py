"""What every event extractor asks of a sentence: its clause, modality, speaker, date.

Computed once per document (:func:`analyse`) from the Document's layers: quotes and
their speakers, reporting verbs, pronouns resolved to the actors they stand for.
The extractors read this analysis; none of them re-scans the text for layer items.
"""

from __future__ import annotations

import bisect
import functools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, methodcaller
from typing import TYPE_CHECKING

import regex

from eventkit.events.lexicon import load as load_lexicon
from eventkit.events.lexicon import phrase_pattern
from eventkit.model import Actor, Modality, Place, Quantity, Span, TimeExpr

if TYPE_CHECKING:
    from eventkit.document import Document, Token

__all__ = [
    "PREPOSITIONS",
    "Analysis",
    "Clause",
    "analyse",
    "clause_of",
    "triggers",
]

logger = logging.getLogger("eventkit")
# News sentences hold a few triggers; past this many in one sentence the text is not
# prose (a keyword list, a table) and the rest are skipped.
_MAX_TRIGGERS_PER_SENTENCE = 12


_CUES = load_lexicon("cues")
_INTENTIONS = phrase_pattern(_CUES.words("intentions"))
_REPORTING = {w.lower() for w in _CUES.words("reporting")}
_COMMITMENTS = frozenset(_CUES.words("commitments"))
_MODALS = frozenset(_CUES.words("modals"))
_CONDITIONALS = frozenset(_CUES.words("conditionals"))
_NEGATORS = frozenset(_CUES.words("negators"))
_DENIALS = phrase_pattern(_CUES.words("denials"))
_DENIALS_AFTER = phrase_pattern(_CUES.words("denials_after"))
_FUTURE_AUXILIARIES = frozenset(_CUES.words("future_auxiliaries"))
_CONDITIONS_AFTER = phrase_pattern(_CUES.words("conditions_after"))
_CONDITION_AFTER_REACH = 90  # chars after a trigger that "... if the talks fail" may start
# between a trigger and a condition after it: another predicate, or "even if"/"as if"
_NOT_ITS_CONDITION = regex.compile(
    r"[;:()]|,\s*(?:and|but|or|while)\b|\b(?:which|who|whose)\b|\b(?:said|says|even|as)\s*$",
    regex.I,
)
# "gave the militia 48 hours to leave": what an ultimatum demands has not happened
_ULTIMATUM_BEFORE = regex.compile(
    r"(?i)\b(?:gave|give|gives|given|giving)\s+(?:\S+\s+){1,6}?(?:hours|days|weeks)\s+to\s+$"
)
_ULTIMATUM_REACH = 80
_COMPLEMENT_REACH = 24  # words back to the verb of a second complement
_DENIAL_AFTER_REACH = 80  # chars after a trigger that "... is not planned" may follow
_OTHER_PREDICATE = regex.compile(r"[,;:()]|\b(?:which|who|that|whose|where)\b", regex.I)
# Words that open a new clause; the clause of a trigger starts after the last one.
_SUBORDINATORS = frozenset(
    [
        "if",
        "unless",
        "when",
        "whenever",
        "because",
        "since",
        "although",
        "though",
        "while",
        "whereas",
        "after",
        "before",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "but",
        "once",
        "until",
    ]
)
_HARD_BREAKS = frozenset(';:()[]—–“”"‘’')
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_SINGULAR_PRONOUNS = frozenset({"it", "its"})
# (the leading \b only lets the engine skip mid-word places faster; the pronouns share
# first letters, and no two of them can match at one place, so their order is free)
_PRONOUN = regex.compile(r"(?i)\b(?<![\w’'])(?:h(?:e|im|is|er)|she|the(?:y|m|ir)|its?)(?![\w’'])")
#: Words after which an actor is the object of a preposition, not a subject.
PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "to",
        "from",
        "with",
        "against",
        "at",
        "on",
        "by",
        "into",
        "for",
        "near",
        "toward",
        "towards",
        "across",
    ]
)
_CHAIN_GAP = 600
_HEAD_GAP = regex.compile(r"\s*(?:[a-z][\w\-]*\s+){0,3}")  # "its| defence ministry |said"
_AND = regex.compile(r"\band\b")
_DENIAL_REACH = 5  # words back from a trigger that a denial ("ruled out", "denied") reaches
# participles whose object an actor is: "Iraq, facing U.S. troops, promised to withdraw"
_OBJECT_MARKERS = frozenset(
    ["facing", "fighting", "confronting", "battling", "attacking", "including", "like", "unlike"]
)
_ATTRIBUTIVE_DETERMINERS = frozenset(
    ["the", "that", "this", "a", "an", "its", "their", "his", "her", "our", "whose"]
)
# words after "the 1998 ..." that do not make the date a modifier of a noun
_NOT_NOUNS = frozenset(["and", "or", "to", "of", "in", "on", "at", "when", "after", "before"])
# people who speak for a body: "a spokesman for the ministry said"
_SPOKESPEOPLE = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
     "head", "chief", "member", "members", "envoy", "ambassador", "representative",
     "adviser", "advisers", "source", "sources", "director", "secretary"]
)  # fmt: skip
# words after which an actor may be a clause's subject (not a verb's object)
_SUBJECT_LEADS = _SUBORDINATORS | {"and", "or", "then", "also", "so"}
_POSSESSIVE = ("'s", "’s")
_TOKEN_TEXT = itemgetter(0)  # of a Token (text, start, end)
_ENDS_POSSESSIVE = methodcaller("endswith", _POSSESSIVE)
# Bounds that keep every lookup local, so a pathological sentence stays linear:
_NAME_REACH = 60  # chars an actor's name may extend around a word inside it
_REACH = 400  # chars around a trigger searched for its speaker, subject and date
_CLAUSE_TOKENS = 80  # tokens a clause extends either side of its trigger
_QUOTE_RUN = 6  # quotes in a row that may share one attribution
_COORDINATION = regex.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and|&|as\s+well\s+as|or|plus)\s*"
    r"(?:the\s+(?:(?:rebel|militant|armed|separatist|opposition|islamist)\s+)?)?",
    regex.IGNORECASE,
)
# ", who", ", which": a relative clause set off by commas opens
_RELATIVE_OPEN = regex.compile(r",\s+(?:who|whom|whose|which|where)\b", regex.REVERSE)  # the last
_QUOTE = regex.compile(r"“[^“”]{1,3000}”|\"[^\"\n]{1,3000}\"")


@dataclass(frozen=True)
class Clause:
    """The clause around a trigger: its bounds, and the sentence it lies in."""

    start: int
    end: int
    sentence: Span


@dataclass
class Analysis:
    """Per-document facts the extractors share, computed once by :func:`analyse`."""

    doc: Document
    quotes: list[tuple[int, int]] = field(default_factory=list)
    quote_speakers: dict[int, Actor | None] = field(default_factory=dict)
    pronouns: dict[int, Actor] = field(default_factory=dict)
    pronoun_list: list[Actor] = field(default_factory=list)

    # -- layer lookups ----------------------------------------------------------------
    @functools.cached_property
    def organizations(self) -> list[Actor]:
        """Every organisation the document names, in order."""
        return [x for x in self.doc.actors if x.kind == "organization"]

    @functools.cached_property
    def _all_actors(self) -> list[Actor]:
        # the actors and the resolved pronouns in one list, sorted once
        return sorted([*self.doc.actors, *self.pronoun_list], key=lambda a: a.start)

    def organization_called(self, word: str) -> Actor | None:
        """The organisation the document names that ``word`` stands for: its text, its
        canonical name or its initials, dots and case aside ("U.N.", "UN", "NATO")."""
        key = word.strip().lower().replace(".", "")
        for org in self.organizations:
            initials = "".join(w[0] for w in org.name.lower().split() if w not in ("of", "the"))
            if key in (org.text.lower().replace(".", ""), org.name.lower(), initials):
                return org
        return None

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Actors inside ``[start, end)``, pronouns resolved and included, in order."""
        return self.doc.within(self._all_actors, start, end)

    def places_in(self, start: int, end: int) -> list[Place]:
        return self.doc.within(self.doc.places, start, end)

    def times_in(self, start: int, end: int) -> list[TimeExpr]:
        return self.doc.within(self.doc.times, start, end)

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        return self.doc.within(self.doc.quantities, start, end)

    def words(self, start: int, end: int) -> list[Token]:
        """The tokens inside ``[start, end)``."""
        return self.doc.tokens[self.doc.token_index(start) : self.doc.token_index(end)]

    def lowered(self, start: int, end: int) -> list[str]:
        """The tokens inside ``[start, end)``, lower-cased (from a per-document column)."""
        words = _word_columns(self.doc)[0]
        return words[self.doc.token_index(start) : self.doc.token_index(end)]

    def coordinated(self, anchor: Actor, start: int, end: int) -> list[Actor]:
        """``anchor`` with the actors coordinated with it inside ``[start, end)``:
        "Egypt, Syria, Morocco and Bangladesh", "the U.S. and Britain"."""
        actors = [x for x in self.actors_in(start, end) if x.rule != "pronoun"]
        if anchor not in actors:
            return [anchor]
        i = actors.index(anchor)
        lo = hi = i
        while lo > 0 and _COORDINATION.fullmatch(
            self.doc.text[actors[lo - 1].end : actors[lo].start]
        ):
            lo -= 1
        while hi + 1 < len(actors) and _COORDINATION.fullmatch(
            self.doc.text[actors[hi].end : actors[hi + 1].start]
        ):
            hi += 1
        return actors[lo : hi + 1]

    def _names_holding(self, start: int, end: int) -> Iterator[Actor]:
        """The actors whose names hold ``[start, end)`` (a name reaches at most
        ``_NAME_REACH`` characters either side)."""
        for x in self.doc.within(self.doc.actors, max(0, start - _NAME_REACH), end + _NAME_REACH):
            if x.start <= start and end <= x.end:
                yield x

    def inside_name(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is part of an organisation's or group's name
        ("North Atlantic Treaty Organization", "the Warsaw Pact")."""
        return any(
            x.kind in ("organization", "group") and x.end - x.start > end - start
            for x in self._names_holding(start, end)
        )

    # -- structure ----------------------------------------------------------------------
    def in_quote(self, offset: int) -> tuple[int, int] | None:
        """The quotation holding ``offset``, if any."""
        i = bisect.bisect_right(self.quotes, (offset, len(self.doc.text) + 1)) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def reports(self, word: Token) -> bool:
        """True when ``word`` is a reporting verb ("said", "told", "states"), not part of
        a name ("the United States", "Reporters Without Borders")."""
        if word.text.lower() not in _REPORTING:
            return False
        if not word.text[:1].isupper():
            return True
        return next(self._names_holding(word.start, word.end), None) is None

    def said_by_someone(self, offset: int) -> bool:
        """True when ``offset`` is inside a quote that a reporting verb attributes,
        whether or not to a named actor ("“…,” a senior official told reporters")."""
        quote = self.in_quote(offset)
        if quote is None:
            return False
        after = self.words(quote[1], min(len(self.doc.text), quote[1] + 80))[:6]
        before = self.words(max(0, quote[0] - 80), quote[0])[-6:]
        return any(map(self.reports, (*after, *before)))

    def speaker_of(self, clause: Clause, trigger: Span) -> tuple[Actor | None, str]:
        """Who says the event happened: the quote's speaker, else the subject of the
        reporting verb governing the trigger. Returns the actor and the rule used."""
        quote = self.in_quote(trigger.start)
        speaker = self.quote_speaker(quote) if quote is not None else None
        if speaker is not None:
            return speaker, "speaker.quote"
        sentence = clause.sentence
        for w in self.words(max(sentence.start, trigger.start - _REACH), trigger.start):
            if self.reports(w):
                subject = self.subject_before(sentence.start, w.start)
                if subject is not None:
                    return subject, "speaker.reporting-verb"
                break
        # "..., Kirby said." after the trigger
        after = self.words(trigger.end, min(sentence.end, trigger.end + _REACH))
        for i, w in enumerate(after):
            if self.reports(w):
                near = self.actors_in(w.end, min(sentence.end, w.end + 60))
                near = [
                    a
                    for a in near
                    if a.kind in ("person", "organization", "government", "military")
                    and self._not_object(a.start)
                ]
                if near:
                    return near[0], "speaker.said-after"
                if w.text.lower() == "according":
                    break  # "according to diplomats in Addis Ababa": the source follows
                before = self.actors_in(after[max(0, i - 4)].start, w.start)
                if before and _HEAD_GAP.fullmatch(self.doc.text, before[-1].end, w.start):
                    # "..., its defence ministry said", not "... to Belarus, Kirby said"
                    return before[-1], "speaker.said-after"
        return None, ""

    def quote_speaker(self, quote: tuple[int, int]) -> Actor | None:
        """Who a quotation is attributed to; a quote with no attribution of its own takes
        that of the next quote in its paragraph ("“…” “…,” he said")."""
        if quote[0] in self.quote_speakers:
            return self.quote_speakers[quote[0]]
        i = bisect.bisect_left(self.quotes, quote)
        speaker = None
        end = quote[0]
        for qs, qe in self.quotes[i : i + _QUOTE_RUN]:
            if "\n\n" in self.doc.text[end:qs]:
                break
            speaker = _own_speaker(self, qs, qe)
            if speaker is not None:
                break
            end = qe
        self.quote_speakers[quote[0]] = speaker
        return speaker

    def subject_before(self, start: int, end: int) -> Actor | None:
        """The actor nearest before ``end`` that is not the object of a preposition; for
        a verb after "and", not the object of the verb before it either: the two verbs
        share their subject ("Iraq's leader called Bush a liar and said": not Bush)."""
        candidates = self.actors_in(max(start, end - _REACH), end)
        shared = self.word_before(end) == "and"
        for actor in reversed(candidates):
            # the word before the first of "U.S. and Arab troops" decides for them all
            first = self.coordinated(actor, max(start, end - _REACH), end)[0]
            prev = self.word_before(first.start)
            if prev in PREPOSITIONS or prev in _OBJECT_MARKERS:
                continue
            if shared and self._verb_object(first.start):
                continue  # "called (the) Bush": a verb's object
            return actor
        return candidates[-1] if candidates else None

    def _lead_index(self, offset: int) -> int:
        """The index of the token before the phrase at ``offset``, past any determiner
        ("called |the| U.S. leader": "called"); -1 at the start."""
        tokens = self.doc.tokens
        i = self.doc.token_index(offset) - 1
        while i >= 0 and tokens[i].text.lower() in _ATTRIBUTIVE_DETERMINERS:
            i -= 1
        return i

    def _verb_object(self, offset: int) -> bool:
        """True when a lower-case word other than a clause opener stands before
        ``offset``, past any determiner: "called Bush", "called the U.S. leader"."""
        i = self._lead_index(offset)
        if i < 0:
            return False
        word = self.doc.tokens[i].text
        return word.isalpha() and word.islower() and word not in _SUBJECT_LEADS

    def _not_object(self, offset: int) -> bool:
        """True unless the actor at ``offset`` is the object of a preposition, other than
        that of a spokesman's body ("a spokesman for the ministry"): "said in a letter
        to the government" names no speaker."""
        tokens = self.doc.tokens
        i = self._lead_index(offset)
        if i < 0 or tokens[i].text.lower() not in PREPOSITIONS:
            return True
        return (
            tokens[i].text.lower() in ("for", "of")
            and i > 0
            and tokens[i - 1].text.lower() in _SPOKESPEOPLE
        )

    def word_before(self, offset: int) -> str:
        """The lower-cased token before ``offset`` ("" at the start)."""
        i = self.doc.token_index(offset) - 1
        return self.doc.tokens[i].text.lower() if i >= 0 else ""

    def date_for(self, clause: Clause, trigger: Span, *, report_ok: bool) -> TimeExpr | None:
        """The time expression of the event: nearest in its sentence, preferring those
        not attached to a reporting verb unless ``report_ok``."""
        sentence = clause.sentence
        best: tuple[float, TimeExpr] | None = None
        for t in self.times_in(
            max(sentence.start, trigger.start - _REACH), min(sentence.end, trigger.end + _REACH)
        ):
            if (
                t.kind != "date"
                or self._dates_other_noun(t, trigger)
                or self._in_relative_clause(t, trigger, sentence)
            ):
                continue
            distance = (
                abs(t.start - trigger.start)
                if t.start > trigger.start
                else abs(trigger.start - t.end)
            )
            penalty = 0.0
            if not report_ok and self.is_report_date(t, trigger):
                penalty = 10_000
            if t.value.endswith("_REF"):
                penalty += 500
            if t.end <= trigger.start and _AND.search(self.doc.text, t.end, trigger.start):
                # "sent troops this month and dispatched a carrier in May": an earlier
                # conjunct's date is the other verb's
                penalty += 200
            score = distance + penalty
            if best is None or score < best[0]:
                best = (score, t)
        if best is None or (not report_ok and best[0] >= 10_000):
            return best[1] if best is not None and report_ok else None
        return best[1]

    def _in_relative_clause(self, t: TimeExpr, trigger: Span, sentence: Span) -> bool:
        """True when ``t`` lies in a relative clause set off by commas that does not hold
        the trigger: "Albright, who fled after the takeover in 1948, welcomed their
        joining the alliance" (1948 is when she fled)."""
        text = self.doc.text
        opener = _RELATIVE_OPEN.search(text, max(sentence.start, t.start - _REACH), t.start)
        if opener is None or "," in text[opener.end() : t.start]:
            return False
        close = text.find(",", t.end, sentence.end)
        if close == -1:
            return False
        return not (opener.start() <= trigger.start < close)

    def _dates_other_noun(self, t: TimeExpr, trigger: Span) -> bool:
        """True when ``t`` modifies a noun other than the trigger: "that 1978 resolution
        calls for a withdrawal" dates the resolution (but "the 1988 ceasefire" dates
        the ceasefire)."""
        before = self.words(max(0, t.start - 12), t.start)[-1:]
        phrase = self.words(t.end, t.end + 40)[:4]
        if any(w.start == trigger.start for w in phrase):
            return False  # "the 2015 nuclear deal": the trigger is the noun it dates
        after = phrase[:1]
        return (
            bool(before)
            and before[0].text.lower() in _ATTRIBUTIVE_DETERMINERS
            and bool(after)
            and after[0].text.replace("-", "").isalpha()  # "the 1988 cease-fire"
            and after[0].text.islower()
            and after[0].start != trigger.start
            and after[0].text.lower() not in _NOT_NOUNS
        )

    def is_report_date(self, t: TimeExpr, trigger: Span) -> bool:
        """True when ``t`` dates a reporting verb ("said on Wednesday", "Monday
        announced") rather than the trigger."""
        before = self.words(max(0, t.start - 30), t.start)[-2:]
        after = self.words(t.end, t.end + 20)[:1]
        verb_before = bool(before) and (
            self._speaks(before[-1])
            or (before[-1].text.lower() == "on" and len(before) == 2 and self._speaks(before[0]))
        )
        verb_after = bool(after) and self.reports(after[0])
        if not (verb_before or verb_after or self._dates_commitment(t, trigger)):
            return False
        return not (t.start <= trigger.start < t.end)

    def _speaks(self, word: Token) -> bool:
        # a reporting verb or a commitment ("vowed on Monday to send troops")
        return self.reports(word) or word.text.lower() in _COMMITMENTS

    def _dates_commitment(self, t: TimeExpr, trigger: Span) -> bool:
        """True when ``t`` stands before a commitment that governs the trigger, which is
        its date ("today sought peace by promising to withdraw", "vowed on Monday to
        send troops"): the event is told in an infinitive after the commitment."""
        if t.end > trigger.start or trigger.start - t.end > _REACH:
            return False
        between = self.lowered(t.end, trigger.start)
        return any(
            word in _COMMITMENTS and between[i + 1 : i + 2] == ["to"]
            for i, word in enumerate(between)
        )

    def _denied_after(self, clause: Clause, trigger: Span) -> bool:
        """True when the trigger's own phrase is the subject of a denial after it: "the
        withdrawal of Russian troops is not planned" (not "... to Belarus, which is not
        expected to ...": a comma or a relative pronoun opens another predicate)."""
        text = self.doc.text
        m = _DENIALS_AFTER.search(
            text, trigger.end, min(clause.end, trigger.end + _DENIAL_AFTER_REACH)
        )
        return m is not None and _OTHER_PREDICATE.search(text, trigger.end, m.start()) is None

    def _asked_for(
        self, clause: Clause, trigger: Span, words: list[str], governor: list[str]
    ) -> bool:
        """True when the trigger is what an intention, a demand or an ultimatum asks for,
        not what happened: "plans to send", "NATO demanded that Russia pull ...",
        "calls for X's withdrawal ..., and for the deployment of ...", "gave the militia
        48 hours to leave". ``words`` are the clause's words before the trigger,
        ``governor`` the words before the clause."""
        tail = _after_comma(words[-9:])
        if _INTENTIONS.search(" ".join(tail)):
            return True
        if tail[:2] in (["and", "for"], ["or", "for"]) and _INTENTIONS.search(
            " ".join(words[-_COMPLEMENT_REACH:])
        ):
            return True  # a second complement of the same verb
        if words[:1] == ["that"] and _INTENTIONS.search(" ".join(governor[-2:])):
            return True
        lo = max(clause.start, trigger.start - _ULTIMATUM_REACH)
        return _ULTIMATUM_BEFORE.search(self.doc.text, lo, trigger.start) is not None

    def _conditioned_after(self, clause: Clause, trigger: Span, group: list[str]) -> bool:
        """True when a future trigger is bound to a condition after it: "will send
        troops if the talks fail", "would withdraw only if Israel withdraws" (not "will
        send troops, and asked if ...", nor "even if")."""
        if not any(w in _FUTURE_AUXILIARIES or w.endswith(("'ll", "’ll")) for w in group):
            return False
        text = self.doc.text
        m = _CONDITIONS_AFTER.search(
            text, trigger.end, min(clause.end, trigger.end + _CONDITION_AFTER_REACH)
        )
        return m is not None and _NOT_ITS_CONDITION.search(text, trigger.end, m.start()) is None

    def modality(
        self, clause: Clause, trigger: Span, *, conditional: bool = True, speech_act: bool = False
    ) -> Modality:
        """Hypothetical, negated or asserted, from cues that govern the trigger.

        Negation and modal verbs count in the trigger's verb group (a few words before
        it), intention words ("plans to", "considering") a little further back, and
        conditionals ("if", "unless") anywhere before it in its clause; with
        ``conditional=False`` conditionals and "would/could" are ignored, as they belong
        to the content of a warning rather than to whether it was made. With
        ``speech_act``, a condition set off before the trigger by a comma is the
        content's too: "If the family refused, the agency had threatened to ...".
        """
        words = self.lowered(clause.start, trigger.start)
        group = words[-4:]
        # a denial governs a few words more: "ruled out putting American boots on ...",
        # and the clause it introduces: "Moscow denied that its forces were sent"
        governor = self.lowered(max(0, clause.start - 30), clause.start)
        if (
            any(w in _NEGATORS or w.endswith(("n't", "n’t")) for w in group)
            or _DENIALS.search(" ".join(_after_comma(words[-_DENIAL_REACH:])))
            or (words[:1] == ["that"] and _DENIALS.search(" ".join(governor[-2:])))
            or self._denied_after(clause, trigger)
        ):
            return "negated"
        if conditional and "any" in group:
            return "hypothetical"  # "any troops sent to Ukraine would become targets"
        if any(w in _MODALS for w in group) and (
            conditional or not any(w in ("would", "could") for w in group)
        ):
            return "hypothetical"
        if conditional and self._asked_for(clause, trigger, words, governor):
            return "hypothetical"
        if conditional and words[-1:] == ["against"]:
            return "hypothetical"  # "warned NATO against sending troops"
        # a warning made ("had threatened") is not conditional on the content's "if";
        # one to come ("will warn") is
        made = speech_act and _FUTURE_AUXILIARIES.isdisjoint(group)
        if conditional and any(
            w in _CONDITIONALS for w in (_after_comma(words) if made else words)
        ):
            return "hypothetical"
        if conditional and self._conditioned_after(clause, trigger, group):
            return "hypothetical"
        return "asserted"


def _after_comma(words: list[str]) -> list[str]:
    """The words after the last comma: "If the family refused, INS had threatened":
    the refusal is the condition's, not the threat's; "Under the plan, NATO deployed":
    the plan is not this event's. A report set off by commas (", officials said,") is
    passed over: "NATO is considering, officials said, sending troops"."""
    commas = [i for i, word in enumerate(words) if word == ","]
    while commas:
        last = commas.pop()
        if commas and any(word in _REPORTING for word in words[commas[-1] + 1 : last]):
            commas.pop()  # the report between this comma and the one before it
            continue
        return words[last + 1 :]
    return words


def clause_of(doc: Document, trigger: Span) -> Clause:
    """The clause holding ``trigger``: back to the nearest clause opener or hard break,
    forward to the next hard break or the sentence end."""
    sentence = doc.sentence_at(trigger.start) or Span(text=doc.text, start=0, end=len(doc.text))
    tokens = doc.tokens
    i = doc.token_index(trigger.start) - 1
    floor = max(0, i - _CLAUSE_TOKENS)
    start = max(sentence.start, tokens[floor].start if tokens else 0)
    while i >= floor and tokens[i].start >= sentence.start:
        word = tokens[i].text
        low = word.lower()
        if word in _HARD_BREAKS:
            start = tokens[i].end
            break
        if low in _SUBORDINATORS:
            start = tokens[i].start
            break
        if word == "," and i + 1 < len(tokens) and tokens[i + 1].start < trigger.start:
            nxt = tokens[i + 1].text.lower()
            if nxt in _SUBORDINATORS:
                start = tokens[i + 1].start
                break
        i -= 1
    j = doc.token_index(trigger.end)
    ceiling = min(len(tokens), j + _CLAUSE_TOKENS)
    end = min(sentence.end, tokens[ceiling - 1].end if ceiling > 0 else sentence.end)
    while j < ceiling and tokens[j].start < sentence.end:
        if tokens[j].text in _HARD_BREAKS:
            end = tokens[j].start
            break
        j += 1
    return Clause(start=start, end=end, sentence=sentence)


_PLACE_PREPOSITIONS = frozenset(
    ["in", "into", "at", "inside", "within", "across", "near", "throughout", "around"]
)


def _in_place_phrase(doc: Document, start: int) -> bool:
    i = doc.token_index(start) - 1
    return i >= 0 and doc.tokens[i].text.lower() in _PLACE_PREPOSITIONS


def _resolve_pronouns(doc: Document) -> dict[int, Actor]:
    """Third-person pronouns resolved to the latest compatible actor before them."""
    actors = doc.actors
    resolved: dict[int, Actor] = {}
    if not actors:
        return resolved
    ai = 0
    last_person: Actor | None = None
    last_plural: Actor | None = None
    last_singular: Actor | None = None
    chain: tuple[int, Actor] | None = None
    for m in _PRONOUN.finditer(doc.text):
        while ai < len(actors) and actors[ai].start < m.start():
            a = actors[ai]
            if a.kind == "person":
                last_person = a
            elif a.kind in ("military", "group"):
                last_plural = a
            if a.kind in ("country", "government", "organization", "military") and not (
                _in_place_phrase(doc, a.start)
            ):
                last_singular = a  # "in Lithuania" is a place there, rarely what "its" means
            ai += 1
        word = m.group().lower()
        target: Actor | None
        if word in _PLURAL_PRONOUNS:
            # a chain of "they" keeps its referent while it goes on (centering)
            if chain is not None and m.start() - chain[0] < _CHAIN_GAP:
                target = chain[1]
            else:
                target = last_plural or last_singular
            if target is not None:
                chain = (m.start(), target)
        else:
            target = last_person if word in _PERSON_PRONOUNS else last_singular
        if target is None:
            continue
        resolved[m.start()] = target.model_copy(
            update={
                "text": m.group(),
                "start": m.start(),
                "end": m.end(),
                "antecedent": target.antecedent if target.antecedent is not None else target.start,
                "rule": "pronoun",
            }
        )
    return resolved


def _quotes(doc: Document) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(doc.text)]


def _own_speaker(analysis: Analysis, qs: int, qe: int) -> Actor | None:
    """A quote's own speaker: "“…,” he said" / "said Kirby" after it, or "Kirby said:
    “…”" before it."""
    doc = analysis.doc
    after = analysis.words(qe, min(len(doc.text), qe + 80))
    for k, w in enumerate(after[:6]):
        if analysis.reports(w):
            subject = analysis.actors_in(qe, w.start)
            if subject:
                return subject[0]  # "“…,” the minister said"
            if any(v.text.isalpha() for v in after[:k]):
                return None  # "“…,” an official told reporters, referring to Iran"
            # "“…,” said Kirby": the speaker follows the verb
            around = analysis.actors_in(w.end, after[min(len(after) - 1, k + 6)].end)
            return around[0] if around else None
        if w.text in ".!?" or "\n" in doc.text[qe : w.start]:
            break
    before = analysis.words(max(0, qs - 80), qs)[-6:]
    for k in range(len(before) - 1, -1, -1):
        if analysis.reports(before[k]):
            around = analysis.actors_in(before[0].start, before[k].start)
            return around[-1] if around else None
    return None


def analyse(doc: Document) -> Analysis:
    """The shared analysis of ``doc``, computed on first use and kept on the document."""
    cached = doc.__dict__.get("_event_analysis")
    if isinstance(cached, Analysis):
        return cached
    analysis = Analysis(doc=doc, quotes=_quotes(doc))
    analysis.pronouns = _resolve_pronouns(doc)
    analysis.pronoun_list = sorted(analysis.pronouns.values(), key=lambda x: x.start)
    doc.__dict__["_event_analysis"] = analysis
    return analysis


def country_key(actor: Actor | Place | None) -> str | None:
    """What makes two actors or places the same for merging: country, else name."""
    if actor is None:
        return None
    return actor.country or actor.name.lower()


def span_of(doc: Document, start: int, end: int) -> Span:
    """A Span of the document text."""
    return Span(text=doc.text[start:end], start=start, end=end)


def distinct(
    actors: Sequence[Actor], key_of: Callable[[Actor], str | None] | None = None
) -> list[Actor]:
    """Actors with the first of each key (by default the country, else the name) kept,
    in order."""
    seen: set[str | None] = set()
    out = []
    for a in actors:
        key = (key_of or country_key)(a)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _word_columns(doc: Document) -> tuple[list[str], list[int], set[str], set[str]]:
    """Each token lower-cased and each token's start (columns, built in C), the distinct
    words, and those of them with a possessive "'s" ("nato's"): once per document."""
    columns = doc.__dict__.get("_word_columns")
    if columns is None:
        words = list(map(str.lower, map(_TOKEN_TEXT, doc.tokens)))
        distinct = set(words)
        possessive = {w for w in filter(_ENDS_POSSESSIVE, distinct) if len(w) > 2}
        columns = (words, doc._token_starts, distinct, possessive)
        doc.__dict__["_word_columns"] = columns
    return columns


def _first_word_starts(doc: Document, first_words: frozenset[str]) -> list[int]:
    """Offsets of the tokens a trigger can start with (a possessive "'s" allowed)."""
    words, starts, distinct, possessive = _word_columns(doc)
    # the words of this document a trigger starts with, found among its distinct words
    # first: a page of junk repeats a few words a million times
    hits = distinct & first_words  # a set (the type of the left operand)
    hits.update(w for w in possessive if w[:-2] in first_words)
    if not hits:
        return []
    return list(compress(starts, map(hits.__contains__, words)))  # C-level passes


def triggers(
    doc: Document, pattern: regex.Pattern[str], first_words: frozenset[str], extractor: str
) -> Iterator[regex.Match[str]]:
    """The matches of a trigger pattern in ``doc``, tried only at tokens that can start
    a trigger (``first_words``), left to right without overlap; at most a dozen a
    sentence, within the extractor's time budget. A document that exhausts the budget
    gets a partial result, logged and recorded in ``doc.errors``."""
    from eventkit.guard import seconds_for
    from eventkit.registry import ExtractorFailure

    # the layers are built before the clock starts: the budget is the extractor's own
    for layer in ("tokens", "sentences", "times", "quantities", "actors", "places"):
        getattr(doc, layer)
    budget = seconds_for(len(doc.text))
    started = time.perf_counter()
    per_sentence: dict[int, int] = {}
    text = doc.text
    done = 0
    tried = 0
    starts = _first_word_starts(doc, first_words)
    for start in starts:
        if start < done:
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        tried += 1
        if tried % 32 == 0 and time.perf_counter() - started > budget:
            message = (
                f"time budget of {budget:g} s spent at offset {m.start()} of "
                f"{len(text)}: partial result"
            )
            logger.warning("eventkit: extractor %r: %s", extractor, message)
            doc.errors.append(ExtractorFailure(extractor, message))
            return
        done = m.end()
        sentence = doc.sentence_index(m.start())
        seen = per_sentence.get(sentence, 0)
        if seen >= _MAX_TRIGGERS_PER_SENTENCE:
            continue
        per_sentence[sentence] = seen + 1
        yield m
