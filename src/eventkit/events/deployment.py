"""Deployments: forces sent, moved, stationed, massed, reinforced or withdrawn.

A trigger (a verb or noun from ``data/deployment.json``) makes an event when a force
goes with it: a force noun ("troops", "warships") or a military actor in its clause,
or, for withdrawals, a state that leaves a place. Forces standing somewhere with no
verb of movement are events too ("the 38,000 U.S. troops in the Gulf", "the United
States has 2,500 troops in Iraq"). Slots come from the layers: the force (the military
actor, else the state that owns or sends it), the count, the origin (after "from",
"out of") and destination (after "to", "into", "in" ..., "on its territory", "there").
A force withdrawn, expelled or replaced leaves where it stands ("replacing U.S. troops
in Kuwait": Kuwait is the origin), and the force replacing it comes there (an event of
its own); a state that expels a foreign force expels it from its own land when no
origin is named; "the country" is the state named just before, when only one is. A
force of no state "made up of" states' forces gives each of them a force standing there.
Mentions of one deployment merge (``_same``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from eventkit.countries import by_code, lookup
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
from eventkit.events.lexicon import load, phrase_pattern, words_pattern
from eventkit.events.merge import merge_events
from eventkit.model import Actor, Deployment, Place, Quantity, Span

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_deployments"]

_LEX = load("deployment")
_TRIGGER = _LEX.pattern("verbs", "nouns")
_FIRST_WORDS = _LEX.first_words("verbs", "nouns")
_FORCE = phrase_pattern(_LEX.words("force_nouns"))
_NOT_FORCE = phrase_pattern(_LEX.words("not_force_after"))
_WITHDRAW = frozenset(_LEX.words("withdraw_senses"))
# verbs whose object is the force that leaves; their subject is who removes it
_REMOVAL = frozenset(_LEX.words("removal_senses"))
_WEAK = frozenset(_LEX.words("weak_senses"))
_PARTICLES: dict[str, list[str]] = _LEX.data["particles"]
_NEEDS_FORCE = frozenset(_LEX.words("needs_force_noun"))
_PLACE_OBJECT = frozenset(_LEX.words("place_object_senses"))
# verbs that move or hold only the force that is their object ("kept 1,500 soldiers in")
_OBJECT_FORCE = frozenset(_LEX.words("object_force_verbs"))
_ORIGIN_OBJECT = frozenset(_LEX.words("origin_object_senses"))
# "left for Somalia", "pulled out for home": where a withdrawal goes, not what it leaves
# "would respond to any deployment", "condemned the planned withdrawal", "called for
# the withdrawal": the noun trigger is the object of a stance, not its subject's act
_STANCE_BEFORE = regex.compile(
    r"(?i)(?:"
    + words_pattern(_LEX.words("stance_verbs"), ignore_case=True)
    + r"|\b(?:call|calls|called|calling|ask|asks|asked|asking|push|pushed|pushing)\s+for)"
    r"(?:\s+(?:to|for|against|on|the|a|an|any|such|this|that|these|those|further|possible"
    r"|new|planned|proposed|more|all|full|immediate|total|complete|swift|massive|large))*\s+$"
)
_STANCE_REACH = 70
_LEAVING_FOR = regex.compile(r"(?i)(?:\s+(?:out|back|off))?\s+for\b")
_LEFT_BEHIND_GAP = 25  # chars from "leave" to the force it leaves behind: " a small "
# "pull out of the country", "sent into the kingdom": a state named before, resolved
# by ``_the_country``
_THE_COUNTRY = regex.compile(
    r"(?i)(?:\b(?P<prep>from|out\s+of|into|to|onto|in|inside|within)\s+)?"
    r"(?P<np>the\s+(?:country|kingdom))\b(?!\s+of\b)"
)
# speakers who represent their state abroad: "the country" they speak of is another
_ABROAD = regex.compile(r"(?i)\b(?:ambassador|envoy|embassy|consul|emissary)")
_THE_COUNTRY_LEAD = 60  # chars from a trigger to "the country" it governs
_THE_COUNTRY_REACH = 600  # chars back to the state "the country" stands for
# verbs whose object is a coalition or a place, not the force: the force is the subject
_SUBJECT_FIRST = _PLACE_OBJECT | {"join", "advance"}
_ADJECTIVE_USES = {
    k: frozenset(v) for k, v in _LEX.data["adjective_uses"].items() if not k.startswith("_")
}
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "such",
    ]
)
_POSSESSIVE = regex.compile(r"(?i)\b(its|their|his|her|our)\s+(?:[\w\-]+\s+){0,2}$")
_TO = ("to", "into", "toward", "towards", "onto")
_AT = ("in", "inside", "at", "on", "near", "along", "across", "within", "around", "for")
_POLICE = regex.compile(r"(?i)\b(police|policemen|gendarmes)\b")
# What may stand between a preposition and its place: "to the border with Belarus",
# "from several bases in", never a verb ("to fight Ukraine").
_PLACE_LEAD = regex.compile(
    r"\s*(?:(?:the|a|an|its|their|his|her|our|this|that|several|some|other|parts|part|of|"
    r"with|in|near|border|borders|frontier|region|area|areas|bases?|positions|coast|"
    r"coastline|shores?|waters|northern|"
    r"southern|eastern|western|central|north|south|east|west|[\p{Lu}\d][\w.\-’']*)\s+){0,4}"
)
_INCLUDING = regex.compile(r"\s*,?\s*including(?:\s+(?:some|about|at least))?(?:\s+[\d,.]+)?\s*")
# verbs that are military moves by themselves: "the army mobilized" (but "was sent")
_SELF_EVIDENT = frozenset({"deploy", "mobilize"})
# the bare verb forms, which double as nouns in names ("Naval Station", "Air Base")
_BASE_FORMS = frozenset(forms[0].lower() for forms in _LEX.data["verbs"].values())
_NOT_FORCE_HEADS = frozenset(_LEX.words("not_force_heads"))
_CIVILIAN = frozenset(_LEX.words("civilian_personnel"))
_CIVILIAN_USE = regex.compile(
    r"(?:\s+[\w\-]+){0,2}?\s+" + phrase_pattern(_LEX.words("civilian_uses_after")).pattern,
    regex.IGNORECASE,
)
_NEXT_WORD = regex.compile(r"\s+([\w\-]+)")
_PASSIVE_AUX = regex.compile(
    r"\s+(?:were|was|are|is|being|been|have\s+been|has\s+been|had\s+been|"
    r"(?:will|would|could|can|may|might|must|should|shall)\s+(?:not\s+)?be|to\s+be)"
    r"\s+(?:[a-z]+ly\s+)?",
    regex.IGNORECASE,
)
_PLACE_FILLER = frozenset(_LEX.words("place_filler_words"))
# a place that only names an agreement: "withdrew from the Paris climate agreement"
_NAMES_ACCORD = regex.compile(
    r"(?:\s+[a-z][\w\-]*){0,2}\s+(?:agreement|accord|accords|treaty|pact|deal|protocol|"
    r"convention|process|talks|summit|conference|club|format)\b"
)
# a clause that another subject opens: "gathered in the north, and riot police ..."
_NEXT_CLAUSE = regex.compile(
    r";|,\s*(?:and|but|while|whereas)\b"
    # "killed en route to Lebanon when two helicopters crashed": another clause
    r"|\b(?:when|whenever|because|although|though|unless|whereas)\b",
    regex.IGNORECASE,
)
# "stop oil exports from leaving Iraq": what is kept from moving is named between the
# verb of prevention and "from"
_PREVENTED = regex.compile(
    r"(?i)\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|keep|"
    r"keeps|kept|keeping|bar|bars|barred|barring|ban|bans|banned|banning|block|blocks|"
    r"blocked|blocking)\s+(?P<what>[^,;:()]{1,60}?)\s+from\s+$"
)
# What ends the object of a removal verb before a force noun: "expelled five
# nationals who were questioned by police" expels no police
_OBJECT_BREAK = regex.compile(
    r"[;:()]|,\s|\b(?:by|who|whom|which|that|were|was|are|is|from|in|at|to|for|with|"
    r"through|over|into|under|via|across|along|near|against)\b",
    regex.IGNORECASE,
)
_OBJECT_WORDS = regex.compile(
    r"\s+(?:['\"“‘`]+\s*)?"  # a quotation may open the object: amassed ''100 pages''
    r"(?:(?:a|an|the|some|more|about|[\d,.]+|new|additional|fresh|further)\s+){0,3}"
    r"(?:[a-z][\w\-]*\s+(?=(?!of\b)[a-z]))?",
    regex.IGNORECASE,
)
_PRESENCE = regex.compile(
    r"(?:\s*,\s*(?:which|who|that)\b)?"
    r"(?:\s+(?:are|is|were|was|remain|remains|remained|now|already|currently|still|"
    r"permanently|stationed|based|deployed|positioned|garrisoned|massed|dug|entrenched|"
    r"operating|spotted|sighted|seen))*"
    r"\s+(?:in|at|on|along|near|inside|across|around|off)\s+",
    regex.IGNORECASE,
)
# "-- made up of", ", consisting of": the forces a force of no state is made of, at
# most a few words after it ("the naval force in the area -- made up of ...")
_MADE_OF = regex.compile(
    r"\G\s*(?:[\w\-]+\s+){0,4}?(?:--|—|–|,)?\s*(?:(?:consisting|composed|made\s+up|"
    r"comprised)\s+of|comprising)\s+",
    regex.IGNORECASE,
)
_MADE_OF_REACH = 80
_MAX_MEMBERS = 12  # states a force may be made of
# "Egyptian and Moroccan troops are already there": the place named before
_THERE = regex.compile(
    r"(?:\s+(?:are|is|were|was|remain|remains|remained|now|already|currently|still|"
    r"stationed|based|deployed|positioned))+\s+there\b",
    regex.IGNORECASE,
)
# nothing after a verb but the end of its clause: "Iraq was ready to withdraw."
# (possessive spaces and a look-behind for the one space before "soon": "\s*" then
# "\s+" retried every split of a long run of spaces, quadratic in it)
_INTRANSITIVE = regex.compile(r"\s*+(?:[.;!?]|,\s*+(?:and|but)\b|(?<=\s)(?:soon|quickly|now)\b)")
_HAS = regex.compile(
    r"\s+(?:now\s+|still\s+|already\s+)?(has|have|had|maintains|maintain|keeps|keep|kept)\s+",
    regex.IGNORECASE,
)
# what may stand between a count of forces and its place: "27 ships (deployed) in"
_PRESENCE_PREP = regex.compile(
    r"(?:\s+(?:stationed|based|deployed|positioned|currently|now|still))*"
    r"\s+(?:in|at|on|near|inside|along|across|around)\s+",
    regex.IGNORECASE,
)
_THERE_REACH = 400  # chars back to the place "there" stands for
_FRONTED = regex.compile(r"(?i)(?:in|inside|across|along)\s+(?:the\s+)?")
_FROM_PREP = regex.compile(r"(?i)\b(?:from|out of)\s+")
_OBJECT_GAP = 70
_NEAR = 600  # chars between mentions that may be one deployment without a shared place
_SUBJECT_GAP = 60
_OBJECT_LEAD = 12  # chars from a verb to its object's force phrase: " the UN "
# what follows a verb with no object of its own: "soldiers stationed in Mali"
_NO_OBJECT = regex.compile(
    r"\s*(?:[,.;]|in|at|to|on|near|along|across|inside|into|there|here|abroad|from|by|"
    r"since|for|until|throughout|around)\b",
    regex.IGNORECASE,
)
_NOUN_SIGNALS = frozenset(_LEX.words("noun_signals_after"))
_OPPONENT_LEAD = 30  # chars before a force noun searched for "facing", "against" ...
# "of" and what may stand before the head it governs: "of all the", "of some 3,000"
_OF_WHAT = regex.compile(
    r"\s+of\s+(?:(?:the|all|its|their|his|her|some|about|more|than|an|a|up|to|at|least|"
    r"nearly|almost|over|around|[\d,.]+|hundreds|thousands|dozens|additional|remaining|"
    r"last|first|several|two|three|four|five|six|seven|eight|nine|ten)\s+)*",
    regex.IGNORECASE,
)
_OF_REACH = 25  # chars from that head to a force noun or actor that fills it
_OF = regex.compile(r"\s+of\b", regex.IGNORECASE)
_LED = regex.compile(r"(?:the\s+)?([\p{Lu}][\w.]*)-led\b")
_TERRITORY = regex.compile(
    r"\b(?:on|in|into|onto)\s+(?P<owner>its|their|[\p{Lu}][\w.\-]*(?:\s+[\p{Lu}][\w.\-]*)?['’]s?)"
    r"\s+(?:own\s+)?(?:territory|soil)\b"
)


def _is_noun(doc: Document, m: regex.Match[str]) -> bool:
    word = m.group().lower()
    if word not in _LEX.noun_forms:
        return False
    if word not in _LEX.verb_forms:
        return True
    tokens = doc.tokens
    i = doc.token_index(m.start())
    prev = tokens[i - 1].text.lower() if i > 0 else ""
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    return prev in _DETERMINERS or nxt == "of"


def _object_start(doc: Document, end: int) -> int:
    """Where the head of the object after a verb ending at ``end`` starts: past an
    article, a count and up to two modifiers ("100 pages", "a letter", "new funds")."""
    m = _OBJECT_WORDS.match(doc.text, end)
    return m.end() if m is not None else end


def _verb_as_noun(doc: Document, m: regex.Match[str]) -> bool:
    """A verb form used as a noun ("the move is", "a campaign pledge made by")."""
    tokens = doc.tokens
    i = doc.token_index(m.start())
    prev = tokens[i - 1].text.lower() if i > 0 else ""
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    # "the troops deployed were ...": a participle before "were" is still a verb
    participle = m.group().lower().endswith(("ed", "ing", "en"))
    if (
        m.group()[:1].isupper()
        and m.group().lower() in _BASE_FORMS
        and i > 0
        and tokens[i - 1].text[:1].isupper()
        and prev not in "\"“'("
    ):
        return True  # inside a name: "the Guantanamo Naval Station" (not "Russia Sends")
    return prev in _DETERMINERS or nxt == "of" or (nxt in _NOUN_SIGNALS and not participle)


_PARTICLE_REACH = 60  # chars after a verb its particle may follow
_PARTICLE_WORDS = 6
_CLAUSE_END = regex.compile(r"[;:]|[,.](?=\s)")


def _has_particle(doc: Document, m: regex.Match[str], sense: str) -> bool:
    wanted = _PARTICLES.get(sense)
    if not wanted:
        return True
    # the object may stand between: "pulled most of its 3,000 troops out of Mali"
    window = _CLAUSE_END.split(doc.text[m.end() : m.end() + _PARTICLE_REACH], 1)[0]
    return any(w.strip(".,;") in wanted for w in window.lower().split()[:_PARTICLE_WORDS])


def _is_force(doc: Document, m: regex.Match[str]) -> bool:
    """False for a force noun that modifies a person or place ("an air force captain",
    "army headquarters") or that names civilians ("embassy personnel")."""
    nxt = _NEXT_WORD.match(doc.text, m.end())
    if nxt is not None and nxt.group(1).lower() in _NOT_FORCE_HEADS:
        return False
    if _CIVILIAN_USE.match(doc.text, m.end()):
        return False  # "drones for deliveries", "planes carrying passengers"
    if m.group().lower() == "personnel":
        prev = doc.text[max(0, m.start() - 20) : m.start()].split()[-1:]
        return not (prev and prev[0].lower() in _CIVILIAN)
    return True


_PART_OF = regex.compile(r"(?i)\s+of\s+(?:its|their|his|her|our|the|these|those)\s+")
# where a withdrawal goes, its own state: "home" in the verb's own phrase ("bring its
# troops home"), not past a comma or an "and" ("troops left in X and they will be home")
_HOME = regex.compile(r"(?i)(?:(?!\b(?:and|but|while)\b)[^,;:.]){0,50}?\b(home(?:ward)?)\b")
_HOME_REACH = 60
_EACH_BEFORE = regex.compile(r"(?i)\beach\s+(?:[a-z]+\s+)?$")  # "have each pledged"
_EACH_AFTER = regex.compile(r"(?i)\s+(?:troops\s+)?each\b")  # "1,000 troops each"
# what carries or equips a force named before it: "Marines aboard three ships",
# "troops in armoured vehicles", "soldiers with tanks"
_CARRIER_LEAD = regex.compile(
    r"(?i)\b(?:aboard|on\s+board|onboard|on|in|with)\s+(?:[\w,.-]+\s+){0,3}$"
)


def _force_noun(
    doc: Document, clause: Clause, trigger: Span, subject_first: bool = False, noun: bool = False
) -> Span | None:
    """The force noun phrase the trigger moves: its object, else its subject (the
    subject first for verbs whose object is no force: "troops joined the coalition").
    A noun's force after it is joined by "of" ("the deployment of 3,000 troops"): in
    "the U.S. buildup continued, with Syrian troops ..." the troops are someone else."""
    after = next(
        (
            f
            for f in _FORCE.finditer(
                doc.text, trigger.end, min(clause.end, trigger.end + _OBJECT_GAP)
            )
            if _is_force(doc, f)
        ),
        None,
    )
    if after is not None and (
        _NOT_FORCE.search(doc.text[trigger.end : after.start()])
        # "gathered in the north, and riot police deployed": another clause's subject
        or _NEXT_CLAUSE.search(doc.text, trigger.end, after.start())
    ):
        after = None
    if after is not None and noun and not _OF.match(doc.text, trigger.end, after.start()):
        after = None
    before: regex.Match[str] | None = None
    for candidate in _FORCE.finditer(
        doc.text, max(clause.start, trigger.start - _SUBJECT_GAP), trigger.start
    ):
        lead = doc.text[max(clause.start, candidate.start() - _OPPONENT_LEAD) : candidate.start()]
        if _NOT_FORCE.search(lead) or not _is_force(doc, candidate):
            continue  # "facing U.S. and Arab troops, Iraq promised to withdraw"
        if before is not None and _CARRIER_LEAD.search(lead):
            continue  # "2,300 Marines aboard three ships were steaming": the Marines
        before = candidate
    # a verb whose object is a place or coalition moves its subject or nothing named;
    # a force right before the verb is what it tells of ("soldiers stationed in Mali",
    # "troops deployed there train local troops")
    adjacent = before is not None and (
        (
            trigger.start - before.end() <= 1
            and _NO_OBJECT.match(doc.text, trigger.end, clause.end) is not None
        )
        # a passive: "the troops were moved on navy ships", "soldiers have been sent"
        or _PASSIVE_AUX.fullmatch(doc.text, before.end(), trigger.start) is not None
    )
    found = before if subject_first or adjacent else after or before
    return span_of(doc, found.start(), found.end()) if found is not None else None


def _military_actors(a: Analysis, clause: Clause, np: Span) -> list[Actor]:
    """Military actors making up the force phrase ("Egyptian and Syrian troops")."""
    lo = max(clause.start, np.start - 80)
    found = [
        x
        for x in a.actors_in(lo, min(clause.end, np.end + 40))
        if x.kind in ("military", "group") and x.end >= np.start - 60
    ]
    touching = [x for x in found if x.start <= np.end and x.end >= np.start]
    if not touching:
        return []
    # "American, British and Egyptian forces", "the Lebanese army and U.N. forces"
    chain = a.coordinated(touching[0], lo, min(clause.end, np.end + 80))
    last = chain[-1]
    for x in a.actors_in(last.end, min(clause.end, last.end + 60)):
        if x.kind == "military" and _INCLUDING.fullmatch(a.doc.text[last.end : x.start]):
            chain.append(x)  # "NATO-led troops, including 4,000 U.S. soldiers"
            last = x
    return [
        x
        for x in chain
        if x.kind in ("military", "group", "country", "government")
        and (
            x is touching[0]
            or not _NOT_FORCE.search(a.doc.text[max(lo, x.start - _OPPONENT_LEAD) : x.start])
        )
    ]


def _owner(
    a: Analysis, clause: Clause, trigger: Span, np: Span | None, subject_ok: bool = True
) -> Actor | None:
    """The state or group that owns or sends the force: possessive, else the subject."""
    if np is not None:
        head = a.doc.text[max(clause.start, np.start - 30) : np.start]
        poss = _POSSESSIVE.search(head)
        if poss is not None:
            owner = a.pronouns.get(np.start - len(head) + poss.start(1))
            if owner is not None:
                return owner
        for x in reversed(a.actors_in(max(clause.start, np.start - 40), np.start)):
            if a.doc.text[x.end : np.start].strip() in ("'s", "’s", "") or a.doc.text[
                x.end : x.end + 2
            ] in ("'s", "’s"):
                return x
    if not subject_ok:
        return None
    subject = a.subject_before(clause.start, trigger.start)
    if subject is not None:
        return subject
    sentence = clause.sentence
    return a.subject_before(sentence.start, trigger.start)


def _reports_own_ground(
    a: Analysis, owner: Actor, trigger: Span, destination: Place | None
) -> bool:
    """True when ``owner`` is the state that reports forces coming onto its own ground
    ("Kyiv said on Monday that 2,000 troops had crossed into the Sumy region"): the
    speaker tells of someone else's forces, not its own."""
    if owner.country is None or destination is None or destination.country != owner.country:
        return False
    if owner.kind not in ("country", "government") or owner.end > trigger.start:
        return False
    after = a.words(owner.end, min(trigger.start, owner.end + 20))[:1]
    return bool(after) and a.reports(after[0])


