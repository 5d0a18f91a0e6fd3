"""`kb load` against the real server: one article per report, files that come and go, bad
files, dates an analyst can sort.

A report's identity is its text (kb/read/identity.py): copies of it in another encoding,
with a byte-order mark, with Windows line ends or in Traditional script are recognised and
loaded once; a file reloaded under another spelling of its path replaces its own facts; a
file that is gone is forgotten with `--prune`.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import neo4j
import opencc

from .conftest import KB, ROOT

SEEDS = ROOT / "seeds"
SKIPPED_FILES = 8


def kb(env, *args, cwd=None):
    return subprocess.run([KB, *args], env=env, capture_output=True, text=True, cwd=cwd)


def load(env, *args, cwd=None) -> dict:
    done = kb(env, "load", *args, "--json", cwd=cwd)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def counts(summary: dict) -> tuple:
    g = summary["graph"]
    return g["articles"], g["stats"], tuple(g["nodes"].items()), tuple(g["relationships"].items())


def copies_of_the_seeds(into):
    """Each seed file four more times: GBK, UTF-8 with a BOM, CRLF line ends, Traditional."""
    into.mkdir()
    to_traditional = opencc.OpenCC("s2t")
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        (into / f"{f.stem}.gbk.txt").write_bytes(text.encode("gb18030"))
        (into / f"{f.stem}.bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        (into / f"{f.stem}.crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        (into / f"{f.stem}.trad.txt").write_text(to_traditional.convert(text), encoding="utf-8")
    return into


def report(i: int) -> str:
    """A short report of the project's own, different for every i."""
    district = ["东城区", "西城区", "南湖区", "北塘区", "江岸区", "河西区", "山阳区", "水西区", "云岭区", "石门区"][i]
    return (
        f"{district}党员干部下沉社区\n\n记者 张{i}明\n\n"
        f"4月{i + 1}日,{district}机关事务局{i + 2}名党员干部下沉到{COMMUNITIES[i]},协助开展核酸检测和物资配送。\n"
    )


COMMUNITIES = ["春晖社区", "秋实社区", "阳光社区", "金桥社区", "翠竹社区", "碧水社区", "松风社区", "梅园社区", "桂花社区", "荷塘社区"]


def test_copies_of_the_seeds_change_no_count_and_are_listed(clean_db, kb_env, tmp_path):
    first = load(kb_env, str(SEEDS))
    assert first["articles_written"] == 7 and first["copies"] == []
    copies = copies_of_the_seeds(tmp_path / "copies")

    again = load(kb_env, str(copies))
    assert counts(again) == counts(first)
    assert again["articles_written"] == 0 and len(again["copies"]) == 7 * 4  # every copy of every article
    listed = {f for c in again["copies"] for f in c["files"]}
    assert listed == {str(p.resolve()) for p in copies.iterdir()}

    # in one run, the copies are recognised before anything is extracted twice
    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    both = load(kb_env, str(SEEDS), str(copies))
    assert counts(both) == counts(first)
    assert len(both["copies"]) == len(both["reading"]["copies"]) == 7 * 4
    shown = kb(kb_env, "load", str(copies))
    assert shown.returncode == 0 and "copies of a report (loaded once)" in shown.stdout

    # the Article keeps every file it was read from
    rows = clean_db.execute_query("MATCH (a:Article) RETURN size(a.files) AS n").records
    assert sorted(r["n"] for r in rows) == [5] * 7


