"""The distribution (issue 19): the sdist and the wheel build offline and pass
``twine check --strict``; their metadata names the Source, Issues and Documentation
URLs; the README PyPI shows has no relative link (they break there)."""

from __future__ import annotations

import email
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    for module in ("build", "hatchling", "twine"):
        pytest.importorskip(module, reason=f"{module} is a dev dependency")
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    files = sorted(out.iterdir())
    assert [f.suffix for f in files] == [".whl", ".gz"]
    return files


def test_twine_check_passes(dist: list[Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dist)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.message_from_bytes(archive.read(name))


def test_the_metadata_names_the_project_urls(dist: list[Path]) -> None:
    urls = dict(u.split(", ", 1) for u in _metadata(dist[0]).get_all("Project-URL") or [])
    assert {"Source", "Issues", "Documentation"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())


def test_the_readme_on_pypi_starts_from_the_commands_and_links_absolutely(
    dist: list[Path],
) -> None:
    readme = _metadata(dist[0]).get_payload()
    assert isinstance(readme, str) and "pip install xjbudget" in readme
    links = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert links, "the README links its documentation"
    relative = [link for link in links if not re.match(r"https?://", link)]
    assert not relative, relative
    first = [line for line in readme.splitlines() if line.startswith("python3 -m venv")]
    assert len(first) == 2  # the fresh-clone commands: run the sample, run the tests


def test_the_hypothesis_entry_point_is_the_cheap_module(dist: list[Path]) -> None:
    with zipfile.ZipFile(dist[0]) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = archive.read(name).decode("utf-8")
    assert "xjbudget._hypothesis:_hypothesis_setup_hook" in entry_points