def _of_something_else(a: Analysis, clause: Clause, trigger: Span, np: Span | None) -> bool:
    """True when a noun trigger's "of" phrase names what moves and it is neither a force
    nor an actor: "the departure of the delegates"."""
    m = _OF_WHAT.match(a.doc.text, trigger.end, min(clause.end, trigger.end + 40))
    if m is None:
        return False
    head = m.end()
    if np is not None and np.start >= trigger.end and np.start - head <= _OF_REACH:
        return False
    # a person's departure or return is a trip, not a deployment
    return not any(
        x.start - head <= _OF_REACH and x.kind != "person"
        for x in a.actors_in(head, head + _OF_REACH + 30)
    )


def _of_phrase(a: Analysis, clause: Clause, trigger: Span) -> Actor | None:
    """For a noun trigger, the actor after "of" ("the deployment of NATO troops")."""
    text = a.doc.text
    m = _OF.match(text, trigger.end, trigger.end + 6)
    if m is None:
        return None
    actors = a.actors_in(trigger.end, min(clause.end, trigger.end + 80))
    if not actors or _OBJECT_BREAK.search(text, m.end(), actors[0].start):
        return None  # "the deployment of 1,000 police officers to Haiti": Haiti is the goal
    return actors[0]


def _led_place(a: Analysis, at: int, end: int) -> Place | None:
    """The first place in ``[at, end)`` when only lead words ("the", "northern", "the
    border with") stand between ``at`` and it."""
    place = next(iter(a.places_in(at, end)), None)
    if place is not None and _PLACE_LEAD.fullmatch(a.doc.text[at : place.start]):
        return place
    return None


