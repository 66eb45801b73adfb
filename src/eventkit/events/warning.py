"""Warnings: threats, ultimatums and warnings of harm by officials, states and groups.

Triggers are the verbs, nouns and set phrases in ``data/warning.json`` ("warned",
"threatened", "ultimatum", "will become legitimate targets", "will pay a heavy
price"). Senses that are not events (weather, health and market warnings, analysts'
forecasts) are left out. The speaker is the subject of the trigger, else whoever the
sentence or quote is attributed to; the target is who the warning is addressed to or
about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from eventkit.countries import capital_of, lookup
from eventkit.events.codes import codes_for
from eventkit.events.context import (
    PREPOSITIONS,
    Analysis,
    Clause,
    analyse,
    clause_of,
    country_key,
    span_of,
    triggers,
)
from eventkit.events.lexicon import load, phrase_pattern
from eventkit.events.merge import merge_events
from eventkit.model import Actor, Span, WarningEvent

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_warnings"]

_LEX = load("warning")
_PHRASE_SENSE: dict[str, str] = {
    p.lower(): sense for sense, items in _LEX.data["phrases"].items() for p in items
}
# each sense's phrases as a pattern, for a phrase with a gap ("pay a {2} price")
_PHRASE_SENSES = [(sense, phrase_pattern(items)) for sense, items in _LEX.data["phrases"].items()]
# senses whose phrase's subject is who is threatened, never who threatens: "Israel will
# pay a heavy price", "they will become legitimate targets", "Japan would cross a red line"
_SUFFERER_SENSES = frozenset(["target", "price", "consequences", "redline"])
# the verbs whose subject is who warns: "..., Iran warned", "Iran has threatened that ..."
_WARN_VERB = phrase_pattern(
    [w for sense in ("warn", "threaten", "vow") for w in _LEX.data["verbs"][sense]]
)
_WARNER_GAP = regex.compile(r"\s+(?:[a-z]+\s+){0,2}")  # "Iran (has repeatedly) warned"
_INVERSION = regex.compile(r"[,”\"'’]\s*$")  # "“…,” warned the minister"
_TRIGGER = regex.compile(
    "|".join(
        f"(?P<{group}>{phrase_pattern(_LEX.words(key)).pattern})"
        for group, key in (("phrase", "phrases"), ("word", "verbs"), ("noun", "nouns"))
    ),
    regex.IGNORECASE,
)
_FIRST_WORDS = _LEX.first_words("phrases", "verbs", "nouns")
_NOT_SENSE = phrase_pattern(_LEX.words("not_senses"))
_NOT_SPEAKER = phrase_pattern(_LEX.words("not_speakers"))
_VOW_OBJECT = phrase_pattern(_LEX.words("vow_objects"))
_HARM_NOUN = phrase_pattern(_LEX.words("harm_nouns"))
# what lies between a possessor and its harm noun: "Sinn Fein's (immediate) expulsion",
# "the rebels' expulsion", "its expulsion"
_POSSESSIVE_GAP = regex.compile(r"['’]s?\s+(?:[\w\-]+\s+)?")
_PRONOUN_GAP = regex.compile(r"\s+(?:[\w\-]+\s+)?")
_POSSESSIVE_PRONOUNS = frozenset(["its", "their", "his", "her"])
# a possessor no actor covers: a name ("Sinn Fein's") or a plural noun ("the rebels'")
_NAMED_OWNER = regex.compile(
    r"(?<![\w\-])(?!The\s)(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*(?=['’]s?\s)|"
    r"(?<=\b[Tt]he\s+)[a-z][a-z\-]+s(?=['’]\s)"
)
# a sentence end the splitter missed ("…,'' she said. ``And …"): an actor before it is
# no subject of a phrase after it (a capital before the dot is an initial: "U.S."). Searched
# backwards, a bounded stretch: the last one before a phrase, found once
_SENTENCE_BREAK = regex.compile(r"(?<![A-Z])[.!?]['’”\"`]*\s+['‘“\"`]*[A-Z]", regex.REVERSE)
_OBJECT_GAP = regex.compile(r"\s+(?:the\s+)?")  # "warned (the) X"
# an object no actor covers: "warned its judiciary", "warned the companies"
_DETERMINED_OBJECT = regex.compile(
    r"\s+(?:the|its|their|his|her|our|these|those|all)\s+(?!against\b)[\w\-]", regex.IGNORECASE
)
# a word after the verb that begins its object, not a time or manner ("warned
# residents that", not "warned on Monday that", "warned again that")
_OBJECT_WORD = regex.compile(
    r"\s+(?!(?:on|in|at|last|this|earlier|later|again|also|repeatedly|publicly|privately|"
    r"today|yesterday|tonight|\w+day)\b)[\w\-]",
    regex.IGNORECASE,
)
_OBJECT_SENSES = frozenset(["warn", "threaten", "menace"])  # verbs that take whom as object
_NOUN_AGENT = regex.compile(
    r"(?i)^\s+(?:by|from|of\s+(?:force|military|strikes?|air\s+strikes?|war|retaliation|"
    r"sanctions|invasion|attacks?|reprisals?|action|punishment|an?\s+attack|an?\s+strike))\b"
)
_NOUN_OWNER = regex.compile(
    r"(?:['’]s|\b(?:his|her|its|their|stern|repeated|renewed|fresh|new|veiled|explicit)"
    r"(?:\s+[\w\-]+)?)\s+$",
    regex.IGNORECASE,
)
_MILITARY_WORDS = regex.compile(
    r"(?i)\b(?:targets?|strikes?|attack|war|force|military|bomb\w*|retaliat\w*|destroy|crush|"
    r"objectives?|wipe|coffins|aggression|crushing|invasion|missiles?|troops)\b"
)
# a harm a state or body would inflict, after who would inflict it
_HARM_ACT = (
    r"\s+(?:(?:air|military|missile|naval|nuclear)\s+)?(?:strikes?|attacks?|action|sanctions|"
    r"retaliation|invasion|intervention|bombing|aggression|assault|incursion)\b"
)
_AGENT = r"(?P<agent>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})"
# "the threat of NATO air strikes": who threatens them
_OF_AGENT = regex.compile(r"\s+of\s+" + _AGENT + _HARM_ACT)
# "will respond to an Iraqi attack", "warned against any American strike": the attacker
_ATTACKER = regex.compile(r"\b(?:to|for|against)\s+(?:an?|any|the)\s+" + _AGENT + _HARM_ACT)
_AGENT_KINDS = frozenset(["country", "government", "military", "organization"])
# "any country that sends troops to Ukraine will be a target": an actor inside the
# relative clause of a generic subject is not who becomes the target
_GENERIC_RELATIVE = regex.compile(
    r"(?i)\b(?:any|anyone|anybody|those|whoever|all)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:that|who|which|whose)\b[^,;:]*$"
)
_ULTIMATUM = regex.compile(r"(?i)ultimat|\b(?:hours|days)\s+to$")  # "gave X 48 hours to"
_AGAINST = regex.compile(r"\bagainst\s+(?:the\s+)?", regex.IGNORECASE)
_FROM_SOURCE = regex.compile(r"\s+(?:from|by)\s+(?:the\s+)?", regex.IGNORECASE)
_OWNER_GAP = regex.compile(r"['’]s\s+(?:[\w\-]+\s+)?|\s+")
_TO_VERB = regex.compile(r"\s+to\s+[a-z]", regex.IGNORECASE)
# a subject that endangers rather than threatens: "troops massed nearby threatened X"
# a phrase of force that is a verb: its subject strikes ("it would strike", "they will
# respond forcefully"), unlike a noun's ("Saddam can expect punishing air strikes")
_FORCE_VERB = regex.compile(r"(?i)(?:would|will|could|respond)\b")
_ENDANGERING = regex.compile(  # "by Iraqi troops", "by the fighting"
    r"(?:[\w\-]+\s+){0,2}" + phrase_pattern(_LEX.words("endangering_subjects")).pattern,
    regex.IGNORECASE,
)
_THING_SUBJECT = regex.compile(
    phrase_pattern(_LEX.words("endangering_subjects")).pattern + r"(?:\s+[\w\-]+){0,3}\s+$",
    regex.IGNORECASE,
)
_MODAL_BEFORE = regex.compile(
    r"(?i)\b(?:will|would|could|may|might|shall|to|vows?|vowed|threaten\w*|ready|prepared)"
    r"(?:\s+[\w\-]+)?\s+$"
)
_ADJUNCT = regex.compile(r",\s*$")  # ", warning Saddam that ...": a participle adjunct
_THAT = regex.compile(r"(?i)\bthat\b")
_FIRST_PERSON = regex.compile(r"(?i)\b(?:our|my)\s+(?:[\w\-]+\s+)?$")
# "a warning", "Moscow's warning", "its final warning": the noun, not the participle
_NOUN_USE = regex.compile(
    r"(?i)(?:\b(?:a|an|the|this|its|their|his|her|our|no|such|stern|strong|fresh|final|"
    r"last|clear|blunt|veiled|repeated|renewed|explicit|new)|['’]s)\s+$"
)
# "Serbia was (sternly) warned ...": the subject is who is warned
_PASSIVE = regex.compile(
    r"(?i)\b(?:am|is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$"
)
_BY_AGENT = regex.compile(r"(?i)\bby\s+(?:the\s+)?")  # "... by (the) European Union"
# "Iran received a stern warning from ...": the receiver is warned, the source warns
_RECEIVED = regex.compile(
    r"(?i)\b(?:receiv(?:e|es|ed|ing)|got|gets|getting|get)\s+(?:[\w\-]+\s+){0,2}$"
)
_TO_ADDRESSEE = regex.compile(r"(?i)\s+to\s+(?:the\s+)?")  # "Moscow's warning to Kyiv"
# "warned they would", "warned that it will": a pronoun that opens what is warned is
# its subject, never whom the verb takes ("warned it against ..." is)
_CONTENT_SUBJECT = regex.compile(
    r"(?i)\s+(?:that\s+)?(?P<pronoun>they|he|she|we|i|(?:it|you)(?=\s+(?:would|will|could|"
    r"can|may|might|must|should|shall|had|has|have|was|were|is|are|did|does|do)\b))\b"
)
_DOCUMENT = regex.compile(  # "leaflets warning residents": a text, not who wrote it
    phrase_pattern(_LEX.words("documents")).pattern + r"\s+(?:that\s+|which\s+)?$",
    regex.IGNORECASE,
)
# "warned against excessive optimism": a frame of mind or side effect, no harm
_NOT_OBJECT = regex.compile(
    r"(?i)\s+(?:[\w\-]+\s+){0,3}?(?:against|of|about)\s+[`'‘“\"]*(?:[\w\-]+\s+){0,2}?"
    + phrase_pattern(_LEX.words("not_objects")).pattern
)
_POLITICAL_COST = regex.compile(  # "will pay a high price at the polls"
    r"\s+" + phrase_pattern(_LEX.words("political_costs")).pattern, regex.IGNORECASE
)
# "a threat Churchill warned about in 1946": a danger named before the verb, which
# strands its preposition; a danger warned of, no threat by who warns
_DANGER_BEFORE = regex.compile(
    r"(?i)\b(?:threats?|dangers?|risks?|menace|perils?)\s+(?:that\s+|which\s+)?"
    r"(?:[\w.\-]+\s+){1,4}$"
)
_STRANDED = regex.compile(
    r"(?i)\s+(?:about|of|against)(?=\s*[,.;:)]|\s+(?:in|at|on|during|for|since|when|before|"
    r"after|as|years|decades)\b)"
)
# "threats to U.S. interests", "a threat to peace": a danger to something, unless
# someone owns the threat ("Iran's threats to Israel", "threats to Israel from Iran")
_TO_THING = regex.compile(
    r"\s+to\s+(?:(?-i:[A-Z])|(?i:the|a|an|its|their|his|her|our|your|this|these|those|"
    r"national|regional|international|world|global|public|peace|security|stability|"
    r"democracy|life|lives|health|human|civilian|civilians|shipping|navigation)\b)"
)
_REAL_OWNER = regex.compile(r"(?i)(?:['’]s|\b(?:his|her|its|their))\s+(?:[\w\-]+\s+)?$")
# whom "intimidate" leaves unnamed or turns into a defiance: "won't let anyone
# intimidate him", "refused to be intimidated"
_NO_MENACER = frozenset(
    [
        *("anyone", "anybody", "nobody", "someone", "somebody"),
        *("am", "is", "are", "was", "were", "be", "been", "being", "get", "got"),
    ]
)
# "…, the communist leadership warned.": who warns stands between the comma and the verb
_TAIL_SUBJECT = regex.compile(r",[”\"'’`]*\s*(?:[\w.\-’']+\s+){1,6}$")
# what may follow the speaker after the verb in "…, warned Iran's foreign minister."
_INVERTED_TAIL = regex.compile(
    r"(?:['’]s(?:\s+[\w\-]+){1,3}|(?:\s+[A-Z][\w.\-]*){1,3})?"
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s*(?:[.;!?,]|$)"
)
_CLAUSE_END = regex.compile(r"(?i)\s*(?:(?:on\s+)?[a-z]+day\s*)?(?:[.;!?,]|$)")
_REACH = 400  # chars around a phrase searched for who warns of it, and for a sentence end
_FOLLOW_UP = 400  # chars: an unattributed mention this close follows up the warning before
# "the warning", "their threat", "such threats": a noun that refers back to a warning
_DETERMINER = r"(?i)\b(?:the|this|that|these|those|such|its|their|his|her|our)\s+"
_ANAPHOR = regex.compile(_DETERMINER + r"(?:[\w\-]+\s+)?$")
_ANAPHOR_NEXT = regex.compile(_DETERMINER + "$")  # "the warning", not "that Iran warned"


def _seat_at(a: Analysis, start: int) -> Actor | None:
    """The government whose capital is named at ``start`` ("warnings from Moscow"):
    a warning comes from a capital's government, not from the city."""
    place = next(iter(a.places_in(start, start + 40)), None)
    if place is None or place.start != start:
        return None
    country = capital_of(place.text)
    if country is None:
        return None
    return Actor(
        text=place.text,
        start=place.start,
        end=place.end,
        name=country.name,
        kind="government",
        country=country.iso3,
        rule="capital-source",
    )


