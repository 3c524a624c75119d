"""Renderers from records back to the text forms the library reads (used by the tests
and the strategies: any generated table becomes input)."""

from .tabbed import render_table_tabbed

__all__ = ["render_table_tabbed"]
