"""Extraction -> Neo4j: the schema, then one managed write transaction per file.

Why one transaction per *file* (covering the few articles it holds): a file that fails
halfway must leave the graph as it was before that file, and a changed file must replace
its articles' facts without touching other articles'. Inside the transaction the writes
are batched: one `UNWIND $rows` statement per kind of fact and per `BATCH` rows.

Every statement is a fixed file in `cypher/write/`; data only ever travels as parameters.
Labels and relationship types vary per row, so they are dynamic labels `$(row.label)`
checked against the fixed vocabulary of kb.model, on both sides of the wire.

Idempotence: nodes are MERGEd on `uid`. An article's edges and Stat nodes are CREATEd,
which is safe because the same transaction first deletes everything the article's
earlier version wrote (found by path or by article uid) and the rows are deduplicated
here; entities no article mentions any more are deleted with it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import neo4j

from kb import cypher
from kb.dates import day_of, neo4j_dates
from kb.errors import KbError, ServerUnavailable, UsageError
from kb.model import LABELS, RELATION_TYPES, Article, Entity, Extraction, Relation, Stat
from kb.store import name_keys, session

BATCH = 2000  # rows per UNWIND statement: big enough to amortise a round trip, small enough for the heap
# Whole articles per transaction, at most (and about BATCH rows): each report is all or nothing
# either way, and a commit per small report would cost more than its writes.
GROUP_ARTICLES = 100

# Called with (file, done, total) after each file is committed; the CLI draws a progress bar with it.
Progress = Callable[[str, int, int], None]
# Called with the name of each batch after it has run, inside the open transaction. Not a user
# option: tests inject a fault here to check that a failing file leaves nothing behind.
BatchHook = Callable[[str], None]

# Entity keys that the writer sets itself; an extractor's property must not overwrite them.
_RESERVED = {"uid", "name", "aliases", "generic", "lookup"}


@dataclass
class LoadSummary:
    """What a load did and what the graph holds afterwards."""

    files: int = 0
    articles: int = 0  # articles written by this load
    replaced: int = 0  # earlier article versions that were replaced
    copies: list[dict[str, Any]] = field(default_factory=list)  # articles already stored from other files
    pruned: int = 0  # articles deleted because their files are gone (`kb load --prune`)
    reading: Any = None  # the kb.pipeline.Reading of the files, when the caller read them
    seconds: float = 0.0  # writing (schema, transactions)
    extract_seconds: float = 0.0  # reading and extracting, when the caller measured it
    graph_articles: int = 0
    graph_stats: int = 0
    nodes: dict[str, int] = field(default_factory=dict)  # entity label -> count in the graph
    relationships: dict[str, int] = field(default_factory=dict)  # type -> count in the graph

    def export(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "articles_written": self.articles,
            "articles_replaced": self.replaced,
            "copies": self.copies,
            "articles_pruned": self.pruned,
            **({"reading": self.reading.export()} if self.reading is not None else {}),
            "seconds": round(self.seconds, 3),
            "extract_seconds": round(self.extract_seconds, 3),
            "graph": {
                "articles": self.graph_articles,
                "stats": self.graph_stats,
                "nodes": self.nodes,
                "relationships": self.relationships,
            },
        }


# ------------------------------------------------------------------ schema and reset


def schema_statements() -> list[str]:
    """The statements of cypher/schema.cypher, comments stripped, one per `;`."""
    body = "\n".join(line for line in cypher.statement("schema").splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def ensure_schema(driver: neo4j.Driver, *, database: str | None = None) -> None:
    """Create constraints and indexes if missing (idempotent) and wait until they are online.

    Safe beside another load doing the same: each statement is a managed transaction, so the
    deadlocks two schema writers cause are retried by the driver, and "already exists" (the
    other one committed the same rule first; `IF NOT EXISTS` only sees committed rules) is
    what was wanted."""

    def create(tx: neo4j.ManagedTransaction, stmt: str) -> None:
        tx.run(stmt).consume()

    with session.session(driver, database, write=True) as s:
        for stmt in schema_statements():
            try:
                s.execute_write(create, stmt)
            except neo4j.exceptions.ClientError as exc:
                if not (exc.code or "").startswith("Neo.ClientError.Schema.") or "AlreadyExists" not in exc.code:
                    raise
        s.run(cypher.statement("await-indexes")).consume()


def reset(driver: neo4j.Driver, *, database: str | None = None) -> None:
    """Delete all nodes and relationships; the schema stays."""
    with session.session(driver, database, write=True) as s:
        # CALL … IN TRANSACTIONS needs an auto-commit transaction, hence run() on the session.
        s.run(cypher.statement("reset")).consume()


def graph_counts(driver: neo4j.Driver, *, database: str | None = None) -> dict[str, Any]:
    """Nodes per label, relationships per type, articles and stats in the graph, in the
    order of ONTOLOGY.md (a Cypher map has none)."""
    counts = session.read(driver, "counts", {}, database)[1][0]
    counts["labels"] = {label: counts["labels"][label] for label in LABELS}
    order = [*RELATION_TYPES, "MENTIONED_IN", "HAS_STAT", "FROM"]
    counts["types"] = {t: counts["types"][t] for t in order}
    return counts


# ------------------------------------------------------------------ rows


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Properties Neo4j can store: primitives, temporals and lists of primitives (None removes a key)."""
    out: dict[str, Any] = {}
    for key, value in props.items():
        if isinstance(value, (str, int, float, bool, dt.date)) or value is None:
            out[key] = value
        elif isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float, bool)) for v in value):
            out[key] = list(value)
        else:  # nested structures have no property type; keep their text rather than fail the load
            out[key] = str(value)
    return out


