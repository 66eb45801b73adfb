"""One parametrised test over every example corpus (see eventkit.corpus)."""

from __future__ import annotations

import pytest

from eventkit.corpus import Corpus, Example, check, check_negative, load_corpora

_CORPORA = load_corpora()

_POSITIVE = [
    pytest.param(corpus, example, id=f"{corpus.name}:{example.text[:50]}")
    for corpus in _CORPORA
    for example in corpus.examples
]
_NEGATIVE = [
    pytest.param(corpus, text, id=f"{corpus.name}:not:{text[:50]}")
    for corpus in _CORPORA
    for text in corpus.negative
]


@pytest.mark.parametrize(("corpus", "example"), _POSITIVE)
def test_example(corpus: Corpus, example: Example) -> None:
    assert check(corpus, example) == []


@pytest.mark.parametrize(("corpus", "text"), _NEGATIVE)
def test_must_not_match(corpus: Corpus, text: str) -> None:
    assert check_negative(corpus, text) == []


def test_every_corpus_is_named_once() -> None:
    names = [c.name for c in _CORPORA]
    assert len(names) == len(set(names))
