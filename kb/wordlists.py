"""The one loader of the word lists kept beside the code (`kb/<package>/data/*.txt`, `*.tsv`).

A list is one entry a line; a line whose first non-blank character is `#` is a comment, and
blank lines are skipped. A `.tsv` list has its fields separated by tabs. Entries come back in
the order the file writes them: where order matters (a regex alternation, the first match
wins) the file is written in that order, and callers sort only where they say so.

This module imports nothing from the package, so every stage can load its lists through it.
"""

from __future__ import annotations

import re
from importlib import resources


def read_list(package: str, name: str) -> list[str]:
    """The entries of `<package>/data/<name>` (`package` as imported: "kb.extract", "kb.read")."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def read_rows(package: str, name: str) -> list[list[str]]:
    """The rows of a tab-separated list, each split into its fields."""
    return [line.split("\t") for line in read_list(package, name)]


def read_groups(package: str, name: str) -> dict[str, tuple[str, ...]]:
    """A two-column list (`key<TAB>word`) grouped by key: key -> its words in file order."""
    groups: dict[str, list[str]] = {}
    for key, word in read_rows(package, name):
        groups.setdefault(key, []).append(word)
    return {k: tuple(ws) for k, ws in groups.items()}


def read_words(package: str, name: str) -> tuple[str, ...]:
    """`read_list` as a tuple, for `in`, `startswith` and `endswith` tests."""
    return tuple(read_list(package, name))


def read_chars(package: str, name: str) -> str:
    """A list of single characters (one a line) as one string, for `c in …` tests."""
    entries = read_list(package, name)
    if any(len(e) != 1 for e in entries):
        raise ValueError(f"{package}/data/{name}: every entry must be one character")
    return "".join(entries)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """`words` as the body of a regex alternation, in their order (`a|b|c`, each escaped)."""
    return "|".join(re.escape(w) for w in words)
