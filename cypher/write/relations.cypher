// relations: create relationships between entities, with provenance.
// Parameters: $rows, each {type, source, target, article, start, end, evidence, rule,
// properties: {verb, title, date}}; $types, the fixed vocabulary (kb.model.RELATION_TYPES).
// The type is a dynamic type `$(...)`, a parameter the server checks, never text pasted
// into the query; the guard keeps anything outside the vocabulary out.
// CREATE, not MERGE: the writer has already deleted, in this same transaction, every
// relationship of these articles, and it passes each (type, source, target, article,
// start) once, so nothing can be duplicated. (A MERGE with a dynamic type was planned as
// a scan of all relationships per row once the plan was cached on a small graph.)
UNWIND $rows AS row
WITH row WHERE row.type IN $types
MATCH (s:Entity {uid: row.source})
MATCH (t:Entity {uid: row.target})
CREATE (s)-[r:$(row.type) {article: row.article, start: row.start}]->(t)
SET r += row.properties,
    r.end = row.end,
    r.evidence = row.evidence,
    r.rule = row.rule
