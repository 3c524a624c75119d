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
"""

from ._version import __version__
from .amounts import parse_amount
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
    UnreadablePdfError,
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
from .parse import build_document, parse, parse_pdf, parse_text
from .parse import segment_source as segment
from .structure import Structure
from .tables.recognize import Recognized, recognize
from .validate import ValidationReport, validate

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
    "Row",
    "Section",
    "Structure",
    "Table",
    "TextBlock",
    "UnreadablePdfError",
    "ValidationReport",
    "XjbudgetError",
    "__version__",
    "build_document",
    "parse",
    "parse_amount",
    "parse_pdf",
    "parse_text",
    "recognize",
    "segment",
    "validate",
]