def _place_after(a: Analysis, clause: Clause, start: int, preps: tuple[str, ...]) -> Place | None:
    """The first place right after one of ``preps`` in ``[start, clause end)``."""
    for w in a.words(start, clause.end):
        if w.text.lower() not in preps:
            continue
        if w.text.lower() == "out":
            continue
        place = _led_place(a, w.end, min(clause.end, w.end + 45))
        if place is not None:
            return place
    return None


def _fronted_place(a: Analysis, clause: Clause, trigger: Span) -> Place | None:
    """A scene-setting place that opens the sentence: "In Kosovo, where ... the
    deployment of troops"."""
    sentence = clause.sentence
    m = _FRONTED.match(a.doc.text, sentence.start, trigger.start)
    if m is None:
        return None
    places = a.places_in(m.end(), min(trigger.start, m.end() + 40))
    return places[0] if places and places[0].start == m.end() else None


def _origin(a: Analysis, clause: Clause, trigger: Span) -> Place | None:
    text = a.doc.text
    for m in _FROM_PREP.finditer(text, trigger.end, clause.end):
        place = _led_place(a, m.end(), min(clause.end, m.end() + 40))
        if place is not None and not _NAMES_ACCORD.match(text, place.end):
            return place
    return None


def _count(a: Analysis, clause: Clause, trigger: Span, np: Span | None) -> Quantity | None:
    if np is not None:
        found = a.quantities_in(max(clause.start, np.start - 60), min(clause.end, np.end + 40))
        for k, q in enumerate(found):
            if q.start <= np.end and q.end >= np.start - 1:
                nxt = found[k + 1] if k + 1 < len(found) else None
                if q.value == 1 and nxt is not None and _OF.match(a.doc.text, q.end, nxt.start):
                    return nxt  # "a brigade of about 5,000 soldiers": the soldiers
                before = found[k - 1] if k else None
                if (
                    before is not None
                    and before.unit is None
                    and _PART_OF.fullmatch(a.doc.text, before.end, q.start) is not None
                ):
                    return before  # "9,500 of its 34,500 troops": the 9,500 that move
                return q
    # "sent 2,000 to back the rebels": a bare count right after the verb
    for q in a.quantities_in(trigger.end, min(clause.end, trigger.end + 25)):
        if q.unit is None:
            return q
    return None


