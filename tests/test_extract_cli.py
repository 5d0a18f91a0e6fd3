import json
import subprocess
import sys
from pathlib import Path

KB = str(Path(sys.executable).parent / "kb")


def test_extract_json_prints_the_export(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("松江区委书记程向民说:越是困难的时候,越要与群众在一起。\n", encoding="utf-8")
    run = subprocess.run([KB, "extract", str(f), "--json"], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    x = json.loads(run.stdout)
    assert set(x) == {"articles", "entities", "relations", "stats"}
    assert any(r["type"] == "HOLDS_POST" for r in x["relations"])


def test_unreadable_file_is_one_line_and_exit_2(tmp_path):
    run = subprocess.run([KB, "extract", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1


def test_explain_shows_rules(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("松江区委书记程向民说:越是困难的时候,越要与群众在一起。\n", encoding="utf-8")
    run = subprocess.run([KB, "extract", "--explain", str(f)], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0 and "org_title_name" in run.stdout
