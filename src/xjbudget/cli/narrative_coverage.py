"""Coverage of the narrative reader, per document.

    python -m xjbudget.cli.narrative_coverage FILE…  [-v] [--kinds]

Prints, for each file (text form or PDF), how many part-3 sentences state a figure and
how many of them were read completely into facts, the figures and projects read;
``--kinds`` adds the sentence kinds read (:data:`xjbudget.narrative.patterns.SENTENCE_KINDS`),
``-v`` lists the sentences not read.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ..errors import XjbudgetError
from ..narrative.patterns import sentence_kinds
from ..parse import parse

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the coverage of each file; exit status 2 if a file cannot be read."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    kinds = "--kinds" in args
    files = [a for a in args if a not in ("-v", "--kinds")]
    status = 0
    total = recognised = 0
    for name in files:
        try:
            facts = parse(name).facts
        except (OSError, XjbudgetError) as error:
            print(f"{name}: error: {error}", file=sys.stderr)
            status = 2
            continue
        if facts is None:
            continue
        coverage = facts.coverage()
        total += coverage.sentences
        recognised += coverage.recognised
        line = (
            f"{Path(name).name}\t{coverage.recognised}/{coverage.sentences}"
            f"\t{coverage.ratio:.1%}\tfigures={len(facts.figures)}\tprojects={len(facts.projects)}"
        )
        if kinds:
            line += "\tkinds=" + ",".join(sorted(sentence_kinds(facts.figures)))
        print(line)
        if verbose:
            for statement in facts.statements:
                if not statement.recognised:
                    print(f"  line {statement.span.line}: {statement.span.text}")
    if len(files) > 1 and total:
        print(f"all\t{recognised}/{total}\t{recognised / total:.1%}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
