"""The hypothesis plugin is cheap and lazy (issue 19): ``import hypothesis`` loads the
records only, ``import xjbudget.strategies`` first is not a circular import, and
``st.from_type(Document)`` still draws documents."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_hypothesis_does_not_import_the_parser() -> None:
    out = _run(
        "import sys, hypothesis\n"
        "heavy = ['xjbudget.parse', 'xjbudget.strategies', 'xjbudget.validate',"
        " 'xjbudget.render', 'xjbudget.tables', 'xjbudget.codes', 'pdfplumber']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "print('xjbudget.model' in sys.modules)\n"
    )
    loaded, model = out.splitlines()
    if model != "True":
        pytest.skip("the hypothesis entry point of xjbudget is not installed (pip install -e .)")
    assert loaded == "[]"


def test_strategies_imported_first_is_not_circular() -> None:
    assert _run("import xjbudget.strategies as xst; print(len(xst.__all__))").strip()


def test_from_type_draws_documents() -> None:
    out = _run(
        "import xjbudget.strategies\n"
        "from hypothesis import given, settings, strategies as st\n"
        "import xjbudget\n"
        "seen = []\n"
        "@settings(max_examples=3, deadline=None)\n"
        "@given(st.from_type(xjbudget.Document))\n"
        "def draw(d): seen.append(type(d).__name__)\n"
        "draw()\n"
        "print(set(seen))\n"
    )
    assert out.strip() == "{'Document'}"


def test_a_submodule_import_does_not_shadow_the_function() -> None:
    # ``xjbudget.parse`` is the function even after ``import xjbudget.parse`` (the
    # sub-module) or a sub-package's import of it.
    out = _run(
        "import xjbudget.validate, xjbudget.parse, xjbudget.batch, xjbudget\n"
        "print(callable(xjbudget.parse), callable(xjbudget.validate))\n"
    )
    assert out.split() == ["True", "True"]


def test_the_package_loads_its_heavy_names_on_first_use() -> None:
    out = _run(
        "import sys, xjbudget\n"
        "print('xjbudget.parse' in sys.modules)\n"
        "f = xjbudget.parse\n"
        "print('xjbudget.parse' in sys.modules, f.__module__)\n"
        "from xjbudget import validate, to_records, load_json\n"
        "print(sorted(n for n in xjbudget.__all__ if not hasattr(xjbudget, n)))\n"
    )
    assert out.splitlines() == ["False", "True xjbudget.parse", "[]"]
