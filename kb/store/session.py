"""Running the Cypher files: read transactions for questions, quiet about notifications.

The questions name every relationship type of the ontology; on a graph where some type
has no edge yet the server answers with a "type does not exist" notification, which the
driver would log as a warning on every call. Those are expected, so sessions ask for none.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import neo4j

from kb import cypher
from kb.config import CONNECT_TIMEOUT, Settings, connection_settings, credentials_file, driver_timeouts
from kb.errors import AuthFailed, KbError, ServerUnavailable, UsageError

# The driver logs its own account of a failed connection; kb says it once, in one line.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
logging.getLogger("neo4j").propagate = False


def connect(settings: Settings | None = None) -> neo4j.Driver:
    """A driver that has been checked to answer; ServerUnavailable otherwise."""
    settings = settings or connection_settings()
    try:
        driver = neo4j.GraphDatabase.driver(
            settings.uri, auth=(settings.user, settings.password), **driver_timeouts()
        )
    except (ValueError, neo4j.exceptions.ConfigurationError, ImportError) as exc:
        raise UsageError(
            f"cannot use NEO4J_URI={settings.uri!r}: expected bolt://, neo4j:// or neo4j+s:// ({exc})"
        ) from None
    try:
        driver.verify_connectivity()
    except neo4j.exceptions.AuthError as exc:
        driver.close()
        how = ("check NEO4J_USERNAME and NEO4J_PASSWORD" if os.environ.get("NEO4J_URI") else
               f"the local server's password is in {credentials_file()} (`kb server password` prints it)")
        raise AuthFailed(f"Neo4j at {settings.uri} refused user {settings.user!r} and its password: {how}") from exc
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.DriverError, OSError) as exc:
        driver.close()
        if _silent(exc):
            raise ServerUnavailable(
                f"Neo4j at {settings.uri} does not answer (frozen or overloaded): it accepted the "
                f"connection but said nothing for {CONNECT_TIMEOUT:.0f} s"
            ) from exc
        raise ServerUnavailable(
            f"Neo4j does not answer at {settings.uri}: start it with `kb server start` or check NEO4J_URI"
        ) from exc
    return driver


def _silent(exc: BaseException) -> bool:
    """The server took the TCP connection but did not answer Bolt in time (not: nobody listens).

    The driver says so only in words: "Failed to read four byte Bolt handshake response …
    (deadline …)" or a connection-acquisition timeout, somewhere down the chain of causes."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, neo4j.exceptions.ConnectionAcquisitionTimeoutError):
            return True
        if isinstance(seen, neo4j.exceptions.DriverError) and "handshake" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def as_kb_error(exc: BaseException) -> KbError | None:
    """The one-line account of a driver error that escaped a command; None if it is not one.

    A database that cannot serve (shutting down, or "needs to be restarted" after a full disk
    or another panic: a DatabaseError) and a server that went away mid-work are the server's
    state, not a bug of kb: exit 5 with the server's own words, on one line."""
    errors = neo4j.exceptions
    if isinstance(exc, errors.Neo4jError):
        words = " ".join((exc.message or str(exc)).split())
    else:
        words = " ".join(str(exc).split())
    if isinstance(exc, errors.AuthError):
        return AuthFailed(f"Neo4j refused the credentials: {words}")
    if isinstance(exc, (errors.DatabaseUnavailable, errors.DatabaseError)):
        return ServerUnavailable(f"Neo4j database unavailable: {words}")
    if isinstance(exc, errors.TransientError) and "DatabaseUnavailable" in (exc.code or ""):
        return ServerUnavailable(f"Neo4j database unavailable: {words}")
    if _silent(exc):
        return ServerUnavailable(f"Neo4j does not answer (frozen or overloaded): {words}")
    if isinstance(exc, (errors.ServiceUnavailable, errors.SessionExpired)):
        return ServerUnavailable(f"Neo4j stopped answering: {words}")
    if isinstance(exc, errors.TransientError):
        return KbError(f"Neo4j could not finish the work now ({exc.code}): {words}; try again")
    return None



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
