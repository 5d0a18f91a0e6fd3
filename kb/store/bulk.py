"""`kb load --bulk`: a first load through `neo4j-admin database import full`.

The incremental writer (kb/store/writer.py) commits report by report, which is what makes a
load safe to interrupt and to repeat, and costs a transaction per report. Into an *empty*
database the offline importer writes the store files directly, about ten times faster. This
module turns the same stream of extractions into the importer's CSV files and gives the graph
the incremental writer would have given: the rows are the writer's own (`group_by_article`),
and the way its Cypher merges them (an entity named by several articles keeps the union of
aliases and look-up keys, the last label and properties; a copy of a report adds its files)
is replayed here, in the same order.

CSV cannot say everything a property can hold: a value's type is the column's (so each label
and type is split into files by the set of (key, type) it has), an empty array is no
property at all (those are set after the import, `cypher/bulk/fill-lists-*.cypher`), and array
elements are split at a delimiter (U+001F, which no name holds; one that does is refused
before anything is stopped). Only the local server qualifies: the importer writes its store,
which must be stopped, and the CSV files go to a 0700 directory in $KB_HOME, deleted afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import neo4j

from kb import cypher, server
from kb.config import Settings
from kb.errors import KbError, UsageError
from kb.model import Extraction
from kb.store import session, writer

ARRAY_DELIMITER = "\x1f"  # the ASCII unit separator: a delimiter no report text contains
_FILL_BATCH = 2000
Progress = Callable[[str, int, int], None]


def refuse_unless_local(settings: Settings) -> None:
    """The importer writes the local server's store files: NEO4J_URI elsewhere is refused."""
    if os.environ.get("NEO4J_URI"):
        raise UsageError(
            f"--bulk imports into the local server only (its store files are written directly); "
            f"NEO4J_URI points at {settings.uri}: load without --bulk"
        )
    status = server.status()
    if not status.running or status.bolt != settings.uri:
        raise UsageError(f"--bulk needs the local server running at {settings.uri}: start it with `kb server start`")


def refuse_unless_empty(driver: neo4j.Driver, database: str | None) -> None:
    if session.read(driver, "bulk/any-node", {}, database)[1][0]["found"]:
        raise UsageError("--bulk loads into an empty database only and this one holds a graph: "
                         "load without --bulk, or add --reset to replace the graph")


def check(settings: Settings, *, replace: bool = False) -> None:
    """UsageError unless `bulk_load` may run: the local server, and an empty database unless
    the graph is to be replaced (the CLI asks before it starts reading)."""
    refuse_unless_local(settings)
    if not replace:
        with session.connect(settings) as driver:
            refuse_unless_empty(driver, settings.database)


# ------------------------------------------------------------------ CSV values


def _type(value: Any, where: str) -> str | None:
    """The importer's type for a value; None for an empty list (no CSV field can hold one)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        return "localdatetime" if value.tzinfo is None else "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, list):
        if not value:
            return None
        kinds = {_type(v, where) for v in value}
        if len(kinds) != 1 or next(iter(kinds)) not in ("boolean", "long", "double", "string"):
            raise UsageError(f"{where}: a list of mixed or nested values cannot be stored")
        return f"{kinds.pop()}[]"
    raise UsageError(f"{where}: a value of type {type(value).__name__} cannot be stored")


def _text(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        items = [_text(v, where) for v in value]
        if any(ARRAY_DELIMITER in v for v in items):
            raise UsageError(f"{where}: a list element holds the character U+001F: load without --bulk")
        return ARRAY_DELIMITER.join(items)
    return str(value)


def _field(value: Any, where: str) -> str:
    return '"' + _text(value, where).replace('"', '""') + '"'  # quoted: "" is an empty string, not none


def _apply(props: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """Cypher's `SET x += update`: a null removes the key."""
    for key, value in update.items():
        if value is None:
            props.pop(key, None)
        else:
            props[key] = value
    return props


