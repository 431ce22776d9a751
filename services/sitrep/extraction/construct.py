"""A faster pydantic `model_construct` for the contract models the engine builds by the thousand.

pydantic's model_construct walks every field's aliases and defaults on each call; the contract models have
no aliases, no default factories, no post-init hooks and forbid extras, so the field order and defaults can
be read once per class. The instance is the same as model_construct's: same __dict__ (same key order), same
fields_set, no extras, no private attributes.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

_SPECS: dict[type, tuple[tuple[str, bool, Any], ...]] = {}
_set = object.__setattr__


def _spec(cls: type[BaseModel]) -> tuple[tuple[str, bool, Any], ...]:
    """(name, has_default, default) per field, in declaration order; refuses models it cannot mirror."""
    spec = []
    for name, field in cls.__pydantic_fields__.items():
        if field.alias not in (None, name) or field.validation_alias is not None or \
                field.default_factory is not None:
            raise TypeError(f"{cls.__name__}.{name}: aliased or factory field, use model_construct")
        if not isinstance(field.default, (str, int, float, bool, type(None), type(PydanticUndefined))):
            raise TypeError(f"{cls.__name__}.{name}: mutable default (model_construct copies it)")
        spec.append((name, field.default is not PydanticUndefined, field.default))
    if cls.__pydantic_post_init__ or cls.__pydantic_root_model__ or cls.model_config.get("extra") == "allow":
        raise TypeError(f"{cls.__name__}: use model_construct")
    _SPECS[cls] = spec = tuple(spec)
    return spec


def construct(cls: type[BaseModel], values: dict[str, Any]):
    """cls.model_construct(**values) for trusted values, without the per-call field walk."""
    spec = _SPECS.get(cls) or _spec(cls)
    data = {}
    fields_set = set()
    for name, has_default, default in spec:
        if name in values:
            data[name] = values[name]
            fields_set.add(name)
        elif has_default:
            data[name] = default
    m = cls.__new__(cls)
    _set(m, "__dict__", data)
    _set(m, "__pydantic_fields_set__", fields_set)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m
