"""Renderers from records back to the text forms the library reads (used by the tests
and the strategies: any generated document becomes input).

- :func:`render_table_tabbed` / :func:`render_document_tabbed`: the tab-separated form;
- :func:`render_table_flat` / :func:`render_document_flat`: the flattened form, as
  converters make it (empty cells dropped, names wrapped, headers broken).
"""

from .flat import render_document_flat, render_table_flat
from .layout import Grid, format_amount, table_grid
from .tabbed import render_document_tabbed, render_table_tabbed

__all__ = [
    "Grid",
    "format_amount",
    "render_document_flat",
    "render_document_tabbed",
    "render_table_flat",
    "render_table_tabbed",
    "table_grid",
]
