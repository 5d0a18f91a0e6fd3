"""`kb cypher` confined (kb/store/confine.py), against the real server: only read queries over
the data run, decided from the server's plan; a time limit; a row limit; one line and exit 2
for every refusal."""

from __future__ import annotations

import http.server
import subprocess
import threading
import time

import pytest

from kb.store import confine, queries

from .conftest import KB, ROOT


def kb(env, *args, **extra_env):
    return subprocess.run([KB, *args], env={**env, **extra_env}, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def count_nodes(driver) -> int:
    return driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]


# ------------------------------------------------------------------ what is refused

REFUSED = [
    # the table
    ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t YIELD message RETURN message",
     "SHOW TRANSACTIONS"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS"),
    ("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", "LOAD CSV"),
    ("SHOW USERS", "administration"),
    ("SHOW SETTINGS", "SHOW SETTINGS"),
    ("CALL db.clearQueryCaches()", "db.clearQueryCaches"),
    # and their relatives
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("MATCH (n:Region) CALL (n) { LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r } RETURN r", "LOAD CSV"),
    ("SHOW PROCEDURES", "SHOW PROCEDURES"),
    ("SHOW DATABASES", "administration"),
    ("CREATE USER intruder SET PASSWORD 'a-long-password'", "administration"),
    ("ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'yyyyyyyyyy'", "administration"),
    ("CALL dbms.listConfig()", "dbms.listConfig"),
    ("MATCH (n:Region) WITH n LIMIT 1 CALL db.ping() YIELD success RETURN success", "db.ping"),
    ("CREATE INDEX probe FOR (n:Region) ON (n.probe)", "schema"),
    ("CREATE (:Region {name: 'x'})", "read-only"),
    ("MATCH (n:Person) DETACH DELETE n", "read-only"),
    ("MATCH (n:Region) SET n.name = 'y'", "read-only"),
    ("MERGE (n:Stat {uid: 'z'})", "read-only"),
]  # fmt: skip


@pytest.mark.parametrize("statement, why", REFUSED)
def test_refused_before_it_runs(graph, statement, why):
    before = count_nodes(graph)
    with pytest.raises(confine.Refused) as err:
        queries.run_cypher(graph, statement)
    assert err.value.exit_code == 2
    assert why in str(err.value) and "\n" not in str(err.value)
    assert count_nodes(graph) == before


@pytest.mark.parametrize("statement, why", [REFUSED[1], REFUSED[3], REFUSED[4], REFUSED[5], REFUSED[6], REFUSED[-4]])
def test_cli_refusal_is_one_line_and_exit_2(graph, kb_env, statement, why):
    p = kb(kb_env, "cypher", statement)
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert why in p.stderr and len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
    assert p.stdout == ""


def test_terminate_cannot_kill_a_running_load(graph, kb_env):
    # An open write transaction stands for a `kb load` in progress.
    with graph.session() as s:
        tx = s.begin_transaction()
        tx.run("CREATE (:Probe {name: 'in flight'})")
        p = kb(kb_env, "cypher", REFUSED[1][0])
        assert p.returncode == 2
        tx.commit()  # raises if the transaction had been terminated
    assert graph.execute_query("MATCH (p:Probe) DETACH DELETE p RETURN count(*) AS n").records[0]["n"] == 1


def test_load_csv_fetches_nothing(graph):
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"a,b\n")

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_port}/x.csv"
        with pytest.raises(confine.Refused):
            queries.run_cypher(graph, "LOAD CSV FROM $url AS row RETURN row", {"url": url})
    finally:
        httpd.shutdown()
    assert hits == []


def test_no_user_was_created(graph):
    with pytest.raises(confine.Refused):
        queries.run_cypher(graph, "CREATE USER intruder SET PASSWORD 'a-long-password'")
    users = graph.execute_query("SHOW USERS YIELD user RETURN collect(user) AS u", database_="system")
    assert "intruder" not in users.records[0]["u"]


# ------------------------------------------------------------------ what runs


def test_plain_reads_with_parameters(graph):
    params = queries.parse_params(["name=临汾市", "min=1000"])
    result = queries.run_cypher(
        graph, "MATCH (:Region {name: $name})-[:HAS_STAT]->(s) WHERE s.value > $min RETURN s.value AS v", params
    )
    assert result.rows == [{"v": 1255}] and not result.truncated


