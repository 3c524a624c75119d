"""xjbudget: typed, validated data from Chinese government budget disclosures.

The public API::

    import xjbudget
    doc = xjbudget.parse("2024年部门预算公开.pdf")      # or .txt; bytes work too
    doc.table(3).rows                                    # typed rows, Decimal amounts
    report = xjbudget.validate(doc)                      # findings: sums, codes, narrative

The layers one by one (docs/architecture.md): ``xjbudget.segment`` (the structure
stage), ``xjbudget.recognize`` (one table block), ``xjbudget.build_document``,
``xjbudget.validate``. Everything else lives in the sub-packages: :mod:`xjbudget.model`
(records), :mod:`xjbudget.catalog` (the standard tables), :mod:`xjbudget.codes`
(classification tables), :mod:`xjbudget.export`.

For data work: ``xjbudget.to_records(doc)`` (one plain dict per amount),
``xjbudget.to_dataframe(docs)`` (pandas, the ``pandas`` extra) and
``xjbudget.load_json(path)`` (a Document back from its JSON), docs/outputs.md.

Importing ``xjbudget`` loads only the records and errors; the parser, validation and
exports load on first use of their names (so the hypothesis plugin, which needs only
:class:`~xjbudget.model.Document`, costs little in every test run).
"""

from __future__ import annotations

import importlib
import logging
import sys
import types
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    AmountError,
    CodeError,
    EmptyInputError,
    EncryptedPdfError,
    InputError,
    InputTooLargeError,
    NotABudgetDocumentError,
    NotTextError,
    PdfError,
    ResourceLimitError,
    UnitError,
    UnreadablePdfError,
    UnsupportedFormatError,
    XjbudgetError,
)
from .model import (
    AmountCoverage,
    AmountRegion,
    Amounts,
    Code,
    ColumnSpec,
    Document,
    DocumentMeta,
    Finding,
    GenericTable,
    GlossaryEntry,
    Indicator,
    Location,
    Part,
    PerformanceTarget,
    Row,
    Section,
    Table,
    TextBlock,
)

if TYPE_CHECKING:
    from .amounts import parse_amount
    from .export import load_json, to_dataframe, to_records
    from .parse import build_document, parse, parse_pdf, parse_text
    from .parse import segment_source as segment
    from .structure import Structure
    from .tables.recognize import Recognized, recognize
    from .validate import ValidationReport, validate

# The library logs what is not a finding (a batch's skipped files, amounts left
# unconverted) to the "xjbudget" logger and shows nothing unless the application says so.
logging.getLogger(__name__).addHandler(logging.NullHandler())

#: The names loaded on first use: name → (module, attribute).
_LAZY: dict[str, tuple[str, str]] = {
    "parse_amount": (".amounts", "parse_amount"),
    "load_json": (".export", "load_json"),
    "to_dataframe": (".export", "to_dataframe"),
    "to_records": (".export", "to_records"),
    "build_document": (".parse", "build_document"),
    "parse": (".parse", "parse"),
    "parse_pdf": (".parse", "parse_pdf"),
    "parse_text": (".parse", "parse_text"),
    "segment": (".parse", "segment_source"),
    "Structure": (".structure", "Structure"),
    "Recognized": (".tables.recognize", "Recognized"),
    "recognize": (".tables.recognize", "recognize"),
    "ValidationReport": (".validate", "ValidationReport"),
    "validate": (".validate", "validate"),
}


class _Package(types.ModuleType):
    """The package module: importing the sub-module ``xjbudget.parse`` (or
    ``xjbudget.validate``) would bind the *module* to the package's ``parse``
    attribute; the public name is the function, loaded by :func:`__getattr__`."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'xjbudget' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), attribute)
    globals()[name] = value  # once loaded, an ordinary module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "AmountCoverage",
    "AmountError",
    "AmountRegion",
    "Amounts",
    "Code",
    "CodeError",
    "ColumnSpec",
    "Document",
    "DocumentMeta",
    "EmptyInputError",
    "EncryptedPdfError",
    "Finding",
    "GenericTable",
    "GlossaryEntry",
    "Indicator",
    "InputError",
    "InputTooLargeError",
    "Location",
    "NotABudgetDocumentError",
    "NotTextError",
    "Part",
    "PdfError",
    "PerformanceTarget",
    "Recognized",
    "ResourceLimitError",
    "Row",
    "Section",
    "Structure",
    "Table",
    "TextBlock",
    "UnitError",
    "UnreadablePdfError",
    "UnsupportedFormatError",
    "ValidationReport",
    "XjbudgetError",
    "__version__",
    "build_document",
    "load_json",
    "parse",
    "parse_amount",
    "parse_pdf",
    "parse_text",
    "recognize",
    "segment",
    "to_dataframe",
    "to_records",
    "validate",
]
