"""Files -> Extraction: read, extract, resolve, in that order.

`iter_extractions` yields one article's Extraction at a time with the uids the whole run would
give (resolution is deterministic), so a consumer can stream: the extraction benchmark does, and
memory stays flat however large the corpus. `extract_paths` folds them into one Extraction, which
`kb extract` prints and `kb load` writes.

A report is extracted once however many copies of it a run reads (kb.read.identity): a copy
only adds its file to the first one's `files`. A file that cannot be read is skipped and
noted in the run's `Reading`, so that one bad file does not refuse a directory of good ones;
`strict=True` refuses the run at the first instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import UsageError
from kb.extract.article import ArticleFacts, extract_article
from kb.model import Article, Extraction
from kb.read import ReadError, read_articles
from kb.resolve import merge, resolve_article

# A report is a few kB and a newspaper's whole issue a few MB; a larger file is a dump or a mistake.
MAX_FILE_BYTES = 20 * 1024 * 1024
REPORT_SUFFIXES = (".txt",)


@dataclass
class Reading:
    """What a run read, beyond its articles: the files it skipped and the copies it found."""

    files: int = 0  # files read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why), files not read
    empty: list[str] = field(default_factory=list)  # files read that hold no report text
    copies: list[tuple[str, Article]] = field(default_factory=list)  # (file, the article it repeats)

    def export(self) -> dict:
        return {
            "files": self.files,
            "skipped": [{"file": f, "reason": why} for f, why in self.skipped],
            "without_report_text": self.empty,
            "copies": [{"file": f, "article": a.uid, "of": a.file} for f, a in self.copies],
        }


def expand_paths(paths: Iterable[str | Path], reading: Reading | None = None) -> list[Path]:
    """Files as given; directories become the report files below them (any case, in
    sub-directories too), sorted; each file once. Only regular files are read (a FIFO named
    x.txt would hang the reader), and none over MAX_FILE_BYTES: such a file is noted in
    `reading` and left out, or refused when there is no `reading` to note it in.

    A directory without reports is refused rather than read as "nothing to do": a mistyped
    directory must not turn `kb load --reset` into "empty the graph".
    """
    out: dict[Path, Path] = {}
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in REPORT_SUFFIXES and not f.is_dir())
            if not found:
                raise UsageError(f"{p}: no report files ({', '.join(REPORT_SUFFIXES)}) in this directory")
        else:
            found = [p]
        for f in found:
            if why := _unreadable(f):
                if reading is None:
                    raise UsageError(f"{f}: {why}")
                reading.skipped.append((str(f), why))
                continue
            out.setdefault(f.resolve(), f)
    return list(out.values())


def _unreadable(f: Path) -> str | None:
    if not f.exists():
        return "no such file"
    if not f.is_file():
        return "not a regular file"
    if (size := f.stat().st_size) > MAX_FILE_BYTES:
        return f"{size // 1_048_576} MB, over the {MAX_FILE_BYTES // 1_048_576} MB a report file may have"
    return None


def iter_articles(
    paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False
) -> Iterator[Article]:
    """Each report once, in file order; copies and unreadable files are noted in `reading`.

    Without a `reading`, or with `strict`, the first unreadable file raises instead."""
    note = None if strict else reading
    seen: dict[str, Article] = {}
    for path in expand_paths(paths, note):
        try:
            articles = read_articles(path)
        except ReadError as exc:
            if note is None:
                raise
            note.skipped.append((str(path), str(exc).removeprefix(f"{path}: ")))
            continue
        if reading is not None:
            reading.files += 1
            if not articles:
                reading.empty.append(str(path))
        for article in articles:
            first = seen.get(article.uid)
            if first is None:
                seen[article.uid] = article
                yield article
                continue
            first.files.extend(f for f in article.files if f not in first.files)
            if reading is not None and article.file != first.file:
                reading.copies.append((article.file, first))


def iter_facts(
    paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False
) -> Iterator[ArticleFacts]:
    for article in iter_articles(paths, reading, strict=strict):
        yield extract_article(article)


def iter_extractions(
    paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False
) -> Iterator[Extraction]:
    for facts in iter_facts(paths, reading, strict=strict):
        yield resolve_article(facts)


def extract_paths(paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False) -> Extraction:
    return merge(iter_extractions(paths, reading, strict=strict))