def test_allowed_procedures_run(graph):
    labels = queries.run_cypher(graph, "CALL db.labels() YIELD label RETURN label ORDER BY label")
    assert {"Region", "Person"} <= {r["label"] for r in labels.rows}
    found = queries.run_cypher(
        graph, "CALL db.index.fulltext.queryNodes('entity_lookup', $q) YIELD node RETURN node.name AS name", {"q": "临汾"}
    )
    assert "临汾市" in {r["name"] for r in found.rows}
    assert queries.run_cypher(graph, "CALL db.schema.visualization()").rows


def test_apoc_meta_data_runs_through_kb_cypher(graph):
    rows = queries.run_cypher(graph, "CALL apoc.meta.data() YIELD label, property RETURN label, property").rows
    assert ("Region", "name") in {(r["label"], r["property"]) for r in rows}


def test_the_decision_is_the_plan_not_the_text(graph):
    # Words of refused commands in a string literal or a comment change nothing.
    result = queries.run_cypher(graph, "RETURN 'LOAD CSV FROM x; SHOW USERS' AS s // TERMINATE TRANSACTIONS")
    assert result.rows == [{"s": "LOAD CSV FROM x; SHOW USERS"}]


def test_syntax_errors_stay_usage_errors(graph):
    with pytest.raises(queries.UsageError) as err:
        queries.run_cypher(graph, "MATCH (n RETURN n")
    assert "syntax" in str(err.value) and not isinstance(err.value, confine.Refused)


# ------------------------------------------------------------------ time and size limits

LONG = "UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n"


def test_a_long_statement_is_stopped_by_the_time_limit(graph, monkeypatch):
    monkeypatch.setenv("KB_CYPHER_TIMEOUT", "1")
    started = time.monotonic()
    with pytest.raises(confine.TimedOut) as err:
        queries.run_cypher(graph, LONG)
    assert time.monotonic() - started < 15
    assert err.value.exit_code == 2 and "KB_CYPHER_TIMEOUT" in str(err.value)


def test_cli_time_limit_is_one_line(graph, kb_env):
    p = kb(kb_env, "cypher", LONG, KB_CYPHER_TIMEOUT="1")
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert "ran longer than 1 s" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_cli_bad_time_limit(graph, kb_env):
    p = kb(kb_env, "cypher", "RETURN 1", KB_CYPHER_TIMEOUT="soon")
    assert p.returncode == 2 and "KB_CYPHER_TIMEOUT" in p.stderr and "Traceback" not in p.stderr


def test_rows_are_cut_at_the_limit(graph, kb_env):
    result = queries.run_cypher(graph, "UNWIND range(1, $n) AS x RETURN x", {"n": confine.MAX_ROWS + 5})
    assert result.truncated and len(result.rows) == confine.MAX_ROWS and result.rows[-1] == {"x": confine.MAX_ROWS}
    p = kb(kb_env, "cypher", "UNWIND range(1, 10005) AS x RETURN x", "--json")
    assert p.returncode == 0 and "only the first 10000 rows" in p.stderr


# ------------------------------------------------------------------ the plan check on its own


def plan(*ops: tuple[str, str]) -> dict:
    """A plan as the driver gives it (operatorType with @database, args.Details), one operator a level."""
    node: dict = {}
    for operator, details in reversed(ops):
        node = {"operatorType": f"{operator}@neo4j", "args": {"Details": details}, "children": [node] if node else []}
    return node


def test_plugin_functions_off_the_allow_list_are_refused():
    # No plugin is installed on the test server, so the functions a plugin would add are given here.
    functions = frozenset({"apoc.text.join", "ext.fetch"})
    allowed = plan(("ProduceResults", "s"), ("Projection", "apoc.text.join($autolist_0, $autostring_1) AS s"))
    assert confine.refusal("r", allowed, "neo4j", functions) is None
    off_list = plan(("ProduceResults", "s"), ("Projection", "EXT.FETCH($autostring_0) AS s"))
    assert "ext.fetch" in str(confine.refusal("r", off_list, "neo4j", functions))


def test_plugin_procedures_on_the_allow_list_run():
    call = plan(("ProduceResults", "path"), ("ProcedureCall", "apoc.path.expand($n, $r, $l, 1, 2) :: (path :: PATH)"))
    assert confine.refusal("r", call, "neo4j") is None
    other = plan(("ProduceResults", "value"), ("ProcedureCall", "apoc.load.json($url) :: (value :: MAP)"))
    assert "apoc.load.json" in str(confine.refusal("r", other, "neo4j"))


def test_an_operator_on_another_database_is_refused():
    elsewhere = {"operatorType": "AllNodesScan@system", "args": {"Details": "n"}, "children": []}
    assert "'system'" in str(confine.refusal("r", elsewhere, "neo4j"))
