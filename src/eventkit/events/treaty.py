"""Treaties: agreements between parties negotiated, signed, ratified, suspended or left.

A trigger is an agreement noun from ``data/treaty.json`` ("treaty", "accord",
"ceasefire", "peace talks", "accession"), joining an alliance ("joined NATO", "join the
16-nation bloc") or an alliance growing ("expanded to include A in 1952, B in 1955").
An agreement is an event when a state, body or armed group is a side of it; a business
deal or a treaty's bare name is not. Parties come from "between X and Y", "X and Y
signed", "X signed with Y", "a treaty with Y", "the Israeli-Syrian talks", "a meeting of
A, B and C", "the two (three) countries"; the status from the nearest status word, and
a later step told in a relative clause ("..., which the parliament ratified") is an
event of its own. Mentions of one agreement merge (``_same``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from eventkit.countries import lookup
from eventkit.events.codes import codes_for
from eventkit.events.context import (
    Analysis,
    Clause,
    analyse,
    clause_of,
    country_key,
    distinct,
    span_of,
    triggers,
)
from eventkit.events.lexicon import load, phrase_pattern, words_pattern
from eventkit.events.merge import merge_events
from eventkit.model import Actor, Modality, Span, TimeExpr, Treaty, TreatyStatus
from eventkit.quantities.numbers import words_value

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_treaties"]

_LEX = load("treaty")
_ORGS = _LEX.words("membership_orgs")
_TRIGGER = regex.compile(
    f"(?P<noun>{phrase_pattern(_LEX.words('nouns')).pattern})"
    # "acceded to NATO", "entry into the alliance", "was admitted to the EU"
    rf"|(?P<join>\b(?:join(?:s|ed|ing)?|admit(?:s|ted|ting)?|accession\s+to|"
    r"acced(?:e|es|ed|ing)\s+to|entry\s+into|admission\s+(?:to|into)|"
    r"admitted\s+(?:to|into)|membership\s+(?:of|in)|"
    rf"(?:became|become|becomes|becoming)\s+(?:full(?:-fledged)?\s+)?members?\s+of)\s+"
    rf"(?:the\s+)?(?:{'|'.join(regex.escape(o) for o in _ORGS)}|"
    # "the alliance", "the 16-nation bloc", "the western military alliance"
    rf"(?:\d+-(?:nation|member)\s+)?(?:{phrase_pattern(_LEX.words('alliance_modifiers')).pattern}\s+){{0,2}}"
    rf"{phrase_pattern(_LEX.words('alliance_nouns')).pattern})"
    r"(?![\w\-])"
    # "join the UN force", "join NATO talks": a mission or meeting, not membership
    rf"(?!\s+{phrase_pattern(_LEX.words('not_membership_after')).pattern}))"
    # "Sweden's NATO membership", "the country's EU membership"
    # (tried at "membership", a rare word, rather than at every body's first word)
    rf"|(?P<member>(?<=\b(?:{'|'.join(regex.escape(o) for o in _ORGS)})\s{{1,3}})"
    r"membership(?![\w\-]))"
    # "NATO has been expanded to include Greece and Turkey in 1952, Germany in 1955"
    r"|(?P<enlarge>\b(?:expanded|enlarged|widened|grew|grown|expands|enlarges|expansion|"
    r"enlargement)\s+to\s+(?:include|admit|take\s+in)\b)",
    regex.IGNORECASE,
)
# Steps told by a verb alone, tried only in a document with a membership body or an
# agreement (their first words are common: "took", "pulled", "withdrew")
_STEP_TRIGGER = regex.compile(
    # "NATO will admit Poland, Hungary and ...": the body admits the states after it
    r"(?P<admit>\b(?:admit(?:s|ted|ting)?|(?:take|takes|took|taking)\s+in)"
    r"(?=\s+(?:[A-Z]|the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b)))"
    # "signed a deal, but later pulled out of it": leaving the agreement just told
    rf"|(?P<leave_it>{words_pattern(_LEX.words('leave_it_verbs'))}\s+it(?![\w'’]))",
    regex.IGNORECASE,
)
_STEP_FIRST_WORDS = _LEX.first_words("leave_it_verbs") | {
    "admit",
    "admits",
    "admitted",
    "admitting",
    "take",
    "takes",
    "took",
    "taking",
}
_FIRST_WORDS = _LEX.first_words("nouns") | {
    "expansion",
    "enlargement",
    "accede",
    "accedes",
    "acceded",
    "acceding",
    "entry",
    "admission",
    "membership",
    "expanded",
    "enlarged",
    "widened",
    "grew",
    "grown",
    "expands",
    "enlarges",
    "join",
    "joins",
    "joined",
    "joining",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "accession",
    "became",
    "become",
    "becomes",
    "becoming",
}
_STATUS_WORDS: dict[str, TreatyStatus] = {
    "sign": "signed",
    "ratify": "ratified",
    "negotiate": "negotiating",
    "suspend": "suspended",
    "withdraw": "withdrawn",
    "in_force": "in_force",
    "propose": "proposed",
}
_STATUS = regex.compile(
    "|".join(
        f"(?P<{key}>{phrase_pattern(list(_LEX.data['verbs'][key])).pattern})"
        for key in _STATUS_WORDS
    ),
    regex.IGNORECASE,
)
_STATUS_FIRST = frozenset(
    phrase.split()[0].lower() for key in _STATUS_WORDS for phrase in _LEX.data["verbs"][key]
)
_NOT_SENSE = phrase_pattern(_LEX.words("not_senses"))
_VERB_BEFORE_DEAL = frozenset(_LEX.words("verb_before_deal"))
_VERB_BEFORE_TALKS = frozenset(_LEX.words("verb_before_talks"))
_DEFAULT_STATUS: dict[str, TreatyStatus] = {
    "talks": "negotiating",
    "negotiate": "negotiating",
    "accession": "ratified",
    "join": "ratified",
}
_PARTY_KINDS = ("country", "government", "organization", "group", "person", "military")
_ANAPHOR = regex.compile(r"(?i)\b(?:this|that|the|such|these)\s+(?:[\w\-.]+\s+){0,2}$")
_RESTRICTIVE = regex.compile(r"\s+(?:between\b|[a-z]+ing\b)")
_NAME_BEFORE = regex.compile(r"\b((?:[A-Z][a-z]+\s+){1,3})$")
_QUOTE_MARK = regex.compile(r"[\"“”]|''|``")
# "the Israeli-Syrian", "the U.S.-Russian", "the U.N.-Iraq" right before the trigger
_PAIR = regex.compile(r"\b([A-Z][\w.]*[\w.])-([A-Z][\w.]*\w\.?)\s+(?:[a-z][\w\-]*\s+){0,2}$")
_MEDIATED = regex.compile(
    r"(?i)\b(?:mediated|brokered|hosted|facilitated|sponsored|chaired|arranged|backed|"
    r"overseen|monitored|guaranteed|drafted|tabled|put\s+forward)\s*$"
)
_RELATIVE = regex.compile(r",\s*(?:which|that)\s+", regex.IGNORECASE)
_STEPS = frozenset({"sign", "ratify", "suspend", "withdraw"})  # steps a relative clause tells
_TALKS_ONLY = frozenset(_LEX.words("talks_only_verbs"))
# a determined object right after a verb: "froze the program", "halted its work"
_DETERMINED = regex.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|much|most|many|some|all"
    r"|part|any|every|each|[\w.-]+['’]s)\s",
    regex.I,
)
_WITHDRAWN_THING = phrase_pattern(_LEX.words("not_status_objects"))
_FROM_GAP = regex.compile(r"\s+(?:from|out\s+of)\b", regex.IGNORECASE)
_NOT_NAME_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their"])
_MEETING_OF = regex.compile(
    r"(?i)\b(?:meeting|summit|conference|session|talks)\s+(?:of|between|among)\s+(?:the\s+)?"
)
_BETWEEN = regex.compile(r"(?i)\bbetween\s+")
_WITH = regex.compile(r"(?i)\b(?:with|by)\s+")
_WINDOW = 90
# a relative clause set off by commas right after the trigger: ", which Moscow proposed,"
_RELATIVE_AFTER = regex.compile(r"\s*,\s*(?:which|that)\b[^,;:.]{1,120},")
_WITH_REACH = 90  # "signed by U.N. Secretary-General Kofi Annan and Iraq's Tariq Aziz"
_THE_TWO = regex.compile(
    r"(?i)\b(?:the|both)\s+(?:two|2)\s+(?:governments|countries|nations|states|sides|"
    r"presidents|leaders|neighbou?rs|allies|rivals|capitals|prime\s+ministers)\b"
)
# "the three countries", "the three central and eastern European countries"
_THE_N = regex.compile(
    r"(?i)\bthe\s+(three|four|five|six|seven|eight|nine|ten)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:countries|nations|states|candidates|newcomers|governments)\b"
)
_TWO_REACH = 2000  # chars back to look for the two states "the two sides" refers to
_ANAPHOR_WINDOW = 25
_TALKS_WINDOW = 45
# "talks on a ceasefire": the talks are the status of what they are about
_ASPIRATION = regex.compile(
    r"(?i)\s+(?:bids?|applications?|aspirations?|ambitions?|hopes?|prospects?|candidacy|"
    r"requests?|quest|drive)\b"
)
# "applying for NATO membership", "a candidate for EU accession"
_SEEKING = regex.compile(
    r"(?i)\b(?:appl(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|bid(?:s|ding)?|push(?:es|ed|ing)?|"
    r"campaign(?:s|ed|ing)?|candidates?|candidacy|application)\s+(?:for|to)\s+"
    r"(?:(?:the|its|their|full|eventual)\s+)?$"
)
_POSSESSOR = regex.compile(r"['’]s?\s+")
_MEMBERSHIP_OF = regex.compile(r"(?i)membership\b")
_FOR = regex.compile(r"\s+for\s+(?:the\s+)?")
# membership forms that alone tell no joining: the joiners must be named or told before
_JOINER_NEEDED = regex.compile(r"(?i)(?:acced\w*|entry|admission|membership)\b")
_VIOLATION = phrase_pattern(_LEX.words("violation_words"))
# "stalled ratification", "delayed the signing of", "was never ratified", "hasn't signed"
_BLOCKED = regex.compile(
    rf"(?:{words_pattern(_LEX.words('blocking_verbs'))}|n['’]t)"
    r"(?:\s+(?:the|its|their|a|an|formal|final|parliamentary))?\s+$",
    regex.IGNORECASE,
)
_BLOCKED_REACH = 40
_ABOUT = regex.compile(r"(?i)\s+(?:on|over|for|about|toward|towards)\s+(?:(?:a|an|the|new)\s+)?")


def _status(
    doc: Document,
    clause: Clause,
    trigger: Span,
    sense: str,
    window: int = _WINDOW,
    verbs_only: bool = False,
) -> tuple[TreatyStatus, str, tuple[int, int] | None]:
    """The status the nearest status word gives, the rule, and that word's span."""
    sentence = clause.sentence
    talks = sense in ("talks", "negotiate")
    if talks:
        window = min(window, _TALKS_WINDOW)  # only a verb right by talks changes them
    lo = max(sentence.start, trigger.start - window)
    hi = min(sentence.end, trigger.end + window)
    # "the treaty, which Moscow proposed in 2019, was signed": the relative clause tells
    # of another step; the status word after it is the treaty's, as near as if it were not
    relative = _RELATIVE_AFTER.match(doc.text, trigger.end, sentence.end)
    skip = (trigger.end, relative.end()) if relative is not None else (0, 0)
    if relative is not None:
        hi = min(sentence.end, relative.end() + window)
    best: tuple[int, TreatyStatus, str, tuple[int, int]] | None = None
    for token in doc.within(doc.tokens, lo, hi):
        if skip[0] <= token.start < skip[1]:
            continue
        # a status phrase is tried only where one of its first words stands (one
        # scan of a large alternation over the window cost more than the rest)
        if token.text.lower() not in _STATUS_FIRST:
            continue
        m = _STATUS.match(doc.text, token.start, hi)
        if m is None:
            continue
        if m.start() < trigger.end and m.end() > trigger.start:
            continue  # the trigger itself ("talks")
        key = m.lastgroup or "sign"
        if talks and key not in ("suspend", "withdraw", "negotiate"):
            continue  # only a verb of the talks themselves: "resumed talks", "broke off"
        if not talks and m.group().lower() in _TALKS_ONLY:
            continue  # "the truce ... the peace process, set to resume": talks resume
        if key == "withdraw" and m.end() <= trigger.start:
            gap = doc.text[m.end() : trigger.start]
            if not _FROM_GAP.match(gap) and _WITHDRAWN_THING.search(gap):
                continue  # "began withdrawing troops as peace talks progressed"
        if (
            key == "suspend"
            and m.start() >= trigger.end
            and _DETERMINED.match(doc.text, m.end(), m.end() + 24)
        ):
            continue  # "the 1994 accord froze Pyongyang's nuclear program": its object's
        if m.group().lower() in _LEX.noun_forms and (
            verbs_only
            or m.start() > trigger.start
            or not _ABOUT.match(doc.text, m.end(), trigger.start)
        ):
            continue  # "peace talks after the ceasefire": talks are no status of it
        between = (
            doc.text[m.end() : trigger.start]
            if m.end() <= trigger.start
            else doc.text[trigger.end : m.start()]
        )
        if _QUOTE_MARK.search(between):
            continue  # '"... conform to the agreement," it concluded': the reporting verb
        distance = (
            trigger.start - m.end()
            if m.end() <= trigger.start
            else m.start() - max(trigger.end, skip[1])
        )
        if best is None or distance < best[0]:
            best = (distance, _STATUS_WORDS[key], f"status.{key}", (m.start(), m.end()))
    if best is not None:
        return best[1], best[2], best[3]
    if sense in _DEFAULT_STATUS:
        return _DEFAULT_STATUS[sense], f"status.default-{sense}", None
    return "signed", "status.default", None


