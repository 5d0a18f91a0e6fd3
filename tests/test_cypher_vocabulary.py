"""The Cypher files spell out the ontology's vocabulary where Cypher needs it literally
(fixed count patterns, per-label indexes, the label REMOVE list): they must name exactly
the labels and relationship types of kb/model.py, so that extending ONTOLOGY.md cannot
silently leave a label unindexed or uncounted."""

import re

from kb import cypher
from kb.model import LABELS, RELATION_TYPES


def test_schema_indexes_the_name_of_every_label():
    indexed = set(re.findall(r"FOR \(n:(\w+)\) ON \(n\.name\)", cypher.statement("schema")))
    assert indexed == {*LABELS, "Entity"}


def test_counts_cover_every_label_and_relationship_type():
    text = cypher.statement("counts")
    assert set(re.findall(r"COUNT \{ \(:(\w+)\) \}", text)) == {*LABELS, "Article", "Stat"}
    assert set(re.findall(r"\[:(\w+)\]", text)) == {*RELATION_TYPES, "MENTIONED_IN", "HAS_STAT", "FROM"}


def test_relabelling_removes_every_other_label():
    removed = re.search(r"REMOVE n:([\w:]+)", cypher.statement("write/entities")).group(1).split(":")
    assert set(removed) == set(LABELS)


def test_every_cypher_file_starts_with_a_header_comment():
    for path in cypher.CYPHER_DIR.rglob("*.cypher"):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("//"), path
