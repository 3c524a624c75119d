"""The recognizers: one table block of the structure stage in, a typed table out.

:func:`recognize` picks the block's declaration in the catalogue (:mod:`xjbudget.catalog`)
and hands the block to the first reader of :data:`READERS` that accepts its shape (the
flattened form, two side-by-side lists, items as columns, rows under a header);
:func:`read_performance` reads the 绩效目标表 blocks. docs/architecture.md shows them in
the pipeline, docs/tables.md every layout they read.
"""

from .performance import read_performance
from .recognize import READERS, Reader, Reading, ReadRequest, Recognized, recognize

__all__ = [
    "READERS",
    "ReadRequest",
    "Reader",
    "Reading",
    "Recognized",
    "read_performance",
    "recognize",
]