def _step_modality(
    doc: Document,
    modality: Modality,
    status_rule: str,
    status_span: tuple[int, int] | None,
    trigger: Span,
) -> Modality:
    """The modality of the step the status word tells, where it differs from that of
    the trigger's own verb group: "stalled ratification of the treaty", "the treaty was
    never ratified" (negated); "did not violate the ceasefire" (the ceasefire holds)."""
    if status_span is None:
        return modality
    start, end = status_span
    word = doc.text[start:end]
    if _VIOLATION.fullmatch(word):
        # a violation presupposes the agreement: denying one does not deny the agreement
        return "asserted" if modality == "negated" and end <= trigger.start else modality
    if status_rule in ("status.sign", "status.ratify", "status.in_force") and _BLOCKED.search(
        doc.text, max(0, start - _BLOCKED_REACH), start
    ):
        return "negated"
    return modality


def _parties(
    a: Analysis, clause: Clause, trigger: Span, join_org: str | None, accession: bool = False
) -> tuple[list[Actor], str]:
    doc = a.doc
    text = doc.text
    sentence = clause.sentence
    # the sides are told after a relative clause as if it were not there ("the treaty,
    # which Moscow proposed in 2019, was signed by Russia and Belarus")
    relative = _RELATIVE_AFTER.match(text, trigger.end, sentence.end)
    after = relative.end() if relative is not None else trigger.end
    right = min(sentence.end, after + 120)
    between = _BETWEEN.search(text[after:right])
    found: list[Actor] = []
    mediators: list[Actor] = []
    rule = ""
    if between is not None and between.start() < 40:
        start = after + between.end()
        found = [
            x for x in a.actors_in(start, min(sentence.end, start + 110)) if x.kind in _PARTY_KINDS
        ]
        if found:
            # "between Uganda and the rebel LRA" — not "... progressed in Juba, Sudan"
            found = a.coordinated(found[0], start, min(sentence.end, start + 110))
        rule = "parties.between"
    if not found:
        subject_side = [
            x for x in a.actors_in(clause.start, trigger.start) if x.kind in _PARTY_KINDS
        ]
        if not subject_side and clause.start > sentence.start:
            subject_side = [
                x for x in a.actors_in(sentence.start, trigger.start) if x.kind in _PARTY_KINDS
            ][-2:]
        with_side = []
        with_m = _WITH.search(text[after:right])
        if with_m is not None and with_m.start() < 50:
            start = after + with_m.end()
            with_side = [
                x
                for x in a.actors_in(start, min(sentence.end, start + _WITH_REACH))
                if x.kind in _PARTY_KINDS
            ][:2]
        meeting = _MEETING_OF.search(text, trigger.end, min(sentence.end, trigger.end + 80))
        if not with_side and meeting is not None:
            # "agreements reached at the joint meeting of the UN, the AU and Sudan"
            first = next(iter(a.actors_in(meeting.end(), meeting.end() + 30)), None)
            if first is not None:
                end = min(sentence.end, meeting.end() + 150)
                with_side = a.coordinated(first, meeting.end(), end)
                subject_side = []
        if with_side and with_m is not None and with_m.group().lower().startswith("by"):
            if _MEDIATED.search(text, max(0, after + with_m.start() - 20), after + with_m.start()):
                # "talks mediated by Qatar and Egypt": go-betweens, not sides
                mediators, with_side = with_side, []
            else:
                subject_side = []  # "the accord was signed by A and B": the agents are the sides
        if subject_side:
            subject_side = a.coordinated(subject_side[-1], sentence.start, trigger.start)
        found = subject_side + with_side
        rule = "parties.subject-with"
    if join_org is not None or accession:
        # who joins: the states before the trigger, never the organisation itself
        # ("Poland and Hungary, invited to join NATO in 1997, will join NATO in March")
        # the joiners are states: a minister who watches or signs is not one
        joiners = [
            x for x in found if x.start < trigger.start and x.kind in ("country", "government")
        ]
        group = _THE_N.search(text, max(sentence.start, trigger.start - 80), trigger.end + 60)
        if not joiners and group is not None:
            # "the accession of the three countries": the three named last
            size = words_value(group.group(1))  # "three" to "ten": never None
            joiners = _last_group(a, int(size or 0), group.start())
        if not joiners:
            before = [
                x
                for x in a.actors_in(sentence.start, trigger.start)
                if x.kind in ("country", "government") and x.rule != "pronoun"
            ]
            if before:
                joiners = a.coordinated(before[-1], sentence.start, trigger.start)
        org = (
            next(
                (x for x in a.actors_in(trigger.start, sentence.end) if _is_org(x)),
                None,
            )
            if accession
            else next(
                (x for x in a.actors_in(trigger.start, trigger.end) if x.kind == "organization"),
                None,
            )
        )
        if org is None:
            org = _alliance_before(a, trigger.start)  # "joined the alliance": NATO
        found = [x for x in joiners if not _is_org(x)][-4:] + ([org] if org else [])
        rule = "parties.membership"
    the_two = _THE_TWO.search(text, max(sentence.start, trigger.start - 80), trigger.end + 80)
    if the_two is not None and (
        not found or text[max(0, the_two.start() - 8) : the_two.start()].strip() == "between"
    ):  # "talks between the two countries", "which the two presidents signed"
        found = _last_two_states(a, trigger.start)
        rule = "parties.the-two"
    pair = _pair_before(a, trigger)
    if pair and len({_side_key(x) for x in found}) < 2:
        found, rule = pair, "parties.hyphen-pair"  # "the Israeli-Syrian talks"
    if len({_side_key(x) for x in found}) == 1:
        # one side named: the other is the nearest other state or body in the sentence
        own = country_key(found[0])
        # who reports the agreement is no side of it ("..., a German minister said")
        reporter, _ = a.speaker_of(clause, trigger)
        others = [
            x
            for x in a.actors_in(sentence.start, sentence.end)
            if (
                x.kind in ("country", "government", "organization", "group")
                or (x.kind == "person" and x.country)
            )
            and country_key(x) != own
            and x is not reporter
            and all(x.start != m.start for m in mediators)  # a go-between is no side
        ]
        if others:
            nearest = min(others, key=lambda x: abs(x.start - trigger.start))
            found.append(nearest)
            rule += "+partner-in-sentence"
    return distinct([_represented(a, x) for x in found], _side_key), rule


