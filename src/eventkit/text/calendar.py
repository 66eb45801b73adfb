"""Month and weekday names as news writes them, shared by the dateline and time layers."""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_PATTERN", "WEEKDAYS", "WEEKDAY_PATTERN"]

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
#: lower-case month name or abbreviation (without its full stop) -> month number
MONTHS: dict[str, int] = {n: i for i, names in enumerate(_MONTH_NAMES, 1) for n in names}

#: a month name or an abbreviation with an optional full stop, capitalised as in prose
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)

_WEEKDAY_NAMES = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
#: lower-case weekday name or abbreviation -> ISO weekday index (Monday = 0)
WEEKDAYS: dict[str, int] = {n: i for i, names in enumerate(_WEEKDAY_NAMES) for n in names}

WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