def _article_row(a: Article) -> dict[str, Any]:
    props = a.export()
    uid = props.pop("uid")
    props.update({"date": None, "datetime": None, **neo4j_dates(a.date)})  # temporals, to sort by
    return {"uid": uid, "properties": _clean(props)}


def _entity_row(e: Entity) -> dict[str, Any]:
    if e.label not in LABELS:
        raise UsageError(f"entity {e.name!r} has label {e.label!r}, not one of ONTOLOGY.md's labels")
    props = {k: v for k, v in e.properties.items() if k not in _RESERVED}
    aliases = sorted({e.name, *e.aliases} - {""})
    return {
        "uid": e.uid,
        "label": e.label,
        "name": e.name,
        "aliases": aliases,
        "generic": bool(e.generic),
        "lookup": [] if e.generic else name_keys.lookup_keys(e.name, aliases),
        "properties": _clean(props),
    }


def _dated(props: dict[str, Any]) -> dict[str, Any]:
    """A relation's ISO `date` as a DATE; words that are no ISO date stay as `date_text`."""
    if "date" not in props:
        return props
    day = day_of(props["date"])
    text = props.get("date_text") or (None if day else props["date"])
    return {**props, "date": day, "date_text": text}


def _relation_row(r: Relation) -> dict[str, Any]:
    if r.type not in RELATION_TYPES:
        raise UsageError(f"relation {r.type!r} is not one of ONTOLOGY.md's relationship types")
    return {
        "type": r.type,
        "source": r.source,
        "target": r.target,
        "article": r.evidence.article,
        "start": r.evidence.start,
        "end": r.evidence.end,
        "evidence": r.evidence.text,
        "rule": r.rule,
        "properties": _clean(_dated(r.properties)),
    }


def _stat_row(s: Stat) -> dict[str, Any]:
    props = s.export()
    for key in ("uid", "scope", "article"):
        props.pop(key)
    props["caption"] = f"{s.value:g}{s.unit}{s.noun}"  # what the Neo4j Browser shows: 55名党员, not 55.0
    return {"uid": s.uid, "article": s.evidence.article, "scope": s.scope, "properties": _clean(props)}


def _relation_key(row: dict[str, Any]) -> tuple:
    """Two relations are one edge when they agree on this (ONTOLOGY.md: one edge per sentence)."""
    return (row["type"], row["source"], row["target"], row["article"], row["start"])


def _unique(rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any]) -> list[dict[str, Any]]:
    """One row per key, the last one winning: the write statements CREATE, so a repeated
    fact must reach them once."""
    return list({key(row): row for row in rows}.values())


@dataclass
class ArticleBatch:
    """Everything one article contributes to the graph: the unit that is written or not."""

    file: str  # the first file it was read from, as given
    files: list[str]  # absolute paths of every file it was read from
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    stats: list[dict[str, Any]]
    mentions: list[dict[str, Any]]

    @property
    def uid(self) -> str:
        return self.article["uid"]

    @property
    def rows(self) -> int:
        return 1 + len(self.entities) + len(self.relations) + len(self.stats) + len(self.mentions)


def _files_of(a: Article) -> list[str]:
    return a.files or [str(Path(a.file).resolve())]