def _side_key(x: Actor) -> str | None:
    """What tells two sides apart: an armed group by its name (the Lord's Resistance
    Army is a side against Uganda, though both are Ugandan), else its state or name."""
    return f"group:{x.name.lower()}" if x.kind == "group" else country_key(x)


def _named(a: Analysis, trigger: Span) -> bool:
    """True when a capitalised name that is no party stands right before the trigger:
    "the Yalta accord", "the Dayton agreement", "the Good Friday Agreement"."""
    m = _NAME_BEFORE.search(a.doc.text, max(0, trigger.start - 40), trigger.start)
    if m is None:
        return False
    words = [w for w in m.group(1).split() if w.lower() not in _NOT_NAME_WORDS]
    if not words:
        return False  # "The ceasefire took effect": a capital that only opens a sentence
    if a.actors_in(m.start(1), m.end(1)) or any(lookup(w) for w in words):
        return False  # "the U.N.-Iraq accord", "the Israeli-Syrian agreement": its sides
    sentence = a.doc.sentence_at(m.start(1))
    return not (sentence is not None and sentence.start == m.start(1) and len(words) == 1)


def _pair_before(a: Analysis, trigger: Span) -> list[Actor]:
    """The two sides named by a hyphenated pair before the trigger: "the Israeli-Syrian
    talks", "the U.S.-Russian treaty", "the U.N.-Iraq accord"."""
    m = _PAIR.search(a.doc.text, max(0, trigger.start - 40), trigger.start)
    if m is None:
        return []
    sides = []
    for k in (1, 2):
        word = m.group(k)
        country = lookup(word)
        if country is not None:
            sides.append(
                Actor(
                    text=word,
                    start=m.start(k),
                    end=m.end(k),
                    name=country.name,
                    kind="country",
                    country=country.iso3,
                    rule="hyphen-pair",
                )
            )
            continue
        body = a.organization_called(word)
        if body is None:
            return []
        sides.append(body.model_copy(update={"text": word, "start": m.start(k), "end": m.end(k)}))
    return sides


