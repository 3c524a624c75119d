"""The long form as plain records and as a pandas DataFrame.

:func:`to_records` needs nothing but the standard library: a list of dicts, one per
amount cell, keys :data:`~xjbudget.export.LONG_CSV_COLUMNS`, values typed (``amount`` a
``Decimal``). :func:`to_dataframe` needs pandas (the ``pandas`` extra) and keeps the
amounts exact: the ``amount`` column holds ``Decimal`` objects, so ``df.amount.sum()``
is a ``Decimal``; ``table``, ``year`` and ``page`` are nullable integers.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from ..model import Document
from .long_csv import LONG_CSV_COLUMNS, long_records

__all__ = ["to_dataframe", "to_records"]

_INTEGERS = ("table", "year", "page")


def to_records(
    document: Document, *, name: str | None = None, amounts_in: str | None = None
) -> list[dict[str, Any]]:
    """One plain dict per amount cell of the standard tables, in document order.

    ``name`` is the ``document`` value (default ``meta.source``); ``amounts_in``
    (``"元"``/``"万元"``) converts the amounts exactly, as
    :func:`~xjbudget.export.long_records`.
    """
    return [r._asdict() for r in long_records(document, name=name, amounts_in=amounts_in)]


def _documents(documents: Document | Iterable[Document]) -> list[Document]:
    if isinstance(documents, Document):
        return [documents]
    return list(documents)


def to_dataframe(documents: Document | Iterable[Document], *, amounts_in: str | None = None) -> Any:
    """The long form of one document or several as one ``pandas.DataFrame`` (columns
    :data:`~xjbudget.export.LONG_CSV_COLUMNS`; ``document`` is each one's
    ``meta.source``).

    Raises ``ImportError`` naming the extra when pandas is not installed.
    """
    try:
        pd: Any = importlib.import_module("pandas")
    except ImportError as error:
        raise ImportError(
            "xjbudget.to_dataframe needs pandas: pip install 'xjbudget[pandas]'"
        ) from error
    records = [
        record
        for document in _documents(documents)
        for record in long_records(document, amounts_in=amounts_in)
    ]
    columns = {name: [record[i] for record in records] for i, name in enumerate(LONG_CSV_COLUMNS)}
    frame = pd.DataFrame(columns, columns=list(LONG_CSV_COLUMNS))
    for name in _INTEGERS:
        frame[name] = frame[name].astype("Int64")
    frame["amount"] = frame["amount"].astype(object)
    return frame
