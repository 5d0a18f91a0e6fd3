"""`kb load --bulk` against the project's own server: the offline importer gives the graph an
incremental load gives, and refuses a database that holds a graph or a server that is not ours.

The import stops and starts the test server; every test leaves it running (the bulk load
starts it again itself, and the last check here asks it a question)."""

from __future__ import annotations

import json
import subprocess

import pytest

from kb.config import Settings
from kb.store.session import connect

from .conftest import KB, ROOT

CORPUS = [str(ROOT / "seeds"), str(ROOT / "tests" / "data" / "heldout")]
QUESTIONS = [
    ("query", "pairs-with", "--name", "郭家娄居民区"),
    ("query", "person", "--name", "朱伟杰"),
    ("query", "stats", "--name", "临汾市"),
    ("query", "hierarchy", "--name", "党员示范户"),
    ("query", "mechanisms", "--name", "茂南区"),
    ("query", "evidence", "--name", "陆海峰"),
    ("search", "荣欣"),
    ("pairs", "guojialou"),
]


def snapshot(drv) -> tuple[list[str], list[str]]:
    """Every node (labels, properties) and relationship (ends, type, properties), in a stable
    order, labels sorted and properties by key: the store lists them in the order their names were
    first written, which the importer and Cypher do not share; list values keep their order
    (aliases are in order of arrival)."""
    nodes, _, _ = drv.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = drv.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.uid AS a, type(r) AS type, b.uid AS b, properties(r) AS props")
    def norm(rows) -> list[str]:
        out = []
        for r in rows:
            data = {**r.data(), "props": sorted(r["props"].items())}
            if "labels" in data:
                data["labels"] = sorted(data["labels"])
            out.append(repr(sorted(data.items())))
        return sorted(out)

    return norm(nodes), norm(rels)


def kb(env, *args):
    return subprocess.run([KB, *args], env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def local(own_server):
    """(kb env, driver) of the project's own server (`--bulk` writes its store; no other qualifies)."""
    home = own_server["KB_HOME"]
    with open(f"{home}/credentials.json", encoding="utf-8") as f:
        stored = json.load(f)
    settings = Settings(stored["uri"], stored["user"], stored["password"])
    drv = connect(settings)
    drv._query_bookmark_manager = None  # the import restarts the store's transaction ids (see conftest)
    yield own_server, drv, settings
    drv.close()


def empty(drv) -> None:
    drv.execute_query("MATCH (n) DETACH DELETE n")


def answers(env) -> list[tuple[int, object]]:
    """Each question's exit code and answer. Where a query leaves an order open (ties of its
    ORDER BY, `evidence`'s collected facts), the store decides it, and the importer lays out the
    store otherwise: those rows and lists are compared sorted."""
    out = []
    for q in QUESTIONS:
        done = kb(env, *q, "--json") if q[0] != "pairs" else kb(env, *q)
        answer = json.loads(done.stdout) if q[0] != "pairs" else done.stdout
        for row in answer.get("rows", []) if isinstance(answer, dict) else []:
            if isinstance(row.get("facts"), list):
                row["facts"] = sorted(row["facts"])
        if isinstance(answer, dict) and "rows" in answer:
            answer["rows"] = sorted(answer["rows"], key=lambda row: json.dumps(row, sort_keys=True))
        out.append((done.returncode, answer))
    return out


def test_bulk_gives_the_graph_of_an_incremental_load(local):
    env, drv, _ = local
    empty(drv)
    plain = kb(env, "load", *CORPUS, "--json")
    assert plain.returncode == 0, plain.stderr
    want_graph, want_answers = snapshot(drv), answers(env)
    assert len(want_graph[0]) > 500 and len(want_graph[1]) > 1000
    assert all(code == 0 and out for code, out in want_answers), want_answers

    empty(drv)
    bulk = kb(env, "load", "--bulk", *CORPUS, "--json")
    assert bulk.returncode == 0, bulk.stderr
    assert json.loads(bulk.stdout)["graph"] == json.loads(plain.stdout)["graph"]
    got_graph = snapshot(drv)
    assert got_graph[0] == want_graph[0]  # every node: labels and properties (types included)
    assert got_graph[1] == want_graph[1]  # every relationship: ends, type and properties
    assert answers(env) == want_answers
    # the schema is there again: uniqueness, look-up and the full-text index of names
    names = {r["name"] for r in drv.execute_query("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE'")[0]}
    assert {"entity_uid", "article_uid", "stat_uid", "entity_lookup", "entity_name"} <= names


def test_bulk_refuses_a_database_that_holds_a_graph(local):
    env, drv, _ = local
    empty(drv)
    assert kb(env, "load", str(ROOT / "seeds" / "001_e374f24071c5869d.txt")).returncode == 0
    before = snapshot(drv)
    done = kb(env, "load", "--bulk", *CORPUS)
    assert done.returncode == 2
    assert done.stderr.startswith("kb: --bulk loads into an empty database only") and done.stderr.count("\n") == 1
    assert snapshot(drv) == before  # nothing stopped, nothing imported


def test_bulk_refuses_a_server_given_by_neo4j_uri(local):
    env, drv, settings = local
    empty(drv)
    remote = {**env, "NEO4J_URI": settings.uri, "NEO4J_USERNAME": settings.user, "NEO4J_PASSWORD": settings.password}
    done = kb(remote, "load", "--bulk", *CORPUS)
    assert done.returncode == 2
    assert done.stderr.startswith("kb: --bulk imports into the local server only") and done.stderr.count("\n") == 1
    assert drv.execute_query("MATCH (n) RETURN count(n) AS n")[0][0]["n"] == 0
    assert kb(env, "server", "status").returncode == 0  # still running
