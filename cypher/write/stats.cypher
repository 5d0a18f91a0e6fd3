// stats: Stat nodes, (:Stat)-[:FROM]->(:Article) and, when the count has a scope,
// (:Entity)-[:HAS_STAT]->(:Stat).
// Parameters: $rows, each {uid, article, scope (uid or null), properties: {value, approx,
// unit, noun, verb, object_value, object_noun, rule, evidence, start, end}}.
// The article's earlier Stat nodes were deleted in this same transaction and the writer
// passes each uid once, so the node and its edges are new: CREATE throughout.
UNWIND $rows AS row
MATCH (a:Article {uid: row.article})
CREATE (s:Stat {uid: row.uid})-[:FROM]->(a)
SET s += row.properties
WITH s, row
MATCH (e:Entity {uid: row.scope})
CREATE (e)-[:HAS_STAT]->(s)
