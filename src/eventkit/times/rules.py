"""The detection grammar: head words found in one pass, then the rules that fit them.

:data:`RULES` lists every rule as a named pattern, longer forms first ("Friday, Oct.
23" before "Friday"). One scan finds *head* words (months, weekdays, years,
"quarter", "now" ...); before each head the chain of modifier words ("the end of",
"early", "two") gives the candidate starts, farthest first, and there only the
rules of the head's family whose first character fits are tried. A handler turns a
match into an underspecified :class:`~eventkit.times.resolve.Pending` (or None to
decline it); ``resolve.py`` anchors it.

The patterns use the standard library's ``re``: they need none of ``regex``'s
extensions, and ``re`` compiles them about ten times faster (about 20 ms against
0.3 s, paid by the first document) and matches them faster, which keeps the layer
above its throughput floor. Each pattern is parsed once, with ``re``'s own parser,
both to compile it and to learn the characters a match can start with; should that
private parser change, the pattern is compiled the public way and tried everywhere.
None nests unbounded quantifiers.
"""

from __future__ import annotations

import re
import string
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from eventkit.text.calendar import MONTHS, WEEKDAYS

if sys.version_info >= (3, 11):
    from re import _compiler as _sre_compile
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse
from eventkit.times.resolve import Anchor, Fuzz, Pending, lexicon

__all__ = ["RULES", "Found", "find"]

# -- vocabulary ------------------------------------------------------------------------
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORDS: dict[str, int] = (
    {w: i for i, w in enumerate((_ONES.split("|")), 1)}
    | {w: i for i, w in enumerate(_TEENS.split("|"), 10)}
    | {w: 10 * i for i, w in enumerate(_TENS.split("|"), 2)}
    | {"a": 1, "an": 1, "a couple of": 2, "a hundred": 100, "one hundred": 100}
)
_NUM = (
    rf"(?:\d{{1,3}}(?:\.\d)?|a\s+couple\s+of|(?:a|one)\s+hundred|(?:{_TENS})(?:[\s-](?:{_ONES}))?"
    rf"|{_TEENS}|{_ONES}|an?)"
)
_NUM_NO_A = (
    rf"(?:\d{{1,3}}(?:\.\d)?|a\s+couple\s+of|(?:a|one)\s+hundred"
    rf"|(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES})"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
# an ordinal in words ("eighth", "twenty-first"); handlers check it with ``_ordinal``
_ORD_WORD = r"(?:(?:twenty|thirty)[\s-])?[a-z]{4,11}"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\w’'])"
)
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![\w-]|['’](?!s\b))"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|%|[.,:]\d|-\w)"
# the first day of a range ("30-31"): a day, then the dash
_RANGE_DAY = r"(?<![\d.,:/-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?=\s*[-–]\s*\d)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,:/]\d|-\d|\s*(?:GMT|UTC|GMT|hours|hrs|[AP]M)\b)"
# a number that is a count, not a year: "2000 troops"
_COUNT_NOUNS = lexicon("count_nouns")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# a word before a number that makes it a label or an amount, not a year
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\d|\b(?:[Rr]esolution|No\.|[Nn]o|[Nn]umber|[Ff]light|[Rr]oom|[Rr]oute|[Hh]ighway"
    r"|[Aa]rticle|[Ss]ection|[Cc]hapter|[Mm]odel|[Bb]ill|[Uu]nit|[Pp]age|[Aa]partment|[Ss]uite"
    r"|[Bb]ox|[Pp]lot|[Ff]orm|[Rr]ule|[Ss]treet|[Aa]venue|[Pp]ier|[Gg]ate|[Bb]us|[Tt]rain"
    r"|[Ll]evel|[Aa]bout|[Nn]early|[Oo]ver|[Aa]lmost|[Ss]ome|[Tt]han|[Tt]op|[Pp]rice|[Ss]core"
    r"|[Rr]ank|[Ii]ndex|[Dd]ow|[Pp]atrol|[Ss]quadron|[Ff]ield|[Ll]ine|[Pp]ath|[Pp]roject"
    r"|[Oo]peration|[Vv]ision|[Aa]genda|[Ss]trategy|[Ii]nitiative|[Ee]xpo|[Cc]ode|[Aa]ct))\s$"
)
_FUZZ = (
    r"(?:(?P<fz>[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater|[Ss]ometime)(?:\s+in)?(?:\s+|-)"
    r"|[Tt]he\s+(?P<fzp>beginning|start|end|close|middle|turn"
    r"|first\s+half|second\s+half|last\s+half|latter\s+half|first\s+part|early\s+part"
    r"|latter\s+part|last\s+part|rest|remainder|balance|bulk)\s+of\s+(?:the\s+)?)?"
)
_FUZZ_LOWER = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "beginning": "start",
    "start": "start",
    "first part": "early",
    "early part": "early",
    "end": "end",
    "close": "end",
    "turn": "end",
    "latter part": "late",
    "last part": "late",
    "middle": "mid",
}
_HALVES = {"first half": 1, "second half": 2, "last half": 2, "latter half": 2}
_SEASON_INDEX = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}
_UNIT_LETTER = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "quarter": "Q",
}
_TOD = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}

