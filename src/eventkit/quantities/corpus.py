"""Examples for the quantities layer (placeholder until its rules land)."""

from __future__ import annotations

from eventkit.corpus import Corpus

__all__ = ["CORPUS"]

CORPUS = Corpus(name="quantities", items=lambda doc: doc.quantities, examples=[])
