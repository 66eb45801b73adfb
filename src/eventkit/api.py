"""``extract``: the one call most users need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from eventkit.document import Document
from eventkit.model import Event
from eventkit.registry import run_extractors

__all__ = ["extract"]


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    types: Sequence[str] | None = None,
    strict: bool = False,
) -> list[Event]:
    """The events in a news text, in document order.

    ``published`` (a ``date``, ``datetime`` or date string) anchors relative dates
    ("this Wednesday"); without it a dated dateline does, and with neither relative
    dates keep an underspecified value such as ``XXXX-10-23``. ``types`` picks
    extractors by name (all by default). An extractor that fails is logged and left
    out unless ``strict=True``.

    >>> extract("")
    []
    """
    if isinstance(types, str):
        types = [types]
    doc = Document(text, published=published)
    if not text.strip():
        return []
    if types is None and not strict:
        return list(doc.events)
    return run_extractors(doc, types, strict=strict)
