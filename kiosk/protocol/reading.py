"""Reading a server's answer as a desk must: with the contract's models, and never falling over.

The answer models (:mod:`kiosk.protocol.answers`) say exactly what a server sends; the server
documents itself with them, and tests hold its answers to them. A desk reads the same models
with :func:`read`, which is strict when it can be and lenient when it must: a newer server may
send members this desk does not know, an older one may leave some out, a proxy or a bug may
send something broken, and the desk must go on (a resend is always safe: the server knows every
op by its id). So, when the strict reading fails:

- unknown members are ignored (as in the strict reading);
- a member marked with :class:`Fallback` that is missing or does not fit takes its fallback;
- an item of a list that does not fit is left out (a malformed result or change is skipped);
- anything else (a required member missing or broken) makes the answer unreadable:
  ``ValueError``, which the caller treats as no answer.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Mapping
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

M = TypeVar("M", bound=BaseModel)


class Fallback:
    """Marks a member a desk can do without: missing or unfit, it reads as *value*.

    Use in ``Annotated[...]`` metadata; pydantic itself ignores it, so the member stays
    required (and documented so) wherever the model is used strictly.
    """

    __slots__ = ("_factory", "value")

    def __init__(self, value: Any = None, *, factory: Callable[[], Any] | None = None) -> None:
        """Fall back to *value*, or to a fresh ``factory()`` for a mutable one."""
        self.value = value
        self._factory = factory

    def make(self) -> Any:
        """The value a missing or unfit member reads as."""
        return self._factory() if self._factory is not None else self.value


def read(model: type[M], data: Any) -> M:
    """Read *data* (parsed JSON) as *model*: strictly if it fits, else leniently (see above).

    Raises ValueError (a pydantic ``ValidationError`` or a plain one) when even the lenient
    reading finds a required member missing or broken.
    """
    try:
        return model.model_validate(data)
    except ValidationError:
        return _lenient(model, data)


def read_json(model: type[M], raw: bytes | str) -> M:
    """Read the JSON text *raw* as *model*, like :func:`read` of its parsed value.

    The strict reading parses and checks in one pass (pydantic-core), which is what a large
    batch answer costs a desk per batch; only a reading that fails parses it again for the
    lenient one. ValueError when the text is no JSON or the answer unreadable.
    """
    try:
        return model.model_validate_json(raw)
    except ValidationError:
        return _lenient(model, json.loads(raw))


def _lenient(model: type[M], data: Any) -> M:
    if not isinstance(data, Mapping):
        raise ValueError(f"{model.__name__}: not an object")
    values: dict[str, Any] = {}
    present: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        fallback = next((m for m in info.metadata if isinstance(m, Fallback)), None)
        if key in data:
            present.add(name)
            try:
                values[name] = _member(model, name, info, data[key])
                continue
            except ValueError:
                if fallback is None:
                    raise ValueError(f"{model.__name__}.{key}: unreadable") from None
            values[name] = fallback.make()
        elif fallback is not None:
            values[name] = fallback.make()
        elif not info.is_required():
            values[name] = info.get_default(call_default_factory=True)
        else:
            raise ValueError(f"{model.__name__}.{key}: missing")
    return model.model_construct(_fields_set=present, **values)


def _member(model: type[BaseModel], name: str, info: FieldInfo, value: Any) -> Any:
    """One member: strictly, else a nested model leniently, else a list item by item."""
    try:
        return _adapter(model, name, info).validate_python(value)
    except ValidationError:
        pass
    kind = _without_none(info.annotation)
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _lenient(kind, value)
    if get_origin(kind) is list and isinstance(value, list):
        [item_kind] = get_args(kind) or (Any,)
        items = _ADAPTERS.get(item_kind)
        if items is None:
            items = _ADAPTERS[item_kind] = TypeAdapter(item_kind)
        read_items = []
        for item in value:
            try:
                read_items.append(items.validate_python(item))
            except ValidationError:
                if isinstance(item_kind, type) and issubclass(item_kind, BaseModel):
                    try:
                        read_items.append(_lenient(item_kind, item))
                    except ValueError:
                        continue  # a malformed item is left out
        return read_items
    raise ValueError(f"{model.__name__}.{name}: unfit")


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(model: type[BaseModel], name: str, info: FieldInfo) -> TypeAdapter[Any]:
    """A validator of one member alone, as the model declares it (cached)."""
    key = (model, name)
    adapter = _ADAPTERS.get(key)
    if adapter is None:
        annotated: Any = info.annotation
        if info.metadata:
            annotated = Annotated[(info.annotation, *info.metadata)]
        adapter = _ADAPTERS[key] = TypeAdapter(annotated)
    return adapter


def _without_none(annotation: Any) -> Any:
    """``X`` of ``X | None`` (and of ``X | SkipJsonSchema[None]``); anything else as it is."""
    if get_origin(annotation) in (Union, types.UnionType):
        kinds = [a for a in get_args(annotation) if _bare(a) is not type(None)]
        if len(kinds) == 1:
            return kinds[0]
    return annotation


def _bare(annotation: Any) -> Any:
    """``X`` of ``Annotated[X, ...]``; anything else as it is."""
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation
