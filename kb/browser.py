"""Where the Neo4j Browser is and how to log in to it (for `kb browser`)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from kb import cypher
from kb.config import connection_settings

STYLE = cypher.CYPHER_DIR / "browser-style.grass"


@dataclass(frozen=True)
class BrowserInfo:
    url: str  # open this in a web browser
    connect_url: str  # what to type in the Browser's "Connect URL" field
    user: str
    password_hint: str
    style: str  # path of the .grass file to drag onto the Browser's style panel

    def export(self) -> dict[str, Any]:
        return asdict(self)


def browser_info() -> BrowserInfo:
    settings = connection_settings()
    if os.environ.get("NEO4J_URI"):  # someone else's server: it serves its own Browser, or use Neo4j Desktop/Aura
        url = os.environ.get("NEO4J_HTTP_URL") or "the server's own Browser (Aura: console.neo4j.io → Query)"
        hint = "the NEO4J_PASSWORD you set"
    else:
        from kb import server

        url = f"{server.status().http}/browser/"
        hint = "run `kb server password`"
    return BrowserInfo(url, settings.uri, settings.user, hint, str(STYLE))
