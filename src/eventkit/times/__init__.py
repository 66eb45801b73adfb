"""The times layer (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import TimeExpr

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_times"]


def find_times(doc: Document) -> list[TimeExpr]:
    """Every item of this layer in ``doc``, in any order (the Document sorts them)."""
    return []
