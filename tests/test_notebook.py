"""notebooks/explore.ipynb runs top to bottom against the test server and draws Chinese text."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kb.store import writer

from .store_sample import sample_extraction

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


@pytest.fixture
def graph(clean_db):
    writer.write_extraction(clean_db, sample_extraction())
    return clean_db


def _run(nb, kb_env, path: Path, monkeypatch) -> str:
    for key, value in kb_env.items():  # the kernel inherits the environment that reaches the test server
        monkeypatch.setenv(key, value)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path)}}).execute()
    return json.dumps([c.get("outputs", []) for c in nb.cells if c.cell_type == "code"], ensure_ascii=False)


def test_notebook_runs_and_draws(graph, kb_env, tmp_path, monkeypatch):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    outputs = _run(nb, kb_env, tmp_path, monkeypatch)
    assert "陆海峰" in outputs  # pairs-with, through py2neo
    assert "1255" in outputs  # stats of 临汾市, through kb's library
    assert "Glyph" not in outputs  # matplotlib warns "Glyph … missing from font" when it draws boxes
    png = tmp_path / "out" / "neighbourhood.png"  # an output of its own, never a tracked file
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    # 郭家娄居民区, 陆海峰, his unit, 中山街道, 松江区; both SINKS_TO (two articles) are drawn
    assert "5 nodes, 5 relationships" in outputs
    assert "image/png" in outputs  # the picture is shown in the notebook too


def test_notebook_takes_a_traditional_name_and_draws_the_same_picture(graph, kb_env, tmp_path, monkeypatch):
    first, second = tmp_path / "simplified", tmp_path / "traditional"
    first.mkdir(), second.mkdir()
    _run(nbformat.read(NOTEBOOK, as_version=4), kb_env, first, monkeypatch)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells[1].source = nb.cells[1].source.replace('COMMUNITY = "郭家娄居民区"', 'COMMUNITY = "郭家婁居民區"')
    assert "郭家婁居民區" in nb.cells[1].source
    outputs = _run(nb, kb_env, second, monkeypatch)
    assert "陆海峰" in outputs and "郭家娄居民区" in outputs  # resolved to the Simplified node
    picture = (second / "out" / "neighbourhood.png").read_bytes()
    assert picture == (first / "out" / "neighbourhood.png").read_bytes()  # same graph, same picture


def test_the_notebook_writes_no_tracked_file():
    assert not (NOTEBOOK.parent / "neighbourhood.png").exists()
    assert "notebooks/out/" in (NOTEBOOK.parent.parent / ".gitignore").read_text().splitlines()
