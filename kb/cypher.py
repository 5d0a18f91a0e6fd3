"""Cypher lives in `cypher/*.cypher`, one statement per file, each with a header comment.

This module only finds and reads those files; it never builds Cypher from data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"


@cache
def statement(name: str) -> str:
    """The text of cypher/<name>.cypher (header comments included: Cypher ignores them)."""
    path = CYPHER_DIR / f"{name}.cypher"
    if not path.exists():
        raise FileNotFoundError(f"no Cypher file {path}")
    return path.read_text(encoding="utf-8")


def header(name: str) -> str:
    """The header comment of a Cypher file: what it answers and its parameters."""
    lines = []
    for line in statement(name).splitlines():
        if not line.startswith("//"):
            break
        lines.append(line[2:].strip())
    return "\n".join(lines)