def _actor_right_after(a: Analysis, at: int) -> Actor | None:
    """The actor right after a verb ending at ``at``, "the" aside ("“…,” warned (the)
    minister")."""
    after = next(iter(a.actors_in(at, at + 60)), None)
    if after is not None and _OBJECT_GAP.fullmatch(a.doc.text, at, after.start):
        return after
    return None


def _source_at(a: Analysis, start: int) -> Actor | None:
    """The actor, or the government of the capital, named right at ``start`` ("by the
    European Union", "from Beijing")."""
    after = a.actors_in(start, start + 60)
    if after and after[0].start == start:
        return after[0]
    return _seat_at(a, start)


def _tail_speaker(a: Analysis, trigger: Span) -> tuple[Actor | None, str] | None:
    """Who warns in "…, the communist leadership warned." (an actor between the comma
    and the verb that closes its clause, or nobody: an actor of what was warned is no
    speaker) or in "…, warned Iran's foreign minister." (the actor after the verb).
    None when the verb neither closes nor opens the end of a clause so."""
    text = a.doc.text
    if not trigger.text.lower().endswith("ing") and _INVERSION.search(
        text, max(0, trigger.start - 4), trigger.start
    ):
        after = _actor_right_after(a, trigger.end)
        if after is not None and _INVERTED_TAIL.match(text, after.end):
            return after, "speaker.inverted"
    if not _CLAUSE_END.match(text, trigger.end):
        return None
    tail = _TAIL_SUBJECT.search(text, max(0, trigger.start - 80), trigger.start)
    if tail is None:
        return None
    for x in reversed(a.actors_in(tail.start(), trigger.start)):
        if a.word_before(x.start) not in PREPOSITIONS:
            return x, "speaker.tail-subject"
    return None, ""