def _frames(doc: Document, a: Analysis, m: regex.Match[str]) -> Iterator[Deployment]:
    word = m.group().lower()
    sense = _LEX.sense.get(word, "deploy")
    if not _has_particle(doc, m, sense) or a.inside_name(m.start(), m.end()):
        return
    following = doc.text[m.end() : m.end() + 20].split()
    if following and following[0].strip(".,;").lower() in _ADJECTIVE_USES.get(sense, ()):
        return  # "weapons of mass destruction"
    trigger = span_of(doc, m.start(), m.end())
    clause = clause_of(doc, trigger)
    noun = _is_noun(doc, m)
    if not noun and _verb_as_noun(doc, m):
        return  # "the move is meant to", "a campaign pledge made by"
    if (
        not noun
        and sense not in _SUBJECT_FIRST  # their object is a place or coalition, no force
        and _NOT_FORCE.match(doc.text, _object_start(doc, trigger.end))
    ):
        return  # "police had amassed 100 pages of reports": what is moved is no force
    np = _force_noun(doc, clause, trigger, subject_first=sense in _SUBJECT_FIRST, noun=noun)
    if noun and _of_something_else(a, clause, trigger, np):
        return  # "the departure of all the delegates", "the deployment of software"
    # (the tests that need only the force noun come first: most triggers end here)
    if np is None and sense in _NEEDS_FORCE:
        return
    if word in _OBJECT_FORCE and not noun and _moved_object(doc, trigger, np) is None:
        return  # "restore order", "keep the peace": no force ordered or kept anywhere
    prevented = _PREVENTED.search(doc.text, max(clause.start, trigger.start - 80), trigger.start)
    if prevented is not None and not _FORCE.search(prevented.group("what")):
        return  # "stop oil exports from leaving Iraq": what would leave is no force
    if sense == "join" and (np is None or np.start > trigger.start):
        return  # troops joining a coalition go somewhere; joining the army is enlisting
    passive = (
        np is not None
        and np.end <= trigger.start
        and _PASSIVE_AUX.fullmatch(doc.text, np.end, trigger.start) is not None
    )
    np_forces = _military_actors(a, clause, np) if np is not None else []
    removed = False
    if sense in _REMOVAL and not noun and np is not None:
        # the force removed is the object, a passive subject or a participle's head
        # ("expelled French troops", "troops were expelled", "troops expelled from")
        removed = _moved_object(doc, trigger, np) is not None or (
            trigger.start - np.end <= 1
            and _NO_OBJECT.match(doc.text, trigger.end, clause.end) is not None
        )
        if sense == "replace":
            # "Kenyan troops will replace the departing contingent": a force that
            # replaces one of no named side comes in
            removed = removed and bool(
                np_forces or _owner(a, clause, trigger, np, subject_ok=False)
            )
        elif not removed:
            return  # "the army ousted the president": a force that expels moves nowhere
    # "will leave 2,500 troops in Afghanistan": a force left behind stays where it is
    left_behind = (
        sense == "leave"
        and not noun
        and np is not None
        and 0 <= np.start - trigger.end <= _LEFT_BEHIND_GAP
    )
    withdraw = (sense in _WITHDRAW and not left_behind) or removed
    origin = _origin(a, clause, trigger)
    if origin is None and sense in _ORIGIN_OBJECT and not noun and not left_behind:
        # "French troops left Mali", "evacuated Kherson": the place left is the object
        origin = _led_place(a, trigger.end, min(clause.end, trigger.end + 45))
    goal: tuple[str, ...] = _TO
    if withdraw and (
        _LEAVING_FOR.match(doc.text, trigger.end) is not None
        or (origin is not None and _LEAVING_FOR.match(doc.text, origin.end) is not None)
    ):
        goal = (*_TO, "for")
    destination = _place_after(a, clause, trigger.end, _TO)
    if destination is None:
        # "moved from bases near Kaunas": a place inside the origin phrase is no goal
        after_origin = origin.end if origin is not None else trigger.end
        destination = _place_after(a, clause, after_origin, _AT) or _fronted_place(
            a, clause, trigger
        )
    if destination is None:
        destination = _own_territory(a, clause, trigger)  # "stationed on its territory"
    if destination is None and sense in _PLACE_OBJECT and not noun:
        # "patrolling the Persian Gulf", "occupies the north": the place is the object
        destination = _led_place(a, trigger.end, min(clause.end, trigger.end + 45))
    if (
        withdraw
        and destination is not None
        and origin is None
        and not any(w.text.lower() in goal for w in a.words(trigger.end, destination.start))
    ):
        origin, destination = destination, None  # "withdrew from Iraq" / "troops in Iraq"
    if (
        withdraw
        and destination is not None
        and not any(w.text.lower() in goal for w in a.words(trigger.end, destination.start))
    ):
        destination = None  # a withdrawal goes *to* somewhere or nowhere named
    if (
        destination is not None
        and origin is not None
        and country_key(destination) == (country_key(origin))
        and destination.name == origin.name
    ):
        destination = None
    forces = np_forces
    rule = f"deployment.{sense}.{'noun' if noun else 'verb'}"
    if not forces and noun:
        # "American boots on the ground", "the Russian presence": the state before it
        right_before = [
            x
            for x in a.actors_in(max(clause.start, trigger.start - 25), trigger.start)
            if x.kind in ("country", "government", "military")
            and not doc.text[x.end : trigger.start].strip(" '’s")
        ]
        forces = right_before[-1:]
    if not forces:
        owner = _of_phrase(a, clause, trigger) if noun else None
        # "Singh added that the troops could be sent": whoever speaks sends nothing;
        # who expels a force does not own it
        stance = noun and _STANCE_BEFORE.search(
            doc.text, max(clause.start, trigger.start - _STANCE_REACH), trigger.start
        )
        owner = owner or _owner(
            a, clause, trigger, np, subject_ok=not (passive or removed or stance)
        )
        if owner is not None and _reports_own_ground(a, owner, trigger, destination):
            owner = None
        if (
            owner is not None
            and owner.text.lower() in ("they", "them")
            and np is not None
            and np.end <= owner.start
        ):
            # "Italy has 60 troops left there and they will be back home": "they" are
            # the troops named before it, whose owner has them (if the text says who)
            owner = a.subject_before(clause.sentence.start, np.start) or owner
        if owner is not None and (owner.kind != "person" or owner.country):
            # "Egypt, Syria and Morocco committed troops": one event per state
            forces = (
                [
                    x
                    for x in a.coordinated(owner, clause.sentence.start, trigger.start)
                    if x.kind != "person" or x.country
                ]
                if owner.end <= trigger.start
                else [owner]
            )
    anaphor = None
    if origin is None or destination is None:
        anaphor = _the_country(a, clause, trigger, forces, withdraw, sense in _ORIGIN_OBJECT)
        if anaphor is not None and anaphor[0] == "origin" and origin is None:
            origin = anaphor[1]
        elif anaphor is not None and anaphor[0] == "destination" and destination is None:
            destination = anaphor[1]
        else:
            anaphor = None
    host = None
    if (
        removed
        and sense != "replace"
        and origin is None
        and forces
        # "from the border zone of X": an origin named, if not found
        and _FROM_PREP.search(doc.text, trigger.end, clause.end) is None
    ):
        # "Iraq's parliament voted to expel U.S. troops": a state expels from its own land
        host = _host(a, clause, trigger, forces)
        origin = host or origin
    if np is None:
        # no force noun: only a state leaving a place, or a bare count sent, is a deployment
        bare_count = _count(a, clause, trigger, None)
        if not (
            (withdraw and forces and origin is not None and sense != "return")
            # "Iraq was ready to withdraw.": a state withdrawing, with no object
            or (
                sense == "withdraw"
                and not noun
                and forces
                and forces[0].kind in ("country", "government")
                and forces[0].rule != "pronoun"  # "we think it better to withdraw"
                and _INTRANSITIVE.match(doc.text, trigger.end) is not None
            )
            or (sense in ("send", "dispatch", "deploy") and forces and bare_count is not None)
            or (sense in ("deploy", "mobilize") and forces and (destination or origin))
            # "the U.S. military buildup in Kuwait", "Israel's withdrawal from Gaza"
            or (noun and forces and forces[0].rule != "pronoun" and (destination or origin))
            # "if they are deployed", "they" being soldiers mentioned before
            or (
                sense in ("deploy", "dispatch", "mobilize")
                and forces
                and forces[0].kind == "military"
            )
        ):
            return
        rule += ".no-force-noun"
    elif sense in _WEAK and not forces and not (origin or destination):
        return
    count = _count(a, clause, trigger, np)
    date = a.date_for(clause, trigger, report_ok=False)
    date_rule = "date.event"
    if date is None:
        date = a.date_for(clause, trigger, report_ok=True)
        date_rule = "date.report"
    modality = a.modality(clause, trigger)
    speaker, speaker_rule = a.speaker_of(clause, trigger)
    police = (
        np is not None
        and _POLICE.search(count.text if count is not None and count.end >= np.end else np.text)
        is not None
    )
    cameo, plover = codes_for(
        "deployment", "withdraw" if withdraw else "police" if police else None
    )
    anaphoric = (
        noun
        and not forces
        and doc.text[max(0, m.start() - 6) : m.start()].strip().lower()
        in ("this", "that", "the", "such", "these")
    )
    slot_rules = {"date": date_rule if date else "", "attribution": speaker_rule}
    if anaphoric:
        slot_rules["anaphor"] = "deployment.anaphoric-noun"
    if host is not None:
        slot_rules["origin"] = "place.host-subject"
    if anaphor is not None:
        slot_rules[anaphor[0]] = "place.the-country"

    def told(**slots: Any) -> Deployment:
        # what every event of this trigger shares
        return Deployment(
            trigger=trigger,
            sentence=clause.sentence,
            date=date,
            modality=modality,
            attribution=speaker,
            **slots,
        )

    if removed and sense == "replace" and np is not None and origin is not None and forces:
        # "replacing U.S. troops in Kuwait with Arab forces": the new force comes in;
        # told first, as what the replacement puts in place (the departure follows)
        in_cameo, in_plover = codes_for("deployment", None)
        for newcomer in _incoming(a, clause, trigger, np, passive):
            if newcomer.country is not None and newcomer.country == country_key(forces[0]):
                continue  # a force rotated with its own state's: one presence
            yield told(
                rule=f"{rule}.incoming",
                cameo=in_cameo,
                plover=in_plover,
                destination=origin,
                force=newcomer,
                confidence=min(0.95, 0.6 + (0.1 if date else 0.0)),
                slot_rules={
                    **slot_rules,
                    "force": "force.military-actor",
                    "destination": "place.replaced",
                },
            )
    filled = sum(x is not None for x in (count, origin, destination, date))
    candidates: list[Actor | None] = [_led_by(a, f) for f in forces] if forces else [None]
    # "Britain, France and Italy have each pledged 1,000 troops": the count is each one's
    each = count is not None and (
        _EACH_BEFORE.search(doc.text, max(clause.start, trigger.start - 20), trigger.start)
        is not None
        # (bounded: the regex module scans ahead for a rare literal like "each")
        or _EACH_AFTER.match(doc.text, count.end, count.end + 20) is not None
    )
    # "came home", "bring its troops home", "returned home from Mali": home is the
    # force's own state
    home = (
        withdraw
        and destination is None
        and _HOME.match(doc.text, trigger.start, min(clause.end, trigger.end + _HOME_REACH))
    )
    for force in candidates:
        own_count = count
        own_destination = destination
        if (
            home
            and force is not None
            and force.country is not None
            # "they will be back home": whose "they" are is the pronoun's guess
            and force.text.lower() not in ("they", "them")
        ):
            where = span_of(doc, home.start(1), home.end(1))
            own_destination = _state_place(where, force.country, "place.home", force.country)
        if force is not None and len(forces) > 1 and not each:
            # "NATO-led troops, including 4,000 U.S. soldiers": each force its own count
            own_count = next(
                (
                    q
                    for q in a.quantities_in(max(0, force.start - 40), force.end + 1)
                    if q.end >= force.start and q.start <= force.end
                ),
                None,
            )
        yield told(
            rule=rule,
            cameo=cameo,
            plover=plover,
            count=own_count,
            origin=origin,
            destination=own_destination,
            force=force,
            confidence=min(0.95, 0.45 + 0.1 * filled + (0.15 if force else 0.0)),
            slot_rules={
                **slot_rules,
                "force": "force.military-actor" if np else "force.owner",
                **({"destination": "place.home"} if own_destination is not destination else {}),
            },
        )


