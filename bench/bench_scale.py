"""Loading as the input grows: client memory, write throughput, bulk import, workers.

.venv/bin/python bench/bench_scale.py [--files 1000 10000]
    (against the local server of $KB_HOME/KB_BOLT_PORT: it replaces the graph; use a scratch home)

Corpora of N report files are made from the seeds' sentences recombined (fixed random seed,
two to four sentences a file under a title of their own), as bench/bench_extract.py does.

(a) peak RSS of `kb load DIR --reset --workers 1` (the client process) for each N;
(b) on the largest corpus: `kb load` writing alone (its summary's `seconds`) against
    `kb load --bulk` (CSV written during extraction, then stop, `neo4j-admin database import
    full`, start, schema), with the importer's own time measured apart;
(c) extraction alone (read, extract, resolve) of the smallest corpus at --workers 1 and 2.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kb import pipeline, server
from kb.config import connection_settings
from kb.pipeline import iter_articles
from kb.store import bulk, session, writer

ROOT = Path(__file__).resolve().parent.parent
KB = str(Path(sys.executable).parent / "kb")


def make_corpus(directory: Path, files: int) -> int:
    """`files` reports of recombined seed sentences; returns their characters."""
    rng = random.Random(20221215 + files)
    pool = [s.text.text for a in iter_articles([ROOT / "seeds"]) for s in a.sentences if len(s.text.text) > 12]
    directory.mkdir(parents=True, exist_ok=True)
    chars = 0
    for n in range(files):
        body = "".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
        text = f"党建引领防疫工作报道第{n}篇\n\n2022年4月{n % 28 + 1}日\n\n{body}\n"
        (directory / f"r{n:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def kb_load(*args: str) -> tuple[dict, float, float]:
    """(summary, wall seconds, peak RSS MB of the kb process) of one `kb load … --json`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    done = subprocess.run([KB, "load", *args, "--json"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"kb load {' '.join(args)} failed: {done.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return json.loads(done.stdout), wall, max(peak, before) / 1024


def elements(summary: dict) -> int:
    g = summary["graph"]
    return g["articles"] + g["stats"] + sum(g["nodes"].values()) + sum(g["relationships"].values())


def importer_alone(corpus: Path) -> tuple[float, float, float]:
    """(CSV seconds, stop+import+start seconds, stop+start seconds) for the corpus, so that the
    importer's own time is the difference."""
    settings = connection_settings()
    parts = list(pipeline.iter_extractions([corpus], pipeline.Reading(), workers=2))
    layout = server.Layout.default()
    with tempfile.TemporaryDirectory(dir=layout.home) as d:
        files = bulk.CsvFiles(Path(d))
        t0 = time.perf_counter()
        bulk.write_csv(parts, files, writer.LoadSummary())
        files.close()
        csv_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        server.import_full(settings.database or "neo4j", files.arguments(), layout, echo=lambda _: None)
        import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    server.stop(layout)
    server.start(layout, echo=lambda _: None)
    restart_s = time.perf_counter() - t0
    with session.connect(settings) as driver:
        writer.reset(driver)
    return csv_s, import_s, restart_s


def extraction(corpus: Path, workers: int) -> float:
    t0 = time.perf_counter()
    for _ in pipeline.iter_extractions([corpus], pipeline.Reading(), workers=workers):
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, nargs="+", default=[1000, 10000])
    sizes = sorted(ap.parse_args().files)
    print(f"{os.cpu_count()} cores; kb load against {connection_settings().uri}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {}
        for n in sizes:
            corpora[n] = Path(tmp, f"c{n}")
            chars = make_corpus(corpora[n], n)
            print(f"corpus of {n} files: {chars} chars", flush=True)

        plain = {}
        for n in sizes:
            summary, wall, rss = kb_load(str(corpora[n]), "--reset", "--workers", "1")
            plain[n] = summary
            print(f"(a) kb load {n} files --workers 1: {wall:.1f} s, {elements(summary)} elements, "
                  f"peak client RSS {rss:.0f} MB", flush=True)

        # after (a): the worker processes of (c) are children too, and would count in its RSS
        small = corpora[sizes[0]]
        one, two = extraction(small, 1), extraction(small, 2)
        print(f"(c) extraction of {sizes[0]} files: --workers 1 {one:.1f} s, --workers 2 {two:.1f} s "
              f"({one / two:.2f}x)", flush=True)

        big = sizes[-1]
        write_s = plain[big]["seconds"]
        el = elements(plain[big])
        print(f"(b) {el} elements: kb load writing {write_s:.1f} s ({el / write_s:.0f} elements/s)", flush=True)
        summary, wall, rss = kb_load(str(corpora[big]), "--bulk", "--reset", "--workers", "2")
        assert summary["graph"] == plain[big]["graph"], "bulk and incremental graphs differ"
        print(f"    kb load --bulk: {wall:.1f} s end to end, of which after extraction (stop, import, start, "
              f"schema) {summary['seconds']:.1f} s; peak client RSS {rss:.0f} MB; same counts", flush=True)
        csv_s, import_s, restart_s = importer_alone(corpora[big])
        print(f"    CSV writing {csv_s:.1f} s; stop+import+start {import_s:.1f} s, stop+start alone {restart_s:.1f} s: "
              f"neo4j-admin import about {import_s - restart_s:.1f} s "
              f"({el / max(import_s - restart_s, 0.1):.0f} elements/s)", flush=True)


if __name__ == "__main__":
    main()
