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
from kb.read import ReadError, decode_file, read_articles
from kb.resolve import merge, resolve_article

# A report is a few kB and a newspaper's whole issue a few MB; a larger file is a dump or a mistake.
MAX_FILE_BYTES = 20 * 1024 * 1024
REPORT_SUFFIXES = (".txt", ".html", ".htm")  # text files and saved pages (kb/read/html.py)


@dataclass
class Reading:
    """What a run read, beyond its articles: the files it skipped and the copies it found."""

    files: int = 0  # files read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why), files not read
    empty: list[str] = field(default_factory=list)  # files read that hold no report text
    copies: list[tuple[str, str]] = field(default_factory=list)  # (file, the file of the report it repeats)

    def export(self) -> dict:
        return {
            "files": self.files,
            "skipped": [{"file": f, "reason": why} for f, why in self.skipped],
            "without_report_text": self.empty,
            "copies": [{"file": f, "of": of} for f, of in self.copies],
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


@dataclass
class FileOutcome:
    """One file, read and extracted: its articles' extractions, or why it could not be read."""

    path: Path
    extractions: list[Extraction] = field(default_factory=list)
    error: str | None = None


def extract_file(path: Path) -> FileOutcome:
    """Read, extract and resolve one file: the unit of work a worker process does."""
    try:
        articles = read_articles(path)
    except ReadError as exc:
        return FileOutcome(path, error=str(exc).removeprefix(f"{path}: "))
    return FileOutcome(path, [resolve_article(extract_article(a)) for a in articles])


def _outcomes(files: list[Path], workers: int) -> Iterator[FileOutcome]:
    """`extract_file` over `files`, in their order, in `workers` processes (1: in this one).
    Resolution is deterministic, so the output does not depend on `workers`."""
    if workers <= 1 or len(files) <= 1:
        yield from map(extract_file, files)
        return
    import multiprocessing

    # forkserver, not fork: the parent may hold a driver's threads and sockets.
    with multiprocessing.get_context("forkserver").Pool(min(workers, len(files))) as pool:
        yield from pool.imap(extract_file, files, chunksize=1)


def check_readable(paths: Iterable[str | Path]) -> list[Path]:
    """Every file, decoded once: the first that cannot be read raises (`--strict` runs this
    before anything is written)."""
    files = expand_paths(paths)
    for f in files:
        decode_file(f)
    return files


def iter_extractions(
    paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False, workers: int = 1
) -> Iterator[Extraction]:
    """One Extraction per article, in file order. A copy of an article read before (same text,
    another file) comes as an Extraction with the copy in `copies` and no facts.

    Without a `reading`, or with `strict`, the first unreadable file raises."""
    note = None if strict else reading
    yield from extractions_of(_outcomes(expand_paths(paths, note), workers), reading, strict=strict)


def extractions_of(
    outcomes: Iterable[FileOutcome], reading: Reading | None = None, *, strict: bool = False
) -> Iterator[Extraction]:
    """`iter_extractions` from files already read and extracted, in file order, by whatever
    ran `extract_file` (this process, a Pool, a Dask cluster: kb.pipeline_dask)."""
    note = None if strict else reading
    first_file: dict[str, str] = {}  # article uid -> the file it was first read from
    for outcome in outcomes:
        if outcome.error is not None:
            if note is None:
                raise ReadError(f"{outcome.path}: {outcome.error}")
            note.skipped.append((str(outcome.path), outcome.error))
            continue
        if reading is not None:
            reading.files += 1
            if not outcome.extractions:
                reading.empty.append(str(outcome.path))
        for x in outcome.extractions:
            article = x.articles[0]
            if article.uid not in first_file:
                first_file[article.uid] = article.file
                yield x
            elif first_file[article.uid] != article.file:
                if reading is not None:
                    reading.copies.append((article.file, first_file[article.uid]))
                article.sentences = []
                yield Extraction(copies=[article])


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """The articles of the files, as read (no extraction; copies not recognised)."""
    for path in expand_paths(paths):
        yield from read_articles(path)


def iter_facts(
    paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False
) -> Iterator[ArticleFacts]:
    """What each rule found, per article (for `kb extract --explain`); files noted in
    `reading` as `iter_extractions` notes them."""

    def read(path: Path) -> FileOutcome:  # the outcome of a file that is read, not yet extracted
        try:
            return FileOutcome(path, [Extraction(articles=[a]) for a in read_articles(path)])
        except ReadError as exc:
            return FileOutcome(path, error=str(exc).removeprefix(f"{path}: "))

    outcomes = map(read, expand_paths(paths, None if strict else reading))
    for x in extractions_of(outcomes, reading, strict=strict):
        yield from (extract_article(a) for a in x.articles)


def extract_paths(
    paths: Iterable[str | Path], reading: Reading | None = None, *, strict: bool = False, workers: int = 1
) -> Extraction:
    return merge(iter_extractions(paths, reading, strict=strict, workers=workers))
