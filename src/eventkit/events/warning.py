"""Warnings: threats, ultimatums and warnings of harm by officials, states and groups.

Triggers are the verbs, nouns and set phrases in ``data/warning.json`` ("warned",
"threatened", "ultimatum", "will become legitimate targets", "will pay a heavy
price"). Senses that are not events (weather, health and market warnings, analysts'
forecasts) are left out. The speaker is the subject of the trigger, else whoever the
sentence or quote is attributed to; the target is who the warning is addressed to or
about.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from eventkit.events.codes import codes_for
from eventkit.events.context import Analysis, Clause, analyse, clause_of, country_key, span_of
from eventkit.events.lexicon import load, phrase_pattern
from eventkit.events.merge import merge_events
from eventkit.model import Actor, Span, WarningEvent

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_warnings"]

_LEX = load("warning")
_PHRASE_SENSE = {
    p.lower(): sense for sense, items in _LEX.data["phrases"].items() for p in items
}
_TRIGGER = regex.compile(
    "|".join(
        f"(?P<{group}>{phrase_pattern(_LEX.words(key)).pattern})"
        for group, key in (("phrase", "phrases"), ("word", "verbs"), ("noun", "nouns"))
    ),
    regex.IGNORECASE,
)
_NOT_SENSE = phrase_pattern(_LEX.words("not_senses"))
_NOT_SPEAKER = phrase_pattern(_LEX.words("not_speakers"))
_VOW_OBJECT = phrase_pattern(_LEX.words("vow_objects"))
_NOUN_AGENT = regex.compile(
    r"(?i)^\s+(?:by|from|of\s+(?:force|military|strikes?|air\s+strikes?|war|retaliation|"
    r"sanctions|invasion|attacks?|reprisals?|action|punishment|an?\s+attack|an?\s+strike))\b"
)
_MILITARY_WORDS = regex.compile(
    r"(?i)\b(?:targets?|strikes?|attack|war|force|military|bomb\w*|retaliat\w*|destroy|crush|"
    r"objectives?|wipe|coffins)\b"
)
_ULTIMATUM = regex.compile(r"(?i)ultimat")


def _pick_speaker(a: Analysis, clause: Clause, trigger: Span) -> tuple[Actor | None, str]:
    subject = a.subject_before(clause.start, trigger.start)
    if subject is None and clause.start > clause.sentence.start:
        # "Iran warned ..." where the clause opener is the subordinator itself
        subject = a.subject_before(clause.sentence.start, trigger.start)
        if subject is not None and a.in_quote(subject.start) != a.in_quote(trigger.start):
            subject = None
    if subject is not None and subject.kind != "person" or (
        subject is not None and subject.kind == "person"
    ):
        return subject, "speaker.subject"
    return a.speaker_of(clause, trigger)


def _pick_target(a: Analysis, clause: Clause, trigger: Span, speaker: Actor | None,
                 phrase: bool) -> tuple[Actor | None, str]:
    key = country_key(speaker)
    name = speaker.name if speaker else None

    def other(x: Actor) -> bool:
        return (key is None or country_key(x) != key) and x.name != name

    if phrase:
        # "… if they join, they will become legitimate targets": who becomes the target
        for x in a.actors_in(clause.sentence.start, trigger.start):
            if x.start >= clause.start or x.rule == "pronoun":
                if other(x):
                    return x, "target.subject-of-phrase"
        for x in a.actors_in(clause.sentence.start, trigger.start):
            if other(x):
                return x, "target.in-sentence"
    for x in a.actors_in(trigger.end, clause.sentence.end):
        if other(x):
            return x, "target.object"
    return None, ""


def _is_event_sense(doc: Document, clause: Clause, trigger: Span, group: str) -> bool:
    text = doc.text
    near = text[max(clause.start, trigger.start - 25):min(clause.end, trigger.end + 45)]
    if _NOT_SENSE.search(near):
        return False
    word = trigger.text.lower()
    sense = _LEX.sense.get(word, "")
    if sense == "vow":
        return _VOW_OBJECT.search(text, trigger.end, min(clause.end, trigger.end + 30)) is not None
    if group == "noun" and sense in ("threat", "warning"):
        head = text[max(0, trigger.start - 40):trigger.start]
        after = text[trigger.end:trigger.end + 40]
        agent_before = regex.search(
            r"(?i)(?:['’]s|\b(?:his|her|its|their|a|the)\s+(?:[\w.\-]+\s+){0,2}|"
            r"\b(?:U\.S\.|US|[A-Z][a-z]+n|[A-Z][a-z]+i|[A-Z][a-z]+ese|[A-Z][a-z]+ish))\s*$",
            head,
        )
        return bool(_NOUN_AGENT.search(after)) or (
            agent_before is not None and bool(regex.search(r"(?i)stern|repeated|renewed|"
                                                           r"['’]s|his|her|its|their|U\.S\.|"
                                                           r"[A-Z]", agent_before.group()))
        )
    return True


def _frames(doc: Document, a: Analysis, m: regex.Match[str]) -> Iterator[WarningEvent]:
    group = m.lastgroup or "word"
    trigger = span_of(doc, m.start(), m.end())
    clause = clause_of(doc, trigger)
    if not _is_event_sense(doc, clause, trigger, group):
        return
    phrase = group == "phrase"
    if phrase:
        speaker, speaker_rule = a.speaker_of(clause, trigger)
        if speaker is None:
            speaker, speaker_rule = _pick_speaker(a, clause, trigger)
    else:
        speaker, speaker_rule = _pick_speaker(a, clause, trigger)
    if speaker is not None and _NOT_SPEAKER.fullmatch(speaker.text):
        return
    subject_text = doc.text[clause.start:trigger.start]
    if _NOT_SPEAKER.search(subject_text) and speaker is None:
        return
    if speaker is None and phrase:
        return  # a set phrase with nobody saying it is a quotation of something else
    target, target_rule = _pick_target(a, clause, trigger, speaker, phrase)
    date = a.date_for(clause, trigger, report_ok=True)
    modality = a.modality(clause, trigger, conditional=False)
    attribution, attribution_rule = a.speaker_of(clause, trigger)
    sense = _PHRASE_SENSE.get(trigger.text.lower(), "") if phrase else _LEX.sense.get(
        trigger.text.lower(), "warn"
    )
    content = doc.text[trigger.start:clause.sentence.end]
    kind = "ultimatum" if _ULTIMATUM.search(trigger.text) else (
        "military" if _MILITARY_WORDS.search(content[:160]) else None
    )
    cameo, plover = codes_for("warning", kind)
    filled = sum(x is not None for x in (speaker, target, date))
    yield WarningEvent(
        trigger=trigger, sentence=clause.sentence, date=date, modality=modality,
        attribution=attribution or speaker, rule=f"warning.{sense or 'phrase'}.{group}",
        slot_rules={"speaker": speaker_rule, "target": target_rule,
                    "date": "date.report" if date else "", "attribution": attribution_rule},
        confidence=min(0.95, 0.45 + 0.15 * filled), cameo=cameo, plover=plover,
        speaker=speaker, target=target,
    )


def _same(kept: WarningEvent, new: WarningEvent) -> bool:
    if kept.modality != new.modality:
        return False
    if kept.speaker is None or new.speaker is None:
        return False
    if country_key(kept.speaker) != country_key(new.speaker) and kept.speaker.name != (
        new.speaker.name
    ):
        return False
    mine, theirs = country_key(kept.target), country_key(new.target)
    if mine and theirs and mine != theirs:
        return False
    sentences_apart = abs(new.trigger.start - kept.trigger.start)
    return sentences_apart < 1500 or (mine is not None and mine == theirs)


def extract_warnings(doc: Document) -> list[WarningEvent]:
    """The warning events of ``doc``, one per real-world warning."""
    a = analyse(doc)
    found: list[WarningEvent] = []
    for m in _TRIGGER.finditer(doc.text):
        found.extend(_frames(doc, a, m))
    return merge_events(found, _same, ("speaker", "target"))
