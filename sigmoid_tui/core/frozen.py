"""Frozen records: ``@frozen`` is ``@dataclass(frozen=True)`` that costs less to define.

A frozen dataclass has six methods written as Python source and compiled when its class is
made (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``):
for the twenty records the app's first chart needs, 15 ms of a start-up a person waits
through. Here the dataclass machinery writes ``__init__`` alone; the other five are shared
functions that read the record's field names, and do what the generated ones do:

- equality and hashing compare the fields' values as a tuple, in order, and a record equals
  only a record of its own class (``eq=False``: identity, as for any object);
- ``repr`` shows ``Name(field=value, ...)``;
- a field, once set by ``__init__``, cannot be assigned again or deleted
  (:class:`dataclasses.FrozenInstanceError`), and no other attribute can be added.

The records stay dataclasses: :func:`dataclasses.replace` and :func:`dataclasses.fields` work
on them, and type checkers read them as frozen dataclasses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[Any], Any]:
        """At run time the decorator needs no marking (it tells type checkers what it is)."""
        return lambda function: function


__all__ = ["frozen"]

_T = TypeVar("_T")

_FrozenInstanceError = dataclasses.FrozenInstanceError


@overload
def frozen(cls: type[_T], /) -> type[_T]: ...
@overload
def frozen(*, eq: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True)
def frozen(cls: type[_T] | None = None, /, *, eq: bool = True) -> Any:
    """Make ``cls`` a frozen dataclass (with ``eq=False``: compared by identity)."""

    def make(cls: type[_T]) -> type[_T]:
        record: Any = dataclasses.dataclass(eq=False, repr=False)(cls)
        fields = dataclasses.fields(record)
        record.__field_names__ = frozenset(f.name for f in fields)
        record.__repr_fields__ = tuple(f.name for f in fields if f.repr)
        record.__repr__ = _repr
        record.__setattr__ = _setattr
        record.__delattr__ = _delattr
        if eq:
            compared = [f.name for f in fields if f.compare]
            hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
            record.__compared__ = staticmethod(_values(compared))
            record.__hashed__ = staticmethod(_values(hashed))
            record.__eq__ = _eq
            record.__hash__ = _hash
        return cast("type[_T]", record)

    return make if cls is None else make(cls)


def _values(names: list[str]) -> Callable[[object], tuple[object, ...]]:
    """The named attributes of an object, as a tuple (also for one name, or none)."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda record: (get(record),)
    return attrgetter(*names)


def _eq(self: Any, other: Any) -> Any:  # a bool, or NotImplemented
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = self.__compared__
    return bool(values(self) == values(other))


def _hash(self: Any) -> int:
    return hash(self.__hashed__(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__repr_fields__)
    return f"{self.__class__.__qualname__}({shown})"


def _setattr(self: Any, name: str, value: object) -> None:
    # __init__ sets each field once; after it, nothing can be set.
    if name in self.__dict__ or name not in self.__field_names__:
        raise _FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _delattr(self: Any, name: str) -> None:  # noqa: ARG001 (the method takes self)
    raise _FrozenInstanceError(f"cannot delete field {name!r}")
