"""Run the batch over a Dask cluster: xjbudget is a pure function from bytes to records,
Dask does the distribution.

    python examples/dask_batch.py [FILE_DIR_OR_GLOB ...] [--scheduler ADDRESS] [-o OUT]

Without files it reads the bundled sample and the test corpus; without ``--scheduler``
it starts a local cluster of two workers (``LocalCluster``). Each task reads one file's
bytes and calls :func:`xjbudget.batch.process_bytes`; the results come back in input
order and are written as JSON Lines (the same bytes ``xjbudget parse … -o OUT.jsonl``
writes), failed files as ``file<TAB>reason`` lines on stderr. Without Dask installed
(``pip install 'xjbudget[dask]'``) it says so and runs the same function in this
process. See docs/batch.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from xjbudget.batch import FileResult, Job, expand_inputs, process_bytes
from xjbudget.samples import sample_path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def load(path: str) -> bytes:
    """The bytes of one input. On a cluster without a shared file system, read from the
    object store here instead (e.g. ``fsspec.open(path, "rb")``)."""
    return Path(path).read_bytes()


def process(path: str, job: Job) -> FileResult:
    """One task: read the file where the task runs, then the pure function."""
    try:
        data = load(path)
    except OSError as error:
        return FileResult(path, ok=False, error=f"InputError: {error.strerror}")
    return process_bytes(data, path, job)


def run_on_dask(
    paths: Sequence[str], job: Job, scheduler: str | None, workers: int, processes: bool
) -> list[FileResult]:
    """Map :func:`process` over ``paths`` on a cluster; results in the order of ``paths``."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            return list(client.gather(client.map(process, paths, job=job)))
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        return list(client.gather(client.map(process, paths, job=job)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="files, directories or globs")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local cluster workers")
    parser.add_argument(
        "--processes", action="store_true", help="local workers as processes, not threads"
    )
    parser.add_argument("-o", "--output", help="JSON Lines file (default: a summary only)")
    args = parser.parse_args(argv)
    paths = expand_inputs(args.files) or [str(sample_path()), *map(str, sorted(CORPUS.glob("*")))]
    job = Job(task="parse", form="jsonl")
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        print("dask is not installed (pip install 'xjbudget[dask]'): running in this process")
        results = [process(p, job) for p in paths]
    else:
        results = run_on_dask(paths, job, args.scheduler, args.workers, args.processes)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            out.writelines(r.text for r in results)
    for result in results:
        if result.error is not None:
            print(f"{result.path}\t{result.error}", file=sys.stderr)
    done = sum(r.error is None for r in results)
    print(f"{done} of {len(results)} files parsed ({len(results) - done} failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
