"""xjbudget: typed, validated data from Chinese government budget disclosures.

The public API::

    import xjbudget
    doc = xjbudget.parse("2024年部门预算公开.pdf")      # or .txt; bytes work too
    doc.table(3).rows                                    # typed rows, Decimal amounts
    report = xjbudget.validate(doc)                      # findings: sums, codes, narrative

Everything else lives in the sub-packages: :mod:`xjbudget.model` (records),
:mod:`xjbudget.codes` (classification tables), :mod:`xjbudget.export`.
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
from .parse import parse, parse_pdf, parse_text
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
    "Row",
    "Section",
    "Table",
    "TextBlock",
    "UnreadablePdfError",
    "ValidationReport",
    "XjbudgetError",
    "__version__",
    "parse",
    "parse_amount",
    "parse_pdf",
    "parse_text",
    "validate",
]
