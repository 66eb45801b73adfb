"""A tour of eventkit, step by step: run it, or type its lines into a Python REPL.

    python examples/tour.py

It reads the made-up wire story in ``examples/article.txt`` (published 24 October
2024) and walks from one call, ``eventkit.extract``, to the layers underneath, JSON,
flat tables and many articles at once.
"""

from __future__ import annotations

from pathlib import Path

import eventkit
from eventkit import Document, Event

ARTICLE = Path(__file__).with_name("article.txt")


def describe(event: Event) -> str:
    """One line per event: its type, trigger, date and the slots it filled."""
    date = event.date.value if event.date else "-"
    own = [n for n in type(event).model_fields if n not in Event.model_fields]
    slots = []
    for name in own:
        value = getattr(event, name)
        if isinstance(value, list):
            value = ", ".join(str(getattr(v, "name", None) or v.text) for v in value)
        elif value is not None and not isinstance(value, str):
            value = getattr(value, "name", None) or getattr(value, "text", value)
        if value:
            slots.append(f"{name}={value}")
    return f"{event.type:<11} {event.trigger.text!r:<14} {date:<11} {event.modality:<12} " + (
        " ".join(slots)
    )


def main() -> None:
    text = ARTICLE.read_text(encoding="utf-8")

    print("== 1. One call: the events of an article ==")
    # ``published`` anchors relative dates ("on Wednesday"); without it the dateline's
    # date would, and with neither they keep an underspecified value like XXXX-10-23.
    events = eventkit.extract(text, published="2024-10-24")
    for event in events:
        print(describe(event))
    print(f"({len(events)} events)")

    print("\n== 2. Every span points back into the text ==")
    for event in events[:3]:
        trigger = event.trigger
        assert text[trigger.start : trigger.end] == trigger.text
        sentence = event.sentence.text if event.sentence else ""
        print(f"{trigger.text!r} at {trigger.start}-{trigger.end} in: {sentence[:70]}...")

    print("\n== 3. Events are pydantic models: JSON out, JSON back in ==")
    as_json = [e.model_dump(mode="json") for e in events]
    assert eventkit.parse_events(as_json) == events
    if events:
        print(events[0].model_dump_json(exclude_none=True)[:240], "...")
    print("JSON Schema of every event type:", sorted(eventkit.events_json_schema()["$defs"]))

    print("\n== 4. The Document and its layers, computed when first read ==")
    doc = Document(text, published="2024-10-24")
    if doc.dateline is not None:
        print("dateline:", doc.dateline.place, doc.dateline.month, doc.dateline.day)
    print("sentences:", len(doc.sentences))
    print("times:     ", [(t.text, t.value) for t in doc.times][:6])
    print("quantities:", [(q.text, q.value, q.qualifier) for q in doc.quantities][:4])
    print("actors:    ", [(a.text, a.name, a.country) for a in doc.actors][:6])
    print("places:    ", [(p.text, p.name, p.country) for p in doc.places][:6])

    print("\n== 5. Only some event types ==")
    for info in eventkit.registered_extractors():
        print(f"extractor {info.name!r} ({info.origin})")
    warnings = eventkit.extract(text, published="2024-10-24", types=["warning"])
    assert all(e.type == "warning" for e in warnings)
    print(f"{len(warnings)} warning(s) when asking for warnings only")

    print("\n== 6. Many articles: extract_many, then a flat table ==")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    items = [{"text": p, "published": "2024-10-24"} for p in paragraphs]
    rows = []
    for number, found in enumerate(eventkit.extract_many(items)):
        assert found == eventkit.extract(paragraphs[number], published="2024-10-24")
        rows += eventkit.to_records(found, paragraph=number)
    print(f"{len(paragraphs)} paragraphs, {len(rows)} rows")
    for row in rows[:5]:
        print({k: row[k] for k in ("paragraph", "type", "trigger", "date", "modality")})
    # With pandas installed: pandas.DataFrame(rows).groupby("type").size()

    print("\n== 7. Your own event extractor, registered by name ==")

    @eventkit.extractor("tour-deployment-words")
    def talks_of_troops(doc: Document) -> list[Event]:
        """A toy: a deployment wherever a sentence says "troops had moved"."""
        at = doc.text.find("troops had moved")
        if at < 0:
            return []
        trigger = eventkit.Span(text="moved", start=at + 11, end=at + 16)
        return [eventkit.Deployment(trigger=trigger, rule="tour.example")]

    try:
        mine = eventkit.extract(text, published="2024-10-24", types=["tour-deployment-words"])
        print([describe(e) for e in mine])
    finally:
        eventkit.unregister_extractor("tour-deployment-words")
    print("docs/plugins.md shows how to ship one as an installable package.")


if __name__ == "__main__":
    main()
