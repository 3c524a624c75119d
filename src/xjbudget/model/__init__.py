"""The typed records of xjbudget: documents, tables, rows, findings (no parsing here)."""

from .amounts import Amounts
from .code import Code, Scheme
from .coverage import AmountCoverage, AmountRegion, RegionKind
from .document import Document, DocumentMeta, GlossaryEntry, Part, Section, SourceForm, TextBlock
from .facts import Facts
from .finding import Finding, Severity
from .location import Location
from .performance import Indicator, PerformanceTarget, PerformanceTask
from .table import ColumnSpec, GenericTable, Row, RowRole, Side, Table

__all__ = [
    "AmountCoverage",
    "AmountRegion",
    "Amounts",
    "Code",
    "ColumnSpec",
    "Document",
    "DocumentMeta",
    "Facts",
    "Finding",
    "GenericTable",
    "GlossaryEntry",
    "Indicator",
    "Location",
    "Part",
    "PerformanceTarget",
    "PerformanceTask",
    "RegionKind",
    "Row",
    "RowRole",
    "Scheme",
    "Section",
    "Severity",
    "Side",
    "SourceForm",
    "Table",
    "TextBlock",
]
