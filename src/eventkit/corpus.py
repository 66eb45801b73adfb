"""Example corpora: the sentences each layer and event type must get right.

In the spirit of duckling's ``Corpus`` modules, every layer and every event type
keeps, beside its rules, a :class:`Corpus` of example texts with the items they must
produce (and texts that must produce nothing). ``tests/test_corpora.py`` runs every
corpus listed in :data:`CORPORA`; a plugin can check its own with :func:`check`.

An expected item is a dict of the fields to compare; fields it leaves out are not
compared, nested dicts compare the same way, and a list compares item by item.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CORPORA", "REFERENCE", "Corpus", "Example", "check", "load_corpora", "subset_match"]

#: The reference (publication) date of every corpus unless an example says otherwise:
#: Thursday 24 October 2024.
REFERENCE = dt.date(2024, 10, 24)

#: The modules that define a ``CORPUS`` (a :class:`Corpus`), run by the test suite.
CORPORA = (
    "eventkit.text.corpus",
    "eventkit.times.corpus",
    "eventkit.quantities.corpus",
    "eventkit.actors.corpus",
    "eventkit.places.corpus",
    "eventkit.events.corpus.deployment",
    "eventkit.events.corpus.warning",
    "eventkit.events.corpus.treaty",
)


@dataclass(frozen=True)
class Example:
    """A text and the items it must produce (each a partial dict of fields)."""

    text: str
    expected: Sequence[Mapping[str, Any]]
    published: dt.date | None = REFERENCE
    exhaustive: bool = False  # True: no items beyond ``expected`` may appear


@dataclass(frozen=True)
class Corpus:
    """Examples for one layer: ``items(doc)`` returns the layer's items for a document."""

    name: str
    items: Callable[[Any], Sequence[Any]]
    examples: Sequence[Example]
    negative: Sequence[str] = field(default_factory=tuple)
    reference: dt.date = REFERENCE


def subset_match(expected: Any, got: Any) -> bool:
    """True when every field ``expected`` names has the same value in ``got``."""
    if isinstance(expected, Mapping):
        if not isinstance(got, Mapping):
            return False
        return all(k in got and subset_match(v, got[k]) for k, v in expected.items())
    if isinstance(expected, (list, tuple)):
        if not isinstance(got, (list, tuple)) or len(expected) != len(got):
            return False
        return all(subset_match(e, g) for e, g in zip(expected, got, strict=True))
    if isinstance(expected, float) or isinstance(got, float):
        return got is not None and expected is not None and abs(float(expected) - float(got)) < 1e-9
    return bool(expected == got)


def check(corpus: Corpus, example: Example) -> list[str]:
    """What is wrong with ``example`` under ``corpus``: an empty list when it passes."""
    from eventkit.document import Document

    doc = Document(example.text, published=example.published)
    got = [item.model_dump(mode="json") for item in corpus.items(doc)]
    problems = []
    unused = list(range(len(got)))
    for want in example.expected:
        hit = next((i for i in unused if subset_match(want, got[i])), None)
        if hit is None:
            problems.append(f"missing {dict(want)!r}")
        else:
            unused.remove(hit)
    if example.exhaustive and unused:
        problems.append(f"unexpected {[got[i] for i in unused]!r}")
    if problems:
        problems.append(f"got {got!r}")
    return problems


def check_negative(corpus: Corpus, text: str) -> list[str]:
    """The items a must-not-match text wrongly produced (empty when it passes)."""
    from eventkit.document import Document

    doc = Document(text, published=corpus.reference)
    return [f"unexpected {item.model_dump(mode='json')!r}" for item in corpus.items(doc)]


def load_corpora() -> list[Corpus]:
    """Every corpus listed in :data:`CORPORA`."""
    return [importlib.import_module(name).CORPUS for name in CORPORA]
