"""Sentence splitting with character offsets, tuned to news typography.

Written here rather than taken from a library: the well-kept splitters (spaCy,
NLTK's punkt, pysbd) either need models or large dependencies, or return strings
instead of offsets; news needs only a lexicon of abbreviations, quote handling and
paragraph breaks, which one precompiled pattern does in a single pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import regex

from eventkit.model import Span

__all__ = ["split_sentences"]

# A candidate end: terminal punctuation, closing quotes or brackets, then space and
# the start of a new sentence (an opening quote, ASCII `` included, or bracket, a
# capital or a digit).
_CLOSE = r"[\"”’'»)\]]*+"
_GAP = r"[ \t\u00a0]++"
_BOUNDARY_PATTERN = (
    r"(?<![.!?])(?P<stop>[.!?]++|…|\(…\)|\(\.\.\.\))"
    rf"(?P<close>{_CLOSE})(?P<gap>{_GAP})(?=[\"“‘'`«(\[]*[\p{{Lu}}\p{{N}}])"
)
_BOUNDARY = regex.compile(_BOUNDARY_PATTERN)
# The characters of the token a full stop may belong to (see _TOKEN_BEFORE).
_TOKEN_CHAR = r"[\p{L}\p{N}.&'’\-]"
# Paragraph and line breaks: a blank line always ends a sentence; a single line
# break does unless the next line goes on in lower case (a wrapped line). Found
# from their first line feed: the spaces and carriage return before it are trimmed
# off the block anyway, and a search that starts only at a line feed does not try
# every space of the text (the standard engine: no \p{} here).
_BREAK_FROM_FEED = re.compile(r"\n(?:[ \t\u00a0]*\r?\n)*[ \t\u00a0]*")
# Searched backwards from the stop (REVERSE): the same match as a forward search,
# without trying every start in the look-back window.
_TOKEN_BEFORE = regex.compile(f"({_TOKEN_CHAR}+)$", regex.REVERSE)
_TOKEN_REACH = 40  # chars: longer than any abbreviation
_TOKEN_CHAR_RE = regex.compile(_TOKEN_CHAR)
# Span(**fields) without the keyword-argument step (what __init__ calls): a third
# faster, and there is a Span per sentence.
_span = Span.__pydantic_validator__.validate_python
_INITIALISM = regex.compile(r"^(?:\p{L}\.)+\p{L}$")


def _lexicon(name: str) -> list[str]:
    text = resources.files("eventkit.text").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(never-final, maybe-final) abbreviations from the packaged lexicon."""
    lines = _lexicon("abbreviations.txt")
    maybe = {ln[:-2].strip() for ln in lines if ln.endswith(" *")}
    return frozenset(ln for ln in lines if not ln.endswith(" *")), frozenset(maybe)


@lru_cache(maxsize=1)
def _fast_boundary() -> regex.Pattern[str]:
    """:data:`_BOUNDARY` without the full stops :func:`_ends_sentence` would reject
    for the token before them alone: a never-final abbreviation or an ASCII initial
    ("Gen.", "F."), the whole token (nothing of it before ``cursor``). A page of
    "Oct. Oct. ..." then costs no Python step per full stop."""
    never = [a for a in _abbreviations()[0] if a[:1] not in "'’-" and not a.endswith(".")]
    # Checked last, back from the gap, so that only whole candidates pay for it.
    words = f"{_backwards_alternation(never)}|[A-Z]"
    skip = rf"(?<!(?<!{_TOKEN_CHAR})['’\-]*+(?:{words})\.{_CLOSE}{_GAP})"
    return regex.compile(_BOUNDARY_PATTERN + skip)


def _backwards_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, factored from their ends ("(?:D|S)ec"),
    so that matched backwards, in a look-behind, it compares each character once
    instead of trying every word."""
    ends: dict[str, list[str]] = {}
    whole = False  # a word ends here: what is before it is optional
    for word in words:
        if word:
            ends.setdefault(word[-1], []).append(word[:-1])
        else:
            whole = True
    parts = [_backwards_alternation(rest) + regex.escape(c) for c, rest in sorted(ends.items())]
    if not parts:
        return ""
    body = f"(?:{'|'.join(parts)})"
    return f"{body}?" if whole else body


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    return frozenset(_lexicon("sentence_openers.txt"))


def _ends_sentence(text: str, line_start: int, stop_start: int, stop: str, after: int) -> bool:
    """Whether the stop at ``stop_start`` ends a sentence; ``after`` is where the next
    word begins (read only after an abbreviation that may end a sentence)."""
    if stop != ".":
        return True
    # a bounded look back: the search never rescans the line from its start
    match = _TOKEN_BEFORE.search(text, max(line_start, stop_start - _TOKEN_REACH), stop_start)
    if match is None:
        return True
    token = match.group(1).lstrip("'’-")
    never, maybe = _abbreviations()
    if token in never:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "John F. Kennedy"
    if token in maybe or _INITIALISM.match(token):
        return _next_word(text, after) in _sentence_openers()
    return True


def _next_word(text: str, pos: int) -> str:
    """The word at ``pos``, after any opening quotes or brackets ("" if none)."""
    while True:
        end = pos
        while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
            end += 1
        if end == pos and pos < len(text) and text[pos] in "\"“‘'`«([":
            pos += 1
            continue
        return text[pos:end]


def _split_line(
    text: str, start: int, end: int, out: list[Span], boundary: regex.Pattern[str]
) -> None:
    cursor = start
    for m in boundary.finditer(text, start, end):
        if _ends_sentence(text, cursor, m.start(), m.group("stop"), m.end()):
            stop = m.start("gap")
            if stop > cursor:
                out.append(_span({"text": text[cursor:stop], "start": cursor, "end": stop}))
            cursor = m.end()
    _append_trimmed(text, cursor, end, out)


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(_span({"text": text[start:end], "start": start, "end": end}))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` as spans, in order.

    >>> [s.text for s in split_sentences("Gen. Lee met U.S. envoys. They left.")]
    ['Gen. Lee met U.S. envoys.', 'They left.']
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    block_start = start
    fast = _fast_boundary()
    # A line starts after a space or a line break, so a token before a full stop in
    # it starts in it too; but ``start`` (after a dateline) may cut a token, which the
    # fast pattern cannot know: the first line then takes the exact one.
    boundary = _BOUNDARY if start > 0 and _TOKEN_CHAR_RE.match(text, start - 1) else fast
    for m in _BREAK_FROM_FEED.finditer(text, start, end):
        single = m.group().count("\n") == 1
        after = m.end()
        if single and after < end and text[after].islower():
            continue  # a wrapped line goes on
        _trimmed_block(text, block_start, m.start(), out, boundary)
        block_start = after
        boundary = fast
    _trimmed_block(text, block_start, end, out, boundary)
    return out


def _trimmed_block(
    text: str, start: int, end: int, out: list[Span], boundary: regex.Pattern[str]
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        _split_line(text, start, end, out, boundary)
