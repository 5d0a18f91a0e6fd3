// stats: create or update Stat nodes, (:Stat)-[:FROM]->(:Article) and, when the count
// has a scope, (:Entity)-[:HAS_STAT]->(:Stat).
// Parameters: $rows, each {uid, article, scope (uid or null), properties: {value, approx,
// unit, noun, verb, object_value, object_noun, rule, evidence, start, end}}.
UNWIND $rows AS row
MATCH (a:Article {uid: row.article})
MERGE (s:Stat {uid: row.uid})
SET s += row.properties
MERGE (s)-[:FROM]->(a)
WITH s, row
OPTIONAL MATCH (e:Entity {uid: row.scope})
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (e)-[:HAS_STAT]->(s))
