// relations: create or update relationships between entities, with provenance.
// Parameters: $rows, each {type, source, target, article, start, end, evidence, rule,
// properties: {verb, title, date}}; $types, the fixed vocabulary (kb.model.RELATION_TYPES).
// Two relations of one type between the same nodes from different sentences are
// different edges: the MERGE key is (type, source, target, article, start).
UNWIND $rows AS row
WITH row WHERE row.type IN $types
MATCH (s:Entity {uid: row.source}), (t:Entity {uid: row.target})
MERGE (s)-[r:$(row.type) {article: row.article, start: row.start}]->(t)
SET r += row.properties,
    r.end = row.end,
    r.evidence = row.evidence,
    r.rule = row.rule