def _sentence_subject(a: Analysis, clause: Clause, trigger: Span) -> tuple[Actor | None, str]:
    """The first actor of the sentence that is no object of a preposition."""
    if not trigger.text.lower().endswith("ing"):
        return _pick_speaker(a, clause, trigger, False)
    before = a.actors_in(clause.sentence.start, trigger.start)
    for x in before:
        if a.word_before(x.start) not in PREPOSITIONS:
            return x, "speaker.sentence-subject"
    if before:
        # every actor before is a preposition's object ("papers stepped up pressure on
        # Germany, warning its judiciary"): none of them warns
        return a.speaker_of(clause, trigger)
    return _pick_speaker(a, clause, trigger, False)


def _pick_speaker(
    a: Analysis, clause: Clause, trigger: Span, noun: bool
) -> tuple[Actor | None, str]:
    """The subject of the warning verb; for a noun, the actor that owns it ("Russia's
    threat", "a U.S. warning") or the clause's first non-prepositional actor."""
    if _FIRST_PERSON.search(a.doc.text, max(0, trigger.start - 20), trigger.start):
        # "our warning" is its quote's speaker's, or unknown
        speaker, rule = a.speaker_of(clause, trigger)
        return speaker, rule
    if noun:
        source = _FROM_SOURCE.match(a.doc.text, trigger.end, trigger.end + 40)
        found = _source_at(a, source.end()) if source is not None else None
        if found is not None:
            # "stern warnings from Iran", "from Moscow": a capital speaks for its state
            return found, "speaker.from-capital" if found.rule == "capital-source" else (
                "speaker.from"
            )
        before = a.actors_in(max(clause.start, trigger.start - 30), trigger.start)
        if before:
            gap = a.doc.text[before[-1].end : trigger.start]
            if _OWNER_GAP.fullmatch(gap):
                return before[-1], "speaker.owner"
        for x in a.actors_in(clause.start, trigger.start):
            if a.word_before(x.start) not in PREPOSITIONS:
                return x, "speaker.subject"
    subject = a.subject_before(clause.start, trigger.start)
    if subject is None and clause.start > clause.sentence.start:
        # "Iran warned ..." where the clause opener is the subordinator itself
        subject = a.subject_before(clause.sentence.start, trigger.start)
        if subject is not None and a.in_quote(subject.start) != a.in_quote(trigger.start):
            subject = None
    if subject is not None and (
        a.word_before(subject.start) not in PREPOSITIONS
        or _OWNER_GAP.fullmatch(a.doc.text, subject.end, trigger.start)
    ):
        # the nearest actor stands in when all are a preposition's object: no subject
        # ("protests against Castro appeared aimed at warning"), unless it owns the
        # trigger ("the countdown to Russia's threatened cut")
        return subject, "speaker.subject"
    return a.speaker_of(clause, trigger)


