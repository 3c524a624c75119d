"""The input adapters: each turns one kind of source into the neutral
:class:`SourceLine` list that the structure stage reads (docs/architecture.md).

- the text forms converters make of a disclosure: :func:`read_text_lines`
  (tab-separated cells, or the flattened form; :func:`looks_tabbed` tells them apart);
- PDFs: :func:`xjbudget.sources.pdf.read_pdf` (two engines, docs/pdf.md), imported on
  first use so that reading text never loads a PDF library.
"""

from .lines import SourceLine
from .tabbed import looks_tabbed, read_text_lines

__all__ = ["SourceLine", "looks_tabbed", "read_text_lines"]
