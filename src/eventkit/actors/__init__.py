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

import bisect
import datetime as dt
from typing import TYPE_CHECKING

from eventkit.actors.rules import find_actors as _find_actors
from eventkit.actors.rules import office_country as _office_country
from eventkit.model import Actor

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_actors"]


def find_actors(doc: Document) -> list[Actor]:
    """Every actor mention in ``doc``; people with no country get the one they served,
    and a state named inside a place of another state is that place."""
    return _in_regions(_with_offices(_find_actors(doc), doc.reference), doc)


# how far a place may reach beyond a state's name it holds ("Northern |Ireland|")
_REGION_REACH = 30


def _in_regions(actors: list[Actor], doc: Document) -> list[Actor]:
    """Each state named inside a longer place of another state made that place, from
    the places layer: "Ireland" in "Northern Ireland" is the United Kingdom's region,
    not Ireland. (The gazetteer of places, not of actors, knows such names.)"""
    states = sorted((a.start, i) for i, a in enumerate(actors) if a.kind == "country")
    if not states:
        return actors
    from eventkit.countries import as_of

    # from the places, fewer than the states on a page that repeats "U.S.": only a
    # place longer than the shortest state's name can hold one
    shortest = min(actors[i].end - actors[i].start for _, i in states)
    starts = [start for start, _ in states]
    when = doc.reference
    out = list(actors)
    done: set[int] = set()
    for place in doc.places:  # in text order: a state takes the first place holding it
        if place.country is None or place.end - place.start <= shortest:
            continue
        first = bisect.bisect_left(starts, place.start)  # the states from its start on
        for k in range(first, bisect.bisect_left(starts, place.end)):
            i = states[k][1]
            actor = actors[i]
            if i in done or actor.start - _REGION_REACH > place.start:
                continue
            if actor.end + _REGION_REACH < place.end:
                continue  # the place reaches too far past the state's name
            # the places' codes are those of the document's date ("Kosovo province" is
            # Yugoslavia's in 1999), and so is the state's compared with them
            if (
                actor.end <= place.end
                and place.end - place.start > actor.end - actor.start
                and place.country != as_of(actor.country, when)
            ):
                out[i] = actor.model_copy(
                    update={
                        "text": place.text,
                        "start": place.start,
                        "end": place.end,
                        "name": place.name,
                        "country": place.country,
                        "rule": "region",
                    }
                )
                done.add(i)
    return out


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