def _moved_object(doc: Document, trigger: Span, np: Span | None) -> Span | None:
    """The force a verb moves, holds or removes as its object ("ordered 3,000 troops to
    the border", "expelled French troops") or, in the passive, its subject ("troops
    were ordered to the border")."""
    if np is None:
        return None
    if np.start >= trigger.end:
        return None if _OBJECT_BREAK.search(doc.text, trigger.end, np.start) else np
    return np if _PASSIVE_AUX.fullmatch(doc.text, np.end, trigger.start) is not None else None


def _incoming(a: Analysis, clause: Clause, trigger: Span, np: Span, passive: bool) -> list[Actor]:
    """The force that takes a replaced force's place: after "with" ("replacing U.S.
    troops with Arab forces"), after "by" in the passive ("were replaced by Chadian
    forces"), else the subject ("Kenyan troops will replace Ugandan soldiers")."""
    doc = a.doc
    lead = "by" if passive else "with"
    found: regex.Match[str] | None = None
    for w in a.words(np.end, min(clause.end, np.end + _OBJECT_GAP)):
        if w.text.lower() == lead:
            found = _FORCE.search(doc.text, w.end, min(clause.end, w.end + _SUBJECT_GAP))
            break
    if found is None and not passive:
        for candidate in _FORCE.finditer(
            doc.text, max(clause.start, trigger.start - _SUBJECT_GAP), trigger.start
        ):
            found = candidate
    if found is None or not _is_force(doc, found):
        return []
    return _military_actors(a, clause, span_of(doc, found.start(), found.end()))


