"""The writer against the real Neo4j server: schema, idempotence, replacement, atomicity."""

from __future__ import annotations

import copy
import json
import subprocess
import threading
import time

import neo4j
import pytest

from kb.errors import UsageError
from kb.store import writer

from .conftest import KB, ROOT
from .store_sample import sample_extraction


@pytest.fixture
def db(clean_db):
    return clean_db


def snapshot(driver) -> tuple[list, list]:
    """Every node and relationship with all its properties, in a stable order."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.uid"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.uid AS a, type(r) AS type, b.uid AS b, properties(r) AS props"
    )
    norm = lambda rows: sorted(repr(sorted(r.data().items())) for r in rows)  # noqa: E731
    return norm(nodes), norm(rels)


def test_schema_is_idempotent_and_has_a_cjk_fulltext_index(db):
    writer.ensure_schema(db)
    writer.ensure_schema(db)
    constraints, _, _ = db.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type")
    unique = {(c["labelsOrTypes"][0], c["properties"][0]) for c in constraints if c["type"] == "UNIQUENESS"}
    assert {("Entity", "uid"), ("Article", "uid"), ("Stat", "uid")} <= unique
    indexes, _, _ = db.execute_query("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options")
    by_name = {i["name"]: i for i in indexes}
    ft = by_name["entity_lookup"]
    assert ft["type"] == "FULLTEXT" and ft["properties"] == ["lookup"]
    assert "entity_names" not in by_name  # the index over every node, classes included, is gone
    assert ft["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"
    name_indexed = {i["labelsOrTypes"][0] for i in indexes if i["type"] == "RANGE" and i["properties"] == ["name"]}
    assert {"Entity", "Region", "Community", "Site", "Person"} <= name_indexed


def test_load_writes_the_ontology(db):
    x = sample_extraction()
    summary = writer.write_extraction(db, x)
    assert summary.files == 3 and summary.articles == 4 and summary.graph_articles == 4
    assert summary.graph_stats == len(x.stats)
    assert sum(summary.nodes.values()) == len(x.entities)
    # every entity node is :Entity plus exactly one label of the ontology
    rows, _, _ = db.execute_query("MATCH (n:Entity) RETURN n.name AS name, labels(n) AS labels")
    assert all(len(r["labels"]) == 2 for r in rows)
    # the Simplified and Traditional copies gave one 陆海峰, with both surface forms as aliases
    rows, _, _ = db.execute_query("MATCH (p:Person {name: '陆海峰'})-[m:MENTIONED_IN]->(a) RETURN p.aliases AS al, count(a) AS n")
    assert len(rows) == 1 and rows[0]["n"] == 2 and "陸海峰" in rows[0]["al"]
    # provenance on a relationship
    rows, _, _ = db.execute_query(
        "MATCH (:Person {name: '陆海峰'})-[r:SINKS_TO]->(:Community {name: '郭家娄居民区'}) RETURN r ORDER BY r.start"
    )
    assert len(rows) == 2  # one edge per sentence: the two copies are two pieces of evidence
    r = rows[0]["r"]
    # a date an analyst can sort by, and the report's own words for it
    assert r["date"] == neo4j.time.Date(2022, 3, 31) and r["date_text"] == "3月31日"
    assert r["verb"] == "下沉" and r["rule"] == "test"
    assert r["evidence"].startswith("松江区退役军人事务局") and r["end"] > r["start"]
    # stats hang off their scope and their article
    rows, _, _ = db.execute_query(
        "MATCH (:Region {name: '临汾市'})-[:HAS_STAT]->(s:Stat)-[:FROM]->(a:Article) RETURN s.value AS v, a.file AS f"
    )
    assert [(r["v"], r["f"]) for r in rows] == [(1255, "linfen.txt")]


def test_loading_twice_changes_nothing(db):
    writer.write_extraction(db, sample_extraction())
    first = snapshot(db)
    counts = writer.graph_counts(db)
    writer.write_extraction(db, sample_extraction())
    assert writer.graph_counts(db) == counts
    assert snapshot(db) == first


def test_a_changed_file_replaces_only_its_own_facts(db):
    writer.write_extraction(db, sample_extraction(0))
    songjiang_before = db.execute_query(
        "MATCH (a:Article {file: 'songjiang.txt'})<-[m]-(e) RETURN count(m) AS n"
    ).records[0]["n"]
    summary = writer.write_extraction(db, sample_extraction(1))
    assert summary.replaced == 1
    files = db.execute_query("MATCH (a:Article) RETURN a.file AS f, a.sha256 AS sha").records
    assert sorted(r["f"] for r in files) == ["linfen.txt", "maonan.txt", "songjiang.txt", "songjiang.txt"]
    # the revised sentence replaced the old one
    rels = db.execute_query(
        "MATCH (:Person {name: '任泰成'})-[r]->(:Community {name: '仕林苑小区'}) RETURN type(r) AS t"
    ).records
    assert [r["t"] for r in rels] == ["PAIRS_WITH"]
    # 松江区 is mentioned by both files: it stays, with its Songjiang stat and the revised Linfen one
    stats = db.execute_query("MATCH (:Region {name: '松江区'})-[:HAS_STAT]->(s) RETURN s.value AS v").records
    assert sorted(r["v"] for r in stats) == [55, 379]
    songjiang_after = db.execute_query(
        "MATCH (a:Article {file: 'songjiang.txt'})<-[m]-(e) RETURN count(m) AS n"
    ).records[0]["n"]
    assert songjiang_after == songjiang_before
    # loading the revision once more is a no-op, and equals a fresh load of it
    again = snapshot(db)
    writer.write_extraction(db, sample_extraction(1))
    assert snapshot(db) == again
    writer.reset(db)
    writer.write_extraction(db, sample_extraction(1))
    assert snapshot(db) == again


def test_an_entity_only_the_old_version_mentioned_is_deleted(db):
    x = sample_extraction(0)
    writer.write_extraction(db, x)
    revised = sample_extraction(1)
    revised.entities = [e for e in revised.entities if e.name != "贾改梅"]
    revised.relations = [r for r in revised.relations if r.source != "person:贾改梅"]
    writer.write_extraction(db, revised)
    assert db.execute_query("MATCH (p:Person {name: '贾改梅'}) RETURN count(p) AS n").records[0]["n"] == 0


class Boom(RuntimeError):
    pass


@pytest.mark.parametrize("failing_batch", ["entities", "relations", "stats"])
def test_a_file_that_fails_halfway_leaves_the_graph_as_it_was(db, failing_batch):
    writer.write_extraction(db, sample_extraction(0))
    before = snapshot(db)
    seen: list[str] = []

    def fault(batch: str) -> None:
        seen.append(batch)
        # hit the third article, linfen.txt's, the one that changed: by then some of its
        # new facts are written, all in its still-open transaction
        if batch == failing_batch and seen.count("articles") == 3:
            raise Boom(batch)

    with pytest.raises(Boom):
        writer.write_extraction(db, sample_extraction(1), on_batch=fault)
    # the two unchanged articles were rewritten in place (their old facts deleted first)
    assert seen.count("delete-relations") == 2 and seen[-1] == failing_batch
    assert snapshot(db) == before


def test_a_failing_first_load_keeps_the_groups_committed_before(db, monkeypatch):
    monkeypatch.setattr(writer, "GROUP_ARTICLES", 2)  # songjiang.txt's two articles, then the rest
    seen: list[str] = []

    def fault(batch: str) -> None:
        seen.append(batch)
        if batch == "relations" and seen.count("articles") == 3:  # in the third article, linfen.txt's
            raise Boom(batch)

    with pytest.raises(Boom):
        writer.write_extraction(db, sample_extraction(), on_batch=fault)
    files = sorted(r["f"] for r in db.execute_query("MATCH (a:Article) RETURN a.file AS f").records)
    assert files == ["songjiang.txt", "songjiang.txt"]  # the first group, whole; the failing one, not at all
    assert db.execute_query("MATCH (n:Region {name: '临汾市'}) RETURN count(n) AS n").records[0]["n"] == 0
    # loading again completes the job
    assert writer.write_extraction(db, sample_extraction()).graph_articles == 4


def test_an_unknown_label_is_refused_before_anything_is_written(db):
    x = sample_extraction()
    bad = copy.deepcopy(x)
    bad.entities[-1].label = "Region) DETACH DELETE (n"
    with pytest.raises(UsageError, match="not one of"):
        writer.write_extraction(db, bad)
    assert db.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == 0


def test_a_relation_to_a_missing_entity_is_refused(db):
    x = sample_extraction()
    x.relations[0].target = "no-such-uid"
    with pytest.raises(UsageError, match="no-such-uid"):
        writer.write_extraction(db, x)
    assert db.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == 0


def test_a_relabelled_entity_keeps_exactly_one_label(db):
    writer.write_extraction(db, sample_extraction())
    x = sample_extraction()
    next(e for e in x.entities if e.name == "重庆援沪医疗队").label = "Unit"
    writer.write_extraction(db, x)
    rows = db.execute_query("MATCH (n:Entity {name: '重庆援沪医疗队'}) RETURN labels(n) AS labels").records
    assert [sorted(r["labels"]) for r in rows] == [["Entity", "Unit"]]


def test_the_ontology_vocabulary_is_counted_in_order(db):
    from kb.model import LABELS, RELATION_TYPES

    counts = writer.graph_counts(db)
    assert list(counts["labels"]) == list(LABELS)
    assert list(counts["types"])[: len(RELATION_TYPES)] == list(RELATION_TYPES)


# ------------------------------------------------------------------ two loads at once


def drop_schema(driver) -> None:
    """As on a server nothing was ever loaded into (the LOOKUP indexes are the server's own)."""
    for row in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query(f"DROP CONSTRAINT `{row['name']}`")
    for row in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records:
        driver.execute_query(f"DROP INDEX `{row['name']}`")


def schema_names(driver) -> set[str]:
    return {r["name"] for r in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records}


def test_several_loads_create_the_schema_at_once(db):
    writer.ensure_schema(db)
    wanted = schema_names(db)
    errors: list[Exception] = []

    def create() -> None:
        try:
            writer.ensure_schema(db)
        except Exception as exc:  # collected: the assertion below says which
            errors.append(exc)

    try:
        for _ in range(3):  # racing is probabilistic; before the fix one trial of three threads sufficed
            drop_schema(db)
            threads = [threading.Thread(target=create) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            assert not errors, errors
            assert schema_names(db) == wanted
    finally:
        writer.ensure_schema(db)


def test_a_load_waits_for_another_writing_the_same_file(db):
    writer.write_extraction(db, sample_extraction())
    alone = snapshot(db)
    db.execute_query("MATCH (n) DETACH DELETE n")
    other: list[threading.Thread] = []
    errors: list[Exception] = []

    def second_load() -> None:
        try:
            writer.write_extraction(db, sample_extraction())
        except Exception as exc:
            errors.append(exc)

    def hold(batch: str) -> None:
        # The first file's transaction is open and has written its articles: start the other
        # load now and give it time to reach the same file. Without the lock it finds no
        # earlier version (this one is uncommitted) and writes its own copy of every edge.
        if batch == "articles" and not other:
            other.append(threading.Thread(target=second_load))
            other[0].start()
            time.sleep(2)

    writer.write_extraction(db, sample_extraction(), on_batch=hold)
    other[0].join(120)
    assert not errors, errors
    assert snapshot(db) == alone
    assert db.execute_query("MATCH (l:WriteLock) RETURN count(l) AS n").records[0]["n"] == 0  # leaves nothing


def kb_load_json(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([KB, "load", "seeds", "--json"], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


@pytest.mark.parametrize("database", ["empty", "loaded"])
def test_two_kb_loads_at_once_both_succeed_and_duplicate_nothing(db, kb_env, database):
    single = kb_load_json(kb_env)
    out, err = single.communicate(timeout=300)
    assert single.returncode == 0, err
    alone = json.loads(out)["graph"]
    if database == "empty":
        db.execute_query("MATCH (n) DETACH DELETE n")
        drop_schema(db)
    try:
        loads = [kb_load_json(kb_env), kb_load_json(kb_env)]
        results = [(p.communicate(timeout=300), p.returncode) for p in loads]
    finally:
        writer.ensure_schema(db)
    for (_, err), code in results:
        assert code == 0 and not err.strip(), err
    assert writer.graph_counts(db) == {"Article": alone["articles"], "Stat": alone["stats"],
                                       "labels": alone["nodes"], "types": alone["relationships"]}  # fmt: skip
    assert sum(alone["nodes"].values()) + alone["articles"] + alone["stats"] == (
        db.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    )