def group_by_article(extraction: Extraction) -> list[ArticleBatch]:
    """Split an extraction into the rows each article writes, in the extraction's order.

    An entity belongs to every article that mentions it. The ends of a relation and the
    scope of a stat are counted as mentioned in their article even if the extractor forgot to
    say so: deleting an article's facts walks from those mentions.
    """
    by_uid = {e.uid: e for e in extraction.entities}
    articles = {a.uid: a for a in extraction.articles}
    mentions: dict[str, dict[str, int]] = defaultdict(dict)  # article -> entity -> count
    for e in extraction.entities:
        for art in {*e.articles, *e.mentions}:
            mentions[art][e.uid] = max(1, int(e.mentions.get(art, 1)))
    relations: dict[str, list[Relation]] = defaultdict(list)
    for r in extraction.relations:
        relations[r.evidence.article].append(r)
        for uid in (r.source, r.target):
            mentions[r.evidence.article].setdefault(uid, 1)
    stats: dict[str, list[Stat]] = defaultdict(list)
    for st in extraction.stats:
        stats[st.evidence.article].append(st)
        if st.scope:
            mentions[st.evidence.article].setdefault(st.scope, 1)

    unknown = [art for art in [*relations, *stats, *mentions] if art not in articles]
    if unknown:
        raise UsageError(f"facts refer to article {unknown[0]!r}, which the extraction does not contain")

    batches = []
    for uid, a in articles.items():
        entity_uids = sorted(mentions[uid])
        missing = [e for e in entity_uids if e not in by_uid]
        if missing:
            raise UsageError(f"facts of {a.file} refer to entity {missing[0]!r}, which the extraction does not contain")
        batches.append(
            ArticleBatch(
                file=a.file,
                files=_files_of(a),
                article=_article_row(a),
                entities=[_entity_row(by_uid[e]) for e in entity_uids],
                relations=_unique([_relation_row(r) for r in relations[uid]], _relation_key),
                stats=_unique([_stat_row(st) for st in stats[uid]], lambda row: row["uid"]),
                mentions=[{"entity": e, "article": uid, "count": n} for e, n in sorted(mentions[uid].items())],
            )
        )
    for c in extraction.copies:  # a report read before: it only adds its files
        batches.append(ArticleBatch(c.file, _files_of(c), _article_row(c), [], [], [], []))
    return batches


# ------------------------------------------------------------------ writing

WRITTEN, COPY = "written", "copy"


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _runner(tx: neo4j.ManagedTransaction, hook: BatchHook | None) -> Callable[..., neo4j.Record | None]:
    def run(name: str, **params: Any) -> neo4j.Record | None:
        record = tx.run(cypher.statement(f"write/{name}"), **params).single()
        if hook:
            hook(name)
        return record

    return run


def _delete_facts(run: Callable[..., Any], articles: list[str]) -> None:
    # Order matters: relationships are found through MENTIONED_IN, which goes next.
    for name in ("delete-relations", "delete-stats", "delete-mentions", "delete-articles"):
        run(name, articles=articles)


def _write_article(tx: neo4j.ManagedTransaction, batch: ArticleBatch, hook: BatchHook | None) -> str:
    """One article, inside one transaction: COPY when the graph holds the same report from
    other files (it only learns the new files), else WRITTEN (its earlier facts replaced)."""
    run = _runner(tx, hook)
    stored = run("stored-article", uid=batch.uid)
    files = batch.files
    if stored is not None:
        known = stored["files"]
        if not set(known) & set(files):
            run("add-files", uid=batch.uid, files=files)
            return COPY
        files = known + [f for f in files if f not in known]
        _delete_facts(run, [batch.uid])
    run("articles", rows=[{**batch.article, "properties": {**batch.article["properties"], "files": files}}])
    for rows in _chunks(batch.entities, BATCH):
        run("entities", rows=rows, labels=list(LABELS))
    for rows in _chunks(batch.mentions, BATCH):
        run("mentions", rows=rows)
    for rows in _chunks(batch.relations, BATCH):
        run("relations", rows=rows, types=list(RELATION_TYPES))
    for rows in _chunks(batch.stats, BATCH):
        run("stats", rows=rows)
    return WRITTEN


def _write_group(tx: neo4j.ManagedTransaction, work: list, hook: BatchHook | None) -> tuple[list[str], int]:
    """Whole articles and the forgetting of files they replaced, in order, in one transaction:
    a commit per report would cost more than the report's writes. Returns each article's
    outcome and how many earlier articles were deleted."""
    outcomes, replaced = [], 0
    _runner(tx, None)("lock")  # one write transaction at a time, across loads
    for item in work:
        if isinstance(item, ArticleBatch):
            outcomes.append(_write_article(tx, item, hook))
        else:
            path, keep = item
            replaced += _forget_files(tx, [path], keep)
    return outcomes, replaced


def _forget_files(tx: neo4j.ManagedTransaction, files: list[str], keep: list[str]) -> int:
    """`files` hold only the articles in `keep` now: the others forget them, and those left
    with no file are deleted with their facts. Returns how many were deleted."""
    run = _runner(tx, None)
    run("lock")  # a no-op inside a group that holds it already; prune's own transaction takes it here
    orphans = run("forget-files", files=files, keep=keep)["orphans"]
    if orphans:
        _delete_facts(run, orphans)
    return len(orphans)


