"""The places layer (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Place

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_places"]


def find_places(doc: Document) -> list[Place]:
    """Every item of this layer in ``doc``, in any order (the Document sorts them)."""
    return []
