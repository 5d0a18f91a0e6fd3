"""Fixtures that give tests a real Neo4j server.

Where the server comes from, in order:
1. `NEO4J_URI` (with NEO4J_USERNAME / NEO4J_PASSWORD) if set: any server, Aura included;
2. a testcontainers `Neo4jContainer` (neo4j:5.26-community) when a Docker engine answers;
3. otherwise the project's own server, through `kb server start`, in a home and on ports of its own
   (so that the tests, which clear the database, never touch the graph an analyst has loaded).

Community has one user database, so tests that write clear it (the `clean_db` fixture) and all
database tests share one server and run serially.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.config import Settings

ROOT = Path(__file__).resolve().parent.parent
KB = str(Path(sys.executable).parent / "kb")
# Ports of the tests' own server; KB_TEST_BOLT_PORT / KB_TEST_HTTP_PORT move them, so that two
# checkouts (with two KB_TEST_HOMEs) can run their suites side by side.
TEST_PORTS = {
    "KB_BOLT_PORT": os.environ.get("KB_TEST_BOLT_PORT", "7688"),
    "KB_HTTP_PORT": os.environ.get("KB_TEST_HTTP_PORT", "7475"),
}


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def test_server_env() -> dict[str, str]:
    """The environment under which `kb` talks to the test server."""
    home = Path(os.environ.get("KB_TEST_HOME") or Path.home() / ".cache" / "kb-test")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return {**env, "KB_HOME": str(home), **TEST_PORTS}


test_server_env.__test__ = False  # a helper, not a test


@pytest.fixture(scope="session")
def own_server():
    """The project's own server, started with `kb server start` in the tests' home; its kb env."""
    env = test_server_env()
    was_running = subprocess.run([KB, "server", "status"], env=env, capture_output=True).returncode == 0
    started = subprocess.run([KB, "server", "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"`kb server start` failed: {started.stderr.strip()}")
    yield env
    if not was_running:
        subprocess.run([KB, "server", "stop"], env=env, capture_output=True)


@pytest.fixture(scope="session")
def neo4j_server(request):
    """(Settings, http_url, kb_env): a running server and how to reach it."""
    if os.environ.get("NEO4J_URI"):
        settings = Settings(
            uri=os.environ["NEO4J_URI"],
            user=os.environ.get("NEO4J_USERNAME", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=os.environ.get("NEO4J_DATABASE") or None,
        )
        yield settings, os.environ.get("NEO4J_HTTP_URL"), dict(os.environ)
        return
    if _docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community") as container:
            settings = Settings(container.get_connection_url(), "neo4j", container.password)
            http = f"http://{container.get_container_host_ip()}:{container.get_exposed_port(7474)}"
            env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USERNAME": "neo4j",
                   "NEO4J_PASSWORD": settings.password}  # fmt: skip
            yield settings, http, env
        return
    env = request.getfixturevalue("own_server")
    from kb import config

    os.environ.update({"KB_HOME": env["KB_HOME"], **TEST_PORTS})
    yield config.connection_settings(), f"http://127.0.0.1:{TEST_PORTS['KB_HTTP_PORT']}", env


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_server) -> Settings:
    return neo4j_server[0]


@pytest.fixture(scope="session")
def kb_env(neo4j_server) -> dict[str, str]:
    """Environment for running the `kb` CLI against the test server in a subprocess."""
    return neo4j_server[2]


@pytest.fixture(scope="session")
def driver(neo4j_settings):
    from kb.store.session import connect

    drv = connect(neo4j_settings)
    # `kb load --bulk` (tests/test_store_bulk.py) replaces the store, whose transaction ids then
    # start again: a bookmark of the old store would make every later `execute_query` wait for
    # a transaction that never comes. One server needs no bookmarks (CLI runs never share them).
    drv._query_bookmark_manager = None
    yield drv
    drv.close()


@pytest.fixture
def clean_db(driver):
    """An empty database before and after the test."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    yield driver
    driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture(scope="module")
def graph(driver):
    """The hand-made sample extraction (tests/store_sample.py), loaded for one test module."""
    from kb.store import writer

    from .store_sample import sample_extraction

    driver.execute_query("MATCH (n) DETACH DELETE n")
    writer.write_extraction(driver, sample_extraction())
    yield driver
    driver.execute_query("MATCH (n) DETACH DELETE n")
