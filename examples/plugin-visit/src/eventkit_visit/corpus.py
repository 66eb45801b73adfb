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
    ],
    negative=[
        "The visit was postponed because of the weather.",
        "Visiting dignitaries were shown the new port.",
        "His visits to the region have become rare.",
        "Russia sent 3,000 troops to the border on Wednesday.",
    ],
)
