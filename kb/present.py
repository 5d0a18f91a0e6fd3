"""Output: Rich tables for people; JSON, CSV and Excel files for programs. No logic beyond layout.

Tables show at most TABLE_ROWS rows unless asked for more (`--limit`), and say how many were left
out; JSON and the files hold every row (or `--limit` of them).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

console = Console()


def jsonable(value: Any) -> Any:
    """Make driver values JSON-friendly: graph objects become dicts, temporals ISO text,
    and a float that is a whole number (Stat.value 1255.0) an int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    labels = getattr(value, "labels", None)
    if labels is not None:  # neo4j Node
        return {"labels": sorted(labels), **jsonable(dict(value))}
    if hasattr(value, "type") and hasattr(value, "start_node"):  # neo4j Relationship
        return {"type": value.type, **jsonable(dict(value))}
    if hasattr(value, "nodes") and hasattr(value, "relationships"):  # neo4j Path
        return {"nodes": jsonable(list(value.nodes)), "relationships": jsonable(list(value.relationships))}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


def print_json(data: Any) -> None:
    print(json.dumps(jsonable(data), ensure_ascii=False, indent=2))


def _cell(value: Any) -> str:
    value = jsonable(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# Columns that say where a fact comes from; shown beside the fact rather than as columns.
_SOURCE_COLUMNS = ("evidence", "article", "file", "start", "end")


def _fact(row: dict[str, Any], columns: Sequence[str]) -> str:
    """The non-source columns of a row on one line, each named (`who=陆海峰 (Person) · relation=…`):
    a `label` column goes in brackets after the name before it, True flags by their name."""
    parts: list[str] = []
    for col in columns:
        value = jsonable(row.get(col))
        if col in _SOURCE_COLUMNS or value in (None, "", [], False):
            continue
        if col == "label" and parts and "=" in parts[-1]:
            parts[-1] += f" ({_cell(value)})"
        else:
            parts.append(col if value is True else f"{col}={_cell(value)}")
    return " · ".join(parts)


def _source(row: dict[str, Any]) -> str:
    where = " ".join(_cell(row.get(c)) for c in ("article", "file") if row.get(c))
    return f"{_cell(row.get('evidence'))}\n[dim]— {where}[/dim]" if where else _cell(row.get("evidence"))


# Rows a table shows when no --limit is given: more is a file's job (--csv, --xlsx).
TABLE_ROWS = 20


def shown_rows(rows: Sequence[Any], limit: int | None) -> Sequence[Any]:
    """The rows a table shows: `limit` of them (0: all), TABLE_ROWS when none was given."""
    if limit is None:
        limit = TABLE_ROWS
    return rows if limit == 0 else rows[:limit]


def _say_left_out(shown: int, total: int) -> None:
    if total > shown:
        print(f"{total - shown} more rows not shown ({total} in all): --limit 0 shows them all, "
              "--csv FILE or --xlsx FILE writes them to a file")


def print_rows(title: str, columns: Sequence[str], rows: Sequence[dict[str, Any]],
               limit: int | None = None) -> None:
    """Rows with evidence: two columns, the fact and the sentence it comes from (with its
    article), which stays readable in 80 columns. Other rows: one column per field, leaving
    out fields that are empty in every row. At most `limit` rows (see shown_rows)."""
    total, rows = len(rows), shown_rows(rows, limit)
    table = Table(title=title, show_lines=True, title_justify="left")
    if "evidence" in columns:
        table.add_column("fact", overflow="fold", ratio=2)
        table.add_column("evidence — article", overflow="fold", ratio=3)
        for row in rows:
            table.add_row(_fact(row, columns), _source(row))
    else:
        cells = [[_cell(row.get(col)) for col in columns] for row in rows]
        keep = [i for i, _ in enumerate(columns) if any(r[i] for r in cells)] or list(range(len(columns)))
        for i in keep:
            table.add_column(columns[i], overflow="fold")
        for r in cells:
            table.add_row(*(r[i] for i in keep))
    console.print(table)
    _say_left_out(len(rows), total)


def print_query_result(result: Any, *, as_json: bool, limit: int | None = None) -> None:
    """A kb.store.queries.QueryResult, as a table or as JSON (JSON: every row, or `limit`)."""
    if as_json:
        export = result.export()
        if limit:
            export["rows"] = export["rows"][:limit]
        print_json(export)
        return
    if result.query == "search":
        print_search(result.text, result.rows, limit)
        return
    title = f"{result.query}: {result.text}"
    if result.match is not None:
        m = result.match
        title = f"{result.query}: {m.name} ({m.label}, found by {m.how}" + (
            f", {len(m.uids)} nodes)" if len(m.uids) > 1 else ")"
        )
    print_rows(title, result.columns, result.rows, limit)


def print_search(text: str, rows: Sequence[dict[str, Any]], limit: int | None = None) -> None:
    """`kb search`: each candidate with what tells it apart (label, scope or the article it
    comes from) and its uid, which any question takes as its name."""
    from rich.markup import escape

    from kb.store.lookup import short_title

    table = Table(title=f"search: {escape(text)}  (a uid works as --name)", title_justify="left")
    table.add_column("name", overflow="fold", ratio=3)
    table.add_column("label", overflow="fold", ratio=2)
    table.add_column("in / from", overflow="fold", ratio=3)
    table.add_column("uid", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    total, rows = len(rows), shown_rows(rows, limit)
    for row in rows:
        where = "/".join(row["scope"]) or (f"《{short_title(row['article'], 12)}》" if row["article"] else "")
        also = f"\n[dim]{escape('、'.join(row['aliases']))}[/dim]" if row["aliases"] else ""
        kind = "class " if row["how"] == "class" else ""
        score = "class" if kind else f"{row['score']:g} {row['how']}"
        table.add_row(f"{escape(row['name'])}{also}", f"{kind}{row['label']}", escape(where), escape(row["uid"]), score)
    console.print(table)
    _say_left_out(len(rows), total)


def print_query_list(queries: Sequence[Any], *, as_json: bool) -> None:
    if as_json:
        print_json([{"name": q.name, "summary": q.summary, "header": q.header} for q in queries])
        return
    table = Table(title="canned questions: kb query NAME --name TEXT [--json]", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("what it answers (header of cypher/queries/NAME.cypher)", overflow="fold")
    for q in queries:
        table.add_row(q.name, q.header)
    console.print(table)


def print_load_summary(summary: Any, *, as_json: bool) -> None:
    """A kb.store.writer.LoadSummary."""
    if as_json:
        print_json(summary.export())
        return
    head = Table(title="kb load", title_justify="left", show_header=False)
    head.add_column("what")
    head.add_column("count", justify="right")
    head.add_row("files", str(summary.files))
    head.add_row("articles written", str(summary.articles))
    head.add_row("earlier versions replaced", str(summary.replaced))
    reading = summary.reading
    copies = [(", ".join(c["files"]), c["article"]) for c in summary.copies]
    head.add_row("copies of a report (loaded once)", str(len(copies)))
    if reading is not None and reading.skipped:
        head.add_row("files skipped (unreadable)", str(len(reading.skipped)))
    if summary.pruned:
        head.add_row("articles pruned (files gone)", str(summary.pruned))
    head.add_row("seconds extracting", f"{summary.extract_seconds:.2f}")
    head.add_row("seconds writing", f"{summary.seconds:.2f}")
    head.add_row("articles in graph", str(summary.graph_articles))
    head.add_row("stats in graph", str(summary.graph_stats))
    console.print(head)
    nodes = Table(title="nodes by label", title_justify="left")
    nodes.add_column("label")
    nodes.add_column("nodes", justify="right")
    for label, n in summary.nodes.items():
        nodes.add_row(label, str(n))
    rels = Table(title="relationships by type", title_justify="left")
    rels.add_column("type")
    rels.add_column("relationships", justify="right")
    for rtype, n in summary.relationships.items():
        rels.add_row(rtype, str(n))
    console.print(nodes)
    console.print(rels)
    if copies:
        table = Table(title="copies (recognised by their text, not loaded again)", title_justify="left")
        table.add_column("file")
        table.add_column("copy of article")
        for file, of in copies:
            table.add_row(file, of)
        console.print(table)


# ---------------------------------------------------------------- kb extract


def print_extraction_summary(extraction: Any, examples: int = 3) -> None:
    """Counts by label and by relationship type, with a few examples of each."""
    from collections import Counter, defaultdict

    console = Console()
    names = {e.uid: e.name for e in extraction.entities}
    console.print(f"{len(extraction.articles)} articles, {len(extraction.entities)} entities, "
                  f"{len(extraction.relations)} relations, {len(extraction.stats)} stats")
    by_label: dict[str, list[str]] = defaultdict(list)
    for e in extraction.entities:
        by_label[e.label].append(e.name + ("*" if e.generic else ""))
    table = Table("label", "count", "examples (* generic)")
    for label, items in sorted(by_label.items()):
        table.add_row(label, str(len(items)), "、".join(items[:examples]))
    console.print(table)
    by_type: dict[str, list[str]] = defaultdict(list)
    rules: Counter[str] = Counter()
    for r in extraction.relations:
        by_type[r.type].append(f"{names.get(r.source, r.source)} → {names.get(r.target, r.target)}")
        rules[f"{r.type}/{r.rule}"] += 1
    table = Table("type", "count", "examples")
    for t, items in sorted(by_type.items()):
        table.add_row(t, str(len(items)), "; ".join(items[:examples]))
    console.print(table)
    table = Table("rule", "relations")
    for rule, n in rules.most_common():
        table.add_row(rule, str(n))
    console.print(table)


def _explain_json(facts: Any) -> dict[str, Any]:
    """One article's explanation as data: each sentence with what each rule found in it."""

    def relation(f: Any) -> dict[str, Any]:
        props = {k: jsonable(v) for k, v in f.properties.items() if v}
        return {"rule": f.rule, "type": f.type, "source": f.source.name, "target": f.target.name,
                "properties": props}

    sentences = [{
        "index": sf.sentence.index,
        "text": sf.sentence.text.text,
        "mentions": [{"rule": m.rule, "label": m.label, "name": m.name, "generic": bool(m.generic)}
                     for m in sf.mentions],
        "relations": [relation(f) for f in sf.relations],
        "counts": [{"value": jsonable(c.value), "unit": c.unit, "noun": c.noun,
                    "object_value": jsonable(c.object_value), "object_noun": c.object_noun,
                    "scope": scope.name if scope else None} for c, scope in sf.counts],
    } for sf in facts.sentences]
    return {"title": facts.article.title, "main_region": facts.main_region.name if facts.main_region else None,
            "sentences": sentences, "article_relations": [relation(f) for f, _ in facts.extra_relations]}


def print_explain(article_facts: Any, *, as_json: bool = False) -> None:
    """Each sentence, then what each rule found in it: mentions, relations, counts. As JSON: one
    object per article, one line each (JSON Lines), printed as each article is read."""
    if as_json:
        for facts in article_facts:
            print(json.dumps(_explain_json(facts), ensure_ascii=False))
        return
    console = Console(highlight=False)
    for facts in article_facts:
        main = facts.main_region.name if facts.main_region else "-"
        console.rule(f"{facts.article.title}  (main region: {main})")
        for sf in facts.sentences:
            console.print(f"[bold]{sf.sentence.index:>3}[/bold] {sf.sentence.text.text}", markup=True)
            for m in sf.mentions:
                flag = " generic" if m.generic else ""
                console.print(f"      {m.rule:<22} {m.label:<10} {m.name}{flag}", markup=False)
            for f in sf.relations:
                props = " ".join(f"{k}={v}" for k, v in f.properties.items() if v)
                console.print(f"      {f.rule:<22} {f.type:<14} {f.source.name} → {f.target.name}  {props}",
                              markup=False)
            for count, scope in sf.counts:
                obj = f" → {count.object_value} {count.object_noun}" if count.object_value is not None else ""
                console.print(f"      {'count':<22} {'Stat':<14} {count.value:g}{count.unit} {count.noun}{obj}"
                              f"  (scope {scope.name if scope else '-'})", markup=False)
        for f, _ in facts.extra_relations:
            console.print(f"      {f.rule:<22} {f.type:<14} {f.source.name} → {f.target.name}", markup=False)


# ---------------------------------------------------------------- files: --csv / --xlsx


def _file_cell(value: Any) -> Any:
    """A cell of a file: numbers and flags as themselves, everything else as the table's text."""
    value = jsonable(value)
    return value if isinstance(value, (int, float, bool)) else _cell(value)


def write_rows(path: str, kind: str, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    """Write rows to `path` as CSV (UTF-8 with a BOM, which Excel needs to read Chinese; `-` is
    stdout, without one) or as an Excel workbook (openpyxl, the `xlsx` extra), one column per
    field. OutputError if the file cannot be written or openpyxl is missing."""
    import csv
    import io

    from kb.errors import OutputError

    table = [[_file_cell(row.get(c)) for c in columns] for row in rows]
    try:
        if kind == "csv" and path == "-":
            out = io.StringIO()
            csv.writer(out).writerows([list(columns), *table])
            sys.stdout.write(out.getvalue())
        elif kind == "csv":
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f).writerows([list(columns), *table])
        else:
            try:
                from openpyxl import Workbook
                from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
            except ImportError:
                raise OutputError("--xlsx needs openpyxl: pip install 'kb[xlsx]'") from None
            book = Workbook(write_only=True)
            sheet = book.create_sheet("kb")
            sheet.append(list(columns))
            for r in table:  # control characters, which a workbook cannot hold, are dropped
                sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in r])
            book.save(path)
    except OSError as exc:
        raise OutputError(f"could not write {path}: {exc.strerror or exc}") from None