def _phrase_sense(phrase: str) -> str:
    """The sense of a set phrase as matched ("pay a heavy price": "price")."""
    sense = _PHRASE_SENSE.get(phrase.lower())
    if sense is not None:
        return sense
    return next((s for s, pattern in _PHRASE_SENSES if pattern.fullmatch(phrase)), "")


def _warner(a: Analysis, clause: Clause, trigger: Span) -> tuple[Actor | None, str]:
    """Who warns of the set phrase at ``trigger``: the subject of a warning verb in its
    sentence ("Israel will pay a heavy price, Iran warned"), or the actor after one
    that follows a quote or comma ("“…,” warned the minister")."""
    text = a.doc.text
    sentence = clause.sentence
    start = max(sentence.start, trigger.start - _REACH)
    for m in _WARN_VERB.finditer(text, start, min(sentence.end, trigger.end + _REACH)):
        before = a.actors_in(max(start, m.start() - 60), m.start())
        if before and _WARNER_GAP.fullmatch(text, before[-1].end, m.start()):
            return before[-1], "speaker.warner"
        if _INVERSION.search(text, max(start, m.start() - 4), m.start()):
            after = _actor_right_after(a, m.end())
            if after is not None:
                return after, "speaker.warner"
    return None, ""


def _agent(a: Analysis, m: regex.Match[str]) -> Actor | None:
    """The state or body named by ``m``'s "agent" group ("NATO", "U.S.", "Iranian"),
    or None for anything else ("Islamic", "Monday")."""
    start, end = m.span("agent")
    for x in a.actors_in(start, end + 1):
        if x.start == start:
            return x if x.kind in _AGENT_KINDS else None
    country = lookup(m.group("agent"))
    if country is None:
        return None
    return Actor(
        text=m.group("agent"),
        start=start,
        end=end,
        name=country.name,
        kind="country",
        country=country.iso3,
        rule="harm-agent",
    )


