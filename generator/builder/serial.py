"""The model's frozen dataclasses as JSON data and back, by their type hints.

This is the cache's format. Reading JSON cannot run code (unpickling can), and
`decode` checks every value against its field's type, so a damaged or planted
entry raises ValueError instead of becoming a wrong object. A dataclass is
written as the list of its field values in declaration order: compact, and the
cache key covers model.py, so a changed class never meets an old entry.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import functools
import types
import typing
from typing import Any, Callable, Mapping, TypeVar

T = TypeVar("T")
Decoder = Callable[[Any], Any]


def encode(value: Any) -> Any:
    """JSON-able data (lists, dicts, str, numbers, None) for a model value."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        return [v if type(v) in _PLAIN else encode(v) for v in value]
    if dataclasses.is_dataclass(kind):
        return [encode(getattr(value, f.name)) for f in _fields(kind)]
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    for plain in (str, int, float):  # the YAML reader's subclasses (folded strings, ...)
        if isinstance(value, plain):
            return plain(value)
    raise TypeError(f"cannot encode {kind.__name__}")


_PLAIN = frozenset({str, int, float, bool, type(None)})


def decode(kind: type[T], data: Any) -> T:
    """The value of type `kind` that `encode` wrote as `data`; ValueError if it is not one."""
    try:
        return _decoder(kind)(data)
    except (TypeError, KeyError, IndexError, OverflowError) as error:
        raise ValueError(f"not a {getattr(kind, '__name__', kind)}: {error}") from None


@functools.cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


@functools.cache
def _decoder(kind: Any) -> Decoder:
    """One decoding function per type, built once from its hints."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if dataclasses.is_dataclass(kind):
        return _dataclass_decoder(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"unsupported union {kind}")
        inner = _decoder(options[0])
        return lambda data: None if data is None else inner(data)
    if origin is tuple and args[0] in (str, int):
        item = args[0]  # long runs of plain values (an article's offsets): checked in one pass
        return lambda data: tuple(data) if all(type(v) is item for v in _exactly(list, data)) else _wrong(item, data)
    if origin is tuple:
        inner = _decoder(args[0])
        return lambda data: tuple([inner(v) for v in _exactly(list, data)])
    if origin in (collections.abc.Mapping, dict):
        inner = _decoder(args[1])
        return lambda data: {_exactly(str, k): inner(v) for k, v in _exactly(dict, data).items()}
    if kind is dt.date:
        return lambda data: dt.date.fromisoformat(_exactly(str, data))
    if kind is float:
        return lambda data: float(data) if type(data) in (int, float) else _wrong(float, data)
    if kind in (str, int, bool):
        return lambda data: _exactly(kind, data)
    raise TypeError(f"unsupported type {kind}")


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    # A field of a plain type is checked in place: most values are, and a
    # rebuild decodes every briefing.
    fields = [(f.name, hints[f.name] if hints[f.name] in (str, int, bool) else None, _decoder(hints[f.name]))
              for f in _fields(cls)]
    count = len(fields)

    def decode_one(data: Any) -> Any:
        values = _exactly(list, data)
        if len(values) != count:
            raise TypeError(f"{cls.__name__} has {count} fields, the entry {len(values)}")
        given = {}
        for (name, plain, field), value in zip(fields, values):
            if plain is None:
                given[name] = field(value)
            elif type(value) is plain:
                given[name] = value
            else:
                _wrong(plain, value)
        return cls(**given)

    return decode_one


def _exactly(kind: type, data: Any) -> Any:
    # type(), not isinstance: a bool is not an int here, a str subclass is not a str.
    return data if type(data) is kind else _wrong(kind, data)


def _wrong(kind: type, data: Any) -> Any:
    raise TypeError(f"expected {kind.__name__}, found {type(data).__name__}")
