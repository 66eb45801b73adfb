"""The deployment extractor (placeholder until its rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.model import Deployment

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["extract_deployments"]


def extract_deployments(doc: Document) -> list[Deployment]:
    """The deployment events of ``doc``."""
    return []