# -- the grammar -----------------------------------------------------------------------
RULES: list[tuple[str, str]] = [
    (
        "between_fuzzy",
        rf"(?:[Bb]etween|[Ff]rom)\s+(?P<f1>early|mid|late)(?:-|\s+)(?:and|to|until)\s+"
        rf"(?P<f2>early|mid|late)(?:-|\s+)(?P<mon>{_MONTH})(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        "week_of",
        rf"[Tt]he\s+week\s+of\s+(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        # "the first week of March", "the last week in May": the month, bounds narrowed
        "week_in_month",
        rf"(?:[Tt]he\s+)?(?P<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal)\s+"
        rf"week\s+(?:of|in)\s+(?P<mon>{_MONTH_FULL})(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        # "Oct. 30-31", "Nov. 5-6, 2024": the first day, bounds over the range
        "month_day_range",
        rf"(?P<mon>{_MONTH})\s+(?P<day>{_RANGE_DAY})\s*[-–]\s*(?P<day2>{_DAY})"
        rf"(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        # "30-31 October"
        "day_month_range",
        rf"(?P<day>{_RANGE_DAY})\s*[-–]\s*(?P<day2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
        rf"\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        "month_day",
        rf"(?:(?P<fz>[Ee]arly|[Ll]ate|[Aa]round|[Aa]bout|[Bb]efore|[Aa]fter)\s+)?"
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?:(?P<day>{_DAY})|(?P<dayw>{_ORD_WORD})\b)"
        rf"(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        "day_month",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:[Tt]he\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
        rf"\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        "numeric_iso",
        r"(?<![\w/.-])(?P<yr>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/-])",
    ),
    (
        "numeric_us",
        r"(?<![\w/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<yr>(?:19|20)\d\d|\d\d)"
        r"(?![\w/-])",
    ),
    (
        "time_of_day",
        rf"(?:(?:[Aa]round|[Aa]bout)\s+)?(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d))?\s*"
        rf"(?P<ap>[ap])\.?m\b\.?(?:\s+(?P<tz>[A-Z]{{3}}))?"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{_WEEKDAY})|(?P<rd>today|yesterday|tomorrow)))?",
    ),
    (
        "ago",
        rf"(?:(?P<approx>[Aa]bout|[Nn]early|[Aa]lmost|[Ss]ome|[Rr]oughly|[Aa]round|[Mm]ore\s+than"
        rf"|[Ll]ess\s+than|[Oo]ver|[Jj]ust|[Oo]nly|[Aa]t\s+least)\s+)?"
        rf"(?P<num>(?i:{_NUM}))\s+(?P<unit>day|week|month|year|decade|century|centuries)s?"
        rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)\b",
    ),
    (
        "ago_vague",
        r"(?:[Ss]everal|(?:[Aa]\s+)?[Ff]ew|[Mm]any|[Ss]ome)\s+(?P<unit>day|week|month|year|decade)s"
        r"\s+(?P<dir>ago|earlier|later|from\s+now|back)\b",
    ),
    (
        "day_before",
        r"(?:[Tt]he\s+)?[Dd]ay\s+(?P<dir>before|after)\s+(?:(?P<rd>yesterday|tomorrow)|"
        rf"(?P<lst>last|this|next)?\s*(?P<wd>{_WEEKDAY}))",
    ),
    (
        "half",
        rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?P<h>(?i:first|second|last|latter))[\s-]+half\s+(?:of\s+)?"
        rf"(?:(?P<yr>{_YEAR})|(?P<rel>this|last|next)\s+year|(?P<the>the\s+(?:year|decade))"
        rf"|(?P<yrs>(?:{_YEAR}|'\d\d)s?))(?!\w)",
    ),
    (
        "quarter",
        rf"(?:(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Tt]hat|[Tt]his\s+year['’]s|[Ll]ast\s+year['’]s"
        rf"|[Nn]ext\s+year['’]s|(?P<yr1>{_YEAR})['’]s)\s+)?"
        r"(?:(?P<ago>year[\s-](?:ago|earlier))\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
        rf"(?:(?P<yr2>{_YEAR})\s+)?"
        r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))(?:[\s-]+fiscal)?[\s-]+"
        r"(?:quarter|period)(?!s)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<yr3>" + _YEAR + r")|"
        r"(?P<rel3>this|last|next)\s+year|the\s+(?P<cur>current|previous)\s+(?:fiscal\s+)?year))?",
    ),
    (
        "year_quarter",
        rf"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<yr>{_YEAR})\s+(?:fiscal\s+)?(?:quarter|period)(?![\w-])",
    ),
    (
        "quarter_q",
        rf"(?<![\w-])Q(?P<q>[1-4])(?:\s+(?P<yr>{_YEAR})|\s*['’](?P<yy>\d\d))?(?![\w-])",
    ),
    (
        "quarter_rel",
        r"(?:(?P<det>[Tt]his\s+year['’]s|[Ll]ast\s+year['’]s|[Tt]he|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his"
        r"|[Ll]ast|[Nn]ext)\s+)"
        r"(?P<mods>(?:(?:latest|current|previous|past|same|comparable|recent|most\s+recent"
        r"|year[\s-]ago|year[\s-]earlier|just[\s-]ended|just[\s-]completed|prior|fiscal|coming"
        r"|next|full|corresponding|latest\s+fiscal)\s+){0,3})"
        r"(?P<noun>quarter|period|fiscal\s+year|year)(?!s|\w)(?P<tail>\s+a\s+year\s+(?:ago|earlier)"
        r"|\s+(?:of\s+)?last\s+year)?",
    ),
    (
        "year_ago_adj",
        r"(?<![\w-])(?:[Tt]he\s+)?[Yy]ear[\s-](?P<w>ago|earlier)(?=\s+(?:\w+\s+)?[a-z])",
    ),
    (
        "fiscal_year",
        rf"(?:(?P<fzs>[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?:[Ff]iscal|FY)(?:[\s-]+year)?[\s-]*"
        rf"(?P<yr>{_YEAR}|['’]?\d\d)(?![\w-])",
    ),
    (
        "season",
        rf"(?:(?P<pre>[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Ee]arly|[Ll]ate"
        r"|[Tt]he\s+early|[Tt]he\s+late|[Ee]arlier\s+this|[Ll]ater\s+this)\s+)?"
        rf"(?P<sea>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<yr>{_YEAR}))?"
        r"(?![\w-]|\s+(?:of|and)\s|\s+[A-Z])",
    ),
    (
        "holiday",
        r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?"
        r"|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Election\s+Day"
        r"|Independence\s+Day|Easter(?:\s+Sunday)?|Halloween|Valentine['’]s\s+Day)(?![\w-])"
        rf"(?:,?\s+(?P<yr>{_YEAR}))?",
    ),
    (
        "relative_unit",
        _FUZZ
        + r"(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+past|[Tt]he\s+previous|[Tt]he\s+prior|[Tt]he"
        r"\s+coming|[Tt]he\s+current|[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+same|[Tt]hat\s+same"
        r"|[Tt]hat"
        r"|[Tt]he\s+latest|[Ss]o\s+far\s+this|[Tt]he)\s+"
        r"(?P<unit>week|month|year|decade|century|weekend|day|morning|night|evening)"
        r"(?!s|\w|-old|\s+(?:ago|earlier|later|before|or\s+two|of|\d))",
    ),
    (
        "year_end",
        rf"(?:(?P<pre>[Aa]round|[Bb]y|[Tt]he)\s+)?(?:(?P<yr>{_YEAR})\s+)?year(?:-|\s+|['’]s\s+)end"
        r"(?![\w-])",
    ),
    (
        "month_year",
        _FUZZ
        + rf"(?P<mon>{_MONTH})(?:,?\s+|\s+of\s+)(?:(?P<yr>{_YEAR})|(?P<rel>this|last|next)\s+year"
        r"|(?P<yyw>(?:[Nn]ineteen)[\s-]+\w+(?:[\s-]\w+)?))",
    ),
    (
        "month",
        _FUZZ + r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?|[Ee]arlier\s+this|"
        rf"[Ll]ater\s+this)\s+)?(?P<mon>{_MONTH_FULL})",
    ),
    (
        "weekday",
        rf"(?:(?P<pre>[Tt]his\s+past|[Tt]his\s+coming|[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+previous"
        r"|[Tt]he\s+following|[Tt]he\s+next|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id|[Ee]very"
        rf"|[Ee]ach)\s+)?(?P<wd>{_WEEKDAY})(?P<pl>s)?(?:['’]s)?(?:\s+(?P<tod>morning|afternoon"
        r"|evening|night)s?)?(?![\w-])",
    ),
    (
        "relative_day",
        r"(?:(?P<fz>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<rd>[Tt]oday|[Tt]onight"
        r"|[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night)(?![\w-])"
        r"(?:['’]s)?(?:\s+(?P<tod>morning|afternoon|evening|night)(?![\w-]))?",
    ),
    (
        "decade",
        r"(?:(?:[Tt]he)\s+)?(?:(?P<fz>early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
        r"|['’](?P<d2>\d)0['’]?s)(?![\w-])",
    ),
    (
        "decade_word",
        r"[Tt]he\s+(?:(?P<fz>early|mid|late)[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties"
        r"|seventies|eighties|nineties)(?![\w-])",
    ),
    (
        "century",
        r"(?:[Tt]he\s+)?(?:(?P<fz>early|mid|late)[\s-]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)"
        rf"|(?P<nw>{_ORD_WORD}))[\s-]+[Cc]entury(?![\w-])",
    ),
    (
        "spelled_year",
        r"(?:[Tt]he\s+year\s+)?(?P<sy>[Nn]ineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty"
        r"|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        r"|hundred))(?![\w-])|[Tt]he\s+year\s+(?P<tt>two\s+thousand)(?![\w-])",
    ),
    (
        "year",
        _FUZZ
        + r"(?P<pre>(?:[Ff]iscal|[Cc]alendar|[Tt]he\s+year|[Yy]ear|[Pp]ost|[Pp]re)[\s-]+)?"
        + r"(?:(?<![\w$£€¥#.,/:\-–])|(?<=[Mm]id-)|(?<=[Pp]re-)|(?<=[Pp]ost-))"
        + rf"(?P<yr>{_YEAR})(?P<pos>['’]s)?"
        r"(?!\s*[-–]\s*\d)",
    ),
    (
        "past_ref",
        r"(?P<w>[Rr]ecently|[Ll]ately|(?:[Ii]n\s+)?[Tt]he\s+past"
        r"(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty"
        r"|year|month|week|day|decade|quarter|century|summer|winter|spring|fall|autumn"
        r"|weekend|night|hour|minute))"
        r"|(?:[Ii]n\s+)?[Rr]ecent\s+(?:days|weeks|months|years|decades|times)"
        r"(?:\s+and\s+(?:days|weeks|months|years))?"
        r"|(?:[Tt]he\s+)?(?:past|last)\s+(?:few|several)\s+(?:days|weeks|months|years|decades"
        r"|quarters)"
        r"|[Rr]ecent)(?![\w-])",
    ),
    (
        "present_ref",
        r"(?P<w>[Rr]ight\s+now|[Nn]ow|[Cc]urrently|[Pp]resently|[Nn]owadays|[Tt]hese\s+days"
        r"|[Aa]t\s+present|[Aa]t\s+the\s+moment|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)"
        r"\s+current(?=\s+(?!account|affairs|events)[a-z])"
        r"|current(?=\s+(?!account|affairs|events|of|in|to|and|or|is|was|are|were|flows?|"
        r"density|amps?|speed|velocity)[a-z]+\b))(?![\w-])",
    ),
    (
        "future_ref",
        r"(?P<w>[Ss]oon|(?:[Ii]n\s+)?[Tt]he\s+(?:near|distant|foreseeable|immediate)\s+future"
        r"|(?:[Ii]n\s+)?[Tt]he\s+future|(?:[Ii]n\s+)?[Tt]he\s+(?:near|short|long)\s+term"
        r"|(?:[Ii]n\s+)?(?:the\s+)?(?:coming|upcoming)\s+(?:days|weeks|months|years|decades|quarters)"
        r"|(?:[Tt]he\s+)?next\s+(?:few|several)\s+(?:days|weeks|months|years|decades)"
        r"|(?:[Ii]n\s+)?the\s+(?:days|weeks|months|years)\s+ahead|[Aa]s\s+soon\s+as\s+possible"
        r"|[Aa]\s+later\s+date|(?<=['’]s\s)future(?!\s+[a-z])"
        r"|[Ff]uture(?=\s+(?!tense|perfect|of|in|to|and|or|is|was|are|were|will)[a-z]+\b))(?![\w-])",
    ),
    (
        "set",
        rf"(?P<w>(?:[Ee]very|[Ee]ach)\s+(?:(?P<num>other|{_NUM_NO_A})\s+)?(?P<unit>day|week|month"
        r"|year|quarter|morning|night|evening|weekend|summer|winter|spring|autumn|hour|minute)s?"
        r"|[Dd]aily|[Ww]eekly|[Mm]onthly|[Yy]early|[Nn]ightly|[Hh]ourly|[Bb]iweekly"
        r"|(?:once|twice|three\s+times|several\s+times)\s+a\s+(?:day|week|month|year))(?![\w-])",
    ),
    (
        "duration",
        r"(?:(?P<dpre>(?:[Tt]he\s+)?(?:[Pp]ast|[Ll]ast|[Nn]ext|[Pp]revious|[Cc]oming|[Ff]irst"
        r"|[Ff]inal|[Ff]ollowing|[Rr]emaining|[Oo]ther)|[Tt]he)\s+)?"
        r"(?:(?P<approx>[Aa]bout|[Nn]early|[Aa]lmost|[Ss]ome|[Rr]oughly|[Aa]round|[Mm]ore\s+than"
        r"|[Ll]ess\s+than|[Oo]ver|[Aa]t\s+least|[Uu]p\s+to|[Ww]ithin|[Aa]nother)\s+)?"
        rf"(?P<num>(?i:{_NUM}))(?P<hy>[\s-])(?P<unit>second|minute|hour|day|week|month|year|decade"
        r"|century|centuries)(?P<pl>s)?(?![\w-]|-old|\s+old\b)",
    ),
]

