"""Examples for the deployment extractor."""

from __future__ import annotations

from eventkit.corpus import Corpus

__all__ = ["CORPUS"]

CORPUS = Corpus(
    name="deployment",
    items=lambda doc: [e for e in doc.events if e.type == "deployment"],
    examples=[],
)
