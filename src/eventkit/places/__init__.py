"""The places layer: countries, regions, cities, seas and straits named in a text.

>>> from eventkit.document import Document
>>> [(p.name, p.country) for p in Document("Troops moved to eastern Russia.").places]
[('eastern Russia', 'RUS')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Place
from eventkit.places.rules import find_places_in

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_places", "find_places_in"]


def find_places(doc: Document) -> list[Place]:
    """Every place in ``doc``, in text order (the dateline's place included)."""
    line = doc.dateline
    span = None
    if line is not None and line.place:
        # The dateline's own place ("MOSCOW"), not its agency ("(Xinhua)").
        head = doc.text[line.span.start : line.span.end].casefold()
        at = head.find(line.place.casefold())
        if at >= 0:
            start = line.span.start + at
            end = start + len(line.place)
            if line.region:
                tail = head.find(line.region.casefold(), at + len(line.place))
                if tail >= 0:
                    end = line.span.start + tail + len(line.region)
            span = (start, end)
    return find_places_in(doc.text, span, plain=doc.plain)
