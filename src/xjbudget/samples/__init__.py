"""A real disclosure bundled with the package, to try xjbudget without a file of your own:
昌吉回族自治州工业和信息化局 2024 年部门预算公开 (tab-separated text form)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["SAMPLE_NAME", "sample_path", "sample_text"]

SAMPLE_NAME = "changji-industry-2024.txt"


def sample_text() -> str:
    """The bundled sample's text."""
    return resources.files(__name__).joinpath(SAMPLE_NAME).read_text(encoding="utf-8")


def sample_path() -> Path:
    """A filesystem path to the bundled sample (inside the installed package)."""
    return Path(str(resources.files(__name__).joinpath(SAMPLE_NAME)))
