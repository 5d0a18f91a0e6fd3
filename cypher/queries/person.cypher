// person: a person's posts (HOLDS_POST), movements (SINKS_TO, PAIRS_WITH, ...) and every
// other fact about them, then the articles that mention them.
// Parameters: $uids (uids of the person, from name look-up).
// Columns: relation, other, label, title, date, verb, evidence, article, file.
MATCH (p:Entity) WHERE p.uid IN $uids
CALL (p) {
  MATCH (p)-[r]->(o:Entity)
  OPTIONAL MATCH (a:Article {uid: r.article})
  RETURN type(r) AS relation, o.name AS other, [l IN labels(o) WHERE l <> 'Entity'][0] AS label,
         r.title AS title, r.date AS date, r.verb AS verb, r.evidence AS evidence,
         a.title AS article, a.file AS file,
         CASE type(r) WHEN 'HOLDS_POST' THEN 0 ELSE 1 END AS rank
  UNION
  MATCH (o:Entity)-[r]->(p)
  OPTIONAL MATCH (a:Article {uid: r.article})
  RETURN '<-' + type(r) AS relation, o.name AS other, [l IN labels(o) WHERE l <> 'Entity'][0] AS label,
         r.title AS title, r.date AS date, r.verb AS verb, r.evidence AS evidence,
         a.title AS article, a.file AS file, 2 AS rank
  UNION
  MATCH (p)-[m:MENTIONED_IN]->(a:Article)
  RETURN 'MENTIONED_IN' AS relation, a.title AS other, 'Article' AS label,
         null AS title, a.date AS date, null AS verb, null AS evidence,
         a.title AS article, a.file AS file, 3 AS rank
}
RETURN relation, other, label, title, date, verb, evidence, article, file
ORDER BY rank, relation, other
