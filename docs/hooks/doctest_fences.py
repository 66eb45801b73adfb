"""A griffe extension for the API reference: doctest examples in docstrings become
fenced ``pycon`` code blocks, so Markdown neither reflows them nor reads
``[...]`` output as links."""

from __future__ import annotations

from typing import Any

import griffe

__all__ = ["DoctestFences"]


def fence_doctests(text: str) -> str:
    """``text`` with each run of doctest lines (``>>>`` and the output after it,
    up to a blank line) wrapped in a fenced block; fenced blocks are left alone."""
    out: list[str] = []
    in_fence = in_doctest = False
    for line in text.splitlines():
        stripped = line.strip()
        if in_doctest and not stripped:
            out.append("```")
            in_doctest = False
        if stripped.startswith("```") and not in_doctest:
            in_fence = not in_fence
        elif not in_fence and not in_doctest and stripped.startswith(">>>"):
            out.append("```pycon")
            in_doctest = True
        out.append(line)
    if in_doctest:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every documented object."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