def _led_by(a: Analysis, force: Actor) -> Actor:
    """ "NATO-led troops", "Saudi-led forces": the body or state that leads them."""
    m = _LED.match(force.text)
    if m is None or force.country is not None:
        return force
    lead = m.group(1)
    country = lookup(lead)
    if country is not None:
        return force.model_copy(update={"name": country.name, "country": country.iso3})
    org = a.organization_called(lead)
    return force if org is None else force.model_copy(update={"name": org.name})


def _host(a: Analysis, clause: Clause, trigger: Span, forces: list[Actor]) -> Place | None:
    """The state that expels a force, as the place the force leaves: the subject of
    "kick out", "expel" when it is a state other than the force's own."""
    subject = a.subject_before(clause.start, trigger.start) or a.subject_before(
        clause.sentence.start, trigger.start
    )
    if (
        subject is None
        or subject.kind not in ("country", "government")
        or subject.country is None
        or any(f.country == subject.country for f in forces)
        # "under pressure from Niger, the rebels agreed to kick out ...": Niger is no
        # subject, and a force between them is the one that expels
        or a.word_before(subject.start) in PREPOSITIONS
        or _FORCE.search(a.doc.text, subject.end, trigger.start) is not None
    ):
        return None
    span = span_of(a.doc, subject.start, subject.end)
    return _state_place(span, subject.country, "place.host-subject", subject.name)


