"""The actors layer (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Actor

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_actors"]


def find_actors(doc: Document) -> list[Actor]:
    """Every item of this layer in ``doc``, in any order (the Document sorts them)."""
    return []
