"""Layer items built without validation, when that gives what validation gives.

A layer such as quantities or times makes a model per item found: a number table makes
tens of thousands, and pydantic's validation then costs several times the rest of the
reading. The rules already produce well-typed values for every field, so the model can
be assembled the way pydantic assembles a validated one. :func:`trusted_builder`
returns that fast builder only when a start-up check shows that, with the pydantic in
use, it gives an object equal to the validated one in every respect we rely on
(equality, field order, fields set, JSON, hash); otherwise it returns validation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["trusted_builder"]

M = TypeVar("M", bound=BaseModel)


def trusted_builder(model: type[M], sample: tuple[Any, ...]) -> Callable[[dict[str, Any]], M]:
    """A builder of ``model`` from a dict of all its fields, in field order and well
    typed: unvalidated if ``sample`` (a value per field) shows that is safe, else
    validating."""
    names = tuple(model.model_fields)
    # every item sets all its fields, so all share one set of names (which pydantic
    # only reads, or adds names already in it to)
    all_set = set(names)
    new, set_attribute = object.__new__, object.__setattr__

    def built(fields: dict[str, Any]) -> M:
        item: M = new(model)
        set_attribute(item, "__dict__", fields)
        set_attribute(item, "__pydantic_fields_set__", all_set)
        set_attribute(item, "__pydantic_extra__", None)
        set_attribute(item, "__pydantic_private__", None)
        return item

    def validated(fields: dict[str, Any]) -> M:
        return model(**fields)

    try:
        fast = built(dict(zip(names, sample, strict=True)))
        slow = validated(dict(zip(names, sample, strict=True)))
        same = (
            fast == slow
            and list(fast.__dict__.items()) == list(slow.__dict__.items())
            and fast.model_fields_set == slow.model_fields_set
            and fast.__pydantic_private__ == slow.__pydantic_private__
            and fast.model_dump_json() == slow.model_dump_json()
            and hash(fast) == hash(slow)
        )
    except Exception:  # any surprise: validate
        same = False
    return built if same else validated
