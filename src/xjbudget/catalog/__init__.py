"""The table catalogue: the one declaration of the eleven standard tables.

:mod:`xjbudget.catalog.spec` says how a table is declared (:class:`TableSpec`: number,
kind, title patterns, value columns with their printed variants, how rows are keyed,
named items, the sums that hold inside it); :mod:`xjbudget.catalog.standard` declares
the eleven tables of a Xinjiang budget disclosure, :mod:`xjbudget.catalog.extended`
the tables several other templates print beyond them (numbers 12 on);
:mod:`xjbudget.catalog.families` the template families (their signatures, whether their
表N numbers are the standard ones). Recognition reads headers against
it, validation evaluates its sums, renderers and test strategies generate from it.

The catalogue imports only the records (:mod:`xjbudget.model`) and
:mod:`xjbudget.text` below it.
"""

from __future__ import annotations

from .extended import EXTENDED_TABLES
from .families import FAMILIES, NATIONAL, Family, family_named, family_of
from .spec import ColumnDef, ItemDef, RowKey, RowSum, TableSpec
from .standard import CATALOGUE, STANDARD_TABLES, spec_for_number, spec_for_title

__all__ = [
    "CATALOGUE",
    "EXTENDED_TABLES",
    "FAMILIES",
    "NATIONAL",
    "STANDARD_TABLES",
    "ColumnDef",
    "Family",
    "ItemDef",
    "RowKey",
    "RowSum",
    "TableSpec",
    "family_named",
    "family_of",
    "spec_for_number",
    "spec_for_title",
]
