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
    """The header comment of a Cypher file: what it answers and its parameters.

    Comment lines wrapped for the file are joined back into one line per paragraph; a line
    that starts with `Parameters:` or `Columns:` starts a paragraph of its own.
    """
    paragraphs: list[str] = []
    for line in statement(name).splitlines():
        if not line.startswith("//"):
            break
        text = line[2:].strip()
        if paragraphs and text and not text.startswith(("Parameters:", "Columns:")):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        elif text:
            paragraphs.append(text)
    return "\n".join(paragraphs)