def _harm_owner(a: Analysis, harm: int) -> Actor | None:
    """Whose the harm noun at ``harm`` is ("the rebels' expulsion", "its removal"): an
    actor, else a name or plural noun before the possessive."""
    text = a.doc.text
    before = a.actors_in(max(0, harm - 60), harm)
    if before:
        x = before[-1]
        gap = _PRONOUN_GAP if x.text.lower() in _POSSESSIVE_PRONOUNS else _POSSESSIVE_GAP
        if gap.fullmatch(text, x.end, harm):
            return x
    owner = None
    for m in _NAMED_OWNER.finditer(text, max(0, harm - 60), harm):
        owner = m  # the last one: the nearest to the harm noun
    if owner is None or not _POSSESSIVE_GAP.fullmatch(text, owner.end(), harm):
        return None
    plural = owner.group()[:1].islower()
    return Actor(
        text=owner.group(),
        start=owner.start(),
        end=owner.end(),
        name=owner.group(),
        kind="group" if plural else "organization",
        rule="harm-owner",
    )


def _against(a: Analysis, start: int, end: int, other: Callable[[Actor], bool]) -> Actor | None:
    """Whom a harm inside ``[start, end)`` is "against" ("the threat of air strikes
    against Milosevic")."""
    for m in _AGAINST.finditer(a.doc.text, start, end):
        against = next(iter(a.actors_in(m.end(), m.end() + 60)), None)
        if against is not None and against.start == m.end() and other(against):
            return against
    return None


def _attacker(a: Analysis, start: int, end: int, other: Callable[[Actor], bool]) -> Actor | None:
    """Who would attack, in a response or warning "to/for/against an Iraqi attack": the
    one the threat is aimed at, not the victim named after it."""
    m = _ATTACKER.search(a.doc.text, start, end)
    if m is None:
        return None
    attacker = _agent(a, m)
    return attacker if attacker is not None and other(attacker) else None


def _mention_of(actor: Actor) -> int:
    """Where the actor was first mentioned (a later mention's antecedent)."""
    return actor.antecedent if actor.antecedent is not None else actor.start


def _guessed(speaker: Actor | None, trigger: Span) -> bool:
    """True when ``speaker`` is a pronoun after the trigger ("…, and they said"), whose
    antecedent is a guess that whom the verb takes outweighs."""
    return speaker is not None and speaker.rule == "pronoun" and speaker.start > trigger.end


def _aimed_at(
    a: Analysis, start: int, end: int, other: Callable[[Actor], bool]
) -> tuple[Actor | None, str]:
    """Whom a harm in ``[start, end)`` is aimed at: the attacker a response answers
    ("retaliate for an Iranian attack"), else the actor after "against"."""
    attacker = _attacker(a, start, end, other)
    if attacker is not None:
        return attacker, "target.attacker"
    against = _against(a, start, end, other)
    if against is not None:
        return against, "target.against"
    return None, ""


def _pick_target(
    a: Analysis,
    clause: Clause,
    trigger: Span,
    speaker: Actor | None,
    group: str,
    striker: int = -1,
) -> tuple[Actor | None, str]:
    """Whom the warning at ``trigger`` is addressed to or aimed at; ``striker`` is where
    the subject of a phrase of force stands ("it would strike"), never its target."""
    key = country_key(speaker)
    name = speaker.name if speaker else None
    text = a.doc.text
    # "the threat of NATO air strikes": NATO threatens, it is not threatened
    of_agent = _OF_AGENT.match(text, trigger.end) if group == "noun" else None
    agent = of_agent.start("agent") if of_agent is not None else -1
    # "warned they would ...": the subject of what is warned, not whom it is said to
    opener = _CONTENT_SUBJECT.match(text, trigger.end) if group == "word" else None
    skip = {agent, striker, opener.start("pronoun") if opener is not None else -1}

    def other(x: Actor) -> bool:
        return (key is None or country_key(x) != key) and x.name != name and x.start not in skip

    end = min(clause.sentence.end, trigger.end + 200)
    content = _THAT.search(text, trigger.end, end)
    if content is not None:
        end = content.start()  # "warnings that US strikes against Iraq ...": the content
    rest = clause.sentence.end  # where any later actor may be the target
    if group == "word" and _LEX.sense.get(trigger.text.lower()) in _OBJECT_SENSES:
        # "warned X against Y-ing", "warning its judiciary": whom the verb takes is
        # the target, and what follows "against" is what X is warned not to do
        first = next(iter(a.actors_in(trigger.end, trigger.end + 60)), None)
        if first is not None and first.start in skip:
            has_object = False
        elif first is not None and _OBJECT_GAP.fullmatch(text, trigger.end, first.start):
            if (
                other(first)
                or _guessed(speaker, trigger)
                or (
                    # whom the verb takes may be of the speaker's own state when it is not
                    # the speaker, the state itself or a later mention of the speaker ("the
                    # White House warned Pentagon officials")
                    first.kind != "country"
                    and first.start != agent
                    and (speaker is None or _mention_of(speaker) != _mention_of(first))
                )
            ):
                return first, "target.direct-object"
            has_object = True
        else:
            has_object = _DETERMINED_OBJECT.match(text, trigger.end) is not None
        stop = _AGAINST.search(text, trigger.end, end) if has_object else None
        if stop is not None:
            end = rest = stop.start()
        elif content is not None and _OBJECT_WORD.match(text, trigger.end, content.start()):
            # "warning Cuban citizens that exiles could reverse the U.S. decision": whom
            # the verb takes is named before "that"; no actor of the content is warned
            rest = end
    if group == "phrase" and _ULTIMATUM.search(trigger.text):
        # "gave the militia 48 hours to leave": whom the ultimatum is given lies inside
        for x in a.actors_in(trigger.start, trigger.end):
            if other(x):
                return x, "target.ultimatum"
    if group == "phrase":
        # "… if they join, they will become legitimate targets": who becomes the target
        reach = max(clause.sentence.start, trigger.start - _REACH)
        last_break = _SENTENCE_BREAK.search(text, reach, trigger.start)
        floor = last_break.start() if last_break is not None else -1
        for x in a.actors_in(clause.sentence.start, trigger.start):
            if (
                (x.start >= clause.start or x.rule == "pronoun")
                and other(x)
                and x.end > floor
                and not _in_generic_subject(text, clause, x)
            ):
                return x, "target.subject-of-phrase"
        # "“…,” she added, referring to the threat of strikes against Milosevic"
        aimed, how = _aimed_at(a, trigger.end, end, other)
        if aimed is not None:
            return aimed, how
        for x in a.actors_in(clause.sentence.start, trigger.start):
            if other(x) and not _in_generic_subject(text, clause, x):
                return x, "target.in-sentence"
    if group == "noun":
        # "Moscow's warning to Kyiv", "a warning from China to Japan": the addressee
        to = _TO_ADDRESSEE.match(text, trigger.end)
        if to is None and (source := _FROM_SOURCE.match(text, trigger.end)) is not None:
            sender = _source_at(a, source.end())
            to = _TO_ADDRESSEE.match(text, sender.end) if sender is not None else None
        addressee = _source_at(a, to.end()) if to is not None else None
        if addressee is not None and other(addressee):
            return addressee, "target.addressee"
    if group == "noun" and speaker is not None and speaker.end <= trigger.start:
        # "gave Kosovo an ultimatum": the indirect object between speaker and noun
        for x in a.actors_in(speaker.end, trigger.start):
            if other(x):
                return x, "target.indirect-object"
    aimed, how = _aimed_at(a, trigger.end, end, other)
    if aimed is not None:
        return aimed, how
    for m in _HARM_NOUN.finditer(text, trigger.end, min(end, clause.end)):
        # "threatened to push for the rebels' expulsion": whose the harm is
        owner = _harm_owner(a, m.start())
        if owner is not None and owner.end > trigger.end and other(owner):
            return owner, "target.harm-owner"
    for x in a.actors_in(trigger.end, rest):
        if other(x):
            return x, "target.object"
    return None, ""


