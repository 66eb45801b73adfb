"""Examples for the actors layer (placeholder until its rules land)."""

from __future__ import annotations

from eventkit.corpus import Corpus

__all__ = ["CORPUS"]

CORPUS = Corpus(name="actors", items=lambda doc: doc.actors, examples=[])