_NAMES = tuple(name for name, _ in RULES)

# -- heads -----------------------------------------------------------------------------
# Matching the whole grammar at every word costs far too much in Python, so a scan for
# *head* words (months, weekdays, years, "quarter", "now", ...) comes first; around each
# head the chain of modifier words before it ("the end of", "early", "two") gives the
# candidate starts, and only the rule families that a head can belong to are tried.
_MONTH_HEADS = [n.capitalize() for n in MONTHS]
_WEEKDAY_HEADS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_HEAD_TYPES: dict[str, str] = {}
for _w in _MONTH_HEADS:
    _HEAD_TYPES[_w] = "month"
for _w in _WEEKDAY_HEADS:
    _HEAD_TYPES[_w] = "weekday"
for _group, _words in (
    ("relday", "today tonight yesterday tomorrow"),
    (
        "ref",
        "now currently recently recent lately presently nowadays soon"
        " future past current term ahead moment present",
    ),
    ("quarter", "quarter quarters period"),
    ("year", "year years"),
    ("month_unit", "month months"),
    ("week", "week weeks weekend weekends"),
    ("day", "day days"),
    ("decade", "decade decades"),
    ("century", "century centuries"),
    ("half", "half"),
    ("hour", "hour hours minute minutes"),
    ("part_of_day", "morning night evening"),
    ("season", "summer winter spring fall autumn"),
    ("fiscal", "fiscal"),
    ("set", "daily weekly monthly yearly nightly hourly biweekly"),
    ("spelled", "nineteen thousand"),
    ("decadeword", "twenties thirties forties fifties sixties seventies eighties nineties"),
):
    for _w in _words.split():
        _HEAD_TYPES[_w] = _group
        _HEAD_TYPES[_w.capitalize()] = _group
for _w in ("Christmas", "Easter", "Thanksgiving", "Halloween"):
    _HEAD_TYPES[_w] = "holiday"
_HEAD_TYPES["FY"] = "fiscal"
for _q in "1234":
    _HEAD_TYPES["Q" + _q] = "q"


_WORD_HEADS = frozenset(w for w in _HEAD_TYPES if w.isalpha())
# every ASCII non-letter (and typographic punctuation) to a space, so that ``split``
# yields the words of a text
_TO_SPACES = str.maketrans(dict.fromkeys(string.punctuation + string.digits + "’‘“”—–…«»", " "))
# numbers that can head an expression: a year, "10/24", "9 a.m.", "'80s", "Q3"; the
# leading character class lets the engine skip to candidate characters quickly
_NUMBER_HEADS = re.compile(
    r"[0-9'’Q](?<![\w'’].)(?:(?<=1)[5-9]\d\d|(?<=2)0\d\d"
    r"|(?<=\d)\d?(?:/\d|(?::\d\d)?\s*[ap]\.?m\b)|(?<=['’])\d0s|(?<=Q)[1-4](?!\w))"
)


