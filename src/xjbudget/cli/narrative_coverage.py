"""Coverage of the narrative reader, per document.

    python -m xjbudget.cli.narrative_coverage FILE…  [-v]

Prints, for each text file, how many part-3 sentences state a figure and how many of
them were read completely into facts; ``-v`` lists the others.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ..narrative import extract_facts
from ..sources.tabbed import read_text_lines

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the coverage of each file; exit status 2 if a file cannot be read."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    files = [a for a in args if a != "-v"]
    status = 0
    total = recognised = 0
    for name in files:
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            print(f"{name}: error: {error}", file=sys.stderr)
            status = 2
            continue
        facts = extract_facts(read_text_lines(text), year=None)
        coverage = facts.coverage()
        total += coverage.sentences
        recognised += coverage.recognised
        print(
            f"{Path(name).name}\t{coverage.recognised}/{coverage.sentences}"
            f"\t{coverage.ratio:.1%}\tfigures={len(facts.figures)}\tprojects={len(facts.projects)}"
        )
        if verbose:
            for statement in facts.statements:
                if not statement.recognised:
                    print(f"  line {statement.span.line}: {statement.span.text}")
    if len(files) > 1 and total:
        print(f"all\t{recognised}/{total}\t{recognised / total:.1%}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