def _the_country(
    a: Analysis,
    clause: Clause,
    trigger: Span,
    forces: list[Actor],
    withdraw: bool,
    leaves_object: bool,
) -> tuple[str, Place] | None:
    """ "Pull out of the country", "sent troops into the kingdom": in a quote, the
    speaker's own state; else the state the text names in the ``_THE_COUNTRY_REACH``
    characters before, when it names one only (the force's own aside: foreign troops
    leave "the country", they do not come from it). The slot is the preposition's:
    "from", "out of" (or none, after a verb of leaving) the origin; "to", "into" the
    destination; "in" either, by the verb."""
    text = a.doc.text
    m = _THE_COUNTRY.search(text, trigger.end, min(clause.end, trigger.end + _THE_COUNTRY_LEAD))
    if m is None:
        return None
    prep = " ".join((m.group("prep") or "").lower().split())
    if prep in ("from", "out of"):
        slot = "origin"
    elif prep in ("in", "inside", "within"):
        slot = "origin" if withdraw else "destination"
    elif prep:
        slot = "destination"
    elif leaves_object and not withdraw:
        return None  # "leave 2,500 troops in the country": a force left behind
    elif leaves_object and not text[trigger.end : m.start()].strip():
        slot = "origin"  # "ordered French troops to leave the country"
    else:
        return None
    own = {f.country for f in forces}
    quote = a.in_quote(m.start())
    speaker = a.quote_speaker(quote) if quote is not None else None
    if (
        speaker is not None
        and forces  # not "our troops will pull out of the country": the speaker's own
        and speaker.country is not None
        and speaker.country not in own
        and not _ABROAD.search(f"{speaker.title or ''} {speaker.text}")
    ):
        # “We ask all foreign fighters to pull out of the country,” a Somali minister
        # said: a state's official quoted speaks of their own country
        code = speaker.country
    else:
        lo = max(0, m.start() - _THE_COUNTRY_REACH)
        named: list[Actor | Place] = [*a.actors_in(lo, m.start()), *a.places_in(lo, m.start())]
        states = {
            x.country
            for x in named
            if x.kind == "country" and x.country is not None and x.country not in own
        }
        if len(states) != 1:
            return None  # none named, or several: which one is meant is a guess
        code = states.pop()
    span = span_of(a.doc, m.start("np"), m.end("np"))
    return slot, _state_place(span, code, "place.the-country", code)


def _state_place(span: Span, code: str, rule: str, unknown: str) -> Place:
    """The state coded ``code`` as a place, named where ``span`` says it is ("the
    country", "Iraq's parliament"); ``unknown`` names a code the gazetteer lacks."""
    country = by_code(code)
    return Place(
        text=span.text,
        start=span.start,
        end=span.end,
        name=country.name if country is not None else unknown,
        country=code,
        kind="country",
        rule=rule,
    )


def _own_territory(a: Analysis, clause: Clause, trigger: Span) -> Place | None:
    """ "On its territory", "on Belarus's soil": the state whose territory it is."""
    m = _TERRITORY.search(a.doc.text, trigger.end, min(clause.end, trigger.end + 40))
    if m is None:
        return None
    owner = next(iter(a.actors_in(m.start("owner"), m.end("owner"))), None)
    if m.group("owner").lower() in ("its", "their"):
        # "Belarus hosts Russian bases on its territory": the state the sentence is about
        owner = next(
            (
                x
                for x in a.actors_in(clause.sentence.start, m.start())
                if x.kind in ("country", "government")
                and a.word_before(x.start) not in PREPOSITIONS
            ),
            owner,
        )
    if owner is None or owner.country is None or owner.kind not in ("country", "government"):
        return None
    return Place(
        text=a.doc.text[m.start("owner") : m.end()],
        start=m.start("owner"),
        end=m.end(),
        name=owner.name,
        country=owner.country,
        kind="country",
        rule="place.territory-of",
    )


def _place_key(place: Place | None) -> str | None:
    """What identifies a place across mentions: its country, else its name without
    an article or a compass word ("the eastern Mediterranean" is the Mediterranean)."""
    if place is None:
        return None
    if place.country:
        return place.country
    words = [w for w in place.name.lower().split() if w not in _PLACE_FILLER]
    return " ".join(words) or place.name.lower()


def _places_agree(kept: Deployment, new: Deployment) -> tuple[bool, bool]:
    """(no conflict, at least one place in common) between two deployments."""
    common = False
    for slot in ("destination", "origin"):
        mine, theirs = _place_key(getattr(kept, slot)), _place_key(getattr(new, slot))
        if mine and theirs:
            if mine != theirs:
                return False, False
            # a state guessed for "the country" agrees with a place, but is too weak
            # to make two mentions one ("Islamist fighters withdrew from Baidoa" ...
            # "foreign fighters to pull out of the country")
            common = common or new.slot_rules.get(slot) != "place.the-country"
    return True, common


# descriptions that name no side: "the multinational force", "allied troops"
_VAGUE = frozenset(_LEX.words("vague_force_modifiers"))


def _state(force: Actor | None) -> str | None:
    """What identifies a force across mentions: its state or body ("U.N. forces" are
    the United Nations'); a force named only by a description ("Islamist fighters", "a
    multinational force") counts as unknown."""
    if force is None:
        return None
    if force.country is None and force.kind in ("military", "group") and force.name == force.text:
        # "Islamist fighters" ... "Islamist forces": the same side by its proper adjective
        first = force.text.split()[0]
        return f"~{first.lower()}" if first[:1].isupper() and first.lower() not in _VAGUE else None
    return country_key(force)


def _stative(event: Deployment) -> bool:
    """Forces standing somewhere ("the 5,000 troops stationed in X") rather than moving."""
    return event.rule.startswith(
        ("deployment.presence", "deployment.composed", "deployment.station.", "deployment.base.")
    )


def _same(kept: Deployment, new: Deployment) -> bool:
    if any(m.start == new.trigger.start for m in kept.mentions):
        return False  # coordinated forces of one trigger are separate events
    if new.slot_rules.get("anaphor") and new.force is None:
        return True
    if (kept.cameo == "0874") != (new.cameo == "0874"):
        return False  # a withdrawal is not the sending it undoes
    if _stative(kept) != _stative(new):
        return False  # troops standing somewhere are not the move that took them there
    agree, common = _places_agree(kept, new)
    if not agree:
        return False
    if (
        kept.date
        and new.date
        and kept.slot_rules.get("date") == "date.event" == (new.slot_rules.get("date"))
        and kept.date.value[:4] != new.date.value[:4]
    ):
        return False
    near = new.trigger.start - kept.mentions[-1].end < _NEAR
    bare = new.origin is None and new.destination is None
    if _state(new.force) is None:
        mine = kept.count.value if kept.count else None
        theirs = new.count.value if new.count else None
        if mine and theirs and mine != theirs:
            return False  # "two battalions" are not "100,000 troops"
        # an unnamed force goes with the latest deployment it agrees with nearby, or
        # farther off when told in the same mood (a deployment called for is not the
        # one that happened); a mention with neither force nor place ("troops were
        # withdrawn") retells it
        return (common and kept.modality == new.modality) or near or (new.force is None and bare)
    if _state(kept.force) is None and common and near:
        # "paramilitary troops" will go to Bihar ... "federal forces" sent to Bihar
        return kept.modality == new.modality or new.modality == "negated"
    if _state(kept.force) != _state(new.force):
        return False
    # the same force is one event unless its places differ; a change of mood ("may
    # withdraw" ... "the withdrawal from X") retells it when a place is shared
    return common or kept.modality == new.modality


