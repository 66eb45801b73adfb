"""Examples for the times layer (placeholder until its rules land)."""

from __future__ import annotations

from eventkit.corpus import Corpus

__all__ = ["CORPUS"]

CORPUS = Corpus(name="times", items=lambda doc: doc.times, examples=[])
