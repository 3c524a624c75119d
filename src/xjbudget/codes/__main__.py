"""``python -m xjbudget.codes``: print the row counts per scheme, edition, level and provenance."""

from __future__ import annotations

from xjbudget.codes._api import stats


def main() -> int:
    """Print one tab-separated line per (scheme, edition, level, provenance) with its count."""
    print("scheme\tedition\tlevel\tprovenance\trows")
    for scheme, edition, level, provenance, count in stats():
        print(f"{scheme}\t{edition}\t{level}\t{provenance}\t{count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