def _write(s: neo4j.Session, work: Callable[..., Any], *args: Any, what: str) -> Any:
    try:
        return s.execute_write(work, *args)
    except neo4j.exceptions.ConstraintError as exc:
        raise KbError(f"{what} was not written (what came before it was): {exc.message}") from exc
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired) as exc:
        raise ServerUnavailable(
            f"Neo4j stopped answering while writing {what}; the reports before it were written, "
            "it was not: start the server and load again"
        ) from exc


def write_extraction(
    driver: neo4j.Driver,
    extraction: Extraction,
    *,
    database: str | None = None,
    progress: Progress | None = None,
    on_batch: BatchHook | None = None,
) -> LoadSummary:
    """Write one extraction (see `write_extractions`); it is validated before anything is written."""
    group_by_article(extraction)
    return write_extractions(driver, [extraction], database=database, progress=progress, on_batch=on_batch)


def write_extractions(
    driver: neo4j.Driver,
    parts: Iterable[Extraction],
    *,
    database: str | None = None,
    progress: Progress | None = None,
    on_batch: BatchHook | None = None,
    before_first: Callable[[], None] | None = None,
) -> LoadSummary:
    """Write extractions as they come (a stream of one per article keeps memory flat): schema
    first, then whole articles, a group of them (about BATCH rows, GROUP_ARTICLES at most) per
    managed write transaction, and once a file's articles are written, forget the articles it
    no longer holds. `before_first` runs once the first
    part has arrived, before it is written (`kb load --reset` empties the graph there, so that
    input of which nothing can be read leaves the graph alone).

    Idempotent: writing the same extraction twice changes no count. An article already
    stored from the same file has its old facts replaced; one stored from other files only is a
    copy, which adds its files. An article whose file now holds other text (an edited file)
    loses that file, and is deleted with its facts once it has none; entities other articles
    still mention are kept. If an article fails, its group's transaction rolls back and the
    exception propagates; every report is as before or as after, the groups committed before
    stay, and loading again completes the job.
    """
    started = time.perf_counter()
    ensure_schema(driver, database=database)
    writing = time.perf_counter() - started  # the schema and the transactions, not the wait for extraction
    summary = LoadSummary()
    files: set[str] = set()
    holds: dict[str, list[str]] = defaultdict(list)  # absolute path -> articles it holds, this file
    pending: list[ArticleBatch | tuple[str, list[str]]] = []  # articles, and files to forget, in order
    rows = 0
    last_file: str | None = None
    done = 0
    with session.session(driver, database, write=True) as s:

        def flush() -> None:
            nonlocal rows, done, writing
            if not pending:
                return
            t0 = time.perf_counter()
            what = next((f"{b.file} and the reports after it" for b in pending if isinstance(b, ArticleBatch)), "")
            outcomes, replaced = _write(s, _write_group, list(pending), on_batch, what=what)
            summary.replaced += replaced
            for batch, outcome in zip((b for b in pending if isinstance(b, ArticleBatch)), outcomes, strict=True):
                if outcome == COPY:
                    summary.copies.append({"files": batch.files, "article": batch.uid})
                else:
                    summary.articles += 1
                done += 1
                if progress:
                    progress(batch.file, done, 0)
            pending.clear()
            rows = 0
            writing += time.perf_counter() - t0

        def file_done() -> None:  # the file's articles are all queued: forget what it no longer holds
            pending.extend(holds.items())
            holds.clear()

        for part in parts:
            batches = group_by_article(part)
            if before_first is not None and batches:
                before_first()
                before_first = None
            for batch in batches:
                if batch.file != last_file:
                    file_done()
                    last_file = batch.file
                    files.add(batch.file)
                if rows >= BATCH or len(pending) >= GROUP_ARTICLES:
                    flush()
                pending.append(batch)
                rows += batch.rows
                for f in batch.files:
                    holds[f].append(batch.uid)
        file_done()
        flush()
    summary.files = len(files)
    summary.seconds = writing
    counts = graph_counts(driver, database=database)
    summary.graph_articles = counts["Article"]
    summary.graph_stats = counts["Stat"]
    summary.nodes = dict(counts["labels"])
    summary.relationships = dict(counts["types"])
    return summary


def prune(driver: neo4j.Driver, directories: Iterable[Path], present: Iterable[Path], *,
          database: str | None = None) -> int:
    """Forget the files under `directories` that are no longer there (`present` is what a load
    found under them); articles left with no file are deleted with their facts. Returns how
    many were deleted. A file that is only unreadable now is not gone: the caller lists it in
    `present` too."""
    here = {str(Path(p).resolve()) for p in present}
    gone: set[str] = set()
    for d in directories:
        prefix = str(Path(d).resolve()).rstrip("/") + "/"
        stored = session.read(driver, "write/stored-files", {"prefix": prefix}, database)[1][0]["files"]
        gone |= set(stored) - here
    if not gone:
        return 0
    with session.session(driver, database, write=True) as s:
        return _write(s, _forget_files, sorted(gone), [], what="the pruned files")
