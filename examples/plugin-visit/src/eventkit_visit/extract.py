"""The visit extractor: a person or government, a visit verb, then a place.

It reads three eventkit layers of the :class:`~eventkit.Document`: ``actors`` (the
visitor is the nearest person or government before the verb), ``places`` (the host
is the first place after it) and ``times`` (the date nearest the verb).
"""

from __future__ import annotations

from importlib import resources

import regex
from eventkit import Actor, Document, Place, Span, TimeExpr
from eventkit.model import Modality

from eventkit_visit.event import Visit

__all__ = ["extract_visits"]


def _trigger_pattern() -> regex.Pattern[str]:
    lines = resources.files(__package__).joinpath("data/triggers.txt").read_text("utf-8")
    phrases = [line.split() for line in lines.splitlines() if line.strip() and line[0] != "#"]
    alternatives = sorted((r"\s+".join(map(regex.escape, p)) for p in phrases), key=len)
    return regex.compile(rf"\b(?:{'|'.join(reversed(alternatives))})\b", regex.IGNORECASE)


_TRIGGER = _trigger_pattern()
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
_REPORTING = regex.compile(r"\b(?:said|says|told|added|announced|according)\b", regex.IGNORECASE)
_INVITED = regex.compile(r"\binvit(?:e|es|ed|ing)\b", regex.IGNORECASE)  # "invited X to visit"
_CLAUSE_BREAK = regex.compile(r"[;:]|\b(?:and|then|before|after|while)\b", regex.IGNORECASE)

# Verb forms by the trigger's first word; closed-class words that tell a verb from a noun.
_BARE = frozenset({"visit", "tour", "arrive", "pay"})
_GERUND = frozenset({"visiting", "touring", "arriving", "paying"})
_BEFORE_BARE = frozenset(
    {"will", "would", "could", "can", "may", "might", "must", "shall", "should", "to", "did"}
    | {"does", "do", "not", "never", "cannot", "also", "soon", "first", "later"}
)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "am"})
_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that"}
    | {"these", "those", "state", "official", "first", "recent", "planned", "such", "any"}
)
_NEGATION = frozenset({"not", "never", "no", "cannot"})
_HYPOTHETICAL = frozenset(
    {"could", "may", "might", "would", "if", "plans", "plan", "planned", "planning"}
    | {"expected", "hopes", "hoped", "intends", "intended", "wants", "wanted", "considering"}
)
_VISITOR_KINDS = frozenset({"person", "government"})
_HOST_WINDOW = 60  # characters between the verb and the host place, at most
_CONTEXT = 40  # characters before the verb read for auxiliaries and negation


def extract_visits(doc: Document) -> list[Visit]:
    """The visit events of ``doc``: one per visit verb with a visitor before it.

    >>> extract_visits(Document("The visit was postponed."))
    []
    """
    visits: list[Visit] = []
    for sentence in doc.sentences:
        for match in _TRIGGER.finditer(doc.text, sentence.start, sentence.end):
            words = [
                w.lower()
                for w in _WORD.findall(
                    doc.text, max(sentence.start, match.start() - _CONTEXT), match.start()
                )
            ]
            if not _is_verb(match.group().split()[0].lower(), words):
                continue
            invited = words[-1:] == ["to"] and _INVITED.search(
                doc.text, sentence.start, match.start()
            )
            trigger = Span(text=match.group(), start=match.start(), end=match.end())
            visitor = _visitor(doc, sentence, trigger)
            if visitor is None:
                continue
            host = _host(doc, sentence, trigger)
            date = _date(doc, sentence, trigger)
            visits.append(
                Visit(
                    trigger=trigger,
                    sentence=sentence,
                    date=date,
                    modality="hypothetical" if invited else _modality(words[-3:]),
                    confidence=round(0.5 + 0.2 * (host is not None) + 0.1 * (date is not None), 2),
                    rule=f"visit.{match.group().split()[0].lower()}",
                    slot_rules={
                        "visitor": "visit.visitor.nearest_before",
                        **({"host": "visit.host.first_after"} if host else {}),
                        **({"date": "visit.date.nearest"} if date else {}),
                    },
                    cameo="042",  # CAMEO 042: make a visit
                    plover="CONSULT",
                    visitor=visitor,
                    host=host,
                )
            )
    return visits


def _is_verb(head: str, before: list[str]) -> bool:
    """Whether the trigger word is a verb here ("will visit"), not a noun ("his visit")."""
    previous = before[-1] if before else ""
    if previous in _DETERMINERS or previous.endswith(("'s", "’s")):
        return False
    if head in _BARE:
        return any(word in _BEFORE_BARE or word.endswith(("n't", "n’t")) for word in before[-2:])
    if head in _GERUND:
        return any(word in _BE for word in before[-2:])
    return True


def _modality(before: list[str]) -> Modality:
    if any(w in _NEGATION or w.endswith(("n't", "n’t")) for w in before):
        return "negated"
    if any(w in _HYPOTHETICAL for w in before):
        return "hypothetical"
    return "asserted"


def _visitor(doc: Document, sentence: Span, trigger: Span) -> Actor | None:
    """The nearest person or government before the verb, unless it is only a speaker."""
    candidates = [
        actor
        for actor in doc.within(doc.actors, sentence.start, trigger.start)
        if actor.kind in _VISITOR_KINDS and doc.text[actor.end : actor.end + 2] not in ("'s", "’s")
    ]
    if not candidates:
        return None
    visitor = candidates[-1]
    if _REPORTING.search(doc.text, visitor.end, trigger.start):
        return None  # "Kim said the delegation visited": Kim is not the visitor
    return visitor


def _host(doc: Document, sentence: Span, trigger: Span) -> Place | None:
    """The first place after the verb, in the same clause and close to it."""
    for place in doc.within(doc.places, trigger.end, sentence.end):
        if place.start - trigger.end > _HOST_WINDOW:
            return None
        if _CLAUSE_BREAK.search(doc.text, trigger.end, place.start):
            return None
        return place
    return None


def _date(doc: Document, sentence: Span, trigger: Span) -> TimeExpr | None:
    """The date of the visit: in its sentence, a calendar date before a vague one
    ("now"), one after the verb before one ahead of it, the nearest first."""
    dates = [t for t in doc.within(doc.times, sentence.start, sentence.end) if t.kind == "date"]
    return min(
        dates,
        key=lambda t: (
            t.value.endswith("_REF"),
            t.start < trigger.end,
            t.start - trigger.end if t.start >= trigger.end else trigger.start - t.end,
        ),
        default=None,
    )
