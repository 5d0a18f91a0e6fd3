// mentions: (:Entity)-[:MENTIONED_IN {count}]->(:Article).
// Parameters: $rows, each {entity, article, count}.
// CREATE, not MERGE: the article's earlier MENTIONED_IN edges were deleted in this same
// transaction and the writer passes each (entity, article) once.
UNWIND $rows AS row
MATCH (e:Entity {uid: row.entity})
MATCH (a:Article {uid: row.article})
CREATE (e)-[:MENTIONED_IN {count: row.count}]->(a)
