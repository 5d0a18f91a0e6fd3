"""`kb cypher` confined: only read queries over the data run, none runs for long.

Decided from the server's own view of the statement, never from its text. The statement is
first EXPLAINed (planned, not run) in a read transaction, and it runs only if:

- the server calls it a read query (`query_type == "r"`: no write, no schema change, no DBMS
  procedure such as `db.clearQueryCaches`);
- no operator of its plan is one `data/cypher_refused_operators.txt` names (LOAD CSV,
  SHOW …, TERMINATE …, administration commands) and every operator runs on the session's
  own database (administration commands run on `system`);
- every procedure it calls (a `ProcedureCall` operator) and every user-defined function the
  server has that its plan uses is on the allow-list `data/cypher_procedures.txt`.

It then runs in a READ transaction (the server refuses writes a second time) that the server
stops after `KB_CYPHER_TIMEOUT` seconds, and at most MAX_ROWS rows are kept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from typing import Any

import neo4j

from kb import cypher
from kb.errors import UsageError
from kb.store import session
from kb.wordlists import read_list

DEFAULT_TIMEOUT = 30.0  # seconds; KB_CYPHER_TIMEOUT changes it
MAX_ROWS = 10_000  # an answer longer than this is cut: a table of more helps nobody
ALLOW_LIST = "kb/store/data/cypher_procedures.txt"


class Refused(UsageError):
    """The statement is not a read query over the data; it was not run."""


class WriteRefused(Refused):
    pass


class TimedOut(UsageError):
    """The server stopped the statement at its time limit."""


@cache
def allowed_procedures() -> tuple[str, ...]:
    """Qualified names (or `prefix.*` patterns) of the procedures and functions `kb cypher` may call."""
    return tuple(read_list("kb.store", ALLOW_LIST.rsplit("/", 1)[1]))


@cache
def refused_operators() -> tuple[str, ...]:
    return tuple(read_list("kb.store", "cypher_refused_operators.txt"))


def is_allowed(name: str) -> bool:
    return any(fnmatchcase(name, pattern) for pattern in allowed_procedures())


def timeout() -> float:
    raw = os.environ.get("KB_CYPHER_TIMEOUT", "")
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        value = 0.0
    if value <= 0:
        raise UsageError(f"KB_CYPHER_TIMEOUT must be a number of seconds above 0, got {raw!r}")
    return value


@dataclass(frozen=True)
class Operator:
    name: str  # e.g. "ProcedureCall"
    database: str | None  # the database it runs on ("AllNodesScan@neo4j" -> "neo4j")
    details: str  # the server's rendering of what it does; literals appear as $autostring_0 …


def operators(plan: dict[str, Any]) -> Iterator[Operator]:
    """Every operator of an EXPLAIN plan (the driver's dict), depth first."""
    name, _, database = plan["operatorType"].partition("@")
    args = plan.get("args") or plan.get("arguments") or {}
    yield Operator(name, database or None, str(args.get("Details") or ""))
    for child in plan.get("children") or ():
        yield from operators(child)


def _command(operator: str) -> str:
    """ShowTransactions -> SHOW TRANSACTIONS: the command as the user would have typed it."""
    return " ".join(re.findall(r"[A-Z][a-z]*", operator)).upper()


def refusal(query_type: str | None, plan: dict[str, Any] | None, database: str | None,
            user_functions: frozenset[str] = frozenset()) -> Refused | None:  # fmt: skip
    """Why the planned statement must not run (its message one line), or None if it may.

    `user_functions` are the server's non-built-in functions; Cypher's own functions are always allowed.
    """
    if plan is None:
        return Refused("refused: the server gave no plan for this statement, so `kb cypher` cannot tell what it does")
    for op in operators(plan):
        if op.name == "LoadCSV":
            return Refused("refused: `kb cypher` does not run LOAD CSV (the server would read a file or fetch a URL)")
        if op.name == "AdministrationCommand":
            return Refused("refused: `kb cypher` runs no administration commands (users, roles, databases, privileges)")
        if any(fnmatchcase(op.name, pattern) for pattern in refused_operators()):
            return Refused(f"refused: `kb cypher` runs queries over the data, not {_command(op.name)} commands")
        if database and op.database and op.database != database:
            return Refused(f"refused: `kb cypher` reads the database {database!r} only, not {op.database!r}")
        if op.name == "ProcedureCall":
            procedure = op.details.split("(", 1)[0].strip()
            if not is_allowed(procedure):
                return Refused(f"refused: {procedure} is not a procedure `kb cypher` may call (the allow-list is {ALLOW_LIST})")
        for function in user_functions:
            if not is_allowed(function) and _calls(op.details, function):
                return Refused(f"refused: {function} is not a function `kb cypher` may call (the allow-list is {ALLOW_LIST})")
    if query_type in ("w", "rw"):
        return WriteRefused("refused: `kb cypher` runs read-only; this statement writes to the graph")
    if query_type != "r":
        return Refused("refused: `kb cypher` runs read queries only; this statement changes the schema or the server")
    return None


def _calls(details: str, function: str) -> bool:
    # The plan writes calls as `name(`; string literals never appear in it (they become $autostring_N).
    return re.search(rf"(?<![\w.`]){re.escape(function)}\s*\(", details, re.IGNORECASE) is not None


def check(driver: neo4j.Driver, statement: str, params: dict[str, Any], database: str | None) -> None:
    """Refused unless the server's plan of `statement` is a read query over the data (nothing runs)."""
    seconds = timeout()

    @neo4j.unit_of_work(timeout=seconds)
    def explain(tx: neo4j.ManagedTransaction) -> neo4j.ResultSummary:
        return tx.run(f"EXPLAIN {statement}", params).consume()

    @neo4j.unit_of_work(timeout=seconds)
    def user_functions(tx: neo4j.ManagedTransaction) -> frozenset[str]:
        return frozenset(r["name"] for r in tx.run(cypher.statement("confine/user-functions")))

    # Two transactions: a plan of an administration command belongs to `system`, and one
    # transaction may not touch two databases.
    with session.session(driver, database) as s:
        functions = s.execute_read(user_functions)
        summary = s.execute_read(explain)
    refused = refusal(summary.query_type, summary.plan, summary.database, functions)
    if refused:
        raise refused


def run(driver: neo4j.Driver, statement: str, params: dict[str, Any], database: str | None
        ) -> tuple[list[str], list[dict[str, Any]], bool]:  # fmt: skip
    """Check, then run `statement` read-only with the time limit: (columns, rows, cut at MAX_ROWS)."""
    check(driver, statement, params, database)

    @neo4j.unit_of_work(timeout=timeout())
    def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[dict[str, Any]], bool]:
        result = tx.run(statement, params)
        rows: list[dict[str, Any]] = []
        for record in result:
            if len(rows) == MAX_ROWS:
                return list(result.keys()), rows, True
            rows.append(dict(record))  # kb.present makes nodes and paths JSON
        return list(result.keys()), rows, False

    with session.session(driver, database) as s:
        return s.execute_read(work)
