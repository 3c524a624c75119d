"""A timed fuzzing session over both front ends: mutated and generated text forms
(``xjbudget.parse_text``) and mutated and generated PDFs (``xjbudget.parse``), taken in
turn. Every input must give a Document or an ``XjbudgetError`` within its budget.

Each input runs under the library's own time budget (``--budget`` seconds,
:func:`xjbudget.limits.time_budget`) and a watchdog (``--watchdog`` seconds, SIGALRM)
that catches what the budget did not stop; the process's address space is capped
(``--memory-mb``) so a bomb that escapes the bounds is a ``MemoryError`` finding, not a
machine out of memory. Findings — any other exception, an input the watchdog had to
stop, an ``XjbudgetError`` raised for a budget overrun that took far longer than the
budget — are written to ``--out`` (one file per distinct site, the input beside it),
with the slowest input; a summary (inputs run per target, time, errors by type,
findings, the slowest input and its time) is printed and written as ``summary.json``::

    nice -n 15 python fuzz/fuzz_documents.py --seconds 3600 --out /tmp/xjfuzz

Seeds: the text corpus (``tests/corpus``), the PDF fixtures (``tests/pdf_fixtures``)
and, when present, the small real PDFs of ``../shared/corpus/real`` (≤ 300 KB). The
run is deterministic for a ``--seed``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
import resource
import sys
import time
import traceback
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.fuzz.mutations

from tests.fuzz.mutations import bounded  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"

#: What a mutation puts into a text: table syntax, digits, CJK of the documents, oddities.
NASTY = "\t\n\r ,.．、：:※#*<>/b-0123456789表第一二部分合计总计类款项（）()\x00\u3000\ufeff\u200b"
#: Long runs a mutation may insert (regular expressions' worst cases).
RUNS = (" ", "\t", "1", "1,", "一、", "年 ", "部门", "万元", "9", "（一）")
#: PDF syntax a mutation may insert.
TOKENS = (b"obj", b"endobj", b"stream\n", b"endstream", b"<<", b">>", b"/Length 999999")


class Watchdog(BaseException):
    """The input ran past the watchdog (not an Exception: nothing in the library
    catches it)."""


# --- inputs ---------------------------------------------------------------------------


def text_seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/corpus").glob("*.txt"))]


def pdf_seeds() -> list[bytes]:
    paths = sorted((ROOT / "tests/pdf_fixtures").glob("*.pdf"))
    if REAL.is_dir():
        paths += [p for p in sorted(REAL.glob("*.pdf")) if p.stat().st_size <= 300_000]
    return [p.read_bytes() for p in paths]


def mutate_text(rng: random.Random, text: str) -> tuple[str, str]:
    """A corpus text with a few line and character mutations; what was done."""
    lines = text.split("\n")
    done = []
    for _ in range(rng.randint(1, 8)):
        if not lines:
            break
        op = rng.choice(("drop", "dup", "swap", "chars", "number", "split", "run", "join"))
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        line = lines[i]
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines[i:i] = [line] * rng.randint(1, 3)
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "chars" and line:
            k = rng.randrange(len(line))
            lines[i] = line[:k] + "".join(rng.choices(NASTY, k=rng.randint(0, 3))) + line[k + 1 :]
        elif op == "number":
            digits = rng.choice(("9" * rng.randint(20, 60), "1e999", "NaN", "0.0.0", "-", "１２"))
            lines[i] = line + digits + rng.choice(("万元", "", "%", "人"))
        elif op == "split" and len(line) > 1:
            k = rng.randrange(1, len(line))
            lines[i : i + 1] = [line[:k], line[k:]]
        elif op == "run":
            lines[i] = line + rng.choice(RUNS) * rng.randint(100, 6000) + rng.choice(("", "x"))
        elif op == "join" and i + 1 < len(lines):
            lines[i : i + 2] = [line + lines[i + 1]]
        done.append(op)
    result = "\n".join(lines)
    if rng.random() < 0.2:
        result = result[: rng.randrange(len(result) + 1)]
        done.append("truncate")
    if rng.random() < 0.05:
        result = result + "\n" + result  # two documents in one text
        done.append("concatenate")
    return result, "text " + ",".join(done)


def mutate_pdf(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """A seed PDF with bytes flipped, spans deleted, duplicated or inserted; what."""
    out = bytearray(data)
    done = []
    for _ in range(rng.randint(1, 6)):
        if not out:
            break
        i = rng.randrange(len(out))
        op = rng.choice(("flip", "delete", "duplicate", "insert"))
        if op == "flip":
            out[i] = rng.randrange(256)
        elif op == "delete":
            del out[i : i + rng.randint(1, 512)]
        elif op == "duplicate":
            out[i:i] = out[i : i + rng.randint(1, 512)]
        else:
            out[i:i] = rng.choice(TOKENS)
        done.append(op)
    if rng.random() < 0.1:
        out = out[: rng.randrange(len(out) + 1)]
        done.append("truncate")
    return bytes(out), "pdf " + ",".join(done)


def generated_pdf(rng: random.Random) -> tuple[bytes, str]:
    """A one-page PDF whose content stream is a FlateDecode bomb, a damaged stream or a
    dense run of operators."""
    kind = rng.choice(("bomb", "damaged", "operators"))
    if kind == "bomb":
        size = rng.choice((80, 200, 1000)) << 20
        packer = zlib.compressobj(9)
        chunk = (rng.choice((b" ", b"0 0 m 1 1 l S\n")) * (1 << 20))[: 1 << 20]
        body = b"".join(packer.compress(chunk) for _ in range(size >> 20))
        content = body + packer.flush()
    else:
        plain = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" * rng.randint(10, 5000)
        content = zlib.compress(plain)
        if kind == "damaged":
            k = rng.randrange(len(content))
            content = content[:k] + bytes(rng.randrange(256) for _ in range(8)) + content[k:]
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    out += b"trailer\n<</Root 1 0 R>>\n%%EOF\n"
    return bytes(out), f"generated pdf {kind} ({len(content)} bytes of stream)"


# --- the session ----------------------------------------------------------------------


class Session:
    def __init__(self, out: Path, budget: float, watchdog: float) -> None:
        self.out = out
        self.budget = budget
        self.watchdog = watchdog
        self.started = time.monotonic()
        self.inputs: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.stopped: Counter[str] = Counter()  # "target limit" -> inputs a bound stopped
        self.spent: Counter[str] = Counter()  # target -> wall seconds
        self.cpu: Counter[str] = Counter()  # target -> CPU seconds
        self.findings: dict[str, dict[str, Any]] = {}
        self.slowest: tuple[float, str] = (0.0, "")

    def run(self, target: str, data: str | bytes, what: str) -> None:
        import xjbudget
        from xjbudget.limits import Limits, time_budget

        self.inputs[target] += 1
        began, began_cpu = time.monotonic(), time.process_time()
        call: Callable[[], object] = (
            (lambda: xjbudget.parse_text(data))
            if isinstance(data, str)
            else (lambda: xjbudget.parse(data))
        )
        try:
            with bounded(self.watchdog, Watchdog), time_budget(Limits(max_seconds=self.budget)):
                call()
        except xjbudget.XjbudgetError as error:
            self.errors[type(error).__name__] += 1
            limit = getattr(error, "limit", "")
            if limit:
                self.stopped[f"{target} {limit}"] += 1
            took = time.monotonic() - began
            if limit == "max_seconds" and took > 2 * self.budget + 5:
                self.record("slow stop", f"budget stopped only after {took:.1f} s", data, what)
        except Watchdog as error:
            self.record("watchdog", str(error), data, what)
        except Exception as error:  # the point: anything else is a finding
            frames = traceback.extract_tb(error.__traceback__)
            site = f"{type(error).__name__} at {frames[-1].filename}:{frames[-1].lineno}"
            self.record(site, "".join(traceback.format_exception(error)), data, what)
        else:
            took = time.monotonic() - began
            if took > 2 * self.budget + 5:  # over its budget and not stopped by it
                self.record("unstopped", f"finished after {took:.1f} s, no stop", data, what)
        took = time.monotonic() - began
        cpu = time.process_time() - began_cpu
        self.spent[target] += took
        self.cpu[target] += cpu
        if took > self.slowest[0]:
            self.slowest = (took, f"{what} ({cpu:.2f} s CPU)")
            self.save("slowest", f"{took:.2f} s ({cpu:.2f} s CPU): {what}", data)

    def record(self, site: str, detail: str, data: str | bytes, what: str) -> None:
        entry = self.findings.setdefault(site, {"count": 0, "first": what})
        entry["count"] += 1
        if entry["count"] == 1:
            name = "finding-" + hashlib.sha1(site.encode()).hexdigest()[:12]
            self.save(name, f"{site}\n{what}\n\n{detail}", data)
            print(f"*** new finding: {site} ({what})", file=sys.stderr, flush=True)

    def save(self, name: str, note: str, data: str | bytes) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / f"{name}.txt").write_text(note, encoding="utf-8")
        payload = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        suffix = ".input.txt" if isinstance(data, str) else ".input.pdf"
        (self.out / f"{name}{suffix}").write_bytes(payload)

    def summary(self) -> dict[str, Any]:
        seconds = time.monotonic() - self.started
        return {
            "seconds": round(seconds),
            "cpu_seconds": round(time.process_time()),  # less than seconds on a busy machine
            "inputs": dict(self.inputs),
            "total_inputs": sum(self.inputs.values()),
            "seconds_by_target": {k: round(v) for k, v in self.spent.items()},
            "cpu_seconds_by_target": {k: round(v) for k, v in self.cpu.items()},
            "xjbudget_errors": dict(self.errors),
            "stopped_by_limit": dict(self.stopped),
            "findings": self.findings,
            "slowest": {"seconds": round(self.slowest[0], 2), "input": self.slowest[1]},
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="length of the run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz" / "findings")
    parser.add_argument("--budget", type=float, default=20.0, help="max_seconds per input")
    parser.add_argument("--watchdog", type=float, default=120.0, help="hang after (s)")
    parser.add_argument("--memory-mb", type=int, default=3000, help="address space cap")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # pdfminer's complaints about mutated PDFs
    cap = args.memory_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    rng = random.Random(args.seed)
    texts, pdfs = text_seeds(), pdf_seeds()
    session = Session(args.out, args.budget, args.watchdog)
    deadline = time.monotonic() + args.seconds
    turn = 0
    while time.monotonic() < deadline:
        turn += 1
        if turn % 2:
            text, what = mutate_text(rng, rng.choice(texts))
            session.run("text", text, what)
        elif turn % 20 == 0:
            data, what = generated_pdf(rng)
            session.run("pdf", data, what)
        else:
            data, what = mutate_pdf(rng, rng.choice(pdfs))
            session.run("pdf", data, what)
        if turn % 20 == 0:
            (args.out / "summary.json").write_text(json.dumps(session.summary(), indent=1))
    summary = session.summary()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 1 if summary["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
