"""The quantities layer (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Quantity

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_quantities"]


def find_quantities(doc: Document) -> list[Quantity]:
    """Every item of this layer in ``doc``, in any order (the Document sorts them)."""
    return []
