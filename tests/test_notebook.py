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


def test_notebook_runs_and_draws(graph, kb_env, tmp_path, monkeypatch):
    for key, value in kb_env.items():  # the kernel inherits the environment that reaches the test server
        monkeypatch.setenv(key, value)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()

    outputs = json.dumps([c.get("outputs", []) for c in nb.cells if c.cell_type == "code"], ensure_ascii=False)
    assert "陆海峰" in outputs  # pairs-with, through py2neo
    assert "1255" in outputs  # stats of 临汾市, through kb's library
    assert "Glyph" not in outputs  # matplotlib warns "Glyph … missing from font" when it draws boxes
    png = tmp_path / "neighbourhood.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "5 nodes, 4 relationships" in outputs
