"""The treaty extractor (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Treaty

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_treaties"]


def extract_treaties(doc: Document) -> list[Treaty]:
    """The treaty events of ``doc``."""
    return []
