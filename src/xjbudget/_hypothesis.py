"""The ``hypothesis`` plugin of xjbudget: ``st.from_type(xjbudget.Document)`` draws
:func:`xjbudget.strategies.documents`.

Hypothesis imports every installed plugin at its own import, so this module is cheap:
it loads the records (:mod:`xjbudget.model`) and registers a function that imports
:mod:`xjbudget.strategies` (and through it the renderer and the code tables) only when a
test first asks for a ``Document``. It lives outside :mod:`xjbudget.strategies`, whose
import starts with ``import hypothesis``: importing ``xjbudget.strategies`` first would
otherwise load this hook from a half-initialised package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from .model import Document

__all__ = ["_hypothesis_setup_hook"]


def _documents(_: type[Document]) -> SearchStrategy[Document]:
    from .strategies import documents

    return documents()


def _hypothesis_setup_hook() -> None:
    """Registered as a ``hypothesis`` entry point (pyproject.toml)."""
    from hypothesis import strategies as st

    from .model import Document

    st.register_type_strategy(Document, _documents)
