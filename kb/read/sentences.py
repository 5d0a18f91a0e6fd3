"""Paragraph -> sentences, each a `Text` slice that still knows its original offsets.

A sentence ends after Chinese sentence punctuation (with the closing quotes or
brackets that follow it). A long sentence that is a list of clauses joined by
semicolons is cut at the semicolons. A mojibake run ends a sentence and is left
out of every sentence, so nothing downstream ever reads a name out of it.
"""

from __future__ import annotations

from collections.abc import Callable

from kb.model import Text

from .cues import CLAUSE_PUNCT, CLOSERS, FINAL_PUNCT

SEMICOLONS = ";；"
# A sentence longer than this with two or more semicolons is a list of clauses.
LONG_SENTENCE_CHARS = 80
_STRIP = " \t\r\n\u3000"
_NO_START = CLAUSE_PUNCT + "”’》〉」』"


def split_sentences(paragraph: Text, is_garbage: Callable[[int], bool] = lambda _: False) -> list[Text]:
    """`is_garbage(offset)` tells whether an offset of the original lies in a mojibake run."""
    pieces: list[tuple[int, int]] = []
    text = paragraph.text
    start = 0
    i, n = 0, len(text)
    while i < n:
        if is_garbage(paragraph.origin[i]):
            pieces.append((start, i))
            while i < n and is_garbage(paragraph.origin[i]):
                i += 1
            start = i
            continue
        if text[i] in FINAL_PUNCT:
            i += 1
            while (
                i < n
                and (text[i] in FINAL_PUNCT or text[i] in CLOSERS)
                and not is_garbage(paragraph.origin[i])
            ):
                i += 1
            pieces.append((start, i))
            start = i
            continue
        i += 1
    pieces.append((start, n))
    sentences = []
    for s, e in pieces:
        for cs, ce in _cut_clause_list(text, s, e):
            cs, ce = _strip(text, cs, ce)
            if ce > cs and any(ch.isalnum() for ch in text[cs:ce]):
                sentences.append(paragraph.slice(cs, ce))
    return sentences


def _cut_clause_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [i + 1 for i in range(start, end) if text[i] in SEMICOLONS]
    if end - start <= LONG_SENTENCE_CHARS or len(cuts) < 2:
        return [(start, end)]
    bounds = [start, *(c for c in cuts if c < end), end]
    return list(zip(bounds, bounds[1:], strict=False))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    # A piece that follows a mojibake run can open with the punctuation the run left behind.
    while start < end and (text[start] in _STRIP or text[start] in _NO_START):
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end