def _heads(text: str) -> list[tuple[int, str]]:
    """(start, kind) of every head word or number in ``text``, in order.

    Words are found without a pattern tried at every character: the distinct words of
    the text are intersected with the head words, and only those are located.
    """
    found = [
        (m.start(), "q" if text[m.start()] == "Q" else "digits")
        for m in _NUMBER_HEADS.finditer(text)
    ]
    words = _WORD_HEADS.intersection(text.translate(_TO_SPACES).split())
    for word in words:
        kind = _HEAD_TYPES[word]
        found += [(m.start(), kind) for m in _head_word(word).finditer(text)]
    found.sort()
    if len(found) > _ABBREVIATION_RUN_FROM and not words.isdisjoint(_ABBREVIATION_HEADS):
        for run in _ABBREVIATION_RUN.finditer(text):
            last = max(text.rfind(c, run.start(), run.end()) for c in " \t\n") + 1
            del found[bisect_right(found, (run.start(), "~")) : bisect_left(found, (last, ""))]
    return found


# Junk repeats month abbreviations ("Oct. Oct. Oct. ..."). Each that another follows
# after whitespace is a head no rule takes: no chain word stands before it (the one
# before is an abbreviation), and each month rule that can start at it needs after it
# a day, an ordinal word, a year, "this"/"last"/"next", "of" or "Nineteen", or is
# "month", which needs the full name. Such heads are dropped, the first and the last
# of each run kept.
_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![\w’'])"
_ABBREVIATION_RUN_FROM = 64
_ABBREVIATION_RUN = re.compile(
    rf"{_ABBREVIATION}(?:[ \t\n]+{_ABBREVIATION}){{{_ABBREVIATION_RUN_FROM},}}"
)
_ABBREVIATION_HEADS = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
)


@cache
def _head_word(word: str) -> re.Pattern[str]:
    """Where ``word`` stands as a word of its own: no word character (``re``'s ``\\w``:
    ``isalnum`` or "_") touches it, and an apostrophe after it only as "'s". (The
    look-behind follows the word so that the engine can search for the word itself.)"""
    return re.compile(rf"{re.escape(word)}(?<!\w.{{{len(word)}}})(?:(?![\w'’])|(?=['’]s(?!\w)))")


_PROBE_CHARS = frozenset(string.ascii_letters + string.digits + "'’\"“$")