def _in_generic_subject(text: str, clause: Clause, actor: Actor) -> bool:
    """True when ``actor`` lies inside the relative clause of a generic subject of its
    sentence ("any country that sends troops to Ukraine will be a target")."""
    return _GENERIC_RELATIVE.search(text, clause.sentence.start, actor.start) is not None


def _endangers(a: Analysis, clause: Clause, trigger: Span) -> bool:
    """True when "threaten" means endanger: its subject is a force or a thing (troops,
    missiles) and it takes no "to" clause ("threatened to strike")."""
    text = a.doc.text
    if _TO_VERB.match(text, trigger.end):
        return False
    subject = a.subject_before(clause.start, trigger.start)
    if subject is not None and subject.kind == "military":
        return True
    return bool(_THING_SUBJECT.search(text, max(clause.start, trigger.start - 40), trigger.start))


def _is_event_sense(a: Analysis, clause: Clause, trigger: Span, group: str) -> bool:
    doc = a.doc
    text = doc.text
    if _NOT_SENSE.search(text[max(clause.start, trigger.start - 25) : trigger.start]) or (
        _NOT_SENSE.search(text[trigger.end : min(clause.end, trigger.end + 45)])
    ):
        return False
    subject = text[max(clause.start, trigger.start - 40) : trigger.start]
    if _NOT_SPEAKER.search(subject):
        return False
    word = trigger.text.lower()
    sense = _LEX.sense.get(word, "")
    if group != "phrase" and _NOT_OBJECT.match(text, trigger.end, clause.end):
        return False  # "warned against excessive optimism": no harm to anyone
    if group == "word" and (
        _STRANDED.match(text, trigger.end)
        and _DANGER_BEFORE.search(text, max(clause.start, trigger.start - 60), trigger.start)
    ):
        return False  # "a threat Churchill warned about in 1946": a danger, no threat
    if sense == "menace" and a.word_before(trigger.start) in _NO_MENACER:
        return False  # "won't let anyone intimidate him", "refused to be intimidated"
    if group == "phrase" and _POLITICAL_COST.match(text, trigger.end):
        return False  # "will pay a high price at the polls": votes lost, no harm
    if group == "word" and word.endswith("ed"):
        prev = text[max(0, trigger.start - 12) : trigger.start].split()[-1:]
        if prev and prev[0].lower() in ("a", "an", "the", "off", "its", "their", "his", "her"):
            return False  # "called off threatened strike action": an adjective
    if sense == "threaten" and group == "word" and _endangers(a, clause, trigger):
        return False  # "troops massed nearby threatened Saudi Arabia": a danger, no threat
    if sense == "retaliate" and not _MODAL_BEFORE.search(
        text, max(clause.start, trigger.start - 30), trigger.start
    ):
        return False  # "Retaliating for the bombings, U.S. forces struck": an act, no threat
    if sense == "vow":
        return _VOW_OBJECT.search(text, trigger.end, min(clause.end, trigger.end + 30)) is not None
    if group == "noun" and sense in ("threat", "warning"):
        # a threat or warning someone made: "Russia's threat", "his warning", "a U.S.
        # warning", "threats from Iran", "the threat of force" — not "a security threat"
        head = text[max(0, trigger.start - 40) : trigger.start]
        after = text[trigger.end : trigger.end + 40]
        source = _FROM_SOURCE.match(text, trigger.end)
        if source is not None and _NOT_SPEAKER.search(
            text, source.end(), min(clause.end, source.end() + 30)
        ):
            return False  # "a powerful threat from the brewing giant": business
        if (
            _TO_THING.match(text, trigger.end)
            and source is None
            and not _REAL_OWNER.search(head)
            and not _FROM_SOURCE.search(text, trigger.end, min(clause.end, trigger.end + 60))
            and not any(
                x.end >= trigger.start - 3
                for x in a.actors_in(max(0, trigger.start - 30), trigger.start)
            )
        ):
            return False  # "fresh threats to U.S. interests": a danger, nobody's threat
        if _NOUN_AGENT.search(after) or _NOUN_OWNER.search(head):
            return True
        of_agent = _OF_AGENT.match(text, trigger.end)
        if of_agent is not None and _agent(a, of_agent) is not None:
            return True  # "the threat of NATO air strikes"
        return any(
            (x.end >= trigger.start - 3 and x.kind != "person") or x.end >= trigger.start - 3
            for x in a.actors_in(max(0, trigger.start - 30), trigger.start)
        )
    return True


