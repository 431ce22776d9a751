"""A faster pydantic `model_construct` for the contract models the engine builds by the thousand.

pydantic's model_construct walks every field's aliases and defaults on each call; the contract models have
no aliases, no default factories, no post-init hooks and forbid extras, so the field order and defaults can
be read once per class. The instance is the same as model_construct's: same __dict__ (same key order), same
fields_set, no extras, no private attributes.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

_SPECS: dict[type, tuple[tuple[str, ...], frozenset[str], dict[str, Any]]] = {}
_set = object.__setattr__


def _spec(cls: type[BaseModel]) -> tuple[tuple[str, ...], frozenset[str], dict[str, Any]]:
    """(field names in declaration order, the same as a set, the defaults); refuses models it cannot mirror."""
    names, defaults = [], {}
    for name, field in cls.__pydantic_fields__.items():
        if field.alias not in (None, name) or field.validation_alias is not None or \
                field.default_factory is not None:
            raise TypeError(f"{cls.__name__}.{name}: aliased or factory field, use model_construct")
        if not isinstance(field.default, (str, int, float, bool, type(None), type(PydanticUndefined))):
            raise TypeError(f"{cls.__name__}.{name}: mutable default (model_construct copies it)")
        names.append(name)
        if field.default is not PydanticUndefined:
            defaults[name] = field.default
    if cls.__pydantic_post_init__ or cls.__pydantic_root_model__ or cls.model_config.get("extra") == "allow":
        raise TypeError(f"{cls.__name__}: use model_construct")
    _SPECS[cls] = spec = (tuple(names), frozenset(names), defaults)
    return spec


def construct(cls: type[BaseModel], values: dict[str, Any]):
    """cls.model_construct(**values) for trusted values, without the per-call field walk."""
    keys = tuple(values)
    plan = _PLANS.get((cls, keys))
    if plan is None:
        plan = _plan(cls, keys)
    names, getter, defaults, fields_set = plan
    data = dict(zip(names, getter({**defaults, **values}), strict=True))
    m = cls.__new__(cls)
    _set(m, "__dict__", data)
    _set(m, "__pydantic_fields_set__", set(fields_set))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


# The engine calls construct with a handful of key layouts per class: what to take from the values and what
# from the defaults is worked out once per (class, keys) and reused.
_PLANS: dict[tuple[type, tuple[str, ...]], tuple] = {}


def _plan(cls: type[BaseModel], keys: tuple[str, ...]) -> tuple:
    """(field names present in the instance, in declaration order; an itemgetter for their values; the
    defaults the values lack; fields_set). A required field missing from `keys` is left out, as
    model_construct leaves it."""
    all_names, _, defaults = _SPECS.get(cls) or _spec(cls)
    given = set(keys)
    names = tuple(n for n in all_names if n in given or n in defaults)
    getter = itemgetter(*names) if len(names) > 1 else (lambda d: tuple(d[n] for n in names))  # always a tuple
    plan = (names, getter, {n: v for n, v in defaults.items() if n not in given},
            frozenset(n for n in all_names if n in given))
    if len(_PLANS) < 1000:
        _PLANS[(cls, keys)] = plan
    return plan
