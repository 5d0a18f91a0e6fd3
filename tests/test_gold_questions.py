"""End to end: `kb load seeds --reset`, then every gold question through `kb query … --json`,
as ../shared/tools/ask_gold.py asks them, against the test server."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .conftest import KB, ROOT

GOLD = ROOT / "tests" / "data" / "seeds.gold.jsonl"
QUESTIONS = [
    row for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()) if row.get("kind") == "question"
]


def kb(env, *args):
    return subprocess.run([KB, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def seeds_loaded(driver, kb_env):
    driver.execute_query("MATCH (n) DETACH DELETE n")
    p = kb(kb_env, "load", "seeds", "--reset", "--json")
    assert p.returncode == 0, p.stderr
    yield json.loads(p.stdout)
    driver.execute_query("MATCH (n) DETACH DELETE n")


def test_load_summary(seeds_loaded):
    graph = seeds_loaded["graph"]
    assert seeds_loaded["files"] == len(list(Path(ROOT, "seeds").glob("*.txt")))
    assert graph["articles"] >= seeds_loaded["files"]
    assert graph["nodes"]["Person"] > 0 and graph["relationships"]["MENTIONED_IN"] > 0


@pytest.mark.parametrize("q", QUESTIONS, ids=[f"{q['query']}-{q['args']['name']}" for q in QUESTIONS])
def test_gold_question(seeds_loaded, kb_env, q):
    p = kb(kb_env, "query", q["query"], "--name", q["args"]["name"], "--json")
    missing = [e for e in q["expect"] if e not in p.stdout]
    assert p.returncode == 0 and not missing, (p.returncode, missing, p.stderr.strip())


def test_loading_the_seeds_again_changes_no_count(seeds_loaded, kb_env):
    p = kb(kb_env, "load", "seeds", "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["graph"] == seeds_loaded["graph"]


def test_a_missing_file_is_a_usage_error_and_keeps_the_graph(seeds_loaded, kb_env):
    p = kb(kb_env, "load", "no/such/file.txt", "--reset")
    assert p.returncode == 2 and "no/such/file.txt" in p.stderr and "Traceback" not in p.stderr
    again = kb(kb_env, "query", "search", "--name", "郭家娄", "--json")
    assert again.returncode == 0  # --reset did not run: extraction failed first
