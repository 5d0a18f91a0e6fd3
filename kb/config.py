"""Where to connect: the standard NEO4J_* variables, else the local server's stored credentials.

Settings only: opening a connection is `kb.store.session.connect`, since only `kb/store` (and the
server's own start-up check) speak to Neo4j.

One rule for every entry point (CLI, tests, notebooks): `NEO4J_URI`, `NEO4J_USERNAME`,
`NEO4J_PASSWORD` and `NEO4J_DATABASE` override everything, so pointing `kb` at Aura or a cluster
(`neo4j+s://…`, `neo4j://…`) needs no code change; without them, `kb` uses the server that
`kb server install` provisioned under $KB_HOME.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from kb.errors import ServerUnavailable

__all__ = ["CONNECT_TIMEOUT", "Settings", "connection_settings", "credentials_file", "driver_timeouts", "kb_home"]

# Seconds a server has to accept a connection and answer Bolt's handshake. A server that is up
# answers in milliseconds (Aura over TLS in well under a second); one that accepts TCP but says
# nothing is frozen (SIGSTOP, a stuck JVM) or overloaded, and the driver's defaults (30 s to
# connect, 60 s to acquire a connection, 30 s of retries) would make `kb` wait minutes to say so.
CONNECT_TIMEOUT = 5.0


def kb_home() -> Path:
    return Path(os.environ.get("KB_HOME") or Path.home() / ".cache" / "kb")


def credentials_file() -> Path:
    return kb_home() / "credentials.json"


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str
    database: str | None = None  # None: the server's default database

    def __repr__(self) -> str:  # never print the password by accident
        return f"Settings(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def driver_timeouts() -> dict[str, float]:
    """Keyword arguments for `neo4j.GraphDatabase.driver`: give up on a silent server quickly.

    Acquiring a connection includes opening it, so both share the bound."""
    return {"connection_timeout": CONNECT_TIMEOUT, "connection_acquisition_timeout": CONNECT_TIMEOUT}


def connection_settings() -> Settings:
    env = os.environ
    if env.get("NEO4J_URI"):
        return Settings(
            uri=env["NEO4J_URI"],
            user=env.get("NEO4J_USERNAME", "neo4j"),
            password=env.get("NEO4J_PASSWORD", ""),
            database=env.get("NEO4J_DATABASE") or None,
        )
    path = credentials_file()
    if not path.exists():
        raise ServerUnavailable(
            "no Neo4j configured: run `kb server start` (it installs a local server) or set NEO4J_URI"
        )
    stored = json.loads(path.read_text(encoding="utf-8"))
    return Settings(
        uri=stored["uri"],
        user=stored["user"],
        password=stored["password"],
        database=env.get("NEO4J_DATABASE") or None,
    )