def _frames(doc: Document, a: Analysis, m: regex.Match[str]) -> Iterator[WarningEvent]:
    group = m.lastgroup or "word"
    trigger = span_of(doc, m.start(), m.end())
    clause = clause_of(doc, trigger)
    if not _is_event_sense(a, clause, trigger, group):
        return
    phrase = group == "phrase"
    sense = _phrase_sense(trigger.text) if phrase else _LEX.sense.get(trigger.text.lower(), "warn")
    text = doc.text
    word = trigger.text.lower()
    # the role of the trigger in its sentence: "a warning" is a noun though a participle
    # shares its form
    role = group
    if (
        group == "word"
        and word in _LEX.noun_forms
        and _NOUN_USE.search(text, max(0, trigger.start - 30), trigger.start)
    ):
        role = "noun"
    passive = (
        _PASSIVE.search(text, max(0, trigger.start - 30), trigger.start)
        if role == "word" and word.endswith("ed")
        else None
    )
    received = (
        _RECEIVED.search(text, max(clause.start, trigger.start - 40), trigger.start)
        if role == "noun"
        else None
    )
    sufferer = None  # the named subject of a phrase, who is threatened
    striker = -1  # the subject of a phrase of force ("it would strike"), who threatens
    warned: Actor | None = None  # the subject of a passive or of "received", who is warned
    opener = passive or received
    if opener is not None:
        # "Serbia was warned by the EU", "Iran received a warning from the United States":
        # the subject is who is warned, whoever follows "by" or "from" warns
        source = (_BY_AGENT.search if passive else _FROM_SOURCE.match)(
            text, trigger.end, min(clause.end, trigger.end + 40)
        )
        speaker = _source_at(a, source.end()) if source is not None else None
        speaker_rule = ("speaker.by" if passive else "speaker.from") if speaker else ""
        if source is not None and speaker is None and received is not None:
            return  # "received threats from individuals": no official or body threatens
        if (
            passive is not None
            and sense == "threaten"
            and source is not None
            and (
                _ENDANGERING.match(text, source.end()) or getattr(speaker, "kind", "") == "military"
            )
        ):
            return  # "oil fields threatened by Iraqi troops": endangered, not threatened
        # the subject inside the clause only: "explaining that providers were warned"
        warned = a.subject_before(clause.start, opener.start())
    elif phrase:
        speaker, speaker_rule = a.speaker_of(clause, trigger)
        if speaker is None:
            speaker, speaker_rule = _pick_speaker(a, clause, trigger, False)
            if speaker is not None and sense in _SUFFERER_SENSES:
                # "Israel will pay a heavy price, Iran warned": the actor found is who
                # pays; who warns is the subject of a warning verb, if any
                sufferer = speaker
                speaker, speaker_rule = _warner(a, clause, trigger)
                if _in_generic_subject(text, clause, sufferer):
                    sufferer = None
        if _FORCE_VERB.match(trigger.text):
            # "Poland said Russia warned that it would strike": "it" strikes
            before = a.actors_in(max(clause.start, trigger.start - 60), trigger.start)
            if before and _WARNER_GAP.fullmatch(text, before[-1].end, trigger.start):
                striker = before[-1].start
    elif role == "word" and (tail := _tail_speaker(a, trigger)) is not None:
        speaker, speaker_rule = tail  # "…, the communist leadership warned."
    elif group == "word" and _ADJUNCT.search(doc.text, max(0, trigger.start - 3), trigger.start):
        # "Blair pledged to stand with the president, warning Saddam that ...": the
        # participle's subject is the sentence's
        speaker, speaker_rule = _sentence_subject(a, clause, trigger)
    else:
        speaker, speaker_rule = _pick_speaker(a, clause, trigger, role == "noun")
        of_agent = _OF_AGENT.match(doc.text, trigger.end) if role == "noun" else None
        if speaker is None and of_agent is not None:
            # "spoke of the threat of NATO air strikes": with nobody else, who would strike
            speaker = _agent(a, of_agent)
            speaker_rule = "speaker.agent" if speaker is not None else ""
    if speaker is not None and _NOT_SPEAKER.fullmatch(speaker.text):
        return
    subject_text = doc.text[clause.start : trigger.start]
    if _NOT_SPEAKER.search(subject_text) and speaker is None:
        return
    if speaker is None and phrase and sufferer is None and not a.said_by_someone(trigger.start):
        return  # a set phrase with nobody saying it is a quotation of something else
    if speaker is None and _DOCUMENT.search(text, max(0, trigger.start - 30), trigger.start):
        return  # "someone dropped off leaflets warning ...": nobody official speaks
    # the phrase's own subject, found above, is whom it threatens ("The United States said
    # Iran would face ...": Iran, not the first actor of the clause)
    target: Actor | None = sufferer
    target_rule = "target.subject-of-phrase"
    if opener is not None:
        if warned is not None and (speaker is None or country_key(warned) != country_key(speaker)):
            target, target_rule = warned, "target.warned-subject"
        else:
            target, target_rule = None, ""
    elif sufferer is None or country_key(sufferer) == country_key(speaker):
        target, target_rule = _pick_target(a, clause, trigger, speaker, role, striker)
    if (
        target is not None
        and speaker is not None
        and _guessed(speaker, trigger)
        and _mention_of(target) == _mention_of(speaker)
    ):
        # "Officials warned U.S. immigration officials that ..., and they said": "they"
        # was taken for whom the verb takes, who does not warn itself
        speaker, speaker_rule = None, ""
    date = a.date_for(clause, trigger, report_ok=True)
    # a set phrase is the content of a threat: its "if" and "would" do not make the
    # warning itself hypothetical
    modality = a.modality(clause, trigger, conditional=not phrase, speech_act=True)
    attribution, attribution_rule = a.speaker_of(clause, trigger)
    content = doc.text[trigger.start : clause.sentence.end]
    kind = (
        "ultimatum"
        if _ULTIMATUM.search(trigger.text)
        else ("military" if _MILITARY_WORDS.search(content[:160]) else None)
    )
    cameo, plover = codes_for("warning", kind)
    filled = sum(x is not None for x in (speaker, target, date))
    rules = {
        "speaker": speaker_rule,
        "target": target_rule,
        "date": "date.report" if date else "",
        "attribution": attribution_rule,
    }
    anaphor = _ANAPHOR if group == "noun" else _ANAPHOR_NEXT
    if group != "phrase" and anaphor.search(doc.text[max(0, trigger.start - 25) : trigger.start]):
        rules["anaphor"] = "warning.anaphoric-noun"
    yield WarningEvent(
        trigger=trigger,
        sentence=clause.sentence,
        date=date,
        modality=modality,
        attribution=attribution or speaker,
        rule=f"warning.{sense or 'phrase'}.{group}",
        slot_rules=rules,
        confidence=min(0.95, 0.45 + 0.15 * filled),
        cameo=cameo,
        plover=plover,
        speaker=speaker,
        target=target,
    )


