"""A mention (`Mention`) and the character tests every finder of mentions shares: quotes,
Han characters, the characters a name is made of, and a name's canonical form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kb.extract.gazetteer import Division
from kb.wordlists import read_chars

OPEN_QUOTES = "“‘「『\""
CLOSE_QUOTES = "”’」』\""
QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)
LEVEL_PREFIXES = set(read_chars("kb.extract", "level_prefixes.txt"))  # the characters that name a level of administration


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def is_name_char(c: str) -> bool:
    return is_han(c) or c.isascii() and c.isalnum() or c in "·+"


def strip_quotes(s: str) -> str:
    return "".join(c for c in s if c not in QUOTES and c not in "《》").strip()


def normalise_name(s: str) -> str:
    return strip_quotes(s).replace("（", "(").replace("）", ")")


@dataclass(eq=False)  # mentions are compared by identity: two readings of one span are two mentions
class Mention:
    label: str
    name: str  # canonical, Simplified, no quotes
    start: int  # offsets in the sentence text
    end: int
    surface: str  # the same span in the original script
    generic: bool = False
    properties: dict[str, Any] = field(default_factory=dict)
    parts: list[Mention] = field(default_factory=list)  # inner names, outermost last
    short: bool = False  # a gazetteer short form still to be confirmed by context
    divisions: list[Division] = field(default_factory=list)  # gazetteer candidates
    aliases: set[str] = field(default_factory=set)
    rule: str = ""
    body: Mention | None = None  # 局党组 read as 民政局党组: the body named earlier it belongs to

    @property
    def key(self) -> tuple[str, str]:
        return self.label, self.name
