// hierarchy: the SUBORDINATE_TO chain above and below an organisation kind or unit X.
// Parameters: $uids (uids of X, from name look-up).
// Columns: direction (above/below), depth (steps from X), name, label, child, parent
// (the edge that reaches it), evidence, article.
MATCH (x:Entity) WHERE x.uid IN $uids
CALL (x) {
  MATCH path = (x)-[:SUBORDINATE_TO*1..12]->(o:Entity)
  WITH o, path, last(relationships(path)) AS r
  RETURN 'above' AS direction, length(path) AS depth, o, r
  UNION
  MATCH path = (o:Entity)-[:SUBORDINATE_TO*1..12]->(x)
  WITH o, path, head(relationships(path)) AS r
  RETURN 'below' AS direction, length(path) AS depth, o, r
}
WITH direction, depth, o, r
OPTIONAL MATCH (a:Article {uid: r.article})
RETURN DISTINCT direction, depth, o.name AS name, [l IN labels(o) WHERE l <> 'Entity'][0] AS label,
       startNode(r).name AS child, endNode(r).name AS parent, r.evidence AS evidence, a.title AS article
ORDER BY direction, depth, name
