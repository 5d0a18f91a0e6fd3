"""Canned questions and analysts' own Cypher, always in read transactions.

Analysts' own Cypher is confined (kb/store/confine.py): the server's plan must say it is a read
query over the data before it runs, and it runs with a time limit.

A canned question is `cypher/queries/<name>.cypher`; its header comment says what it
answers and its parameters. Every question but `search` is about one entity: the name
the user typed is resolved first (kb.store.lookup), and the Cypher receives `$uids`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, CypherSyntaxError, ServiceUnavailable, SessionExpired

from kb import cypher
from kb.errors import KbError, ServerUnavailable, UsageError
from kb.store import confine, lookup, session
from kb.store.confine import TimedOut, WriteRefused

# Which labels a question's name may resolve to ([] = any). A narrower set makes
# look-up less often ambiguous: the community 市府小区, not 市府小区临时党支部.
LOOKUP_LABELS: dict[str, tuple[str, ...]] = {
    "pairs-with": ("Community", "Site", "Region"),
    "person": ("Person",),
    "hierarchy": (),
    "mechanisms": ("Region", "Community", "Unit", "PartyOrg"),
    "stats": ("Region", "Community", "Site"),
    "evidence": (),
    "search": (),
}
# Questions about classes: the Party hierarchy links class nodes (社区党委, 党员示范户), so
# there a class answers to its exact name. Elsewhere a class is asked for by uid only.
CLASS_QUESTIONS = {"hierarchy"}


class EmptyResult(KbError):
    exit_code = 1


@dataclass(frozen=True)
class CannedQuery:
    name: str
    summary: str  # the header's first line, after "name:"
    header: str  # the whole header comment


@dataclass
class QueryResult:
    query: str
    text: str
    match: lookup.Match | None  # what the name resolved to (None for search and ad-hoc Cypher)
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    truncated: bool = False  # ad-hoc Cypher: more rows than confine.MAX_ROWS, the rest dropped

    def export(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "text": self.text,
            "entity": self.match.export() if self.match else None,
            "columns": self.columns,
            "rows": self.rows,
        }


def list_queries() -> list[CannedQuery]:
    out = []
    for name in LOOKUP_LABELS:
        head = cypher.header(f"queries/{name}")
        first = head.splitlines()[0]
        summary = first.split(":", 1)[1].strip() if first.startswith(f"{name}:") else first
        out.append(CannedQuery(name, summary, head))
    return out


def _server_errors(exc: Exception) -> KbError:
    return ServerUnavailable(f"Neo4j stopped answering ({type(exc).__name__}): start it with `kb server start`")


def _read(driver: neo4j.Driver, name: str, database: str | None, **params: Any) -> tuple[list[str], list[dict]]:
    return session.read(driver, name, params, database)


def check_question(name: str, text: str) -> None:
    """UsageError unless `name` is a canned question and `text` names something (no server needed)."""
    if name not in LOOKUP_LABELS:
        raise UsageError(f"no canned question {name!r}: `kb query --list` lists them")
    lookup.check_text(text)


def run_query(driver: neo4j.Driver, name: str, text: str, *, database: str | None = None) -> QueryResult:
    """Run canned question `name` about `text`. Raises UsageError (no such question),
    UnknownName, AmbiguousName, EmptyResult or ServerUnavailable."""
    check_question(name, text)
    try:
        if name == "search":
            found = lookup.search(driver, text, database=database)
            result = QueryResult(name, text, None, list(SEARCH_COLUMNS), [_search_row(c) for c in found])
        else:
            match = lookup.resolve(
                driver, text, labels=LOOKUP_LABELS[name], classes=name in CLASS_QUESTIONS, database=database
            )
            columns, rows = _read(driver, f"queries/{name}", database, uids=list(match.uids))
            result = QueryResult(name, text, match, columns, rows)
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise _server_errors(exc) from exc
    except ClientError as exc:
        # The look-up index comes with `kb load`; before it there is nothing to ask.
        if "no such fulltext schema index" in (exc.message or ""):
            raise EmptyResult("the graph is empty or predates the look-up index: load reports (`kb load seeds`)") from None
        raise
    if not result.rows:
        what = f"{result.match.name} ({result.match.label})" if result.match else repr(text)
        raise EmptyResult(f"{name}: nothing found for {what}")
    return result


SEARCH_COLUMNS = ("name", "label", "scope", "article", "aliases", "uid", "score", "how")


def _search_row(c: lookup.Candidate) -> dict[str, Any]:
    d = c.export()
    return {k: d[k] for k in SEARCH_COLUMNS}


def parse_params(pairs: list[str]) -> dict[str, Any]:
    """`k=v` pairs -> parameters; a value that reads as JSON (number, list, true) is taken as such."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param wants key=value, got {pair!r}")
        try:
            params[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            params[key.strip()] = value
    return params


def run_cypher(
    driver: neo4j.Driver, statement: str, params: dict[str, Any] | None = None, *, database: str | None = None
) -> QueryResult:
    """An analyst's own Cypher, confined (kb/store/confine.py). Raises Refused (a write, LOAD CSV,
    SHOW/TERMINATE, administration, a procedure off the allow-list), TimedOut, UsageError (syntax,
    anything else the server refuses) or ServerUnavailable; each exits 2 but the last (5)."""
    if not statement.strip():
        raise UsageError("empty Cypher statement")

    try:
        columns, rows, truncated = confine.run(driver, statement, params or {}, database)
    except CypherSyntaxError as exc:
        raise UsageError(f"Cypher syntax error: {exc.message.splitlines()[0] if exc.message else exc}") from exc
    except ClientError as exc:
        code = exc.code or ""
        if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
            raise WriteRefused("refused: `kb cypher` runs read-only; this statement writes to the graph") from exc
        if "TransactionTimedOut" in code:
            raise TimedOut(
                f"stopped: the statement ran longer than {confine.timeout():g} s (KB_CYPHER_TIMEOUT); "
                "narrow the MATCH or add LIMIT"
            ) from exc
        raise UsageError(f"Neo4j refused the query: {(exc.message or str(exc)).splitlines()[0]}") from exc
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise _server_errors(exc) from exc
    return QueryResult("cypher", statement, None, columns, rows, truncated)
