"""The whole model as JSON: amounts as decimal strings, dates as ISO strings."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import attrs

from ..model import AmountCoverage, Amounts, Document

__all__ = ["coverage_dict", "document_to_dict", "document_to_json"]


def _convert(value: Any) -> Any:
    if attrs.has(type(value)):
        out = {f.name: _convert(getattr(value, f.name)) for f in attrs.fields(type(value))}
        return out
    if isinstance(value, Amounts):
        return {k: _convert(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_convert(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _convert(v) for k, v in value.items()}
    return value


def coverage_dict(coverage: AmountCoverage | None) -> dict[str, Any] | None:
    """A document's coverage as JSON-ready data: the totals, then every region."""
    if coverage is None:
        return None
    ratio = coverage.table_ratio
    return {
        "table_amounts": coverage.table_amounts,
        "in_standard_tables": coverage.in_standard_tables,
        "in_performance": coverage.in_performance,
        "in_generic_tables": coverage.in_generic_tables,
        "unplaced": coverage.unplaced,
        "table_ratio": None if ratio is None else round(ratio, 4),
        "narrative_figures": coverage.narrative_figures,
        "in_facts": coverage.in_facts,
        "regions": _convert(coverage.regions),
    }


def document_to_dict(document: Document) -> dict[str, Any]:
    """The document as plain JSON-ready data (every field, in declaration order;
    ``coverage`` with its totals, :func:`coverage_dict`)."""
    result: dict[str, Any] = _convert(document)
    result["coverage"] = coverage_dict(document.coverage)
    result["format"] = "xjbudget.document/1"
    return result


def document_to_json(document: Document, *, indent: int | None = 2) -> str:
    """The document as a JSON string; deterministic for the same document."""
    return json.dumps(document_to_dict(document), ensure_ascii=False, indent=indent)
