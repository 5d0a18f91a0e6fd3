"""Getting rows out: --csv and --xlsx files, --limit, tables cut at a default, facts with field
names; against the real server (the hand-made sample graph)."""

from __future__ import annotations

import csv
import json
import subprocess

import pytest

from kb.present import TABLE_ROWS

from .conftest import KB, ROOT


def kb(env, *args):
    return subprocess.run([KB, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_csv_file_has_a_column_per_field(graph, kb_env, tmp_path):
    out = tmp_path / "pairs.csv"
    p = kb(kb_env, "pairs", "二号方舱", "--csv", str(out))
    assert p.returncode == 0, p.stderr
    assert p.stdout == "" and f"wrote 3 rows to {out}" in p.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:  # a BOM, so that Excel reads Chinese
        rows = list(csv.DictReader(f))
    assert {r["who"] for r in rows} == {"佘山镇", "朱伟杰", "重庆援沪医疗队"}
    assert {"who", "label", "relation", "evidence", "article"} <= set(rows[0])
    assert next(r for r in rows if r["who"] == "朱伟杰")["title"] == "总指挥"


def test_csv_to_stdout_and_limit(graph, kb_env):
    p = kb(kb_env, "cypher", "UNWIND range(1, 30) AS i RETURN i, i * 2 AS double", "--csv", "-", "--limit", "4")
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines() == ["i,double", "1,2", "2,4", "3,6", "4,8"]


def test_xlsx_workbook_holds_every_row(graph, kb_env, tmp_path):
    import openpyxl  # the xlsx extra, part of the test extra
    out = tmp_path / "stats.xlsx"
    p = kb(kb_env, "query", "stats", "--name", "临汾市", "--xlsx", str(out))
    assert p.returncode == 0, p.stderr
    sheet = openpyxl.load_workbook(out).active
    header, *rows = list(sheet.values)
    assert header[:3] == ("scope", "value", "approx")
    values = {r[header.index("value")] for r in rows}
    assert {1255, 246} <= values  # numbers stay numbers (246: 尧都区, a sub-region)


def test_limit_applies_to_json(graph, kb_env):
    p = kb(kb_env, "search", "城南", "--json", "--limit", "1")
    assert p.returncode == 0, p.stderr
    assert len(json.loads(p.stdout)["rows"]) == 1
    p = kb(kb_env, "cypher", "UNWIND range(1, 30) AS i RETURN i", "--json", "--limit", "2")
    assert json.loads(p.stdout) == [{"i": 1}, {"i": 2}]


def test_a_long_table_is_cut_and_says_how_to_get_all(graph, kb_env):
    p = kb(kb_env, "cypher", "UNWIND range(1, 30) AS i RETURN i")
    assert p.returncode == 0, p.stderr
    assert f"{30 - TABLE_ROWS} more rows not shown (30 in all): --limit 0" in p.stdout
    assert "│ 30 " not in p.stdout and f"│ {TABLE_ROWS} " in p.stdout
    p = kb(kb_env, "cypher", "UNWIND range(1, 30) AS i RETURN i", "--limit", "0")
    assert "│ 30 " in p.stdout and "not shown" not in p.stdout


def test_fact_column_names_its_fields(graph, kb_env):
    p = kb(kb_env, "pairs", "郭家娄居民区")
    assert p.returncode == 0, p.stderr
    flat = "".join(p.stdout.split())  # the table folds long cells over lines
    assert "who=陆海峰(Person)" in flat and "relation=SINKS_TO" in flat and "via=郭家娄居民区" in flat


@pytest.mark.parametrize(
    "args, says",
    [
        (["--limit", "-1"], "--limit wants a number"),
        (["--json", "--csv", "-"], "give one of"),
    ],
)
def test_bad_output_options_are_usage_errors(graph, kb_env, args, says):
    p = kb(kb_env, "pairs", "郭家娄居民区", *args)
    assert p.returncode == 2 and says in p.stderr and "Traceback" not in p.stderr


def test_an_unwritable_file_is_exit_7(graph, kb_env, tmp_path):
    p = kb(kb_env, "pairs", "郭家娄居民区", "--csv", str(tmp_path / "no" / "such" / "dir.csv"))
    assert p.returncode == 7 and p.stderr.startswith("kb: could not write") and p.stderr.count("\n") == 1


def test_xlsx_drops_what_a_workbook_cannot_hold(graph, kb_env, tmp_path):
    import openpyxl

    out = tmp_path / "odd.xlsx"
    p = kb(kb_env, "cypher", "RETURN $s AS s, [1, 2] AS xs", "--param", "s=甲\u0001乙", "--xlsx", str(out))
    assert p.returncode == 0, p.stderr
    assert list(openpyxl.load_workbook(out).active.values) == [("s", "xs"), ("甲乙", "1、2")]