def _is_side(x: Actor) -> bool:
    return x.kind != "person" or x.country is not None


def _is_org(x: Actor) -> bool:
    return x.kind == "organization" and (
        x.name.lower() in _ORG_NAMES or x.text.lower() in _ORG_NAMES
    )


def _represented(a: Analysis, x: Actor) -> Actor:
    """The body a person without a country signs for, when their title names it ("U.N.
    Secretary-General Kofi Annan" signs for the United Nations); else the person."""
    if x.kind != "person" or x.country is not None or x.title is None:
        return x
    head = a.doc.text[x.start : x.end].split(x.title)[0]
    org = a.organization_called(head) if head.strip() else None
    if org is None:
        return x
    # the person's own span, standing for the body (as "the Kremlin" for Russia)
    return org.model_copy(
        update={
            "text": x.text,
            "start": x.start,
            "end": x.end,
            "title": x.title,
            "rule": "title-body",
        }
    )


_ORG_NAMES = frozenset(o.lower() for o in _ORGS)
_ALLIANCE_REACH = 3000  # chars back to look for the alliance "the alliance" refers to


def _alliance_before(a: Analysis, before: int) -> Actor | None:
    """The membership organisation mentioned last before ``before``: what "the
    alliance" or "the bloc" refers to."""
    for x in reversed(a.actors_in(max(0, before - _ALLIANCE_REACH), before)):
        if _is_org(x) and not _former(a, x):
            return x
    return None


