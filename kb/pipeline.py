"""Files -> Extraction: read, extract, resolve, in that order.

`iter_extractions` yields one article's Extraction at a time with the uids the whole run would
give (resolution is deterministic), so a consumer can stream: the extraction benchmark does, and
memory stays flat however large the corpus. `extract_paths` folds them into one Extraction, which
`kb extract` prints and `kb load` writes, a transaction per file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kb.errors import UsageError
from kb.extract.article import ArticleFacts, extract_article
from kb.model import Article, Extraction
from kb.read import read_articles
from kb.resolve import merge, resolve_article

MAX_FILE_BYTES = 20 * 1024 * 1024  # a report is a few kB; a larger "report" is a dump or a mistake
REPORT_SUFFIXES = frozenset({".txt", ".html", ".htm"})  # text files and saved pages (kb/read/html.py)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; directories become the .txt and .html/.htm files below them (any case, in
    sub-directories too), sorted; each file once. Only regular files are read (a FIFO named
    x.txt would hang the reader), and none over MAX_FILE_BYTES.

    A directory without reports is refused rather than read as "nothing to do": a mistyped
    directory must not turn `kb load --reset` into "empty the graph".
    """
    out: dict[Path, Path] = {}
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in REPORT_SUFFIXES and f.is_file())
            if not found:
                raise UsageError(f"{p}: no *.txt or *.html reports in this directory")
        else:
            found = [p]
        for f in found:
            if f.exists() and not f.is_file():
                raise UsageError(f"{f}: not a regular file")
            if f.is_file() and f.stat().st_size > MAX_FILE_BYTES:
                raise UsageError(f"{f}: {f.stat().st_size // 1_048_576} MB, over the {MAX_FILE_BYTES // 1_048_576} MB "
                                 "a report file may have")
            out.setdefault(f.resolve(), f)
    return list(out.values())


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    for path in expand_paths(paths):
        yield from read_articles(path)


def iter_facts(paths: Iterable[str | Path]) -> Iterator[ArticleFacts]:
    for article in iter_articles(paths):
        yield extract_article(article)


def iter_extractions(paths: Iterable[str | Path]) -> Iterator[Extraction]:
    for facts in iter_facts(paths):
        yield resolve_article(facts)


def extract_paths(paths: Iterable[str | Path]) -> Extraction:
    return merge(iter_extractions(paths))
