"""The package's layers import only downward, and its import graph has no cycle.

The order is docs/architecture.md's: a module may import from its own layer and from the
layers listed before it, never from a later one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "xjbudget"

#: Each layer and the top-level modules or packages of ``xjbudget`` it holds, lowest first.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("_version", "errors", "text", "amounts", "limits", "settings", "child")),
    ("model", ("model",)),
    ("codes", ("codes",)),
    ("catalog", ("catalog",)),
    ("sources", ("sources",)),
    ("structure", ("structure",)),
    ("tables", ("tables",)),
    ("narrative", ("narrative",)),
    ("parse", ("coverage", "parse")),
    ("validate", ("validate",)),
    ("outputs", ("export", "render", "strategies", "_hypothesis", "samples")),
    ("batch", ("batch",)),
    ("cli", ("cli", "__main__")),
    ("package", ("__init__",)),
)
RANK = {name: rank for rank, (_, names) in enumerate(LAYERS) for name in names}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[str]:
    """The ``xjbudget`` modules a file imports (relative imports resolved)."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path.parent)
    if path.parent == PACKAGE and path.name != "__init__.py":
        package = "xjbudget"
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target == "xjbudget":
                yield from (f"xjbudget.{alias.name}" for alias in node.names)
            elif target.startswith("xjbudget."):
                yield target
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("xjbudget."))


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


FILES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    tops = {_top(_module_name(f)) for f in FILES} | {"__init__"}
    assert tops <= set(RANK), sorted(tops - set(RANK))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_only_downward(path: Path) -> None:
    own = RANK[_top(_module_name(path))] if path != PACKAGE / "__init__.py" else RANK["__init__"]
    upward = [m for m in _imports(path) if RANK.get(_top(m), -1) > own]
    assert not upward, f"{path.relative_to(PACKAGE)} imports from a higher layer: {upward}"


def test_the_import_graph_has_no_cycle() -> None:
    graph: dict[str, set[str]] = {}
    names = {_module_name(f) for f in FILES}
    for path in FILES:
        graph[_module_name(path)] = {
            m if m in names else m.rsplit(".", 1)[0] for m in _imports(path)
        } - {_module_name(path)}
    state: dict[str, int] = {}  # 1 on the path being explored, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :] if nxt in path else path
                raise AssertionError(" → ".join([*cycle, nxt]))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