def _member_of(a: Analysis, clause: Clause, trigger: Span) -> tuple[list[Actor], str]:
    """The body and its member of "Sweden's NATO membership", "Sweden's membership of
    NATO", "NATO membership for Ukraine"; only the body when no member is named so."""
    text = a.doc.text
    org = [x for x in a.actors_in(trigger.start, trigger.end) if _is_org(x)][:1]
    states = ("country", "government")
    before = a.actors_in(max(clause.start, trigger.start - 40), trigger.start)
    # a named possessor only: "its" is resolved too loosely to say who joins
    if (
        before
        and before[-1].kind in states
        and before[-1].rule != "pronoun"
        and _POSSESSOR.fullmatch(text, before[-1].end, trigger.start)
    ):
        return distinct([before[-1], *org], _side_key), "parties.member-possessive"
    after = _FOR.match(text, trigger.end, clause.end)
    if after is not None:
        first = next(iter(a.actors_in(after.end(), after.end() + 60)), None)
        if first is not None and first.start == after.end() and first.kind in states:
            joiners = a.coordinated(first, after.end(), clause.end)
            return distinct([*joiners, *org], _side_key), "parties.member-for"
    return org, "parties.membership"


_FORMER = regex.compile(r"(?i)\b(?:former|ex-?)\s*$")


def _former(a: Analysis, x: Actor) -> bool:
    """True for a body named only to describe its old members: "the former Warsaw Pact
    states" are no side of what they join."""
    return bool(_FORMER.search(a.doc.text, max(0, x.start - 10), x.start))


_ALLIANCE_NOUN = regex.compile(
    rf"(?i)\bthe\s+(?:\d+-(?:nation|member)\s+)?"
    rf"(?:{phrase_pattern(_LEX.words('alliance_modifiers')).pattern}\s+){{0,2}}"
    rf"{phrase_pattern(_LEX.words('alliance_nouns')).pattern}"
)
_ADMITTED_GAP = 20  # chars from "admit" to the first state it admits
_ADMITTER_REACH = 120  # chars back from "admit" to the body that admits


def _admitted(a: Analysis, clause: Clause, trigger: Span) -> tuple[list[Actor], str]:
    """The body that admits and the states it admits: "NATO will admit Poland, Hungary
    and the Czech Republic", "the alliance took in the three countries"."""
    text = a.doc.text
    # the sentence, not the clause: "NATO (the alliance) has decided to admit ..."
    start = max(clause.sentence.start, trigger.start - _ADMITTER_REACH)
    org = next(
        (
            x
            for x in reversed(a.actors_in(start, trigger.start))
            if _is_org(x) and not _former(a, x)
        ),
        None,
    )
    if org is None and _ALLIANCE_NOUN.search(text, start, trigger.start):
        org = _alliance_before(a, trigger.start)
    if org is None:
        return [], ""
    end = clause.sentence.end
    first = next(
        (
            x
            for x in a.actors_in(trigger.end, min(end, trigger.end + _ADMITTED_GAP))
            if x.kind in ("country", "government") and x.rule != "pronoun"
        ),
        None,
    )
    if first is not None:
        joiners = a.coordinated(first, trigger.end, end)
    else:
        group = _THE_N.search(text, trigger.end, min(end, trigger.end + 80))
        joiners = []
        if group is not None and group.start() <= trigger.end + 1:  # "admit the three ..."
            joiners = _last_group(a, int(words_value(group.group(1)) or 0), trigger.start)
    joiners = [x for x in joiners if x.kind in ("country", "government")]
    if not joiners:
        return [], ""
    return distinct([*joiners, org], _side_key), "parties.admitted"


def _last_group(a: Analysis, size: int, before: int) -> list[Actor]:
    """The latest coordinated group of ``size`` states named before ``before``:
    what "the three countries" refers to."""
    states = [
        x
        for x in a.actors_in(max(0, before - _TWO_REACH), before)
        if x.kind in ("country", "government") and x.rule != "pronoun"
    ]
    k = len(states) - 1
    while k >= 0:
        group = a.coordinated(states[k], max(0, before - _TWO_REACH), before)
        if len({country_key(x) for x in group}) == size:
            return group
        k = states.index(group[0]) - 1 if group[0] in states else k - 1
    return []


# prepositions of place ("in southern Lebanon"), not of a recipient ("envoys to Peru")
_LOCATIVE = frozenset(
    ["in", "from", "at", "inside", "within", "across", "near", "around", "throughout", "into"]
)


def _after_preposition(a: Analysis, start: int) -> bool:
    """True when a preposition of place opens the phrase at ``start``."""
    words = a.words(max(0, start - 30), start)[-2:]
    if not words:
        return False
    if words[-1].text.lower() in _LOCATIVE:
        return True
    return len(words) == 2 and words[0].text.lower() in _LOCATIVE and words[1].text.islower()


