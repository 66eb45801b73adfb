"""The quantities layer: counts in news prose ("at least 3,000 soldiers", "two brigades").

See :mod:`eventkit.quantities.rules` for what is read and the value of each
qualifier, and :mod:`eventkit.quantities.corpus` for examples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Quantity
from eventkit.quantities.rules import quantities_in

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_quantities", "quantities_in"]


def find_quantities(doc: Document) -> list[Quantity]:
    """Every count in ``doc``'s text, in order of position.

    >>> from eventkit import Document
    >>> [q.text for q in find_quantities(Document("About 300 marines landed."))]
    ['About 300 marines']
    """
    return quantities_in(doc.text)
