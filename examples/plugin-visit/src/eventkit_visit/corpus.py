"""Examples for the visit extractor: sentences and the visits they must give.

Run by ``tests/test_visit_plugin.py`` with :func:`eventkit.corpus.check`. The
reference (publication) date is eventkit's: Thursday 24 October 2024.
"""

from __future__ import annotations

import datetime as dt

from eventkit.corpus import Corpus, Example

from eventkit_visit.extract import extract_visits

__all__ = ["CORPUS"]

CORPUS = Corpus(
    name="visit",
    items=extract_visits,
    examples=[
        Example(
            "French President Emmanuel Macron visited Hanoi on Tuesday.",
            [
                {
                    "type": "visit",
                    "trigger": {"text": "visited"},
                    "modality": "asserted",
                    "visitor": {"name": "Emmanuel Macron", "kind": "person"},
                    "host": {"name": "Hanoi", "country": "VNM"},
                    "date": {"value": "2024-10-22"},
                }
            ],
            exhaustive=True,
        ),
        Example(
            "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit.",
            [
                {
                    "trigger": {"text": "arrived in"},
                    "visitor": {"name": "Narendra Modi"},
                    "host": {"name": "Moscow", "country": "RUS"},
                    "date": {"value": "2024-10-21"},
                }
            ],
            exhaustive=True,  # "a two-day visit" is a noun, not a second visit
        ),
        Example(
            "German Chancellor Olaf Scholz will visit Nairobi on Monday.",
            [
                {
                    "trigger": {"text": "visit"},
                    "modality": "asserted",
                    "visitor": {"name": "Olaf Scholz"},
                    "host": {"name": "Nairobi", "country": "KEN"},
                    "date": {"value": "2024-10-28"},
                }
            ],
        ),
        Example(
            "Chancellor Olaf Scholz did not visit Kyiv on Wednesday.",
            [{"modality": "negated", "host": {"country": "UKR"}, "date": {"value": "2024-10-23"}}],
        ),
        Example(
            "President Joe Biden could visit Berlin in December.",
            [{"modality": "hypothetical", "host": {"name": "Berlin", "country": "DEU"}}],
        ),
        Example(
            "Japanese Prime Minister Fumio Kishida toured Manila on 3 March.",
            [
                {
                    "trigger": {"text": "toured"},
                    "visitor": {"name": "Fumio Kishida"},
                    "host": {"name": "Manila", "country": "PHL"},
                    "date": {"value": "2024-03-03"},
                }
            ],
            published=dt.date(2024, 3, 5),
        ),
        Example(
            "Prime Minister Keir Starmer invited President Emmanuel Macron to visit London.",
            [
                {
                    "trigger": {"text": "visit"},
                    "modality": "hypothetical",  # an invitation, not a visit yet
                    "visitor": {"name": "Emmanuel Macron"},
                    "host": {"name": "London", "country": "GBR"},
                }
            ],
            exhaustive=True,
        ),
        Example(
            "Chancellor Olaf Scholz, who spoke on Monday, visited Warsaw on 18 October.",
            [{"host": {"country": "POL"}, "date": {"value": "2024-10-18"}}],  # not Monday
            exhaustive=True,
        ),
        Example(
            "Indian Prime Minister Narendra Modi visits Kyiv",  # a headline
            [{"trigger": {"text": "visits"}, "host": {"name": "Kyiv", "country": "UKR"}}],
        ),
        Example(
            "President Joe Biden arrived in Angola on Monday. He toured a museum in Luanda.",
            [
                {
                    "trigger": {"text": "arrived in"},
                    "visitor": {"name": "Joe Biden"},
                    "host": {"country": "AGO"},
                    "date": {"value": "2024-10-21"},
                }
            ],
            exhaustive=True,  # "He toured": a pronoun is no actor, so no second visit
        ),
        Example(
            "Chinese President Xi Jinping paid a state visit to Serbia in May.",
            [
                {
                    "trigger": {"text": "paid a state visit to"},
                    "visitor": {"name": "Xi Jinping"},
                    "host": {"country": "SRB"},
                    "date": {"value": "2024-05"},
                }
            ],
            exhaustive=True,
        ),
        Example(
            "Secretary of State Antony Blinken toured a refugee camp in Jordan on Wednesday.",
            [{"visitor": {"name": "Antony Blinken"}, "host": {"country": "JOR"}}],
        ),
        Example(
            "Ukrainian President Volodymyr Zelensky visited Washington last month, his office "
            "said.",
            [{"host": {"country": "USA"}, "date": {"value": "2024-09"}}],
        ),
        Example(
            "The Kremlin said President Vladimir Putin would not visit Brazil for the summit.",
            [
                {
                    "modality": "negated",
                    "visitor": {"name": "Vladimir Putin"},  # not the Kremlin, which said it
                    "host": {"country": "BRA"},
                }
            ],
            exhaustive=True,
        ),
    ],
    negative=[
        "Ending a three-day visit, the envoy praised his hosts.",
        "The inspectors' tour of the sites lasted ten hours.",
        "The visit was postponed because of the weather.",
        "Visiting dignitaries were shown the new port.",
        "His visits to the region have become rare.",
        "Russia sent 3,000 troops to the border on Wednesday.",
    ],
)
