"""The warning extractor (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import WarningEvent

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_warnings"]


def extract_warnings(doc: Document) -> list[WarningEvent]:
    """The warning events of ``doc``."""
    return []
