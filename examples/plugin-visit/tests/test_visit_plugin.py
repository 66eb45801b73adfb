"""The visit plugin, as a user sees it once the package is installed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import eventkit
import pytest
import regex
from eventkit import Actor, Document, Place, TimeExpr
from eventkit.corpus import Example, check, check_negative

from eventkit_visit import Visit, __version__, extract_visits
from eventkit_visit.corpus import CORPUS

SHOIGU = "Russian Defence Minister Sergei Shoigu visited Pyongyang on Friday."


def _visits(events: list[eventkit.Event]) -> list[Visit]:
    return [e for e in events if isinstance(e, Visit)]


def test_extract_finds_the_visit_with_its_slots() -> None:
    [visit] = _visits(eventkit.extract(SHOIGU, published="2024-09-14"))
    assert visit.trigger.text == "visited"
    assert SHOIGU[visit.trigger.start : visit.trigger.end] == "visited"
    assert visit.modality == "asserted"
    assert visit.visitor is not None
    assert visit.visitor.name == "Sergei Shoigu"
    assert visit.host is not None
    assert (visit.host.name, visit.host.country) == ("Pyongyang", "PRK")
    # published Saturday 14 September 2024, past tense: "on Friday" is the day before
    assert visit.date is not None
    assert visit.date.value == "2024-09-13"


def test_types_selects_the_plugin() -> None:
    events = eventkit.extract(SHOIGU, published="2024-09-14", types=["visit"])
    assert [e.type for e in events] == ["visit"]


def test_listed_as_an_entry_point_with_its_version() -> None:
    info = next(i for i in eventkit.registered_extractors() if i.name == "visit")
    assert (info.origin, info.version, info.distribution) == (
        "entry point",
        __version__,
        "eventkit-visit",
    )
    assert info.function is extract_visits


def _injected(text: str, published: str) -> Document:
    """A Document whose actors, places and times layers are set by hand, so that the
    plugin's own rules are tested whatever eventkit's layers find."""
    doc = Document(text, published=published)

    def at(word: str) -> tuple[int, int]:
        start = text.index(word)
        return start, start + len(word)

    s, e = at("Sergei Shoigu")
    actor = Actor(text=text[s:e], start=s, end=e, name="Sergei Shoigu", kind="person")
    s, e = at("Pyongyang")
    place = Place(text=text[s:e], start=s, end=e, name="Pyongyang", country="PRK", kind="city")
    s, e = at("Friday")
    time = TimeExpr(
        text=text[s:e],
        start=s,
        end=e,
        value="2024-09-13",
        begin=dt.date(2024, 9, 13),
        finish=dt.date(2024, 9, 13),
    )
    vars(doc).update(actors=[actor], places=[place], times=[time])
    return doc


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (SHOIGU, "visited", "asserted"),
        ("Sergei Shoigu will visit Pyongyang on Friday.", "visit", "asserted"),
        ("Sergei Shoigu arrived in Pyongyang on Friday.", "arrived in", "asserted"),
        ("Sergei Shoigu toured Pyongyang on Friday.", "toured", "asserted"),
        ("Sergei Shoigu paid a visit to Pyongyang on Friday.", "paid a visit to", "asserted"),
        ("Sergei Shoigu is visiting Pyongyang on Friday.", "visiting", "asserted"),
        ("Sergei Shoigu did not visit Pyongyang on Friday.", "visit", "negated"),
        ("Sergei Shoigu won't visit Pyongyang on Friday.", "visit", "negated"),
        ("Sergei Shoigu may visit Pyongyang on Friday.", "visit", "hypothetical"),
        ("Sergei Shoigu is expected to visit Pyongyang on Friday.", "visit", "hypothetical"),
    ],
)
def test_rules_on_given_layers(text: str, trigger: str, modality: str) -> None:
    [visit] = extract_visits(_injected(text, "2024-09-14"))
    assert (visit.trigger.text, visit.modality) == (trigger, modality)
    assert visit.visitor is not None and visit.visitor.name == "Sergei Shoigu"
    assert visit.host is not None and visit.host.country == "PRK"
    assert visit.date is not None and visit.date.value == "2024-09-13"
    assert visit.cameo == "042"


@pytest.mark.parametrize(
    "text",
    [
        "Sergei Shoigu praised the visit to Pyongyang on Friday.",  # a noun
        "Sergei Shoigu's visits to Pyongyang on Friday were brief.",  # a possessive
        "Visiting Pyongyang on Friday, Sergei Shoigu praised the hosts.",  # no visitor before
    ],
)
def test_no_visit_on_given_layers(text: str) -> None:
    assert extract_visits(_injected(text, "2024-09-14")) == []


def test_a_speaker_is_not_the_visitor() -> None:
    text = "Sergei Shoigu said a delegation visited Pyongyang on Friday."
    assert extract_visits(_injected(text, "2024-09-14")) == []


def test_json_round_trip_and_schema() -> None:
    [visit] = extract_visits(_injected(SHOIGU, "2024-09-14"))
    [back] = eventkit.parse_events(json.dumps([visit.model_dump(mode="json")]))
    assert isinstance(back, Visit)
    assert back == visit
    schema = json.dumps(eventkit.events_json_schema())
    assert '"visit"' in schema and '"visitor"' in schema


@pytest.mark.parametrize(
    "example", CORPUS.examples, ids=[example.text[:50] for example in CORPUS.examples]
)
def test_corpus(example: Example) -> None:
    assert check(CORPUS, example) == []


@pytest.mark.parametrize("text", CORPUS.negative)
def test_corpus_negative(text: str) -> None:
    assert check_negative(CORPUS, text) == []


def test_the_readme_example_prints_what_it_says(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    [code] = regex.findall(r"^```python\n(.*?)^```", readme, flags=regex.M | regex.S)
    exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    assert capsys.readouterr().out.splitlines() == expected
