"""Article metadata per field, on any corpus against any gold: which of title, date, outlet
and authors the reader gets right (issue 9 asks for the score per field, before and after).

.venv/bin/python bench/bench_metadata.py CORPUS GOLD [--label NAME]
.venv/bin/python bench/bench_metadata.py --standard [--check]   (seeds, corpus/dev; corpus/check)

Reads only (no extraction, no database). A gold article row checks some of `title_contains`,
`date`, `source_contains`, `authors`, with the shared scorer's rules; each field is scored on
the rows that check it, and `all` is the scorer's `article_metadata`. Figures only, never a
miss, so corpus/check may be scored once a pass is done.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_quality import STANDARD  # noqa: E402
from kb.pipeline import iter_articles  # noqa: E402

FIELDS = {
    "title": ("title_contains", lambda g, a: g in norm(a.title)),
    "date": ("date", lambda g, a: str(a.date or "").startswith(g)),
    "source": ("source_contains", lambda g, a: g in norm(a.source or "")),
    "authors": ("authors", lambda g, a: set(g) <= {norm(n) for n in a.authors}),
}


def norm(s: str) -> str:  # the scorer's normalisation
    return unicodedata.normalize("NFKC", s or "").strip()


def per_field(corpus: Path, gold: Path) -> dict[str, tuple[int, int]]:
    articles = defaultdict(list)
    for a in iter_articles([corpus]):
        articles[Path(a.file).name].append(a)
    hits: dict[str, list[int]] = {f: [0, 0] for f in [*FIELDS, "all"]}
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g.get("kind") != "article":
            continue
        cands = articles.get(g["file"], [])
        checked = [(f, key, ok) for f, (key, ok) in FIELDS.items() if key in g]
        for f, key, ok in checked:
            hits[f][1] += 1
            hits[f][0] += any(ok(g[key], a) for a in cands)
        hits["all"][1] += 1
        hits["all"][0] += any(all(ok(g[key], a) for _, key, ok in checked) for a in cands)
    return {f: (h[0], h[1]) for f, h in hits.items()}


def row(label: str, scores: dict[str, tuple[int, int]]) -> str:
    cells = [f"{h}/{n}" if n else "-" for h, n in scores.values()]
    return f"| {label} | " + " | ".join(cells) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("gold", nargs="?", type=Path)
    ap.add_argument("--label")
    ap.add_argument("--standard", action="store_true", help="seeds and corpus/dev")
    ap.add_argument("--check", action="store_true", help="with --standard: corpus/check too")
    args = ap.parse_args()
    runs = []
    if args.standard:
        runs = [(name, *paths) for name, paths in STANDARD.items() if args.check or name != "corpus/check"]
    elif args.corpus and args.gold:
        runs = [(args.label or str(args.corpus), args.corpus, args.gold)]
    else:
        ap.error("give CORPUS GOLD, or --standard")
    print("| corpus | " + " | ".join([*FIELDS, "all"]) + " |")
    print("|---" * (len(FIELDS) + 2) + "|")
    for label, corpus, gold in runs:
        print(row(label, per_field(corpus, gold)))


if __name__ == "__main__":
    main()