def test_a_file_reloaded_under_another_path_spelling_replaces_its_own_facts(clean_db, kb_env, tmp_path):
    work = tmp_path / "reports"
    work.mkdir()
    shutil.copy(SEEDS / "002_d99b937aa296e014.txt", work / "a.txt")
    first = load(kb_env, "reports/a.txt", cwd=tmp_path)
    assert load(kb_env, str(work / "a.txt"))["graph"] == first["graph"]
    assert load(kb_env, "./reports/../reports/a.txt", cwd=tmp_path)["graph"] == first["graph"]

    # edited: the file's new text replaces its old article, wherever the path was spelt from
    with (work / "a.txt").open("a", encoding="utf-8") as f:
        f.write("\n补记:社区党委又组织10名党员志愿者参与值守。\n")
    edited = load(kb_env, str(work / "a.txt"))
    assert edited["articles_written"] == 1 and edited["articles_replaced"] == 1
    assert edited["graph"]["articles"] == 1


def test_prune_forgets_the_files_that_are_gone(clean_db, kb_env, tmp_path):
    work = tmp_path / "reports"
    work.mkdir()
    for i in range(3):
        (work / f"r{i}.txt").write_text(report(i), encoding="utf-8")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(report(9), encoding="utf-8")
    load(kb_env, str(work), str(outside))
    (work / "r1.txt").unlink()

    kept = load(kb_env, str(work))  # without --prune, a vanished file's facts stay
    assert kept["graph"]["articles"] == 4
    pruned = load(kb_env, str(work), "--prune")
    assert pruned["articles_pruned"] == 1 and pruned["graph"]["articles"] == 3  # the file outside stays
    names = {r["n"] for r in clean_db.execute_query("MATCH (c:Community) RETURN c.name AS n").records}
    assert COMMUNITIES[1] not in names and {COMMUNITIES[0], COMMUNITIES[2], COMMUNITIES[9]} <= names


def test_bad_files_are_skipped_one_line_each_and_strict_refuses_all(clean_db, kb_env, tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for i in range(10):
        (mixed / f"r{i}.txt").write_text(report(i), encoding="utf-8")
    (mixed / "utf16.txt").write_bytes(report(0).encode("utf-16-le"))  # no byte-order mark: unreadable
    (mixed / "binary.txt").write_bytes(bytes(range(256)) * 4)

    strict = kb(kb_env, "load", str(mixed), "--strict")
    assert strict.returncode == 2 and len(strict.stderr.strip().splitlines()) == 1
    assert clean_db.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"] == 0

    done = kb(kb_env, "load", str(mixed), "--json")
    assert done.returncode == SKIPPED_FILES
    lines = done.stderr.strip().splitlines()
    assert sorted(line.split(":")[1].strip().rsplit("/", 1)[-1] for line in lines) == ["binary.txt", "utf16.txt"]
    assert all(line.startswith("kb: skipped ") for line in lines)
    assert json.loads(done.stdout)["graph"]["articles"] == 10


def test_a_page_without_report_text_gives_no_article_and_a_warning(clean_db, kb_env, tmp_path):
    page = tmp_path / "nav.txt"
    page.write_text("首页 | 新闻 | 政务 | 服务\n\n版权所有 某某网 2022\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(report(0), encoding="utf-8")
    done = kb(kb_env, "load", str(tmp_path), "--json")
    assert done.returncode == 0
    assert "nav.txt: no report text" in done.stderr
    assert json.loads(done.stdout)["graph"]["articles"] == 1


def test_dates_sort_as_dates_and_relation_dates_carry_years(clean_db, kb_env):
    load(kb_env, str(SEEDS))
    rows = clean_db.execute_query("MATCH (a:Article) WHERE a.date IS NOT NULL RETURN a.date AS d ORDER BY a.date").records
    dates = [r["d"] for r in rows]
    assert dates and all(isinstance(d, neo4j.time.Date) for d in dates) and dates == sorted(dates)
    rels = clean_db.execute_query(
        "MATCH ()-[r]->() WHERE r.date_text IS NOT NULL RETURN r.date AS d, r.date_text AS t"
    ).records
    assert rels and all(isinstance(r["d"], neo4j.time.Date) for r in rels)
    assert {(r["d"].iso_format(), r["t"]) for r in rels} >= {("2022-04-10", "10日")}
