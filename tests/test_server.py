"""The foundation: a real Neo4j 5.26 Community answers over Bolt, py2neo and HTTP (Browser)."""

from __future__ import annotations

import contextlib
import json
import stat
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

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
    with urllib.request.urlopen(f"{neo4j_server[1]}/", timeout=10) as response:
        about = json.loads(response.read())
    assert about["neo4j_edition"] == "community"
    assert about["neo4j_version"].startswith("5.26.")


def test_status_reports_server_on_loopback(own_server):
    out = subprocess.run([KB, "server", "status", "--json"], env=own_server, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
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
    (lib.home / "plugins").symlink_to(src.plugins)
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


# ------------------------------------------------------------------ secrets and what the server refuses


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _command_lines() -> set[bytes]:
    seen = set()
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):  # the process ended between listing and reading
                seen.add((proc / "cmdline").read_bytes())
    return seen


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory, own_server):
    """`kb server install` and `start` in a new KB_HOME with ports of its own, while a thread
    records every process's command line; yields (env, layout, command lines seen), then stops it."""
    import threading

    home = tmp_path_factory.mktemp("kb-home")
    env = {**own_server, "KB_HOME": str(home), "KB_BOLT_PORT": str(_free_port()), "KB_HTTP_PORT": str(_free_port())}
    layout = server.Layout(home / f"neo4j-{server.NEO4J_VERSION}")
    # The jars of the test server: this is about the password and the files, not about downloading.
    layout.home.mkdir(parents=True)
    (layout.home / "lib").symlink_to(server.Layout(Path(own_server["KB_HOME"]) / layout.home.name).lib)
    seen: set[bytes] = set()
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            seen.update(_command_lines())
            time.sleep(0.01)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        for step in ("install", "start"):
            out = subprocess.run([KB, "server", step], env=env, capture_output=True, text=True, timeout=300)
            assert out.returncode == 0, out.stderr
    finally:
        done.set()
        poller.join()
    yield env, layout, seen
    subprocess.run([KB, "server", "stop"], env=env, capture_output=True, timeout=120)


def test_the_password_is_in_no_process_arguments(fresh_server):
    env, layout, seen = fresh_server
    password = json.loads((Path(env["KB_HOME"]) / "credentials.json").read_text())["password"].encode()
    assert any(b"set-initial-password" in c for c in seen), "the poll never saw the admin tool run"
    assert any(b"CommunityEntryPoint" in c and str(layout.home).encode() in c for c in seen)
    assert not [c for c in seen if password in c]
    assert not [p for p in layout.home.rglob("*.args")], "the argument file is left behind"


def test_the_home_and_the_store_are_the_owners_only(fresh_server):
    env, layout, _ = fresh_server
    home = Path(env["KB_HOME"])
    checked = 0
    for path in [home, *home.rglob("*")]:
        if path.is_symlink() or layout.lib in path.parents:
            continue  # the jars are the test server's
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
        checked += 1
    assert (layout.data / "dbms" / "auth.ini").exists() and (home / "credentials.json").exists()
    assert (layout.data / "databases" / "neo4j").is_dir() and checked > 30  # the store the server wrote


