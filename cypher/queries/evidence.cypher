// evidence: every sentence that supports a fact about entity X (its relationships either
// way, and the counts scoped to it), with where it sits in the original file.
// Parameters: $uids (uids of X, from name look-up).
// Columns: evidence, facts (the facts it supports), article, file, start, end.
MATCH (x:Entity) WHERE x.uid IN $uids
CALL (x) {
  MATCH (x)-[r]-(o:Entity)
  RETURN r.article AS article_uid, r.start AS start, r.end AS end, r.evidence AS evidence,
         startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS fact
  UNION
  MATCH (x)-[:HAS_STAT]->(s:Stat)-[:FROM]->(a:Article)
  RETURN a.uid AS article_uid, s.start AS start, s.end AS end, s.evidence AS evidence,
         toString(s.value) + coalesce(s.unit, '') + coalesce(s.noun, '') AS fact
}
WITH article_uid, start, end, evidence, collect(DISTINCT fact) AS facts
OPTIONAL MATCH (a:Article {uid: article_uid})
RETURN evidence, facts, a.title AS article, a.file AS file, start, end
ORDER BY file, start
