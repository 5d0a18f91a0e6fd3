"""Runs of mojibake: text that went through the wrong codec or a broken scraper.

Two kinds of garbage reach the reports: Chinese bytes read one byte out of step
(`?!拔沂屈h員`, `??粘怖先擞卸嗌伲Ь硟`), and scraps of HTML (`?/p>`). Such a run is
made of valid characters, so it is found by its markers: lost bytes shown as `?`
or U+FFFD next to Han, a lone lowercase letter or a Cyrillic, Greek, kana or box
character between Han, tag fragments. Markers close to each other form one run; a
run is kept only if it holds at least one marker that is not a plain `?` (a single
question mark between Han is often only half-width punctuation).

The runs are not repaired: they stay in the text, and the sentence splitter treats
them as boundaries so that no name is ever read out of them.
"""

from __future__ import annotations

import re

from .cues import HAN

_H = f"[{HAN}]"
STRONG_MARKERS = re.compile(
    "|".join(
        [
            r"\ufffd+",
            r"[?？][?!？！]+|[!！][?？]+",  # lost bytes next to each other: ?? ?! !?
            rf"(?<={_H})[a-z](?={_H})",  # a lone lowercase letter between Han
            r"[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30fa\u30fc-\u30ff\ue000-\uf8ff]+",
            r"<?/[a-zA-Z]{1,6}>|<[a-zA-Z]{1,6}/?>|&(?:nbsp|amp|lt|gt|quot);",
        ]
    )
)
WEAK_MARKERS = re.compile(rf"(?<={_H})\?|\?(?={_H})")
# Markers closer than this (in characters, none of them a space) belong to one run.
MAX_GAP = 10
_GAP_BREAKERS = re.compile(r"[\s。，、；：,;:]")


def find_mojibake(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of `text` that are mojibake runs, in order."""
    markers = sorted(
        [(m.start(), m.end(), True) for m in STRONG_MARKERS.finditer(text)]
        + [(m.start(), m.end(), False) for m in WEAK_MARKERS.finditer(text)]
    )
    runs: list[tuple[int, int]] = []
    start = end = -1
    strong = False
    for s, e, is_strong in markers:
        if start >= 0 and s - end <= MAX_GAP and not _GAP_BREAKERS.search(text, end, s):
            end, strong = max(end, e), strong or is_strong
            continue
        if start >= 0 and strong:
            runs.append((start, end))
        start, end, strong = s, e, is_strong
    if start >= 0 and strong:
        runs.append((start, end))
    return runs