def test_http_allows_only_its_own_browser_origin(fresh_server):
    env, _, _ = fresh_server
    http = f"http://127.0.0.1:{env['KB_HTTP_PORT']}"
    request = urllib.request.Request(f"{http}/", headers={"Origin": "http://evil.example"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == http


def test_the_server_itself_refuses_load_csv_and_plugin_procedures(fresh_server):
    import neo4j

    env, _, _ = fresh_server
    stored = json.loads((Path(env["KB_HOME"]) / "credentials.json").read_text())
    with neo4j.GraphDatabase.driver(stored["uri"], auth=(stored["user"], stored["password"])) as d:
        with pytest.raises(neo4j.exceptions.ClientError) as err:
            d.execute_query("LOAD CSV FROM $url AS row RETURN row LIMIT 1", url="file:///etc/passwd")
        assert "ExternalResourceFailed" in err.value.code
        # A URL: refused before any request leaves (with APOC on the class path its URL handler
        # fails first, an internal error rather than ExternalResourceFailed; what matters is the silence).
        with _listener() as (port, requests):
            with pytest.raises(neo4j.exceptions.Neo4jError):
                d.execute_query("LOAD CSV FROM $url AS row RETURN row LIMIT 1", url=f"http://127.0.0.1:{port}/x.csv")
            time.sleep(0.5)
        assert requests == []
        settings = dict(d.execute_query(
            "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'dbms.security.procedures' "
            "OR name = 'db.transaction.timeout' RETURN name, value"
        ).records)  # fmt: skip
    assert "db.labels" in settings["dbms.security.procedures.allowlist"]
    assert "apoc.meta.*" in settings["dbms.security.procedures.allowlist"].split(",")
    assert settings["dbms.security.procedures.unrestricted"].split(",") == _unrestricted()
    assert settings["db.transaction.timeout"] == "15m"


@contextlib.contextmanager
def _listener():
    """A local HTTP server on a free port that records the paths asked of it."""
    import http.server
    import threading

    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"a,b\n")

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], requests
    finally:
        httpd.shutdown()


def _unrestricted() -> list[str]:
    from kb.wordlists import read_list

    return read_list("kb.store", "unrestricted_procedures.txt")


def test_only_allowed_read_only_procedures_run_unrestricted():
    from fnmatch import fnmatchcase

    from kb.store.confine import allowed_procedures

    unrestricted = _unrestricted()
    assert unrestricted and all(name.startswith(("apoc.meta.", "apoc.schema.", "apoc.any.")) for name in unrestricted)
    assert all(any(fnmatchcase(name, p) for p in allowed_procedures()) for name in unrestricted)
    assert not any(fnmatchcase("apoc.schema.assert", p) for p in [*allowed_procedures(), *unrestricted])


def test_install_puts_apoc_core_in_the_plugins_and_start_restores_it(fresh_server):
    env, layout, _ = fresh_server
    assert [p.name for p in layout.plugins.iterdir()] == [f"apoc-core-{server.APOC_VERSION}-core.jar"]
    layout.apoc_jar.unlink()  # a home installed before APOC: the next start fetches it
    out = subprocess.run([KB, "server", "start"], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert layout.apoc_jar.stat().st_size > 1_000_000 and "APOC" in out.stderr


def test_apoc_answers_and_refuses_what_is_not_allowed(fresh_server):
    import neo4j

    env, _, _ = fresh_server
    stored = json.loads((Path(env["KB_HOME"]) / "credentials.json").read_text())
    with neo4j.GraphDatabase.driver(stored["uri"], auth=(stored["user"], stored["password"])) as d:
        d.execute_query("CREATE (:Probe {name: '郭家娄居民区'})-[:NEAR]->(:Probe {name: '荣欣居民区'})")
        rows = d.execute_query("CALL apoc.meta.data() YIELD label, property RETURN label, property").records
        assert ("Probe", "name") in {(r["label"], r["property"]) for r in rows}
        with pytest.raises(neo4j.exceptions.ClientError) as err:  # writes: not on the allow-list, not loaded
            d.execute_query("CALL apoc.create.node(['X'], {}) YIELD node RETURN node")
        assert "ProcedureNotFound" in err.value.code


def test_an_older_home_is_tightened(tmp_path):
    (tmp_path / "neo4j" / "data").mkdir(parents=True)
    (tmp_path / "neo4j" / "data" / "store").write_text("x")
    (tmp_path / "credentials.json").write_text("{}")
    for path in (tmp_path, tmp_path / "neo4j", tmp_path / "neo4j" / "data"):
        path.chmod(0o755)
    server.make_private(tmp_path)
    assert stat.S_IMODE((tmp_path / "neo4j" / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "neo4j" / "data" / "store").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "credentials.json").stat().st_mode) == 0o600