def _same(kept: WarningEvent, new: WarningEvent) -> bool:
    if kept.sentence is not None and kept.sentence == new.sentence:
        return True  # "threatened to wipe X off the map": one warning, several triggers
    if new.slot_rules.get("anaphor"):
        # "the warning", "their threat": the latest warning by the same or an unknown
        # speaker (what follows an anaphor is rarely its target: "the warning follows
        # two rulings by the court")
        said, says = country_key(kept.speaker), country_key(new.speaker)
        return not (said and says and said != says)
    mine, theirs = country_key(kept.target), country_key(new.target)
    if mine and theirs and mine != theirs:
        return False
    if kept.modality != new.modality:
        return False
    if new.speaker is None:
        return new.trigger.start - kept.mentions[-1].end < _FOLLOW_UP
    if kept.speaker is None:
        return False
    return country_key(kept.speaker) == country_key(new.speaker) or (
        kept.speaker.name == new.speaker.name
    )


def extract_warnings(doc: Document) -> list[WarningEvent]:
    """The warning events of ``doc``, one per real-world warning."""
    a = analyse(doc)
    found: list[WarningEvent] = []
    for m in triggers(doc, _TRIGGER, _FIRST_WORDS, "warning"):
        found.extend(_frames(doc, a, m))
    merged = merge_events(found, _same, ("speaker", "target"), asserted_wins=True)
    return [_not_self_aimed(e) for e in merged]


def _not_self_aimed(event: WarningEvent) -> WarningEvent:
    """``event`` without a target that is its speaker, a mention another of its mentions
    took for the target ("Poland said Russia warned it would strike": "it", the
    subject of one mention's phrase, is Russia, who speaks in another)."""
    speaker, target = event.speaker, event.target
    if speaker is None or target is None or _mention_of(speaker) != _mention_of(target):
        return event
    rules = {**event.slot_rules, "target": ""}
    return event.model_copy(update={"target": None, "slot_rules": rules})
