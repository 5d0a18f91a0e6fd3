"""How fast extraction is, and whether memory stays flat as the corpus grows.

.venv/bin/python bench/bench_extract.py [--scale N]     (default N=1000)

1. The seeds: articles/s and chars/s for extract + resolve (reading excluded, best of 5).
2. A corpus N times the seeds' size, made by recombining the seeds' sentences into new
   articles (fixed random seed), streamed one article at a time through extract + resolve;
   peak RSS is printed at every tenth so that growth would show.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections.abc import Iterator
from pathlib import Path

from kb.extract.article import extract_article
from kb.model import Article, Sentence, Text
from kb.pipeline import iter_articles
from kb.resolve import resolve_article

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def recombined(seeds: list[Article], scale: int) -> Iterator[Article]:
    """Articles as long as the seeds' average, of sentences drawn from all seeds."""
    rng = random.Random(20221215)
    pool = [s for a in seeds for s in a.sentences]
    per_article = max(1, len(pool) // len(seeds))
    for n in range(scale * len(seeds)):
        picked = [rng.choice(pool) for _ in range(per_article)]
        sentences, offset = [], 0
        for i, s in enumerate(picked):
            t = s.text.text
            sentences.append(Sentence(i, i // 4, Text(t, s.text.surface, list(range(offset, offset + len(t) + 1)))))
            offset += len(t)
        yield Article(uid=f"bench-{n}", file=f"bench-{n // 100}.txt", sha256="0" * 64, title=picked[0].text.text[:20],
                      date=None, source=None, authors=[], correspondents=[], editors=[], start=0, end=offset,
                      sentences=sentences)


def run(articles, total: int | None = None) -> tuple[int, int, float]:
    n = chars = 0
    t0 = time.perf_counter()
    for a in articles:
        resolve_article(extract_article(a))
        n += 1
        chars += sum(len(s.text.text) for s in a.sentences)
        if total and n % max(1, total // 10) == 0:
            el = time.perf_counter() - t0
            print(f"  {n:>6}/{total} articles  {chars / el:>9.0f} chars/s  peak RSS {rss_mb():.0f} MB", flush=True)
    return n, chars, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1000)
    scale = ap.parse_args().scale
    seeds = list(iter_articles([ROOT / "seeds"]))
    run(seeds[:1])  # load the gazetteer and word lists outside the timing
    best = min((run(seeds) for _ in range(5)), key=lambda r: r[2])
    n, chars, el = best
    print(f"seeds: {n} articles, {chars} chars in {el:.3f}s: {n / el:.1f} articles/s, {chars / el:.0f} chars/s")
    total = scale * len(seeds)
    print(f"recombined corpus: {scale}x the seeds ({total} articles), streamed")
    n, chars, el = run(recombined(seeds, scale), total)
    print(f"corpus: {n} articles, {chars} chars in {el:.1f}s: {n / el:.1f} articles/s, {chars / el:.0f} chars/s, "
          f"peak RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
