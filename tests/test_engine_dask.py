"""`kb extract --dask` and `kb load --dask` (kb/pipeline_dask.py): the same output and the same
graph as one process, on a local Dask cluster of two worker processes, against the real server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kb import cli, pipeline_dask
from kb.errors import UsageError
from tests.test_store_writer import snapshot

KB = str(Path(sys.executable).parent / "kb")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = [str(SEEDS), *sorted(str(p) for p in (ROOT / "tests" / "data").glob("heldout*"))]


def kb(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KB, *args], capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd)


def extract_json(*args: str) -> str:
    run = kb("extract", *CORPUS, "--json", *args)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_extract_is_the_same_in_one_process_a_pool_and_a_dask_cluster():
    alone = extract_json("--workers", "1")
    export = json.loads(alone)
    assert len(export["articles"]) >= 20 and export["relations"]  # the corpus is read, not skipped
    assert extract_json("--workers", "2") == alone
    on_dask = kb("extract", *CORPUS, "--json", "--dask", "local", "--workers", "2")
    assert on_dask.returncode == 0, on_dask.stderr
    assert on_dask.stdout == alone
    assert "kb: Dask dashboard: http://127.0.0.1:" in on_dask.stderr


def test_load_on_dask_gives_the_graph_of_a_plain_load_and_a_second_load_changes_nothing(clean_db, kb_env):
    plain = kb("load", *CORPUS, "--json", env=kb_env)
    assert plain.returncode == 0, plain.stderr
    expected = snapshot(clean_db)
    assert len(expected[0]) > 100 and len(expected[1]) > 100
    clean_db.execute_query("MATCH (n) DETACH DELETE n")

    on_dask = kb("load", *CORPUS, "--json", "--dask", "local", "--workers", "2", env=kb_env)
    assert on_dask.returncode == 0, on_dask.stderr
    assert snapshot(clean_db) == expected
    assert json.loads(on_dask.stdout)["graph"] == json.loads(plain.stdout)["graph"]
    # Reports written again (as a retried task would write them) replace themselves, never add.
    again = kb("load", str(SEEDS), "--dask", "local", "--workers", "1", env=kb_env)
    assert again.returncode == 0, again.stderr
    assert snapshot(clean_db) == expected


def test_globs_and_file_urls_read_the_same_reports(tmp_path):
    (tmp_path / "a").mkdir()
    for i, f in enumerate(sorted(SEEDS.glob("*.txt"))[:2]):
        (tmp_path / "a" / f"r{i}.txt").write_bytes(f.read_bytes())
    local = json.loads(kb("extract", str(tmp_path / "a"), "--json").stdout)
    by_glob = kb("extract", str(tmp_path / "a" / "*.txt"), "--json", "--dask", "local", "--workers", "1")
    assert by_glob.returncode == 0, by_glob.stderr
    assert json.loads(by_glob.stdout) == local
    url = (tmp_path / "a").as_uri()
    by_url = kb("extract", url, "--json", "--dask", "local", "--workers", "1")
    assert by_url.returncode == 0, by_url.stderr
    remote = json.loads(by_url.stdout)
    # The same facts and uids; the reports are named by their URLs.
    assert remote["entities"] == local["entities"] and remote["relations"] == local["relations"]
    assert [a["uid"] for a in remote["articles"]] == [a["uid"] for a in local["articles"]]
    assert {a["file"] for a in remote["articles"]} == {f"{url}/r0.txt", f"{url}/r1.txt"}


def test_expanding_urls_and_globs_says_what_is_wrong_in_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    engine = pipeline_dask.DaskEngine("local", 1)  # expanding needs no cluster
    with pytest.raises(UsageError, match="no file matches"):
        engine.expand([str(tmp_path / "*.txt")])
    with pytest.raises(UsageError, match="no report files"):
        engine.expand([(tmp_path / "empty").as_uri()])
    with pytest.raises(UsageError, match="no such file"):
        engine.expand([str(tmp_path / "missing")])
    with pytest.raises(UsageError, match="s3fs"):
        engine.expand(["s3://bucket/reports"])  # a scheme whose package is not installed


def test_a_scheduler_that_does_not_answer_or_a_bad_engine_is_exit_2_in_one_line(tmp_path):
    f = SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    for engine in ("tcp://127.0.0.1:9", "spark"):
        run = kb("extract", str(f), "--dask", engine)
        assert run.returncode == 2, run.stderr
        assert len(run.stderr.strip().splitlines()) == 1 and run.stderr.startswith("kb: ")


def test_without_dask_installed_the_engine_is_refused_with_the_extra_to_install(monkeypatch):
    real = pipeline_dask.importlib.util.find_spec
    monkeypatch.setattr(pipeline_dask.importlib.util, "find_spec",
                        lambda name, *a: None if name == "distributed" else real(name, *a))
    result = CliRunner().invoke(cli.app, ["extract", str(SEEDS), "--dask", "local"])
    assert result.exit_code != 0
    assert isinstance(result.exception, UsageError) and "kb[dask]" in str(result.exception)
    assert UsageError.exit_code == 2
