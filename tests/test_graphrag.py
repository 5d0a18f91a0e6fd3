"""neo4j-graphrag's schema reader works against the graph `kb load` writes (it needs APOC core,
which `kb server install` puts in the local server's plugins)."""

from __future__ import annotations

import re
import subprocess

from kb.model import LABELS, RELATION_TYPES

from .conftest import KB, ROOT


def test_get_schema_names_the_ontologys_labels_after_loading_seeds(clean_db, kb_env, neo4j_settings):
    from neo4j_graphrag.schema import get_schema

    out = subprocess.run([KB, "load", str(ROOT / "seeds")], env=kb_env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    schema = get_schema(clean_db, database=neo4j_settings.database)
    node_part, _, rest = schema.partition("Relationship properties:")
    described = set(re.findall(r"^(\w+) \{", node_part, re.M))
    assert set(LABELS) <= described, set(LABELS) - described
    assert {"Article", "Stat"} <= described
    triples = set(re.findall(r"\(:(\w+)\)-\[:(\w+)\]->\(:(\w+)\)", rest))
    assert ("Community", "LOCATED_IN", "Region") in triples, sorted(triples)
    assert {t for _, t, _ in triples} & set(RELATION_TYPES) >= {"SINKS_TO", "LOCATED_IN", "ADOPTS"}
