"""The dateline that opens a wire story: "KYIV, Oct 24 (Reuters) -", "MOSCOW (AP) _"."""

from __future__ import annotations

import datetime as dt

import regex
from pydantic import BaseModel, ConfigDict

from eventkit.model import Span
from eventkit.text.calendar import MONTH_PATTERN, MONTHS

__all__ = ["Dateline", "find_dateline"]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DATE = (
    rf"(?:(?P<month>{MONTH_PATTERN})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
    rf"|(?P<day2>{_DAY})\s+(?P<month2>{MONTH_PATTERN})(?:,?\s+(?P<year2>{_YEAR}))?)"
)
# A place in capitals (optionally followed by a region or country in any case), an
# optional date, an optional agency in brackets, then a dash, underscore or colon.
_DATELINE = regex.compile(
    rf"""^[ \t]*
    (?P<place>\p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]+(?:[ ]\p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]+){{0,3}})
    (?P<region>(?:,[ ]*\p{{Lu}}[\p{{L}}.'’\-]+(?:[ ]\p{{Lu}}[\p{{L}}.'’\-]+){{0,2}}){{0,2}})
    [, \t]*
    (?:(?P<date>{_DATE})[ \t]*)?
    (?:\((?P<agency>[^()\n]{{0,40}})\)[ \t]*)?
    (?P<dash>--|-|–|—|_|:)[ \t]*""",
    regex.VERBOSE | regex.MULTILINE,
)
_SEARCH_CHARS = 600


class Dateline(BaseModel):
    """Where and when the story was filed; ``date`` is set only when the year is known."""

    model_config = ConfigDict(frozen=True)

    span: Span
    place: str
    region: str | None = None
    agency: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The filing date, when the dateline gives a full date."""
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline in the first lines of ``text``, or None.

    >>> find_dateline("KYIV, Oct 24 (Reuters) - Troops moved.").place
    'Kyiv'
    """
    for m in _DATELINE.finditer(text, 0, min(len(text), _SEARCH_CHARS)):
        place = m.group("place").strip()
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 3:
            continue
        if not (m.group("date") or m.group("agency") is not None or m.group("dash") != ":"):
            continue
        if m.group("dash") in "-:" and not (m.group("date") or m.group("agency") is not None):
            continue  # "NATO - the alliance" is prose; a bare hyphen needs a date or agency
        month_word = m.group("month") or m.group("month2")
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2")
        region = m.group("region").strip(", ") or None
        return Dateline(
            span=Span(
                text=text[m.start("place") : m.end()].rstrip(),
                start=m.start("place"),
                end=m.start("place") + len(text[m.start("place") : m.end()].rstrip()),
            ),
            place=place.title(),
            region=region,
            agency=(m.group("agency") or "").strip() or None,
            month=MONTHS[month_word.rstrip(".").lower()] if month_word else None,
            day=int(regex.sub(r"\D", "", day)) if day else None,
            year=int(year) if year else None,
        )
    return None
