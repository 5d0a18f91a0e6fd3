// mechanisms: mechanisms, policies and teams that a region X — or one of its sub-regions,
// or an organisation located there — adopted, issued or set up.
// Parameters: $uids (uids of X, from name look-up).
// Columns: actor, relation, what, label, verb, date, evidence, article.
MATCH (x:Entity) WHERE x.uid IN $uids
MATCH (actor:Entity)-[:LOCATED_IN*0..6]->(x)
MATCH (actor)-[r:ADOPTS|ISSUED|ESTABLISHED]->(m:Entity)
OPTIONAL MATCH (a:Article {uid: r.article})
RETURN DISTINCT actor.name AS actor, type(r) AS relation, m.name AS what,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS label, r.verb AS verb, r.date AS date,
       r.evidence AS evidence, a.title AS article
ORDER BY relation, actor, what
