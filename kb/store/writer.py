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

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import neo4j

from kb import cypher
from kb.errors import KbError, ServerUnavailable, UsageError
from kb.model import LABELS, RELATION_TYPES, Article, Entity, Extraction, Relation, Stat
from kb.store import name_keys, session

BATCH = 2000  # rows per UNWIND statement: big enough to amortise a round trip, small enough for the heap

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
    """Create constraints and indexes if missing (idempotent) and wait until they are online."""
    with session.session(driver, database, write=True) as s:
        for stmt in schema_statements():
            s.run(stmt).consume()
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
    """Properties Neo4j can store: primitives and lists of primitives (None removes a key)."""
    out: dict[str, Any] = {}
    for key, value in props.items():
        if isinstance(value, (str, int, float, bool)) or value is None:
            out[key] = value
        elif isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float, bool)) for v in value):
            out[key] = list(value)
        else:  # nested structures have no property type; keep their text rather than fail the load
            out[key] = str(value)
    return out


def _article_row(a: Article) -> dict[str, Any]:
    props = a.export()
    uid = props.pop("uid")
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
        "properties": _clean(r.properties),
    }


def _stat_row(s: Stat) -> dict[str, Any]:
    props = s.export()
    for key in ("uid", "scope", "article"):
        props.pop(key)
    return {"uid": s.uid, "article": s.evidence.article, "scope": s.scope, "properties": _clean(props)}


def _relation_key(row: dict[str, Any]) -> tuple:
    """Two relations are one edge when they agree on this (ONTOLOGY.md: one edge per sentence)."""
    return (row["type"], row["source"], row["target"], row["article"], row["start"])


def _unique(rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any]) -> list[dict[str, Any]]:
    """One row per key, the last one winning: the write statements CREATE, so a repeated
    fact must reach them once."""
    return list({key(row): row for row in rows}.values())


@dataclass
class FileBatch:
    """Everything one file contributes to the graph."""

    file: str
    articles: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    stats: list[dict[str, Any]]
    mentions: list[dict[str, Any]]

    @property
    def article_uids(self) -> list[str]:
        return [a["uid"] for a in self.articles]


def group_by_file(extraction: Extraction) -> list[FileBatch]:
    """Split an extraction into the rows each file writes, in file order.

    An entity belongs to every file one of whose articles mentions it. The ends of a
    relation and the scope of a stat are counted as mentioned in their article even if the
    extractor forgot to say so: deleting an article's facts walks from those mentions.
    """
    by_uid = {e.uid: e for e in extraction.entities}
    file_of: dict[str, str] = {}
    files: dict[str, list[Article]] = defaultdict(list)
    for a in extraction.articles:
        file_of[a.uid] = a.file
        files[a.file].append(a)

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
    for s in extraction.stats:
        stats[s.evidence.article].append(s)
        if s.scope:
            mentions[s.evidence.article].setdefault(s.scope, 1)

    unknown = [art for art in [*relations, *stats, *mentions] if art not in file_of]
    if unknown:
        raise UsageError(f"facts refer to article {unknown[0]!r}, which the extraction does not contain")

    batches = []
    for file, arts in files.items():
        uids = [a.uid for a in arts]
        entity_uids = sorted({uid for art in uids for uid in mentions[art]})
        missing = [uid for uid in entity_uids if uid not in by_uid]
        if missing:
            raise UsageError(f"facts of {file} refer to entity {missing[0]!r}, which the extraction does not contain")
        batches.append(
            FileBatch(
                file=file,
                articles=[_article_row(a) for a in arts],
                entities=[_entity_row(by_uid[uid]) for uid in entity_uids],
                relations=_unique([_relation_row(r) for art in uids for r in relations[art]], _relation_key),
                stats=_unique([_stat_row(s) for art in uids for s in stats[art]], lambda row: row["uid"]),
                mentions=[
                    {"entity": uid, "article": art, "count": count}
                    for art in uids
                    for uid, count in sorted(mentions[art].items())
                ],
            )
        )
    return batches


# ------------------------------------------------------------------ writing


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _write_file(tx: neo4j.ManagedTransaction, batch: FileBatch, hook: BatchHook | None) -> int:
    """All of one file, inside one transaction: drop its previous version, write the new one.

    Returns how many earlier article versions were replaced.
    """

    def run(name: str, **params: Any) -> None:
        tx.run(cypher.statement(f"write/{name}"), **params).consume()
        if hook:
            hook(name)

    previous = tx.run(
        cypher.statement("write/previous-articles"), file=batch.file, uids=batch.article_uids
    ).single()["uids"]
    if previous:
        # Order matters: relationships are found through MENTIONED_IN, which goes next.
        for name in ("delete-relations", "delete-stats", "delete-mentions", "delete-articles"):
            run(name, articles=previous)
    run("articles", rows=batch.articles)
    for rows in _chunks(batch.entities, BATCH):
        run("entities", rows=rows, labels=list(LABELS))
    for rows in _chunks(batch.mentions, BATCH):
        run("mentions", rows=rows)
    for rows in _chunks(batch.relations, BATCH):
        run("relations", rows=rows, types=list(RELATION_TYPES))
    for rows in _chunks(batch.stats, BATCH):
        run("stats", rows=rows)
    return len(set(previous) - set(batch.article_uids))


def write_extraction(
    driver: neo4j.Driver,
    extraction: Extraction,
    *,
    database: str | None = None,
    progress: Progress | None = None,
    on_batch: BatchHook | None = None,
) -> LoadSummary:
    """Write an extraction: schema first, then each file in its own managed write transaction.

    Idempotent: writing the same extraction twice changes no count. A file whose articles
    are already stored (same path or same uids) has its old facts replaced; entities that
    other articles still mention are kept. If a file fails, its transaction rolls back and
    the exception propagates; files committed before it stay.
    """
    started = time.perf_counter()
    batches = group_by_file(extraction)  # validates before anything is written
    ensure_schema(driver, database=database)
    summary = LoadSummary(files=len(batches))
    with session.session(driver, database, write=True) as s:
        for done, batch in enumerate(batches, 1):
            try:
                summary.replaced += s.execute_write(_write_file, batch, on_batch)
            except neo4j.exceptions.ConstraintError as exc:
                raise KbError(f"{batch.file} was not written (earlier files were): {exc.message}") from exc
            except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired) as exc:
                raise ServerUnavailable(
                    f"Neo4j stopped answering while writing {batch.file}; files before it were written, "
                    "it was not: start the server and load again"
                ) from exc
            summary.articles += len(batch.articles)
            if progress:
                progress(batch.file, done, len(batches))
    summary.seconds = time.perf_counter() - started
    counts = graph_counts(driver, database=database)
    summary.graph_articles = counts["Article"]
    summary.graph_stats = counts["Stat"]
    summary.nodes = dict(counts["labels"])
    summary.relationships = dict(counts["types"])
    return summary
