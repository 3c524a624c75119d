"""Shared fixtures: the corpus documents copied into tests/corpus, and their parses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import xjbudget

from .real_corpus import REAL_FILES, parse_all

# Property tests run hypothesis's default example count in CI ("ci"); a deeper run by hand:
# HYPOTHESIS_PROFILE=deep python -m pytest tests/render tests/tables
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.register_profile("deep", settings.get_profile("ci"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CORPUS = Path(__file__).parent / "corpus"
GOLDEN = Path(__file__).parent / "golden"
TABBED = ("000_707d8629ab46531e", "003_f62fb37ef8e53f88", "004_ce2c4c2fd8aa6825")
FLAT = ("001_7236ab5e17bf1c1a",)
SHARED_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


@pytest.fixture(scope="session")
def parsed() -> dict[str, xjbudget.Document]:
    """Every corpus document parsed once per test session."""
    return {stem: xjbudget.parse(CORPUS / f"{stem}.txt") for stem in TABBED + FLAT}


@pytest.fixture(scope="session")
def real_documents() -> dict[str, xjbudget.Document | str]:
    """Every real PDF of ../shared/corpus/real parsed once per session (minutes): the
    document, or the text of the typed error it raised. Skips where ../shared is absent."""
    if not REAL_FILES:
        pytest.skip("../shared/corpus/real is absent")
    return parse_all()
