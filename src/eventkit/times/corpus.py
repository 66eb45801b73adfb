"""Examples for the times layer, per rule family, against :data:`eventkit.corpus.REFERENCE`.

The reference date is Thursday 24 October 2024 (ISO week 2024-W43). Every expected
value below was worked out by hand from that date; a sentence's tense decides which
Friday or which January it means.
"""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]


def _times(doc: Any) -> list[Any]:
    return list(doc.times)


def _t(text: str, value: str, **fields: Any) -> dict[str, Any]:
    return {"text": text, "value": value, **fields}


_DAY = {"kind": "date"}

_EXAMPLES = [
    # -- absolute dates in the usual news forms ------------------------------------------
    Example("The talks opened on Oct. 24.", [_t("Oct. 24", "2024-10-24", rule="month_day")]),
    Example("He arrived on 24 October 2024.", [_t("24 October 2024", "2024-10-24")]),
    Example("The ceasefire began on Oct 24th.", [_t("Oct 24th", "2024-10-24")]),
    Example(
        "The deal was dated 10/24/2024 and filed 2024-10-24.",
        [_t("10/24/2024", "2024-10-24"), _t("2024-10-24", "2024-10-24")],
        exhaustive=True,
    ),
    Example("The treaty was signed on March 3, 2020.", [_t("March 3, 2020", "2020-03-03")]),
    # a week of a month: the month, its bounds narrowed to that week's days
    Example(
        "The deal was signed in the first week of March.",
        [_t("the first week of March", "2024-03", begin="2024-03-01", finish="2024-03-07")],
        exhaustive=True,
    ),
    Example(
        "Troops will leave in the last week of November.",
        [_t("the last week of November", "2024-11", begin="2024-11-24", finish="2024-11-30")],
        exhaustive=True,
    ),
    # a range of days in one month: the first day, bounds over the range
    Example(
        "Talks are scheduled for Oct. 30-31 in Geneva.",
        [_t("Oct. 30-31", "2024-10-30", begin="2024-10-30", finish="2024-10-31")],
        exhaustive=True,
    ),
    Example(
        "The summit was held on 5-6 November 2023.",
        [_t("5-6 November 2023", "2023-11-05", begin="2023-11-05", finish="2023-11-06")],
        exhaustive=True,
    ),
    # a score or a count before a month is no range of days
    Example("The vote was 52-48 in October.", [_t("October", "2024-10")], exhaustive=True),
    Example("Friday, Oct. 18, was quiet.", [_t("Friday, Oct. 18", "2024-10-18")]),
    Example(
        "The accord takes effect on Dec. 1.",
        [_t("Dec. 1", "2024-12-01", begin="2024-12-01", finish="2024-12-01")],
    ),
    # a past-tense January is this year's, a coming one next year's
    Example("The pact was signed in January.", [_t("January", "2024-01")]),
    Example("The parliament will vote in January.", [_t("January", "2025-01")]),
    Example("The troops will march in May.", [_t("May", "2025-05")], exhaustive=True),
    # an irregular past tense is a past clause too (January is 82 days ahead, 282 back)
    Example("Government troops withdrew in January.", [_t("January", "2024-01")], exhaustive=True),
    Example("The rebels fled the town in January.", [_t("January", "2024-01")], exhaustive=True),
    # what has held "since" a month began in the past, whatever the verb's tense
    Example(
        "Patrol boats have been circling the islands since March.",
        [_t("March", "2024-03")],
        exhaustive=True,
    ),
    Example("The border has stayed shut since early March.", [_t("early March", "2024-03")]),
    Example("Ships have waited off the coast since Monday.", [_t("Monday", "2024-10-21")]),
    # -- weekdays: the tense of the clause picks the week ------------------------------
    Example("Troops left on Wednesday.", [_t("Wednesday", "2024-10-23", rule="weekday")]),
    # "agreed to" + a noun is a past agreement; "agreed to" + a verb looks ahead
    Example(
        "Both sides agreed to a ceasefire in Gaza on Wednesday.",
        [_t("Wednesday", "2024-10-23", rule="weekday")],
    ),
    Example("Both sides agreed to meet on Wednesday.", [_t("Wednesday", "2024-10-30")]),
    Example(
        "Officials confirmed this Wednesday that the convoy had left.",
        [_t("this Wednesday", "2024-10-23")],
    ),
    Example("The envoy arrived last Friday.", [_t("last Friday", "2024-10-18")]),
    Example("The ministers will meet on Friday.", [_t("Friday", "2024-10-25")]),
    # a closing attribution ("..., officials said") reports the clause: its past tense
    # does not make the coming Saturday a past one
    Example(
        "The last troops will leave the base near the northern border on Saturday, the "
        "defence ministry said.",
        [_t("Saturday", "2024-10-26")],
        exhaustive=True,
    ),
    Example(
        "The last troops left the base on Saturday, a spokesman told reporters.",
        [_t("Saturday", "2024-10-19")],
        exhaustive=True,
    ),
    # a reporting verb that opens the clause still gives it its tense
    Example("On Saturday, officials said the troops had left.", [_t("Saturday", "2024-10-19")]),
    Example("The summit will open next Monday.", [_t("next Monday", "2024-10-28")]),
    Example("The vote is scheduled for Tuesday.", [_t("Tuesday", "2024-10-29")]),
    Example("Shelling resumed Friday night.", [_t("Friday night", "2024-10-18")]),
    # the publication weekday in a past-tense sentence is the publication day
    Example("The army said on Thursday that it had withdrawn.", [_t("Thursday", "2024-10-24")]),
    # -- days relative to the reference -------------------------------------------------
    Example(
        "The rebels attacked yesterday and two days ago.",
        [_t("yesterday", "2024-10-23"), _t("two days ago", "2024-10-22", rule="ago")],
    ),
    Example("Talks resume tomorrow.", [_t("tomorrow", "2024-10-25")]),
    Example("Today the border reopened.", [_t("Today", "2024-10-24")]),
    Example("Strikes hit the city last night.", [_t("last night", "2024-10-23TNI")]),
    Example("He left the day before yesterday.", [_t("the day before yesterday", "2024-10-22")]),
    Example(
        "On Oct. 10 the envoy arrived; the next day he met the president.",
        [_t("Oct. 10", "2024-10-10"), _t("the next day", "2024-10-11")],
    ),
    Example("The general resigned the previous day.", [_t("the previous day", "2024-10-23")]),
    # -- weeks, months and years --------------------------------------------------------
    Example(
        "Fighting eased last week but flared this week.",
        [
            _t("last week", "2024-W42", begin="2024-10-14", finish="2024-10-20"),
            _t("this week", "2024-W43", begin="2024-10-21", finish="2024-10-27"),
        ],
    ),
    Example("Inspectors return next week.", [_t("next week", "2024-W44")]),
    Example(
        "Exports fell last month and will recover next month.",
        [_t("last month", "2024-09"), _t("next month", "2024-11")],
    ),
    Example(
        "Talks resumed earlier this month and will end next year.",
        [_t("earlier this month", "2024-10"), _t("next year", "2025")],
    ),
    Example(
        "The base was built three years ago and expanded last year.",
        [_t("three years ago", "2021"), _t("last year", "2023")],
    ),
    Example("The mission ends this year.", [_t("this year", "2024")]),
    Example("The weekend passed quietly.", [_t("The weekend", "2024-W42-WE")]),
    # -- months and years alone ---------------------------------------------------------
    Example(
        "He visited North Korea in September.",
        [_t("September", "2024-09", begin="2024-09-01", finish="2024-09-30")],
    ),
    Example("The embassy closed in 2019.", [_t("2019", "2019", rule="year")]),
    Example(
        "The wall fell in the 1990s, in the 20th century.",
        [
            _t("the 1990s", "199", begin="1990-01-01", finish="1999-12-31"),
            _t("the 20th century", "19"),
        ],
    ),
    Example("Sales grew in August 2023.", [_t("August 2023", "2023-08")]),
    Example("It opened in January this year.", [_t("January this year", "2024-01")]),
    # -- fuzzy parts ----------------------------------------------------------------------
    Example(
        "Troops crossed between early and mid-October, officials said.",
        [
            _t(
                "between early and mid-October",
                "2024-10",
                begin="2024-10-01",
                finish="2024-10-20",
            )
        ],
    ),
    Example(
        "Early October brought rain, and late 2023 was dry.",
        [
            _t("Early October", "2024-10", begin="2024-10-01", finish="2024-10-10", mod="start"),
            _t("late 2023", "2023", begin="2023-09-01", finish="2023-12-31", mod="end"),
        ],
    ),
    Example(
        "Prices peaked in mid-2023 and fell late last year.",
        [
            _t("mid-2023", "2023", mod="mid", begin="2023-05-01", finish="2023-08-31"),
            _t("late last year", "2023", mod="end"),
        ],
    ),
    Example(
        "Votes were counted in late October.",
        [_t("late October", "2024-10", begin="2024-10-21", finish="2024-10-31")],
    ),
    Example("Work stops at the end of 2025.", [_t("the end of 2025", "2025", mod="end")]),
    Example(
        "Exports fell in the first half of 2024.",
        [_t("the first half of 2024", "2024-H1", begin="2024-01-01", finish="2024-06-30")],
    ),
    # -- quarters, seasons and fiscal years ------------------------------------------------
    Example(
        "Growth slowed in the third quarter and in Q2 2023.",
        [
            _t("the third quarter", "2024-Q3", begin="2024-07-01", finish="2024-09-30"),
            _t("Q2 2023", "2023-Q2"),
        ],
    ),
    Example("Profit rose in fiscal 2024.", [_t("fiscal 2024", "2024")]),
    Example("Third-quarter sales slipped.", [_t("Third-quarter", "2024-Q3")]),
    Example("The fleet sailed last summer.", [_t("last summer", "2024-SU")]),
    # "last <month>" is the latest before last month, which news calls "last month"
    Example("The talks began last August.", [_t("last August", "2024-08")], exhaustive=True),
    Example("The pact was signed last September.", [_t("last September", "2023-09")]),
    Example("Talks will resume next spring.", [_t("next spring", "2025-SP")]),
    # "the spring" is the coming one in a future clause, the last one in a past clause
    Example("The summit will be held in the spring.", [_t("the spring", "2025-SP")]),
    Example("The troops arrived in the spring.", [_t("the spring", "2024-SP")]),
    Example("The troops will leave in the winter.", [_t("the winter", "2024-WI")]),
    # -- holidays -----------------------------------------------------------------------
    Example("The truce ended on Christmas Day.", [_t("Christmas Day", "2023-12-25")]),
    # -- PAST_REF, PRESENT_REF, FUTURE_REF ---------------------------------------------------
    Example("The base is currently on alert.", [_t("currently", "PRESENT_REF")]),
    Example("Troops are now in the north.", [_t("now", "PRESENT_REF")]),
    Example(
        "More troops will arrive in the coming days.",
        [_t("in the coming days", "FUTURE_REF")],
    ),
    Example("The ban was recently lifted.", [_t("recently", "PAST_REF")]),
    Example("A deal is expected soon.", [_t("soon", "FUTURE_REF")]),
    # -- durations, times of day and sets: typed as such ---------------------------------
    Example("Patrols run every day.", [_t("every day", "P1D", kind="set")], exhaustive=True),
    Example("The siege lasted three weeks.", [_t("three weeks", "P3W", kind="duration")]),
    Example(
        "The polls will close at 9 a.m. Tuesday.",
        [_t("9 a.m. Tuesday", "2024-10-29T09:00", kind="time")],
    ),
    # -- without a publication date -------------------------------------------------------
    Example(
        "KYIV, Oct 24 (Reuters) - Troops left yesterday.",
        [_t("yesterday", "XXXX-10-23")],
        published=None,
    ),
    Example("Troops left yesterday.", [_t("yesterday", "XXXX-XX-XX")], published=None),
    Example(
        "The treaty was signed on March 3, 2020.",
        [_t("March 3, 2020", "2020-03-03")],
        published=None,
    ),
]