def _last_two_states(a: Analysis, before: int) -> list[Actor]:
    """The two latest distinct states or governments mentioned before ``before``: what
    "the two governments" or "the two presidents" refer to."""
    picked: list[Actor] = []
    keys: set[str | None] = set()
    for x in reversed(a.actors_in(max(0, before - _TWO_REACH), before)):
        if x.kind not in ("country", "government") and not (x.kind == "person" and x.country):
            continue
        if _after_preposition(a, x.start):
            continue  # "withdraw from southern Lebanon": a place there, not a side
        key = country_key(x)
        if key in keys:
            continue
        keys.add(key)
        picked.append(x)
        if len(picked) == 2:
            return picked[::-1]
    return []


def _enlargement(doc: Document, a: Analysis, trigger: Span, clause: Clause) -> Iterator[Treaty]:
    """One accession per dated group of the states an alliance grew to include:
    "expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982"."""
    org = next(
        (
            x
            for x in reversed(a.actors_in(clause.sentence.start, trigger.start))
            if _is_org(x) and not _former(a, x)
        ),
        None,
    ) or _alliance_before(a, trigger.start)
    if org is None:
        return
    end = clause.sentence.end
    items: list[tuple[int, Actor | None, TimeExpr | None]] = [
        (x.start, x, None)
        for x in a.actors_in(trigger.end, end)
        if x.kind in ("country", "government") and x.rule != "pronoun"
    ]
    the_n = _THE_N.search(doc.text, trigger.end, min(end, trigger.end + 80))
    if not items and the_n is not None and the_n.start() <= trigger.end + 1:
        # "NATO expansion to include the three former Warsaw Pact nations"
        size = int(words_value(the_n.group(1)) or 0)
        items = [(the_n.start(), x, None) for x in _last_group(a, size, trigger.start)]
    items += [(t.start, None, t) for t in a.times_in(trigger.end, end) if t.kind == "date"]
    group: list[Actor] = []
    groups: list[tuple[list[Actor], TimeExpr | None]] = []
    for _, actor, time in sorted(items, key=lambda item: item[0]):
        if actor is not None:
            group.append(actor)
        elif group:
            groups.append((group, time))
            group = []
    if group:
        groups.append((group, None))
    cameo, plover = codes_for("treaty", "ratified")
    modality = a.modality(clause, trigger)
    for members, date in groups:
        yield Treaty(
            trigger=trigger,
            sentence=clause.sentence,
            date=date,
            modality=modality,
            rule="treaty.enlargement",
            slot_rules={
                "parties": "parties.enlargement",
                "status": "status.enlargement",
                "date": "date.event" if date else "",
            },
            confidence=0.7,
            cameo=cameo,
            plover=plover,
            parties=distinct([*members, org]),
            status="ratified",
        )


def _left_it(a: Analysis, trigger: Span, clause: Clause) -> Treaty:
    """Leaving the agreement "it" refers to ("signed a gas deal, but Belarus later pulled
    out of it"): no parties yet; it takes those of the agreement just before it
    (``_inherit_parties``) or is dropped."""
    date = a.date_for(clause, trigger, report_ok=False)
    cameo, plover = codes_for("treaty", "withdrawn")
    return Treaty(
        trigger=trigger,
        sentence=clause.sentence,
        date=date,
        modality=a.modality(clause, trigger),
        attribution=a.speaker_of(clause, trigger)[0],
        rule="treaty.agreement.pronoun",
        slot_rules={
            "status": "status.withdraw",
            "date": "date.event" if date else "",
            "anaphor": "treaty.pronoun",
        },
        confidence=0.5,
        cameo=cameo,
        plover=plover,
        parties=[],
        status="withdrawn",
    )


