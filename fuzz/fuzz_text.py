"""Coverage-guided fuzzing of the text front end (``xjbudget.parse_text``).

Every input must give a Document or an ``XjbudgetError``; any other exception is a
crash, a run longer than ``-timeout`` seconds a hang, more than ``-rss_limit_mb`` a leak.

With atheris (``pip install atheris``) the session is coverage-guided by libFuzzer,
seeded with the corpus documents (and mutations of them)::

    python fuzz/fuzz_text.py -max_total_time=1800 -timeout=10 -rss_limit_mb=2048 \
        -max_len=200000 /tmp/xjbudget-fuzz-corpus

Without atheris it falls back to a hypothesis loop over mutated corpus documents::

    python fuzz/fuzz_text.py --hypothesis --seconds 600

Crashes are collected rather than stopping the run: one file per distinct crash site in
``--crashes`` (default ``fuzz/crashes``), holding the traceback and the input; the
slowest input over a second is kept there as ``slowest.txt``. A summary
(duration, inputs, distinct crashes) is printed at the end.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.fuzz.mutations


#: Seconds after which the slowest input so far is kept (``slowest.txt``).
SLOW = 1.0


class Session:
    """What one fuzz session saw: inputs, distinct crashes, the slowest input."""

    def __init__(self, crashes: Path) -> None:
        self.crashes = crashes
        self.started = time.monotonic()
        self.inputs = 0
        self.errors = 0
        self.seen: dict[str, int] = {}
        self.slowest = 0.0

    def run(self, text: str) -> None:
        import xjbudget

        self.inputs += 1
        began = time.monotonic()
        try:
            xjbudget.parse_text(text)
        except xjbudget.XjbudgetError:
            self.errors += 1
        except Exception as error:  # the point: anything else is a crash
            self.record(text, error)
        took = time.monotonic() - began
        if took > self.slowest:
            self.slowest = took
            if took > SLOW:
                self.crashes.mkdir(parents=True, exist_ok=True)
                (self.crashes / "slowest.txt").write_text(
                    f"{took:.2f} s\n--- input ({len(text)} chars) ---\n{text}", encoding="utf-8"
                )

    def record(self, text: str, error: Exception) -> None:
        frames = traceback.extract_tb(error.__traceback__)
        site = f"{type(error).__name__} at {frames[-1].filename}:{frames[-1].lineno}"
        self.seen[site] = self.seen.get(site, 0) + 1
        if self.seen[site] > 1:
            return
        self.crashes.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha1(site.encode()).hexdigest()[:12]
        trace = "".join(traceback.format_exception(error))
        (self.crashes / f"crash-{name}.txt").write_text(
            f"{site}\n\n{trace}\n--- input ({len(text)} chars) ---\n{text}", encoding="utf-8"
        )
        print(f"\n*** new crash: {site}", file=sys.stderr, flush=True)

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        lines = [
            f"fuzz_text: {self.inputs} inputs in {seconds:.0f} s "
            f"({self.inputs / max(seconds, 1e-9):.1f}/s), {self.errors} XjbudgetError, "
            f"{len(self.seen)} distinct crash sites, slowest input {self.slowest:.2f} s",
        ]
        lines += [f"  {count:6d} x {site}" for site, count in sorted(self.seen.items())]
        return "\n".join(lines)


def _seeds(directory: Path) -> None:
    """Write the corpus documents as libFuzzer seeds (once)."""
    directory.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        target = directory / path.name
        if not target.exists():
            target.write_bytes(path.read_bytes())


def run_atheris(argv: list[str], session: Session) -> None:
    import atheris

    with atheris.instrument_imports(include=["xjbudget"]):
        import xjbudget  # noqa: F401

    def one_input(data: bytes) -> None:
        session.run(data.decode("utf-8", errors="replace"))

    corpus_dirs = [a for a in argv[1:] if not a.startswith("-")]
    for directory in corpus_dirs:
        _seeds(Path(directory))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(seconds: float, session: Session) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from tests.fuzz.mutations import NASTY, corpus_texts, mutated_texts

    texts = corpus_texts()
    inputs = mutated_texts(texts, max_ops=20) | st.text(alphabet=NASTY, max_size=5000)
    deadline = time.monotonic() + seconds

    @settings(
        max_examples=10**9,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs)
    def loop(text: str) -> None:
        if time.monotonic() > deadline:
            raise _Done
        session.run(text)

    with contextlib.suppress(_Done):
        loop()


class _Done(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], add_help=False)
    parser.add_argument("--hypothesis", action="store_true", help="use the hypothesis loop")
    parser.add_argument("--seconds", type=float, default=300.0, help="hypothesis loop length")
    parser.add_argument("--crashes", type=Path, default=ROOT / "fuzz" / "crashes")
    known, rest = parser.parse_known_args()
    if {"-h", "--help"} & set(rest):  # ours (libFuzzer's own is -help=1): never a session
        parser.print_help()
        print("\nWith atheris, other arguments go to libFuzzer (-help=1 lists them).")
        return
    session = Session(known.crashes)
    atexit.register(lambda: print(session.summary(), file=sys.stderr, flush=True))
    use_atheris = not known.hypothesis
    if use_atheris:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed: using the hypothesis loop", file=sys.stderr)
            use_atheris = False
    if use_atheris:
        run_atheris([sys.argv[0], *rest], session)
    else:
        run_hypothesis(known.seconds, session)


if __name__ == "__main__":
    main()