def _union(acc: list[Any], more: Iterable[Any]) -> list[Any]:
    """The writer's `reduce(acc, x IN more | CASE WHEN x IN acc THEN acc ELSE acc + x END)`."""
    out = list(acc)
    for x in more:
        if x not in out:
            out.append(x)
    return out


class CsvFiles:
    """The importer's input: one CSV file per label (or type) and set of typed keys, each with
    its header line; `arguments()` are the importer's --nodes/--relationships options."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._open: dict[tuple, tuple[TextIO, Path]] = {}
        self.empty_lists: dict[str, list[dict[str, Any]]] = {"nodes": [], "relations": []}

    def _out(self, kind: str, what: str, ids: tuple[str, ...], signature: tuple) -> TextIO:
        key = (kind, what, ids, signature)
        if key not in self._open:
            path = self.directory / f"{kind}{len(self._open)}.csv"
            out = path.open("w", encoding="utf-8", newline="")
            out.write(",".join([*ids, *(f"{k}:{t}" for k, t in signature)]) + "\n")
            self._open[key] = (out, path)
        return self._open[key][0]

    def _row(self, kind: str, what: str, ids: tuple[str, ...], id_values: list[str], props: dict[str, Any],
             where: str) -> dict[str, list]:
        typed = {k: _type(v, f"{where}.{k}") for k, v in sorted(props.items())}
        signature = tuple((k, t) for k, t in typed.items() if t is not None)
        out = self._out(kind, what, ids, signature)
        out.write(",".join([*(_field(v, where) for v in id_values),
                            *(_field(props[k], f"{where}.{k}") for k, _ in signature)]) + "\n")  # fmt: skip
        return {k: [] for k, t in typed.items() if t is None}

    def node(self, space: str, labels: str, uid: str, props: dict[str, Any]) -> None:
        empty = self._row("nodes", labels, (f"uid:ID({space})",), [uid], props, f"{space} {uid}")
        if empty:
            self.empty_lists["nodes"].append({"space": space, "uid": uid, "props": empty})

    def relationship(self, rel_type: str, start: tuple[str, str], end: tuple[str, str], props: dict[str, Any]) -> None:
        ids = (f":START_ID({start[0]})", f":END_ID({end[0]})")
        empty = self._row("relationships", rel_type, ids, [start[1], end[1]], props, f"{rel_type} {start[1]}")
        if empty:
            self.empty_lists["relations"].append({"type": rel_type, "source": start[1], "target": end[1],
                                                  "article": props.get("article"), "start": props.get("start"),
                                                  "props": empty})  # fmt: skip

    def close(self) -> None:
        for out, _ in self._open.values():
            out.close()

    def arguments(self) -> list[str]:
        args = ["--multiline-fields=true", "--array-delimiter=U+001F", f"--report-file={self.directory / 'import.report'}"]
        for (kind, what, _, _), (_, path) in self._open.items():
            args.append(f"--{kind}={what}={path}")
        return args


# ------------------------------------------------------------------ the load


def write_csv(parts: Iterable[Extraction], files: CsvFiles, summary: writer.LoadSummary,
              progress: Progress | None = None, before_first: Callable[[], None] | None = None) -> None:
    """The extractions as CSV, merged as the incremental writer merges them in the graph.

    Relations, stats and mentions stream to their files; entities and articles are kept until
    the end, since a later article may add to them (aliases, keys, files)."""
    entities: dict[str, dict[str, Any]] = {}  # uid -> {"label", "props"}
    articles: dict[str, dict[str, Any]] = {}  # uid -> properties
    seen_files: set[str] = set()
    done = 0
    for part in parts:
        batches = writer.group_by_article(part)
        if before_first is not None and batches:
            before_first()
            before_first = None
        for batch in batches:
            seen_files.add(batch.file)
            done += 1
            stored = articles.get(batch.uid)
            if stored is not None:
                if set(stored["files"]) & set(batch.files):
                    raise KbError(f"{batch.file}: the same report twice from one file: load without --bulk")
                stored["files"] = _union(stored["files"], batch.files)
                summary.copies.append({"files": batch.files, "article": batch.uid})
                continue
            articles[batch.uid] = _apply({}, {**batch.article["properties"], "files": batch.files})
            summary.articles += 1
            for row in batch.entities:
                state = entities.setdefault(row["uid"], {"props": {}})
                state["label"] = row["label"]
                props = _apply(state["props"], row["properties"])
                props["name"], props["generic"] = row["name"], row["generic"]
                props["aliases"] = _union(props.get("aliases") or [], row["aliases"])
                if row["generic"]:
                    props.pop("lookup", None)
                else:
                    props["lookup"] = _union(props.get("lookup") or [], row["lookup"])
            for m in batch.mentions:
                files.relationship("MENTIONED_IN", ("Entity", m["entity"]), ("Article", m["article"]),
                                   {"count": m["count"]})  # fmt: skip
            for r in batch.relations:
                props = _apply({"article": r["article"], "start": r["start"]}, r["properties"])
                _apply(props, {"end": r["end"], "evidence": r["evidence"], "rule": r["rule"]})
                files.relationship(r["type"], ("Entity", r["source"]), ("Entity", r["target"]), props)
            for s in batch.stats:
                files.node("Stat", "Stat", s["uid"], _apply({}, s["properties"]))
                files.relationship("FROM", ("Stat", s["uid"]), ("Article", s["article"]), {})
                if s["scope"]:
                    files.relationship("HAS_STAT", ("Entity", s["scope"]), ("Stat", s["uid"]), {})
            if progress:
                progress(batch.file, done, 0)
    for uid, props in articles.items():
        files.node("Article", "Article", uid, props)
    for uid, state in entities.items():
        files.node("Entity", f"Entity:{state['label']}", uid, state["props"])
    summary.files = len(seen_files)


def _fill_lists(driver: neo4j.Driver, database: str | None, files: CsvFiles) -> None:
    with session.session(driver, database, write=True) as s:
        for name, rows in (("nodes", files.empty_lists["nodes"]), ("relations", files.empty_lists["relations"])):
            for i in range(0, len(rows), _FILL_BATCH):
                s.run(cypher.statement(f"bulk/fill-lists-{name}"), rows=rows[i : i + _FILL_BATCH]).consume()


def bulk_load(settings: Settings, parts: Iterable[Extraction], *, replace: bool = False,
              progress: Progress | None = None, before_first: Callable[[], None] | None = None,
              echo: Callable[[str], None] = print) -> writer.LoadSummary:
    """Load `parts` into the local server's empty database through the offline importer
    (`replace`: the graph may hold something, which the import replaces). The server is
    stopped for the import and started again; the schema is created afterwards."""
    check(settings, replace=replace)
    database = settings.database
    started = time.perf_counter()
    summary = writer.LoadSummary()
    layout = server.Layout.default()
    directory = Path(tempfile.mkdtemp(prefix="bulk-", dir=layout.home))  # 0700, beside the store
    try:
        files = CsvFiles(directory)
        try:
            write_csv(parts, files, summary, progress, before_first)
        finally:
            files.close()
        extracted = time.perf_counter()
        if not replace:  # another load may have written while this one extracted
            with session.connect(settings) as driver:
                refuse_unless_empty(driver, database)
        server.import_full(database or "neo4j", files.arguments(), layout, echo=echo)
        with session.connect(settings) as driver:
            _fill_lists(driver, database, files)
            writer.ensure_schema(driver, database=database)
            counts = writer.graph_counts(driver, database=database)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    summary.extract_seconds = extracted - started
    summary.seconds = time.perf_counter() - extracted
    summary.graph_articles, summary.graph_stats = counts["Article"], counts["Stat"]
    summary.nodes, summary.relationships = dict(counts["labels"]), dict(counts["types"])
    return summary
