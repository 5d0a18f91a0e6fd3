"""Running the Cypher files: read transactions for questions, quiet about notifications.

The questions name every relationship type of the ontology; on a graph where some type
has no edge yet the server answers with a "type does not exist" notification, which the
driver would log as a warning on every call. Those are expected, so sessions ask for none.
"""

from __future__ import annotations

from typing import Any

import neo4j

from kb import cypher


def session(driver: neo4j.Driver, database: str | None, *, write: bool = False) -> neo4j.Session:
    return driver.session(
        database=database,
        default_access_mode=neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS,
        notifications_min_severity="OFF",
    )


def read_statement(
    driver: neo4j.Driver, statement: str, params: dict[str, Any], database: str | None
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run one statement in a managed READ transaction: (column names, rows as dicts)."""

    def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(statement, params)
        # dict(record) keeps graph values (nodes, paths) whole; kb.present makes them JSON
        return list(result.keys()), [dict(record) for record in result]

    with session(driver, database) as s:
        return s.execute_read(work)


def read(
    driver: neo4j.Driver, name: str, params: dict[str, Any], database: str | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run cypher/<name>.cypher in a READ transaction."""
    return read_statement(driver, cypher.statement(name), params, database)