def _frames(doc: Document, a: Analysis, m: regex.Match[str]) -> Iterator[Treaty]:
    trigger = span_of(doc, m.start(), m.end())
    group = m.groupdict()
    if group.get("member"):
        # "NATO membership": the trigger begins at the body the pattern looked behind to
        body = a.actors_in(max(0, m.start() - 60), m.start())[-1:]
        if not body or not _is_org(body[0]) or not doc.text[body[0].end : m.start()].isspace():
            return
        trigger = span_of(doc, body[0].start, m.end())
    clause = clause_of(doc, trigger)
    if group.get("enlarge"):
        yield from _enlargement(doc, a, trigger, clause)
        return
    if group.get("leave_it"):
        yield _left_it(a, trigger, clause)
        return
    word = trigger.text.lower()
    join = group.get("join") or group.get("member")
    # "Sweden's NATO membership", "its membership of NATO": the possessor joins
    member = group.get("member") or (join and _MEMBERSHIP_OF.match(join))
    admit = group.get("admit")
    sense = "join" if join or admit else _LEX.sense.get(word, "agreement")
    if sense == "agreement" and word.split()[-1] in ("talks",):
        sense = "talks"
    near = doc.text[
        max(clause.sentence.start, trigger.start - 40) : min(clause.sentence.end, trigger.end + 40)
    ]
    if _NOT_SENSE.search(near) or a.inside_name(trigger.start, trigger.end):
        return
    if word in ("deal", "deals") and a.word_before(trigger.start) in _VERB_BEFORE_DEAL:
        return  # "to deal with the crisis": the verb
    if word == "talks" and a.word_before(trigger.start) in _VERB_BEFORE_TALKS:
        return  # "she sometimes talks to her sisters": the verb
    if admit:
        parties, parties_rule = _admitted(a, clause, trigger)
        if not parties:
            return  # "admitted Poland": no body named that admits
    elif member:
        parties, parties_rule = _member_of(a, clause, trigger)
        if all(map(_is_org, parties)):
            return  # "extending NATO membership eastward": membership, no one joining
    else:
        parties, parties_rule = _parties(a, clause, trigger, join, sense == "accession")
    status, status_rule, status_span = _status(doc, clause, trigger, sense)
    if sense in ("join", "accession") and (
        _ASPIRATION.match(doc.text, trigger.end)
        or _SEEKING.search(doc.text, max(0, trigger.start - 30), trigger.start)
    ):
        # "Sweden's NATO membership bid", "its accession application": not yet a member
        status, status_rule, status_span = "proposed", "status.aspiration", None
    if parties_rule == "parties.member-for" and status_rule.startswith("status.default"):
        # "backed NATO membership for Ukraine": offered or sought, not yet granted
        status, status_rule = "proposed", "status.member-for"
    has_status_word = not status_rule.startswith("status.default")
    if (
        not (join or admit)
        and _named(a, trigger)
        and status_rule in ("status.default", "status.in_force")
    ):
        return  # "under the Yalta accord": a treaty's name, not something done with it
    anaphoric = bool(_ANAPHOR.search(doc.text[max(0, trigger.start - 30) : trigger.start]))
    if anaphoric and not parties:
        # the status of "ratified the treaty" / "the accord was suspended" is right by it
        status, status_rule, status_span = _status(
            doc, clause, trigger, sense, _ANAPHOR_WINDOW, True
        )
        has_status_word = not status_rule.startswith("status.default")
    if not parties and not anaphoric:
        return
    if not parties and not has_status_word:
        anaphoric = True
    if len(parties) == 1 and not (has_status_word or join or admit):
        return  # one side and no action: a mention, not an agreement event
    if sense == "talks" and len(parties) < 1:
        return
    if sense == "ceasefire" and status in ("signed", "in_force"):
        cameo, plover = codes_for("treaty", "ceasefire")
    else:
        cameo, plover = codes_for("treaty", status)
    date = a.date_for(clause, trigger, report_ok=False)
    date_rule = "date.event"
    if date is None:
        date = a.date_for(clause, trigger, report_ok=True)
        date_rule = "date.report"
    modality = _step_modality(doc, a.modality(clause, trigger), status_rule, status_span, trigger)
    if status == "proposed" and modality == "asserted":
        modality = "hypothetical"
    attribution, attribution_rule = a.speaker_of(clause, trigger)
    rules = {
        "parties": parties_rule,
        "status": status_rule,
        "date": date_rule if date else "",
        "attribution": attribution_rule,
    }
    if anaphoric and len(parties) < 2:
        rules["anaphor"] = "treaty.anaphoric-noun"
    if _JOINER_NEEDED.match(word) and all(map(_is_org, parties)):
        # "NATO membership", "entry into the EU" with nobody joining: only a mention of
        # an accession told before (taking its joiners) or none
        rules["joiners"] = "treaty.joiners-before"
    if _ANAPHOR.search(doc.text[max(0, trigger.start - 30) : trigger.start]) and not (
        _RESTRICTIVE.match(doc.text, trigger.end)
    ):
        # "the talks", "the U.N.-Iraq accord" refer back; "the contract governing
        # transit" or "the treaty between A and B" names one of its own
        rules["definite"] = "treaty.definite-noun"
    yield Treaty(
        trigger=trigger,
        sentence=clause.sentence,
        date=date,
        modality=modality,
        attribution=attribution,
        rule=f"treaty.{sense}",
        slot_rules=rules,
        confidence=min(0.95, 0.4 + 0.15 * min(len(parties), 2) + (0.1 if has_status_word else 0)),
        cameo=cameo,
        plover=plover,
        parties=parties,
        status=status,
    )
    later = _later_step(doc, clause, trigger, status)
    if later is not None and parties:
        # "signed a pact in June, which the parliament ratified this week": two steps
        step, step_status, key = later
        step_date = a.date_for(clause, step, report_ok=False)
        step_cameo, step_plover = codes_for("treaty", step_status)
        yield Treaty(
            trigger=step,
            sentence=clause.sentence,
            date=step_date,
            modality=a.modality(clause, step),
            attribution=attribution,
            rule=f"treaty.{sense}.relative-clause",
            slot_rules={
                "parties": parties_rule,
                "status": f"status.{key}",
                "date": "date.event" if step_date else "",
                "attribution": attribution_rule,
            },
            confidence=0.6,
            cameo=step_cameo,
            plover=step_plover,
            parties=parties,
            status=step_status,
        )


def _later_step(
    doc: Document, clause: Clause, trigger: Span, status: TreatyStatus
) -> tuple[Span, TreatyStatus, str] | None:
    """A step told in a relative clause after the agreement ("..., which Moscow's
    parliament ratified this week"), when it differs from the agreement's status."""
    rel = _RELATIVE.search(doc.text, trigger.end, min(clause.sentence.end, trigger.end + 60))
    if rel is None:
        return None
    stop = doc.text.find(",", rel.end(), clause.sentence.end)
    stop = clause.sentence.end if stop == -1 else stop
    for token in doc.within(doc.tokens, rel.end(), stop):
        if token.text.lower() not in _STATUS_FIRST:
            continue
        m = _STATUS.match(doc.text, token.start, stop)
        if m is None or (m.lastgroup or "") not in _STEPS:
            continue
        found = _STATUS_WORDS[m.lastgroup or "sign"]
        if found != status:
            return span_of(doc, m.start(), m.end()), found, m.lastgroup or "sign"
    return None


def _keys(t: Treaty) -> set[str | None]:
    return {country_key(p) for p in t.parties}


_NOUN_RULES = frozenset({"treaty.ceasefire", "treaty.treaty", "treaty.agreement"})
_GROUP = {"talks": "talks", "negotiate": "talks", "join": "join", "accession": "join"}


