// mentions: (:Entity)-[:MENTIONED_IN {count}]->(:Article).
// Parameters: $rows, each {entity, article, count}.
UNWIND $rows AS row
MATCH (e:Entity {uid: row.entity}), (a:Article {uid: row.article})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = row.count
