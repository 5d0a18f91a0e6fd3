"""Extraction throughput on a local Dask cluster at 1, 2 and 4 workers, next to the `--workers`
pool, and what the per-core rate predicts for 10^7 reports on a cluster of N machines.

.venv/bin/python bench/bench_dask.py [--copies K]      (default K=2; needs `pip install -e '.[dask]'`)

The corpus is seeds/ and tests/data/heldout*, each file K times under new names (a worker
extracts a copy in full: copies are recognised on the client, after extraction). Every run
consumes `extract_file` outcomes in file order, as `kb extract` does; timings exclude the
pool's and the cluster's start-up, which is printed on its own (it includes loading the LAC
model in every worker process, on that worker's first file).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from kb import pipeline
from kb.pipeline_dask import DaskEngine
from kb.read import decode_file

ROOT = Path(__file__).resolve().parent.parent
WORKER_COUNTS = (1, 2, 4)
REPORTS = 10**7
CHARS_PER_REPORT = 2_000
CORES_PER_MACHINE = 16
MACHINES = (1, 10, 50, 100)


def corpus(into: Path, copies: int) -> list[Path]:
    sources = pipeline.expand_paths([ROOT / "seeds", *sorted((ROOT / "tests" / "data").glob("heldout*"))])
    for k in range(copies):
        for i, f in enumerate(sources):
            shutil.copyfile(f, into / f"c{k}_{i:03d}{f.suffix}")
    return pipeline.expand_paths([into])


def measure(outcomes, chars: int) -> tuple[float, int, float]:
    """(seconds, articles, chars/s) of consuming `outcomes`."""
    t0 = time.perf_counter()
    articles = sum(len(o.extractions) for o in outcomes)
    seconds = time.perf_counter() - t0
    return seconds, articles, chars / seconds


def line(label: str, files: int, seconds: float, articles: int, rate: float) -> str:
    return (f"{label:<26} {files:>4} files {articles:>4} reports in {seconds:6.1f} s: "
            f"{articles / seconds:6.1f} reports/s {rate:>8,.0f} chars/s")


def scheduler_rate(engine: DaskEngine, n: int = 2000) -> float:
    """Trivial tasks per second through the scheduler (all submitted at once): its own cost."""
    client = engine.client
    t0 = time.perf_counter()
    client.gather(client.map(len, ["x" * i for i in range(n)], pure=False))
    return n / (time.perf_counter() - t0)


def best(runs: int, make) -> tuple[float, int, float]:
    """The fastest of `runs` measurements (the machine is shared: the slower ones waited)."""
    return min((make() for _ in range(runs)), key=lambda m: m[0])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2, help="best of this many runs per configuration")
    args = ap.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    print(f"# python bench/bench_dask.py --copies {args.copies} --repeat {args.repeat} — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"commit {commit}, Python {platform.python_version()}, {os.cpu_count()} cores (shared), load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="kb-bench-dask-") as tmp:
        files = corpus(Path(tmp), args.copies)
        chars = sum(len(decode_file(f).text) for f in files)
        print(f"corpus: {len(files)} files, {chars:,} chars (seeds/ and tests/data/heldout*, x{args.copies})\n")

        print("== one process")
        s, a, r = measure(map(pipeline.extract_file, files[:1]), 1)  # the LAC model, loaded once
        s, a, r = best(args.repeat, lambda: measure(map(pipeline.extract_file, files), chars))
        print(line("one process", len(files), s, a, r))
        one_core = r

        print("\n== the --workers pool (multiprocessing, forkserver); start-up included: each process loads LAC")
        for n in WORKER_COUNTS:
            s, a, r = best(args.repeat, lambda n=n: measure(pipeline._outcomes(files, n), chars))
            print(line(f"--workers {n}" + (" (in-process)" if n == 1 else ""), len(files), s, a, r))

        print("\n== a local Dask cluster (processes, 1 thread each), warm: start-up and model load excluded")
        dask_rates = {}
        for n in WORKER_COUNTS:
            t0 = time.perf_counter()
            with DaskEngine("local", n) as engine:
                started = time.perf_counter() - t0
                # one file per worker first, so that each has loaded the model before the clock runs
                warm = time.perf_counter()
                engine.client.gather(engine.client.map(pipeline.extract_file, files[:n], pure=False))
                warm = time.perf_counter() - warm
                names = [str(f) for f in files]
                s, a, r = best(args.repeat, lambda e=engine, names=names: measure(e.outcomes(names), chars))
                overhead = scheduler_rate(engine)
            dask_rates[n] = r
            print(line(f"--dask local --workers {n}", len(files), s, a, r)
                  + f"   (cluster start {started:.1f} s, first file per worker {warm:.1f} s, "
                    f"scheduler {overhead:,.0f} trivial tasks/s)")

        per_core = max(dask_rates[1], one_core)
        total_chars = REPORTS * CHARS_PER_REPORT
        print(f"\n== on paper: {REPORTS:.0e} reports of ~{CHARS_PER_REPORT:,} chars = {total_chars:.1e} chars, "
              f"at the measured {per_core:,.0f} chars/s per core, {CORES_PER_MACHINE} cores per machine, "
              "perfect scaling of the extraction (it shares nothing)")
        for m in MACHINES:
            cores = m * CORES_PER_MACHINE
            hours = total_chars / (per_core * cores) / 3600
            tasks_per_s = cores * per_core / CHARS_PER_REPORT
            print(f"  {m:>3} machines ({cores:>4} cores): {hours:8.1f} h of extraction, "
                  f"{tasks_per_s:,.0f} tasks/s for the scheduler")
        print(f"  one core alone: {total_chars / per_core / 86400:.0f} days")


if __name__ == "__main__":
    main()