def _same(kept: Treaty, new: Treaty) -> bool:
    if 0 <= new.trigger.start - kept.mentions[-1].end <= 1:
        return True  # one noun phrase: "the accession accords", "a ceasefire agreement"
    if (
        (kept.rule == "treaty.ceasefire") != (new.rule == "treaty.ceasefire")
        and kept.mentions[-1].start >= (new.sentence or new.trigger).start
        and new.rule in _NOUN_RULES
        and kept.rule in _NOUN_RULES
    ):
        # "a border treaty rejected in talks after the 1988 cease-fire": a truce and
        # another agreement named apart in one sentence are two agreements
        return False
    if new.slot_rules.get("anaphor") and not new.parties:
        return new.status == kept.status or new.slot_rules.get("status", "").startswith(
            "status.default"
        )
    if new.slot_rules.get("definite") and (
        _GROUP.get(kept.rule[7:], "agreement") == _GROUP.get(new.rule[7:], "agreement")
    ):
        # "the talks", "the U.N.-Iraq accord": the latest agreement of its kind that
        # shares a side, unless the mention tells a new step of it ("the parliament
        # ratified the treaty" after its signing)
        shared = not new.parties or bool(_keys(kept) & _keys(new))
        # complying with or violating an agreement refers to it, as a bare mention does
        step = new.status != kept.status and not new.slot_rules.get("status", "").startswith(
            ("status.default", "status.in_force")
        )
        if shared and not step:
            return True
    mine, theirs = _keys(kept), _keys(new)
    if not mine or not theirs or not (mine <= theirs or theirs <= mine):
        return False
    if kept.status != new.status:
        return False
    if kept.modality != new.modality and _GROUP.get(new.rule[7:]) == "join":
        return False  # "have approved their joining" and "are expected to join in April"
    if _GROUP.get(kept.rule[7:]) == _GROUP.get(new.rule[7:]) == "talks":
        return True  # talks between the same sides go on over days and months
    # otherwise the same sides, status and time are one agreement, however told
    return not (kept.date and new.date and kept.date.value != new.date.value)


_MEMBERSHIP = frozenset({"treaty.join", "treaty.accession", "treaty.enlargement"})
_IT_REACH = 250  # chars before the sentence of "pulled out of it" its agreement may be


def _inherit_parties(found: list[Treaty]) -> list[Treaty]:
    """An anaphoric mention with a status of its own ("the parliament ratified the
    treaty") is a new event about the agreement before it: it takes its parties; a
    mention with one side named takes the other sides of the agreement before it."""
    out: list[Treaty] = []
    for t in found:
        if t.rule in _MEMBERSHIP and all(_is_org(p) for p in t.parties):
            # "the accession was planned for March": the joiners of the accession before
            earlier = next(
                (
                    p
                    for p in reversed(out)
                    if p.rule in _MEMBERSHIP and not all(_is_org(x) for x in p.parties)
                ),
                None,
            )
            if earlier is not None:
                t = t.model_copy(
                    update={
                        "parties": earlier.parties,
                        "slot_rules": {**t.slot_rules, "parties": "parties.antecedent"},
                    }
                )
        if t.slot_rules.get("joiners"):
            if all(map(_is_org, t.parties)):
                continue  # "NATO membership" and no accession told before it
            t.slot_rules.pop("joiners")
        previous = next((p for p in reversed(out) if len(p.parties) > 1), None)
        if len(t.parties) == 1 and previous is not None:
            key = country_key(t.parties[0])
            if key in {country_key(p) for p in previous.parties}:
                t = t.model_copy(
                    update={
                        "parties": previous.parties,
                        "slot_rules": {**t.slot_rules, "parties": "parties.antecedent"},
                    }
                )
        previous = next((p for p in reversed(out) if p.parties), None)
        if t.slot_rules.get("anaphor") == "treaty.pronoun" and (
            previous is None or previous.trigger.start < (t.sentence or t.trigger).start - _IT_REACH
        ):
            continue  # "pulled out of it" with no agreement just before: something else
        if (
            not t.parties
            and t.slot_rules.get("anaphor")
            and previous is not None
            and t.status != previous.status
            and not t.slot_rules.get("status", "").startswith("status.default")
        ):
            t = t.model_copy(
                update={
                    "parties": previous.parties,
                    "slot_rules": {**t.slot_rules, "parties": "parties.antecedent"},
                }
            )
            t.slot_rules.pop("anaphor", None)
        out.append(t)
    return out


def _all_joiners(found: list[Treaty], merged: list[Treaty]) -> list[Treaty]:
    """An accession told in several mentions has every state any of them names as
    joining ("Hungary's accession to NATO ... the three countries' entry into NATO"):
    merging keeps the first mention's parties, so the others are added here."""
    by_trigger = {t.trigger.start: t for t in found}
    out = []
    for e in merged:
        if e.rule in _MEMBERSHIP and len(e.mentions) > 1:
            sides = [
                p for m in e.mentions if m.start in by_trigger for p in by_trigger[m.start].parties
            ]
            sides = distinct([*e.parties, *sides], _side_key)
            ordered = [p for p in sides if not _is_org(p)] + [p for p in sides if _is_org(p)]
            if len(ordered) > len(e.parties):
                e = e.model_copy(update={"parties": ordered})
        out.append(e)
    return out


def extract_treaties(doc: Document) -> list[Treaty]:
    """The treaty events of ``doc``, one per agreement and status."""
    a = analyse(doc)
    found: list[Treaty] = []
    for m in triggers(doc, _TRIGGER, _FIRST_WORDS, "treaty"):
        found.extend(_frames(doc, a, m))
    if found or any(map(_is_org, a.organizations)):
        steps = [
            t
            for m in triggers(doc, _STEP_TRIGGER, _STEP_FIRST_WORDS, "treaty")
            for t in _frames(doc, a, m)
        ]
        if steps:
            found = sorted([*found, *steps], key=lambda t: t.trigger.start)
    found = _inherit_parties(found)
    merged = _all_joiners(found, merge_events(found, _same, ("parties", "status")))
    # an agreement with no state, body or group as a side is a business or private deal
    # ("the agreement between BellSouth and LIN", "if no agreement is reached"), or an
    # anaphoric mention ("the treaty") with nothing before it to refer to
    return [e for e in merged if any(_is_side(p) for p in e.parties)]
