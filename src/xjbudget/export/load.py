"""JSON back into a :class:`~xjbudget.model.Document`: the inverse of
:func:`~xjbudget.export.document_to_dict`.

The records are frozen attrs classes with typed fields, so the reader is driven by the
types themselves (:func:`typing.get_type_hints`): a ``Decimal`` is read from its string
(so ``"238.00"`` keeps its two places), a date from its ISO form, a tuple field from a
list, ``Amounts`` from an object in column order, a ``Literal`` checked against its
values. Whatever the JSON holds that the record does not (the coverage totals, which are
derived) is ignored. ``load_json(document_to_json(d)) == d`` for every document.
"""

from __future__ import annotations

import datetime
import functools
import io
import json
import os
import types
import typing
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, Union

import attrs

from ..errors import InputError
from ..model import Amounts, Document

__all__ = ["document_from_dict", "document_from_json", "iter_documents", "load_json"]

_FORMAT = "xjbudget.document/1"


class _Mismatch(Exception):
    """A JSON value that does not fit the type at ``path``."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _structure(value: Any, kind: Any, path: str) -> Any:
    origin = typing.get_origin(kind)
    if origin is Union or (hasattr(types, "UnionType") and origin is types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _structure(value, option, path)
            except _Mismatch as error:
                errors.append(str(error))
        raise _Mismatch(path, "; ".join(errors) or f"unexpected {value!r}")
    if origin is typing.Literal:
        if value not in typing.get_args(kind):
            raise _Mismatch(path, f"{value!r} is not one of {typing.get_args(kind)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise _Mismatch(path, f"expected a list, got {type(value).__name__}")
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure(v, args[0], f"{path}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise _Mismatch(path, f"expected {len(args)} items, got {len(value)}")
        return tuple(
            _structure(v, a, f"{path}[{i}]")
            for i, (v, a) in enumerate(zip(value, args, strict=True))
        )
    if kind is Any:
        return value
    if attrs.has(kind):
        return _record(value, kind, path)
    if kind is Amounts:
        if not isinstance(value, dict):
            raise _Mismatch(path, "expected an object of amounts")
        return Amounts(
            (str(k), _structure(v, Decimal | None, f"{path}.{k}")) for k, v in value.items()
        )
    if kind is Decimal:
        if not isinstance(value, str):
            raise _Mismatch(path, f"expected a decimal string, got {value!r}")
        try:
            return Decimal(value)
        except InvalidOperation:
            raise _Mismatch(path, f"not a decimal: {value!r}") from None
    if kind is datetime.date:
        if not isinstance(value, str):
            raise _Mismatch(path, f"expected an ISO date, got {value!r}")
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise _Mismatch(path, f"not an ISO date: {value!r}") from None
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Mismatch(path, f"expected a number, got {value!r}")
        return float(value)
    if kind in (int, str, bool):
        if type(value) is not kind:
            raise _Mismatch(path, f"expected {kind.__name__}, got {value!r}")
        return value
    raise _Mismatch(path, f"no reader for {kind!r}")  # pragma: no cover - a new field type


def _record(value: Any, cls: type, path: str) -> Any:
    if not isinstance(value, dict):
        raise _Mismatch(path, f"expected an object for {cls.__name__}")
    hints = _hints(cls)
    arguments: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in value:
            if field.default is attrs.NOTHING:
                raise _Mismatch(path, f"{cls.__name__}.{field.name} is missing")
            continue
        name = field.alias if field.alias else field.name
        arguments[name] = _structure(value[field.name], hints[field.name], f"{path}.{field.name}")
    try:
        return cls(**arguments)
    except (TypeError, ValueError) as error:
        raise _Mismatch(path, str(error)) from None


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """The :class:`~xjbudget.model.Document` that :func:`document_to_dict` made ``data``
    from. Raises :class:`~xjbudget.errors.InputError` naming the first field that does
    not fit (``$.tables[2].rows[0].values.total: not a decimal: 'x'``)."""
    if not isinstance(data, Mapping):
        raise InputError(f"a document is a JSON object, not {type(data).__name__}")
    stated = data.get("format", _FORMAT)
    if stated != _FORMAT:
        raise InputError(f"not an xjbudget document: format {stated!r}, expected {_FORMAT!r}")
    try:
        result: Document = _record(dict(data), Document, "$")
    except _Mismatch as error:
        raise InputError(f"not an xjbudget document: {error}") from None
    return result


def document_from_json(text: str | bytes) -> Document:
    """The document of one JSON object (as :func:`document_to_json` writes it)."""
    return document_from_dict(_loads(text, None))


def _loads(text: str | bytes, where: str | None) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise InputError(f"not JSON: {error}", where=where) from None


def _read(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> tuple[str, str | None]:
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            return path.read_text(encoding="utf-8-sig"), str(path)
        except OSError as error:
            raise InputError(f"cannot read the file: {error.strerror}", where=str(path)) from None
        except UnicodeDecodeError:
            raise InputError("not UTF-8 JSON", where=str(path)) from None
    data = source.read()
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig"), getattr(source, "name", None)
        except UnicodeDecodeError:
            raise InputError("not UTF-8 JSON") from None
    return data, getattr(source, "name", None)


def load_json(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Document:
    """Read one document from a JSON file: a path or an open file (text or binary)
    holding one object, as ``xjbudget parse`` or :func:`document_to_json` wrote it; a
    list holding exactly one document is accepted too. ``load_json(path)`` of
    ``document_to_json(d)`` written to ``path`` equals ``d``.

    For JSON text in a string use :func:`document_from_json`; for a file of several
    documents (a JSON list, or JSON Lines) :func:`iter_documents`.
    """
    text, where = _read(source)
    data = _loads(text, where)
    if isinstance(data, list):
        if len(data) != 1:
            raise InputError(
                f"{len(data)} documents in the file: read them with iter_documents", where=where
            )
        data = data[0]
    return document_from_dict(data)


def iter_documents(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[Document]:
    """Every document of a file: a JSON object, a JSON list of them (``xjbudget parse
    --format json``) or JSON Lines (a batch's ``--format jsonl``)."""
    text, where = _read(source)
    try:
        data = json.loads(text)
    except ValueError:
        data = None  # not one JSON value: JSON Lines
    else:
        items = data if isinstance(data, list) else [data]
        for item in items:
            yield document_from_dict(item)
        return
    for number, line in enumerate(io.StringIO(text), start=1):
        if line.strip():
            yield document_from_dict(_loads(line, f"{where or 'input'}, line {number}"))
