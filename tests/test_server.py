"""The foundation: a real Neo4j 5.26 Community answers over Bolt, py2neo and HTTP (Browser)."""

from __future__ import annotations

import stat
import subprocess
import urllib.request
from pathlib import Path

from kb import server
from kb.config import credentials_file

from .conftest import KB


def test_server_is_neo4j_526_community(driver):
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD name, versions, edition RETURN *")
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["versions"][0].startswith("5.26.")
    assert records[0]["edition"] == "community"


def test_write_then_read_over_bolt(clean_db):
    clean_db.execute_query("CREATE (:Probe {name: $name, n: $n})", name="郭家娄居民区", n=3)
    records, _, _ = clean_db.execute_query("MATCH (p:Probe) RETURN p.name AS name, p.n AS n")
    assert [(r["name"], r["n"]) for r in records] == [("郭家娄居民区", 3)]


def test_py2neo_graph_runs_a_query(neo4j_settings, clean_db):
    from py2neo import Graph

    clean_db.execute_query("CREATE (:Probe {name: '陆海峰'})")
    graph = Graph(neo4j_settings.uri, auth=(neo4j_settings.user, neo4j_settings.password))
    assert graph.run("MATCH (p:Probe) RETURN p.name AS name").evaluate() == "陆海峰"


def test_browser_is_served(neo4j_server):
    http = neo4j_server[1]
    assert http, "set NEO4J_HTTP_URL to check the Browser of an external server"
    with urllib.request.urlopen(f"{http}/browser/", timeout=10) as response:
        assert response.status == 200
        assert "<title>Neo4j Browser</title>" in response.read().decode("utf-8")


def test_http_discovery_names_community_526(neo4j_server):
    import json

    with urllib.request.urlopen(f"{neo4j_server[1]}/", timeout=10) as response:
        about = json.loads(response.read())
    assert about["neo4j_edition"] == "community"
    assert about["neo4j_version"].startswith("5.26.")


def test_status_reports_server_on_loopback(own_server):
    out = subprocess.run([KB, "server", "status", "--json"], env=own_server, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    import json

    st = json.loads(out.stdout)
    assert st["running"] and st["version"].startswith("5.26.") and st["edition"] == "community"
    assert st["bolt"].startswith("bolt://127.0.0.1:")


def test_credentials_are_private_and_not_printed(own_server, monkeypatch):
    monkeypatch.setenv("KB_HOME", own_server["KB_HOME"])
    mode = stat.S_IMODE(credentials_file().stat().st_mode)
    assert mode == 0o600
    out = subprocess.run([KB, "server", "status"], env=own_server, capture_output=True, text=True)
    assert server.password() not in out.stdout + out.stderr


def test_second_install_is_a_no_op(own_server):
    out = subprocess.run([KB, "server", "install"], env=own_server, capture_output=True, text=True)
    assert out.returncode == 0
    assert "already installed" in out.stdout


def test_start_on_a_busy_port_is_one_clear_line(tmp_path, own_server):
    # A second home whose Bolt port is the one the test server already holds.
    env = {**own_server, "KB_HOME": str(tmp_path), "KB_BOLT_PORT": own_server["KB_BOLT_PORT"], "KB_HTTP_PORT": "7499"}
    lib = server.Layout(tmp_path / f"neo4j-{server.NEO4J_VERSION}")
    # Reuse the installed jars: this test is about ports, not about downloading.
    src = server.Layout(Path(own_server["KB_HOME"]) / f"neo4j-{server.NEO4J_VERSION}")
    lib.home.mkdir(parents=True)
    (lib.home / "lib").symlink_to(src.lib)
    out = subprocess.run([KB, "server", "start"], env=env, capture_output=True, text=True)
    assert out.returncode == server.ServerError.exit_code
    assert out.stderr.count("\n") == 1 and "already in use" in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_java_is_one_clear_line(tmp_path, own_server):
    env = {**own_server, "KB_HOME": str(tmp_path), "PATH": str(tmp_path), "JAVA_HOME": ""}
    out = subprocess.run([KB, "server", "install"], env=env, capture_output=True, text=True)
    assert out.returncode == server.ServerError.exit_code
    assert "java" in out.stderr and out.stderr.count("\n") == 1


def test_stop_without_a_server_of_ours(tmp_path, own_server):
    env = {**own_server, "KB_HOME": str(tmp_path)}
    out = subprocess.run([KB, "server", "stop"], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and "no server of ours" in out.stdout