def _compile(pattern: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The compiled pattern and the characters a match of it can begin with.

    Both come from one parse (parsing dominates compiling and is paid at import);
    should the engine's internals ever differ, the pattern is compiled the usual way
    and tried at every start.
    """
    try:
        tree = _sre_parse.parse(pattern)
        chars, _ = _first(tree.data, False)
        compiled: re.Pattern[str] = _sre_compile.compile(tree)
        return compiled, frozenset(chars & _PROBE_CHARS)
    except Exception:  # any surprise falls back to the public API
        return re.compile(pattern), _PROBE_CHARS


def _first(items: Any, ignorecase: bool) -> tuple[set[str], bool]:
    """(first characters, may match empty) of a parsed sequence."""
    acc: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av, ignorecase)
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


def _first_item(op: Any, av: Any, ignorecase: bool) -> tuple[set[str], bool]:
    c = _sre_constants
    if op is c.LITERAL:
        ch = chr(av)
        return ({ch.lower(), ch.upper()} if ignorecase else {ch}), False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                ch = chr(value)
                chars |= {ch.lower(), ch.upper()} if ignorecase else {ch}
            elif kind is c.RANGE:
                chars |= {chr(x) for x in range(value[0], min(value[1], 0x2FFF) + 1)}
            elif kind is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                chars |= set(string.digits)
            elif kind is c.CATEGORY and value in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                chars |= set(" \t\n\r\f\v")
            else:  # a negated set or a wide category
                return set(_PROBE_CHARS), False
        return chars, False
    if op is c.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            got, empty = _first(branch, ignorecase)
            chars |= got
            nullable = nullable or empty
        return chars, nullable
    if op is c.SUBPATTERN:
        return _first(av[3], ignorecase or bool(av[1] & re.IGNORECASE))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        chars, nullable = _first(av[2], ignorecase)
        return chars, nullable or av[0] == 0
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first(av, ignorecase)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width
    return set(_PROBE_CHARS), False


# the rule families a head word can belong to, in grammar order
_FAMILIES: dict[str, frozenset[str]] = {
    "month": frozenset(
        (
            "between_fuzzy",
            "week_of",
            "week_in_month",
            "month_day_range",
            "day_month_range",
            "month_day",
            "day_month",
            "month_year",
            "month",
        )
    ),
    "weekday": frozenset(("month_day", "day_month", "time_of_day", "day_before", "weekday")),
    "digits": frozenset(
        (
            "numeric_iso",
            "numeric_us",
            "time_of_day",
            "half",
            "year_quarter",
            "quarter",
            "fiscal_year",
            "year_end",
            "decade",
            "year",
        )
    ),
    "relday": frozenset(("time_of_day", "day_before", "relative_day")),
    "ref": frozenset(("quarter_rel", "relative_unit", "past_ref", "present_ref", "future_ref")),
    "quarter": frozenset(("quarter", "quarter_rel", "past_ref", "future_ref", "set")),
    "year": frozenset(
        (
            "quarter",
            "quarter_rel",
            "year_ago_adj",
            "holiday",
            "year_end",
            "ago",
            "ago_vague",
            "relative_unit",
            "past_ref",
            "future_ref",
            "set",
            "duration",
        )
    ),
    "month_unit": frozenset(
        ("ago", "ago_vague", "relative_unit", "past_ref", "future_ref", "set", "duration")
    ),
    "week": frozenset(
        (
            "week_of",
            "ago",
            "ago_vague",
            "relative_unit",
            "past_ref",
            "future_ref",
            "set",
            "duration",
        )
    ),
    "day": frozenset(
        (
            "day_before",
            "holiday",
            "present_ref",
            "ago",
            "ago_vague",
            "relative_unit",
            "past_ref",
            "future_ref",
            "set",
            "duration",
        )
    ),
    "decade": frozenset(
        ("ago", "ago_vague", "relative_unit", "past_ref", "future_ref", "set", "duration")
    ),
    "century": frozenset(
        (
            "century",
            "ago",
            "ago_vague",
            "relative_unit",
            "past_ref",
            "future_ref",
            "set",
            "duration",
        )
    ),
    "half": frozenset(("half",)),
    "hour": frozenset(("ago", "set", "duration")),
    "part_of_day": frozenset(("relative_unit", "relative_day", "set")),
    "season": frozenset(("season",)),
    "holiday": frozenset(("holiday",)),
    "fiscal": frozenset(("quarter", "quarter_rel", "fiscal_year", "year")),
    "set": frozenset(("set",)),
    "spelled": frozenset(("spelled_year",)),
    "decadeword": frozenset(("decade_word",)),
    "q": frozenset(("quarter_q",)),
}
_BUILT = {name: _compile(pattern) for name, pattern in RULES}
_COMPILED = {name: built[0] for name, built in _BUILT.items()}
_FIRST = {name: built[1] for name, built in _BUILT.items()}
# the rules worth trying for a head of a kind at a start character, in grammar order
_DISPATCH: dict[tuple[str, str], tuple[str, ...]] = {
    (kind, ch): tuple(n for n in _NAMES if n in family and ch in _FIRST[n])
    for kind, family in _FAMILIES.items()
    for ch in _PROBE_CHARS
}


# words that may stand before a head inside one expression ("the end of", "two", "early")
# (month and weekday names are heads themselves, reached before any head after them)
_CHAIN = lexicon("chain_words") | frozenset(_NUMBER_WORDS) | frozenset(_ORDINALS)
_CHAIN_WORDS = 6
_CHAIN_CHARS = 64
_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.'’")


_ABBREVIATIONS = frozenset(k for k in MONTHS if len(k) <= 4) | {"a.m", "p.m"}
_SEPARATORS = frozenset(" \t\n,-")
# chain words no rule begins with: the chain runs through them, matching never starts there
_NOT_STARTERS = lexicon("not_starters")
_STARTERS = _CHAIN - _NOT_STARTERS
_ORDINAL_DIGITS = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_CHAIN_SPLIT = re.compile(r"([ \t\n,-]{1,3})")


def _chain_starts(text: str, head: int, floor: int) -> list[int]:
    """Starts of the modifier words before ``head`` that a rule may begin with,
    farthest first."""
    j = head - 1
    if j < floor or text[j] not in _SEPARATORS:
        return []
    lo = max(floor, head - _CHAIN_CHARS)
    edge = lo > floor and text[lo - 1] in _WORDISH
    return [head - back for back in _chain_back(text[lo:head], edge)]


@lru_cache(maxsize=4096)
def _chain_back(window: str, edge: bool) -> tuple[int, ...]:
    """For :func:`_chain_starts`: how far before the end of ``window`` (the text before
    a head) each start lies, farthest first; ``edge`` says the window cuts a word.
    Cached: junk repeats the same few windows thousands of times ("Oct. Oct. ...")."""
    parts = _CHAIN_SPLIT.split(window)
    # parts alternate word, separator, word, ...; the last item is what touches the head
    if len(parts) < 3 or parts[-1]:
        return ()
    backs: list[int] = []
    back = 0
    k = len(parts) - 2  # the separator before the head
    words = 0
    while k >= 1 and words < _CHAIN_WORDS:
        back += len(parts[k])
        word = parts[k - 1]
        if not word or (k == 1 and edge):
            break
        key = word.lower()
        if key[-1] == ".":
            if key[:-1] not in _ABBREVIATIONS:
                break
            key = key[:-1]
        elif key[-2:] in ("'s", "’s"):
            key = key[:-2]
        if key in _STARTERS or key.isdigit() or _ORDINAL_DIGITS.fullmatch(key):
            backs.append(back + len(word))
        elif key not in _CHAIN:
            break
        back += len(word)
        words += 1
        k -= 2
    backs.reverse()
    return tuple(backs)


@dataclass(frozen=True, slots=True)
class Found:
    """One detected expression: its span, the rule that fired and its pending value."""

    start: int
    end: int
    rule: str
    pending: Pending
    tense_needed: bool = False


# small checks of the words around a match, used by the handlers
_NOT_DIGITS = re.compile(r"\D")
_VERB_AFTER = re.compile(r"\s+(?:be|have|not|to|on|against|through)\b")
_SEASON_PREPOSITION = re.compile(r"\b(?:in|during|this|over|by|until|since)\s$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_LOWER_NEXT = re.compile(r"\s[a-z]")
_FOR_BEFORE = re.compile(r"\b(?:[Ff]or|[Dd]uring)\s$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_OPEN_BEFORE = re.compile(r"[\s(,\"“]$|^$")
_YEAR_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Ff]rom)\s$")
_MONTH_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Oo]f|[Dd]uring|[Ff]rom|[Tt]hrough|[Tt]o"
    r"|[Bb]efore|[Aa]fter|[Bb]etween|and|or|[Ff]or|[Ll]ate|[Ee]arly|[Mm]id|[Ss]ometime)[\s-]$"
)
_DURATION_PREPOSITION = re.compile(r"\b(?:for|in|within|over|after|than|about)\s$")


# -- handlers --------------------------------------------------------------------------
def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower()]


def _number(word: str) -> int | None:
    w = " ".join(word.lower().replace("-", " ").split())
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w.replace(".", "", 1).isdigit():
        return int(float(w))
    parts = w.split()
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


def _ordinal(word: str) -> int | None:
    w = word.lower().replace("-", " ")
    parts = w.split()
    if len(parts) == 2:
        tens = {"twenty": 20, "thirty": 30}.get(parts[0])
        unit = _ORDINALS.get(parts[1])
        return tens + unit if tens and unit else None
    return _ORDINALS.get(w)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.strip("'’")
    if len(digits) == 2 and digits.isdigit():
        n = int(digits)
        return 1900 + n if n >= 50 else 2000 + n
    return int(digits) if digits.isdigit() else None


def _fuzz(m: re.Match[str]) -> tuple[Fuzz | None, int | None]:
    """The fuzzy modifier ("early", "the end of") and a half ("the first half of")."""
    word = m.group("fz")
    if word:
        lw = word.lower()
        if lw in ("earlier", "later", "sometime"):
            return None, None
        return _FUZZ_LOWER.get(lw), None  # type: ignore[return-value]
    phrase = m.group("fzp")
    if phrase:
        lp = " ".join(phrase.lower().split())
        if lp in _HALVES:
            return None, _HALVES[lp]
        return _FUZZ_LOWER.get(lp), None  # type: ignore[return-value]
    return None, None


_Handler = Callable[[re.Match[str], str], "tuple[Pending, bool] | None"]


def _between_fuzzy(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    year = _year(m.group("yr"))
    f1: Fuzz = m.group("f1").lower()  # type: ignore[assignment]
    f2: Fuzz = m.group("f2").lower()  # type: ignore[assignment]
    return Pending("month", year=year, month=_month(m.group("mon")), fuzz=f1, fuzz_to=f2), (
        year is None
    )


def _week_of(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    day = int(_NOT_DIGITS.sub("", m.group("day")))
    return Pending(
        "week", anchor="abs", year=_year(m.group("yr")), month=_month(m.group("mon")), day=day
    ), True


_LONGEST_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_parts(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    month = _month(m.group("mon"))
    if m.group("day"):
        day = int(_NOT_DIGITS.sub("", m.group("day")))
    else:
        got = _ordinal(m.group("dayw"))
        if got is None:
            return None
        day = got
    if day > _LONGEST_MONTH[month]:
        return None  # "Feb. 31" is no date
    return month, day, _year(m.group("yr"))


def _month_day(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    parts = _date_parts(m)
    if parts is None:
        return None
    month, day, year = parts
    fz = (m.group("fz") or "").lower()
    # "around Oct. 5" is approximate; "early Oct. 5" is that day, early on
    fuzz: Fuzz | None = {
        "around": "approx",
        "about": "approx",
        "before": "before",
        "after": "after",
    }.get(fz)  # type: ignore[assignment]
    return Pending("day", year=year, month=month, day=day, fuzz=fuzz), year is None


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _week_in_month(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    """ "the first week of March": March, its first seven days as bounds."""
    year = _year(m.group("yr"))
    week = _WEEK_ORDINALS[m.group("ord").lower()]
    return Pending("month", year=year, month=_month(m.group("mon")), week=week), year is None


def _day_range(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    """ "Oct. 30-31", "30-31 October": the first day, with the last as ``day_to``."""
    month = _month(m.group("mon"))
    first = int(_NOT_DIGITS.sub("", m.group("day")))
    last = int(_NOT_DIGITS.sub("", m.group("day2")))
    if not 1 <= first < last <= _LONGEST_MONTH[month]:
        return None  # "Oct. 31-1" is no range of one month
    year = _year(m.group("yr"))
    return Pending("day", year=year, month=month, day=first, day_to=last), year is None


def _day_month(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    day = int(_NOT_DIGITS.sub("", m.group("day")))
    if not 1 <= day <= _LONGEST_MONTH[_month(m.group("mon"))]:
        return None
    year = _year(m.group("yr"))
    if m.group("mon") in ("May", "March") and year is None and not m.group("wd"):
        tail = text[m.end() : m.end() + 12]
        if _VERB_AFTER.match(tail):
            return None
    return Pending("day", year=year, month=_month(m.group("mon")), day=day), year is None


def _numeric(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    year = _year(m.group("yr"))
    month, day = int(m.group("m")), int(m.group("d"))
    if day > _LONGEST_MONTH[month]:
        return None
    return Pending("day", year=year, month=month, day=day), False


def _time_of_day(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    hour = int(m.group("hh")) % 12 + (12 if m.group("ap") == "p" else 0)
    time = f"T{hour:02d}:{m.group('mm') or '00'}"
    if m.group("wd"):
        return Pending(
            "day", anchor="tense", weekday=_weekday(m.group("wd")), time=time, kind="time"
        ), True
    offset = {"yesterday": -1, "tomorrow": 1}.get((m.group("rd") or "").lower(), 0)
    return Pending("day", anchor="ref", offset=offset, time=time, kind="time"), False


def _ago(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    n = _number(m.group("num"))
    if n is None:
        return None
    unit = m.group("unit").lower()
    direction = m.group("dir").lower()
    sign = 1 if direction in ("later", "from now", "hence") else -1
    fuzz: Fuzz | None = "approx" if m.group("approx") else None
    # "two days later" counts from the story's last date; "a year earlier" from the reference
    anchor: Anchor = "ref" if direction in ("ago", "from now", "hence", "back") else "ctx"
    if unit in ("month", "year", "decade", "century"):
        anchor = "ref"
    if unit == "day":
        return Pending("day", anchor=anchor, offset=sign * n, fuzz=fuzz), False
    if unit == "week":
        return Pending("week", anchor=anchor, offset=sign * n, fuzz=fuzz), False
    if unit == "month":
        return Pending("month", anchor=anchor, offset=sign * n, fuzz=fuzz), False
    if unit == "year":
        return Pending("year", anchor=anchor, offset=sign * n, fuzz=fuzz), False
    if unit == "decade":
        return Pending("year", anchor=anchor, offset=sign * 10 * n, fuzz=fuzz), False
    return Pending("century", anchor="ref", offset=sign * n, fuzz=fuzz), False


def _ago_vague(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    direction = m.group("dir").lower()
    ref = "FUTURE_REF" if direction in ("later", "from now") else "PAST_REF"
    return Pending("fixed", fixed=ref), False


def _day_before(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    sign = -1 if m.group("dir").lower() == "before" else 1
    if m.group("rd"):
        base = -1 if m.group("rd").lower() == "yesterday" else 1
        return Pending("day", anchor="ref", offset=base + sign), False
    return None  # "the day before last Tuesday": needs day arithmetic on a weekday


def _half(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    half = 1 if m.group("h").lower() == "first" else 2
    if m.group("yr"):
        return Pending("half", year=_year(m.group("yr")), part=half), False
    if m.group("rel"):
        offset = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        return Pending("half", anchor="ref", offset=offset, part=half), False
    if m.group("the"):
        if "decade" in m.group("the"):
            return None
        return Pending("half", anchor="ref", offset=0, part=half), False
    yrs = m.group("yrs")
    if yrs and yrs.endswith("s"):
        decade = _year(yrs[:-1])
        if decade is None:
            return None
        fuzz: Fuzz = "early" if half == 1 else "late"
        return Pending("decade", part=decade // 10, fuzz=fuzz), False
    return Pending("half", year=_year(yrs), part=half), False


def _quarter(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    word = m.group("ord").lower()
    q = {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "final": 4,
        "last": 4,
    }[word]
    if word == "last" and not (m.group("yr1") or m.group("yr2") or m.group("yr3")):
        return None  # "the last quarter" is the latest one: quarter_rel handles it
    year = _year(m.group("yr1") or m.group("yr2") or m.group("yr3"))
    det = (m.group("det") or "").lower()
    if year is not None:
        return Pending("quarter", year=year, part=q), False
    if m.group("ago"):
        return Pending("quarter", anchor="ctx_quarter", offset=-1), False
    offset = None
    if det.startswith("last year"):
        offset = -1
    elif det.startswith("next year"):
        offset = 1
    elif det.startswith("this year"):
        offset = 0
    rel3 = (m.group("rel3") or "").lower()
    if rel3:
        offset = {"this": 0, "last": -1, "next": 1}[rel3]
    if m.group("cur"):
        offset = 0 if m.group("cur") == "current" else -1
    if offset is not None:
        return Pending("quarter", part=q, year_offset=offset), False
    return Pending("quarter", part=q), True


def _year_quarter(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    return Pending("quarter", anchor="ctx_quarter", year=_year(m.group("yr"))), False


def _quarter_q(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    year = _year(m.group("yr") or m.group("yy"))
    return Pending("quarter", year=year, part=int(m.group("q"))), year is None


def _quarter_rel(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    det = " ".join((m.group("det") or "").lower().split())
    mods = " ".join(m.group("mods").lower().replace("-", " ").split())
    noun = m.group("noun").lower()
    tail = (m.group("tail") or "").strip().lower()
    ago = "year ago" in mods or "year earlier" in mods or bool(tail) or det == "last year's"
    if noun == "year" or noun.startswith("fiscal"):
        if noun == "year" and not ("full" in mods or "fiscal" in mods):
            return None
        if ago or "previous" in mods or "prior" in mods or det == "last":
            return Pending("year", anchor="ref", offset=-1), False
        if "next" in mods or "coming" in mods or det == "next":
            return Pending("year", anchor="ref", offset=1), False
        return Pending("year", anchor="ref", offset=0), False
    if noun == "period" and not (ago or "latest" in mods or "recent" in mods):
        return None
    if ago:
        return Pending("quarter", anchor="ctx_quarter", offset=-1), False
    if det == "that" or "same" in mods:
        return Pending("quarter", anchor="ctx_quarter", offset=0), False
    if det == "this" or "current" in mods:
        return Pending("quarter", anchor="ref", offset=0), False
    if det == "next" or "next" in mods or "coming" in mods:
        return Pending("quarter", anchor="ref", offset=1), False
    if "previous" in mods or "prior" in mods:
        return Pending("quarter", anchor="ref", offset=-1), False
    if "comparable" in mods or "corresponding" in mods:
        return None
    return Pending("quarter", anchor="tense"), False


def _year_ago_adj(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    return Pending("quarter", anchor="ctx_quarter", offset=-1, fixed=None), False


def _fiscal_year(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    year = _year(m.group("yr"))
    if year is None:
        return None
    fz = (m.group("fzs") or "").lower()
    return Pending("year", year=year, fuzz=_FUZZ_LOWER.get(fz)), False  # type: ignore[arg-type]


def _season(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    pre = " ".join((m.group("pre") or "").lower().split())
    season = _SEASON_INDEX[m.group("sea").lower()]
    year = _year(m.group("yr"))
    if year is not None:
        return Pending("season", year=year, part=season), False
    if not pre:
        before = text[max(0, m.start() - 8) : m.start()].lower()
        if not _SEASON_PREPOSITION.search(before):
            return None
        if season in (0, 2):  # bare "spring"/"fall" are too often not a season
            return None
    if pre in ("the", "the early", "the late") and season in (0, 2):
        after = text[m.end() : m.end() + 4]
        if after.startswith(" of"):
            return None
    if pre in ("last", "this past"):
        return Pending("season", part=season, offset=-1), False
    if pre in ("next", "this coming"):
        return Pending("season", part=season, offset=1), False
    # "this summer" is the current year's whatever the tense; "the summer" is the
    # coming one in a future clause and the last one in a past clause
    return Pending("season", part=season), not pre.startswith("this")


_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's": (1, 1),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}


def _holiday(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    if not m.group("yr") and _CAPITAL_NEXT.match(text, m.end()):
        return None  # "Christmas Island", "Easter Rising"
    name = " ".join(m.group("hol").lower().replace("’", "'").split())
    rel = (m.group("rel") or "").lower()
    offset = {"last": -1, "next": 1}.get(rel)
    year = _year(m.group("yr"))
    if name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]
        return Pending("day", year=year, month=month, day=day, offset=offset, holiday=0), True
    # moveable feasts: encoded in ``part`` and computed once the year is known
    code = {
        "thanksgiving": 1,
        "thanksgiving day": 1,
        "election day": 2,
        "easter": 3,
        "easter sunday": 3,
    }.get(name)
    if code is None:
        return None
    return Pending("day", year=year, month=11 if code < 3 else 4, offset=offset, holiday=code), True


_REL_OFFSET = {
    "this": 0,
    "last": -1,
    "next": 1,
    "the past": -1,
    "the previous": -1,
    "the prior": -1,
    "the coming": 1,
    "the current": 0,
    "the following": 1,
    "the next": 1,
    "the same": 0,
    "that same": 0,
    "that": 0,
    "the latest": 0,
    "so far this": 0,
    "the": 0,
}


def _relative_unit(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    fuzz, half = _fuzz(m)
    offset = _REL_OFFSET[rel]
    contextual = rel in (
        "the following",
        "the previous",
        "the prior",
        "that",
        "the same",
        "that same",
    )
    if rel == "the" and unit == "year" and not m.group("fzp"):
        if m.group("fz"):  # "earlier in the year"
            return Pending("year", anchor="ref", offset=0), False
        before = text[max(0, m.start() - 7) : m.start()]
        if _FOR_BEFORE.search(before):
            return Pending("year", anchor="ref", offset=0), False
        return None
    if (
        rel == "the"
        and unit != "weekend"
        and not (m.group("fzp") and unit in ("year", "month", "week", "decade"))
    ):
        return None
    if unit in ("day", "morning", "night", "evening"):
        if rel in ("this", "the", "the past", "the coming", "the current", "the latest"):
            if unit == "day" or rel != "this":
                return None
            return Pending("day", anchor="ref", offset=0, time=_TOD[unit], kind="time"), False
        if rel == "last" and unit == "night":
            return Pending("day", anchor="ref", offset=-1, time="TNI"), False
        if rel in ("last", "next"):
            return None
        if unit != "day" and rel not in ("the next", "the following", "the previous", "that"):
            return None
        return Pending("day", anchor="ctx", offset=offset, fuzz=fuzz), False
    if rel == "the past" and unit in ("week", "month", "day"):
        return None  # "the past week" is a duration more often than a date
    anchor: Anchor = "ctx" if contextual else "ref"
    if unit == "year":
        if half:
            return Pending("half", anchor=anchor, offset=offset, part=half), False
        return Pending("year", anchor=anchor, offset=offset, fuzz=fuzz), False
    if unit == "month":
        return Pending("month", anchor=anchor, offset=offset, fuzz=fuzz), False
    if unit == "week":
        return Pending("week", anchor=anchor, offset=offset, fuzz=fuzz), False
    if unit == "weekend":
        if rel in ("the", "this"):
            return Pending("weekend", anchor="tense"), True
        return Pending("weekend", anchor=anchor, offset=offset), False
    if unit == "decade":
        if rel in ("the past", "the last", "last"):
            return Pending("decade", anchor="ref", offset=-1, fuzz=fuzz), False
        return Pending("decade", anchor="ref", offset=offset, fuzz=fuzz), False
    return Pending("century", anchor="ref", offset=offset, fuzz=fuzz), False


def _year_end(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    year = _year(m.group("yr"))
    if year is not None:
        return Pending("year", year=year, year_end=True), False
    return Pending("year", anchor="ref", offset=0, year_end=True), False


def _month_year(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    month = _month(m.group("mon"))
    fuzz, half = _fuzz(m)
    if half:
        return None
    if m.group("rel"):
        offset = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        return Pending("month", month=month, fuzz=fuzz, year_offset=offset), False
    if m.group("yyw"):
        year = _spelled_year(m.group("yyw"))
        if year is None:
            return None
    else:
        year = _year(m.group("yr"))
    return Pending("month", year=year, month=month, fuzz=fuzz), False


def _month_alone(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    word = m.group("mon")
    month = _month(word)
    fuzz, half = _fuzz(m)
    if half:
        return None
    rel = " ".join((m.group("rel") or "").lower().split())
    prefixed = bool(rel or m.group("fz") or m.group("fzp"))
    if not prefixed:
        before = text[max(0, m.start() - 12) : m.start()]
        preposition = _MONTH_PREPOSITION.search(before)
        if word in ("May", "March", "August") and not preposition:
            return None
        if not preposition and _THE_BEFORE.search(before):
            after = text[m.end() : m.end() + 3]
            if not _LOWER_NEXT.match(after):
                return None
        if not preposition:
            after = text[m.end() : m.end() + 3]
            if _CAPITAL_NEXT.match(after) or not _OPEN_BEFORE.search(before):
                return None
    if rel in ("last", "this past"):
        return Pending("month", month=month, offset=-1, fuzz=fuzz), True
    if rel in ("next", "this coming"):
        return Pending("month", month=month, offset=1, fuzz=fuzz), True
    if rel == "this":  # "this September": the one of the reference year
        return Pending("month", month=month, fuzz=fuzz, year_offset=0), False
    return Pending("month", month=month, fuzz=fuzz), True


def _weekday_rule(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    pre = " ".join((m.group("pre") or "").lower().split())
    weekday = _weekday(m.group("wd"))
    tod = (m.group("tod") or "").lower()
    if pre in ("every", "each") or m.group("pl"):
        value = f"XXXX-WXX-{weekday + 1}" + (_TOD[tod] if tod else "")
        return Pending("fixed", fixed=value, kind="set"), False
    if pre in ("the following", "the next"):
        return None
    after_the = _THE_BEFORE.search(text[max(0, m.start() - 4) : m.start()])
    if not pre and after_the and _CAPITAL_NEXT.match(text, m.end()):
        return None  # "The Sunday Times"
    offset = {
        "last": -1,
        "this past": -1,
        "the previous": -1,
        "next": 1,
        "this coming": 1,
        "this": 2,
    }.get(pre)
    if offset is None and m.group(0)[-2:] in ("'s", "’s"):
        # "Wednesday's ruling" names a day already past in the story's own time
        return Pending("day", anchor="tense", weekday=weekday), False
    return Pending("day", anchor="tense", weekday=weekday, offset=offset), True


def _relative_day(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    word = " ".join(m.group("rd").lower().split())
    if word == "today" and text[m.end() : m.end() + 1] in ("'", "’"):
        return None  # "today's prices": an attribute of the present, not a date
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}[word]
    time = "TNI" if word in ("tonight", "last night") else None
    return Pending("day", anchor="ref", offset=offset, time=time), False


def _decade(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    fuzz = _FUZZ_LOWER.get((m.group("fz") or "").lower())
    decade = int(m.group("dec")) // 10 if m.group("dec") else 190 + int(m.group("d2"))
    return Pending("decade", part=decade, fuzz=fuzz), False  # type: ignore[arg-type]


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decade_word(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    fuzz = _FUZZ_LOWER.get((m.group("fz") or "").lower())
    decade = 190 + _DECADE_WORDS[m.group("dw").lower()]
    return Pending("decade", part=decade, fuzz=fuzz), False  # type: ignore[arg-type]


def _century(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    n = int(m.group("n")) if m.group("n") else _ordinal(m.group("nw"))
    if not n or n > 21:
        return None
    fuzz = _FUZZ_LOWER.get((m.group("fz") or "").lower())
    return Pending("century", part=n - 1, fuzz=fuzz), False  # type: ignore[arg-type]


def _spelled_year(words: str) -> int | None:
    parts = words.lower().replace("-", " ").split()
    if not parts or parts[0] != "nineteen":
        return None
    rest = parts[1:]
    if rest == ["hundred"]:
        return 1900
    total = 0
    for w in rest:
        if w not in _NUMBER_WORDS:
            return None
        total += _NUMBER_WORDS[w]
    return 1900 + total if 10 <= total <= 99 else None


def _spelled(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    if m.group("tt"):
        return Pending("year", year=2000), False
    year = _spelled_year(m.group("sy"))
    return (Pending("year", year=year), False) if year else None


def _year_rule(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    year = _year(m.group("yr"))
    if year is None:
        return None
    fuzz, half = _fuzz(m)
    pre = (m.group("pre") or "").lower().strip(" -")
    if not (pre or m.group("fz") or m.group("fzp")) and _NOT_YEAR_BEFORE.search(
        text, max(0, m.start() - 14), m.start()
    ):
        return None
    after = _NEXT_WORD.match(text, m.end())
    if after is not None and after.group(1) in _COUNT_NOUNS:
        return None  # "2000 troops"
    if pre == "post":
        fuzz = "after"
    elif pre == "pre":
        fuzz = "before"
    if half:
        return Pending("half", year=year, part=half), False
    if not (pre or m.group("fz") or m.group("fzp")) and (year < 1800 or year > 2060):
        before = text[max(0, m.start() - 6) : m.start()]
        if not _YEAR_PREPOSITION.search(before):
            return None
    return Pending("year", year=year, fuzz=fuzz), False


def _fixed(value: str) -> _Handler:
    def handler(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
        return Pending("fixed", fixed=value), False

    return handler


def _present(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    return Pending("fixed", fixed="PRESENT_REF"), False


def _set(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    w = m.group("w").lower()
    adverbs = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "nightly": "P1D",
        "hourly": "PT1H",
        "biweekly": "P2W",
    }
    if w in adverbs:
        return Pending("fixed", fixed=adverbs[w], kind="set"), False
    unit = (m.group("unit") or "").lower()
    if not unit:
        unit = w.rsplit(" ", 1)[-1]
    n = 1
    num = (m.group("num") or "").lower()
    if num == "other":
        n = 2
    elif num:
        n = _number(num) or 1
    letter = {
        "morning": "D",
        "night": "D",
        "evening": "D",
        "weekend": "W",
        "summer": "Y",
        "winter": "Y",
        "spring": "Y",
        "autumn": "Y",
    }.get(unit) or _UNIT_LETTER.get(unit, "D")
    prefix = "PT" if unit in ("hour", "minute") else "P"
    return Pending("fixed", fixed=f"{prefix}{n}{letter}", kind="set"), False


def _duration(m: re.Match[str], text: str) -> tuple[Pending, bool] | None:
    num = m.group("num")
    n = _number(num)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit == "centuries":
        unit = "century"
    if num.lower() in ("a", "an") and not m.group("dpre") and not m.group("approx"):
        before = text[max(0, m.start() - 8) : m.start()].lower()
        if not _DURATION_PREPOSITION.search(before):
            return None
    if m.group("hy") == "-" and m.group("pl"):
        return None
    if unit in ("second", "minute", "hour"):
        value = f"PT{n}{_UNIT_LETTER[unit]}"
    else:
        value = f"P{n}{_UNIT_LETTER[unit]}"
    fuzz: Fuzz | None = "approx" if m.group("approx") else None
    return Pending("fixed", fixed=value, kind="duration", fuzz=fuzz), False


_HANDLERS: dict[str, _Handler] = {
    "between_fuzzy": _between_fuzzy,
    "week_of": _week_of,
    "week_in_month": _week_in_month,
    "month_day_range": _day_range,
    "day_month_range": _day_range,
    "month_day": _month_day,
    "day_month": _day_month,
    "numeric_iso": _numeric,
    "numeric_us": _numeric,
    "time_of_day": _time_of_day,
    "ago": _ago,
    "ago_vague": _ago_vague,
    "day_before": _day_before,
    "half": _half,
    "quarter": _quarter,
    "quarter_q": _quarter_q,
    "year_quarter": _year_quarter,
    "quarter_rel": _quarter_rel,
    "year_ago_adj": _year_ago_adj,
    "fiscal_year": _fiscal_year,
    "season": _season,
    "holiday": _holiday,
    "relative_unit": _relative_unit,
    "year_end": _year_end,
    "month_year": _month_year,
    "month": _month_alone,
    "weekday": _weekday_rule,
    "relative_day": _relative_day,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "spelled_year": _spelled,
    "year": _year_rule,
    "past_ref": _fixed("PAST_REF"),
    "present_ref": _present,
    "future_ref": _fixed("FUTURE_REF"),
    "set": _set,
    "duration": _duration,
}
assert set(_HANDLERS) == set(_NAMES)
assert all(family <= set(_NAMES) for family in _FAMILIES.values())


_Trial = tuple[str, Callable[[str, int], "re.Match[str] | None"], _Handler]
# _DISPATCH with each rule's match method and handler at hand (the loop below runs
# for every head)
_TRIALS: dict[tuple[str, str], tuple[_Trial, ...]] = {
    key: tuple((rule, _COMPILED[rule].match, _HANDLERS[rule]) for rule in rules)
    for key, rules in _DISPATCH.items()
    if rules
}


def find(text: str) -> Iterator[Found]:
    """Every expression the grammar detects in ``text``, in order, without overlaps."""
    last_end = 0
    trials_for = _TRIALS.get
    for hs, kind in _heads(text):
        if hs < last_end:
            continue
        if hs > last_end and text[hs - 1] in _SEPARATORS:
            lo = max(last_end, hs - _CHAIN_CHARS)
            backs = _chain_back(text[lo:hs], lo > last_end and text[lo - 1] in _WORDISH)
            cands: tuple[int, ...] = (*[hs - back for back in backs], hs)
        else:
            cands = (hs,)  # (what _chain_starts gives then)
        for cand in cands:
            for rule, match, handler in trials_for((kind, text[cand]), ()):
                m = match(text, cand)
                if m is None or m.end() <= hs:
                    continue
                got = handler(m, text)
                if got is None:
                    continue
                pending, tense_needed = got
                end = m.end()
                last_end = end
                while end > cand and text[end - 1] in " \t\n,.":
                    end -= 1
                yield Found(cand, end, rule, pending, tense_needed)
                break
            else:
                continue
            break