# Texts that must produce no time expression at all.
_NEGATIVE = [
    "We may go to the talks.",
    "We will decide.",
    "May the best side win.",
    "Prices may rise again.",
    "Sun Yat-sen founded the party.",
    "Protesters march on the capital.",
    "The March organisers said little.",
    "The march ended peacefully.",
    "The final score was 2-1.",
    "They won 3-0 in the final.",
    "Support rose to 45% of voters.",
    "Turnout reached 20.5 percent.",
    "The fund raised $2024 from donors.",
    "The budget is $1.2 billion.",
    "The 1st Armored Division moved north.",
    "The 3rd Brigade and the 101st Airborne Division deployed.",
    "The council adopted Resolution 2231.",
    "Call 555-2024 for details.",
    "Call +1 202 555 0199 for details.",
    "The convoy carried 2000 troops.",
    "Flight 2046 landed safely.",
    "He scored 12 points.",
    "Will the ministers agree?",
    "Autumn Peltier addressed the assembly.",
    "Christmas Island lies south of Java.",
    "The Sunday Times reported it.",
    "Prices fall when supply rises.",
    "The fall of the city shocked them.",
    "The current account deficit widened.",
    "An electric current flows through the wire.",
    "Rule 2019 applies to all members.",
    "Page 2024 of the report is missing.",
    "Grades of 4/5 are common.",
]

CORPUS = Corpus(name="times", items=_times, examples=_EXAMPLES, negative=_NEGATIVE)
