"""How fast the reading stage is on the seeds: chars/s for normalize() and read_articles().

.venv/bin/python bench/bench_read.py [FILE ...]    (default: seeds/*.txt)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kb.read import decode_file, normalize, read_articles

ROUNDS = 20


def best_of(rounds: int, work) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - t0)
    return best


def main(paths: list[Path]) -> None:
    texts = [decode_file(p).text for p in paths]
    chars = sum(len(t) for t in texts)
    normalize(texts[0])  # load OpenCC's dictionaries outside the timing
    t_norm = best_of(ROUNDS, lambda: [normalize(t) for t in texts])
    t_read = best_of(ROUNDS, lambda: [read_articles(p) for p in paths])
    n_articles = sum(len(read_articles(p)) for p in paths)
    print(f"files={len(paths)} chars={chars} articles={n_articles} rounds={ROUNDS} (best round)")
    print(f"normalize      {t_norm * 1000:8.1f} ms  {chars / t_norm:12,.0f} chars/s")
    print(f"read_articles  {t_read * 1000:8.1f} ms  {chars / t_read:12,.0f} chars/s")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or sorted(
        Path(__file__).resolve().parent.parent.glob("seeds/*.txt")
    )
    main(args)
