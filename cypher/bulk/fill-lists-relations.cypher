// fill-lists-relations: after `neo4j-admin database import`, give relations between entities
// the empty lists that a CSV cannot hold (see fill-lists-nodes).
// Parameters: $rows, each {type, source, target, article, start, props: {key: []}}.
UNWIND $rows AS row
MATCH (s:Entity {uid: row.source})-[r]->(t:Entity {uid: row.target})
WHERE type(r) = row.type AND r.article = row.article AND r.start = row.start
SET r += row.props
