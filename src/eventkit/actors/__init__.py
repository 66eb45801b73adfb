"""The actors layer: people, countries, governments, militaries, organisations, groups.

>>> from eventkit.document import Document
>>> doc = Document("German Chancellor Olaf Scholz met NATO officials.")
>>> [(a.name, a.kind, a.country, a.title) for a in find_actors(doc)]
[('Olaf Scholz', 'person', 'DEU', 'Chancellor'), ('NATO', 'organization', None, None)]

A person whose title names no country gets the country they served in office on the
document's date, from the dated gazetteer of office holders:

>>> doc = Document("Secretary of State Madeleine Albright arrived.", published="1999-03-12")
>>> [(a.name, a.country) for a in find_actors(doc)]
[('Madeleine Albright', 'USA')]
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from eventkit.actors.officeholders import holder
from eventkit.actors.rules import find_actors as _find_actors
from eventkit.model import Actor

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_actors"]


def find_actors(doc: Document) -> list[Actor]:
    """Every actor mention in ``doc``; people with no country get the one they served."""
    return _with_offices(_find_actors(doc), doc.reference)


def _with_offices(actors: list[Actor], on: dt.date | None) -> list[Actor]:
    """People with no country, looked up among the office holders of the date ``on``
    ("Secretary of State Madeleine Albright" in 1999 is the United States')."""
    if on is None:
        return actors
    out = []
    for actor in actors:
        if actor.kind == "person" and actor.country is None:
            country = _office_country(actor.name, on, actor.title)
            if country is not None:
                actor = actor.model_copy(update={"country": country})
        out.append(actor)
    return out


@lru_cache(maxsize=1 << 12)  # a day's stories name the same people on the same date
def _office_country(name: str, on: dt.date, title: str | None) -> str | None:
    found = holder(name, on, title)
    return found.country if found is not None else None