def _presence(doc: Document, a: Analysis) -> Iterator[Deployment]:
    """Forces standing somewhere, with no verb of movement: "the 38,000 U.S. troops in
    the Gulf", "Turkish soldiers stationed in northern Iraq", "Arab troops at the
    border"."""
    per_sentence: dict[int, int] = {}
    for actor in doc.actors:
        if actor.kind != "military":
            continue
        noun = _FORCE.search(actor.text)
        if noun is None:
            continue
        if noun.group().lower() == "personnel" and _CIVILIAN & set(actor.text.lower().split()):
            continue  # "America's embassy personnel in Nairobi"
        lead = _PRESENCE.match(doc.text, actor.end, actor.end + 60)
        place: Place | None = None
        if lead is not None:
            place = _led_place(a, lead.end(), lead.end() + 60)
        elif _THERE.match(doc.text, actor.end, actor.end + 60):
            earlier = a.places_in(max(0, actor.start - _THERE_REACH), actor.start)
            place = earlier[-1] if earlier else None
        if place is None:
            continue
        if place.country is not None and place.country == actor.country and place.kind == "country":
            continue  # a state's forces at home
        sentence = doc.sentence_index(actor.start)
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
        if per_sentence[sentence] > 4:
            continue
        trigger = span_of(doc, actor.start + noun.start(), actor.start + noun.end())
        clause = clause_of(doc, trigger)
        count = _count(a, clause, trigger, trigger)
        forces = a.coordinated(actor, max(clause.sentence.start, actor.start - 80), actor.end)
        for force in forces:
            if force.kind in ("military", "country", "government"):
                yield _standing(
                    a, clause, trigger, force, count, place, "deployment.presence", "military-actor"
                )


def _composed(doc: Document, a: Analysis) -> Iterator[Deployment]:
    """The states whose forces make up a force of no state: "the naval force in the
    Gulf, made up of Danish, Dutch and Greek ships", "a multinational force consisting
    of French and Italian troops": each state's force stands where the whole does."""
    for actor in doc.actors:
        if actor.kind != "military" or actor.country is not None:
            continue
        noun = _FORCE.search(actor.text)
        if noun is None:
            continue
        at = actor.end
        place: Place | None = None
        lead = _PRESENCE.match(doc.text, at, at + 60)
        if lead is not None:
            place = _led_place(a, lead.end(), lead.end() + 40)
            at = place.end if place is not None else lead.end()
        made = _MADE_OF.search(doc.text, at, min(len(doc.text), at + _MADE_OF_REACH))
        if made is None:
            continue
        first = next(iter(a.actors_in(made.end(), made.end() + 60)), None)
        if first is None or first.start != made.end() or first.kind != "military":
            continue
        trigger = span_of(doc, actor.start + noun.start(), actor.start + noun.end())
        clause = clause_of(doc, trigger)
        members = a.coordinated(first, first.start, min(clause.sentence.end, first.end + 200))
        for force in members[:_MAX_MEMBERS]:
            if force.kind == "military" and force.country is not None:
                yield _standing(
                    a, clause, trigger, force, None, place, "deployment.composed", "member"
                )


def _possessed(doc: Document, a: Analysis) -> Iterator[Deployment]:
    """Forces a state or an alliance keeps somewhere: "the United States has 2,500
    troops in Iraq", "the U.S. Navy has 27 ships in the Gulf", "NATO has 30,000
    peacekeepers in Bosnia"."""
    for actor in doc.actors:
        state = actor.kind in ("country", "government", "military") and actor.country is not None
        if not (state or actor.kind == "organization"):  # an alliance: of no one state
            continue
        has = _HAS.match(doc.text, actor.end, actor.end + 40)
        if has is None:
            continue
        count = next(iter(a.quantities_in(has.end(), has.end() + 60)), None)
        if count is None or count.start != has.end() or not _FORCE.search(count.text):
            continue
        lead = _PRESENCE_PREP.match(doc.text, count.end, count.end + 40)
        place = _led_place(a, lead.end(), lead.end() + 60) if lead else None
        if place is None or (place.country == actor.country and place.kind == "country"):
            continue
        trigger = span_of(doc, has.start(1), has.end(1))
        clause = clause_of(doc, trigger)
        yield _standing(a, clause, trigger, actor, count, place, "deployment.presence.has", "owner")


def _standing(
    a: Analysis,
    clause: Clause,
    trigger: Span,
    force: Actor,
    count: Quantity | None,
    place: Place | None,
    rule: str,
    force_rule: str,
) -> Deployment:
    """A force standing at a place (or where its clause says no more of), with no verb
    of movement (``_presence``, ``_possessed``, ``_composed``), dated, told and
    attributed as its clause says."""
    date = a.date_for(clause, trigger, report_ok=False)
    speaker, speaker_rule = a.speaker_of(clause, trigger)
    cameo, plover = codes_for("deployment", None)
    return Deployment(
        trigger=trigger,
        sentence=clause.sentence,
        date=date,
        modality=a.modality(clause, trigger),
        attribution=speaker,
        rule=rule,
        cameo=cameo,
        plover=plover,
        count=count,
        destination=place,
        force=force,
        confidence=0.55,
        slot_rules={
            "date": "date.event" if date else "",
            "attribution": speaker_rule,
            "force": f"force.{force_rule}",
            "destination": "place.presence" if place is not None else "",
        },
    )


def _just_after(ends: list[int], start: int) -> bool:
    i = bisect.bisect_right(ends, start) - 1
    return i >= 0 and start - ends[i] <= _OBJECT_LEAD


def extract_deployments(doc: Document) -> list[Deployment]:
    """The deployment events of ``doc``, one per real-world deployment."""
    a = analyse(doc)
    found: list[Deployment] = []
    for m in triggers(doc, _TRIGGER, _FIRST_WORDS, "deployment"):
        found.extend(_frames(doc, a, m))
    taken = {e.trigger.start for e in found} | {e.force.start for e in found if e.force is not None}
    # a force right after a movement verb is its object or goal ("would join the UN
    # force in Lebanon"), not a force standing there on its own
    moved_to = sorted(e.trigger.end for e in found)
    found.extend(
        e
        for e in (*_presence(doc, a), *_possessed(doc, a), *_composed(doc, a))
        if e.trigger.start not in taken
        and e.force is not None
        and e.force.start not in taken
        and not _just_after(moved_to, e.force.start)
    )
    merged = merge_events(found, _same, ("force", "count", "origin", "destination"))
    # an anaphoric mention ("this deployment") with nothing before it to refer to, and
    # a lone verb with no force, place or count ("was sent into space") say nothing
    return [
        e
        for e in merged
        if not (
            e.force is None
            and len(e.mentions) == 1
            and (
                e.slot_rules.get("anaphor")
                or (
                    e.origin is None
                    and e.destination is None
                    and e.count is None
                    and e.rule.split(".")[1] not in _SELF_EVIDENT
                )
            )
        )
    ]
