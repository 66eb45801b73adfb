"""Sentence splitting and datelines: example texts and the spans they must give."""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]


def _sentences(doc: Any) -> list[Any]:
    return list(doc.sentences)


def _sentences_are(*texts: str) -> list[dict[str, str]]:
    return [{"text": t} for t in texts]


_EXAMPLES = [
    # abbreviations of titles, months and countries do not end a sentence
    ("Gen. Mark Hale and Lt. Col. Ana Ruiz flew to Oct. talks in the U.S. capital.",),
    (
        "The No. 2 official resigned on Jan. 3. A successor was named.",
        "The No. 2 official resigned on Jan. 3.",
        "A successor was named.",
    ),
    # an initialism may end a sentence when a usual opener follows
    (
        "Troops returned to the U.S. The Pentagon said so.",
        "Troops returned to the U.S.",
        "The Pentagon said so.",
    ),
    # initials of a name
    ("President John F. Kennedy spoke.",),
    # closing quotes after the full stop stay with their sentence
    (
        "“We will respond,” he said. “They were warned.” The talks ended.",
        "“We will respond,” he said.",
        "“They were warned.”",
        "The talks ended.",
    ),
    # a question or exclamation inside a quote followed by the speaker is one sentence
    ("“Why now?” the minister asked.",),
    # an elided passage "(…)" followed by a capital ends a sentence
    ("They may go (…) If they do, we act.", "They may go (…)", "If they do, we act."),
    (
        "An ellipsis ends here... Then a new one starts.",
        "An ellipsis ends here...",
        "Then a new one starts.",
    ),
    # a headline without final punctuation is a sentence of its own
    (
        "Navy ships sail to the gulf\nThe fleet left port on Monday.",
        "Navy ships sail to the gulf",
        "The fleet left port on Monday.",
    ),
    # paragraphs
    ("First paragraph ends.\n\nSecond one starts.", "First paragraph ends.", "Second one starts."),
    # a wrapped line going on in lower case is not a break
    ("The convoy crossed\nthe border at dawn.",),
    # decimals and times are not boundaries
    ("The vote was 2.5 points ahead at 10 a.m. on Monday.",),
    # the ASCII opening quote of wire copy (``) opens a sentence too
    (
        "The envoy left on Friday. ``We will be back,'' she said. ``Soon.''",
        "The envoy left on Friday.",
        "``We will be back,'' she said.",
        "``Soon.''",
    ),
]


def _example(row: tuple[str, ...]) -> Example:
    text, *sentences = row
    return Example(text, _sentences_are(*(sentences or [text])), exhaustive=True)


CORPUS = Corpus(
    name="sentences",
    items=_sentences,
    examples=[_example(r) for r in _EXAMPLES],
)
