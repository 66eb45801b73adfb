"""Examples for the places layer (placeholder until its rules land)."""

from __future__ import annotations

from eventkit.corpus import Corpus

__all__ = ["CORPUS"]

CORPUS = Corpus(name="places", items=lambda doc: doc.places, examples=[])
