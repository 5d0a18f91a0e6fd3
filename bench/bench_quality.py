"""Extraction quality on any corpus against any gold: the table of issue 8.

.venv/bin/python bench/bench_quality.py CORPUS GOLD [--label NAME]
.venv/bin/python bench/bench_quality.py --standard [--check]   (seeds, corpus/dev; corpus/check)

Runs the pipeline in-process (no database), scores it with the shared scorer (the copy in
tests/data, identical to ../shared/tools/score_extraction.py) and prints one Markdown row per
corpus: entity recall, relation recall, core recall and precision, core recall of SINKS_TO and
HOLDS_POST, stat recall, absent violations, article metadata, then every type's core recall.
Only figures are printed, never a miss: scoring corpus/check must not show its texts, and it is
scored only when asked (`--check`), once a pass is done (../shared/corpus/README.md).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.pipeline import extract_paths  # noqa: E402

SCORER = ROOT / "tests" / "data" / "score_extraction.py"
SHARED = ROOT.parent / "shared"
STANDARD = {
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.gold.jsonl"),
    "corpus/dev": (SHARED / "corpus" / "dev", SHARED / "corpus" / "dev.gold.jsonl"),
    "corpus/check": (SHARED / "corpus" / "check", SHARED / "corpus" / "check.gold.jsonl"),
}
HEADER = ("| corpus | entity R | relation R | core R | core P | SINKS_TO | HOLDS_POST | stat R | absent "
          "| article metadata | chars/s |\n|---|---|---|---|---|---|---|---|---|---|---|")


def score(corpus: Path, gold: Path) -> tuple[dict[str, str], dict[str, str], float]:
    """The scorer's summary figures, its per-type core recall, and extraction speed."""
    t0 = time.perf_counter()
    extraction = extract_paths([corpus])
    elapsed = time.perf_counter() - t0
    chars = sum(len(s.text.text) for a in extraction.articles for s in a.sentences)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(extraction.export(), f, ensure_ascii=False)
    run = subprocess.run([sys.executable, str(SCORER), str(gold), f.name, "--by-type"],
                         capture_output=True, text=True, encoding="utf-8")  # exit 1: a bar not met
    Path(f.name).unlink()
    lines = run.stdout.strip().splitlines()
    summary = dict(kv.split("=") for kv in lines[-1].split())
    by_type = dict(re.findall(r"(\w+)=(\d+/\d+)", lines[-2])) if len(lines) > 1 else {}
    return summary, by_type, chars / elapsed if elapsed else 0.0


def row(label: str, summary: dict[str, str], by_type: dict[str, str], speed: float) -> str:
    cells = [label, summary["entity_recall"], summary["relation_recall"], summary["core_recall"],
             summary["core_precision"], by_type.get("SINKS_TO", "-"), by_type.get("HOLDS_POST", "-"),
             summary["stat_recall"], summary["absent_violations"], summary["article_metadata"], f"{speed:,.0f}"]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("gold", nargs="?", type=Path)
    ap.add_argument("--label", help="the corpus's name in the table")
    ap.add_argument("--standard", action="store_true", help="seeds and corpus/dev")
    ap.add_argument("--check", action="store_true", help="with --standard: corpus/check too (once a pass is done)")
    args = ap.parse_args()
    if args.standard:
        corpora = {k: v for k, v in STANDARD.items() if v[0].is_dir() and (args.check or k != "corpus/check")}
    elif args.corpus and args.gold:
        corpora = {args.label or str(args.corpus): (args.corpus, args.gold)}
    else:
        ap.error("give CORPUS GOLD, or --standard")
    print(HEADER)
    types = []
    for label, (corpus, gold) in corpora.items():
        summary, by_type, speed = score(corpus, gold)
        print(row(label, summary, by_type, speed), flush=True)
        types.append(f"{label}: " + " ".join(f"{t}={v}" for t, v in by_type.items()))
    print("\ncore recall by type")
    print("\n".join(types))


if __name__ == "__main__":
    main()
