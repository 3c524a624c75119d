"""The recognition thresholds: one frozen object, passed explicitly.

Every figure the parser uses to decide what a line, a header or a table is — how long a
title may be, how alike two column labels must be, how much search one table may cost —
is a field of :class:`Settings`. :data:`DEFAULT_SETTINGS` holds the values the golden
tests and the real corpus were built against; a caller changes one with
``attrs.evolve(DEFAULT_SETTINGS, header_similarity=0.9)`` and passes it to
``parse(..., settings=)``, ``build_document(..., settings=)`` or
``validate(..., settings=)``. No module reads a threshold from a global at run time.

Not here: the bounds on the work one input may cause (:mod:`xjbudget.limits`), the
arithmetic tolerance of the sum rules (``validate(..., tolerance=)``) and the PDF
geometry constants of :mod:`xjbudget.sources` (line and column gaps in points), which
describe the page, not the document, and stay beside the code that measures them.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["DEFAULT_SETTINGS", "Settings"]


@frozen
class Settings:
    """The recognition thresholds, field by field with the reason for each value."""

    # --- structure: what a line is ---------------------------------------------------
    table_title_max_chars: int = 40
    """A line without a 表 number is taken for a standard table's title only if it has at
    most this many characters; a longer line ending in 表 is taken for a sentence of the
    narrative, not a heading."""

    performance_title_max_chars: int = 30
    """A performance block's title (…绩效目标表) has at most this many characters; longer
    lines that mention 绩效目标 are narrative sentences about them."""

    section_heading_max_chars: int = 80
    """A level-1 narrative heading (``一、…``) has at most this many characters; a longer
    line starting with ``一、`` is a numbered paragraph of text."""

    subsection_heading_max_chars: int = 30
    """A level-2 heading (``（一）…``) has at most this many characters after its numeral
    and no 。；：， in it: shorter than level 1 because ``（一）`` also starts enumerated
    sentences and field lines (``（一）项目名称：…``). A line continuing a wrapped part-3
    heading (``…总体说`` / ``明``) is no longer either."""

    # --- tables: reading a header -----------------------------------------------------
    header_similarity: float = 0.8
    """A printed column label that matches no declared label exactly is mapped to the
    declared column it most resembles, if the similarity (difflib ratio of the label keys)
    is at least this: high enough that 基本支出 never maps to 项目支出, low enough to
    absorb one dropped or misread character."""

    flat_header_lines: int = 40
    """A flat (one-line-per-row) table's header is looked for in its first this many
    lines, when the numbering row counts fewer columns than declared: the bound keeps the
    body's labels out of the search for printed column labels."""

    # --- tables: placing amounts in columns (search bounds) ---------------------------
    placement_limit: int = 50_000
    """Above this many ways of placing a row's amounts in its columns, the
    row is placed left-aligned instead (and reported): the bound keeps one very wide row
    from stalling a batch."""

    combination_limit: int = 512
    """Up to this many combinations of the children's placements are tried exhaustively;
    above it each child is improved one at a time (hill climbing)."""

    climb_passes: int = 8
    """Hill climbing stops after this many passes even if a pass still changed something,
    so the work per table is bounded whatever the input."""

    pool_limit: int = 64
    """In hill climbing each row tries at most this many of its best placements."""

    state_limit: int = 20_000
    """The exact search over column sums keeps at most this many distinct partial sums;
    above it the search gives up and hill climbing decides."""

    per_state: int = 8
    """…and at most this many combinations for each partial sum."""

    root_trials: int = 64
    """A row with no parent tries at most this many of its equally good placements."""

    # --- validation -------------------------------------------------------------------
    coverage_error_below: float = 0.95
    """``completeness.low_coverage`` is an error when less than this share of the amounts
    printed in standard tables was read, a warning from there up to all: a few unread
    amounts are a layout quirk, more are a table (or most of one) lost."""


DEFAULT_SETTINGS = Settings()
"""The values the golden tests and the real corpus were built against."""
