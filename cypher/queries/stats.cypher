// stats: the counted facts (Stat nodes) about a region or community X and its sub-regions.
// Parameters: $uids (uids of X, from name look-up).
// Columns: scope, value, approx, unit, noun, verb, object_value, object_noun, evidence, article.
MATCH (x:Entity) WHERE x.uid IN $uids
MATCH (scope:Entity)-[:LOCATED_IN*0..6]->(x)
MATCH (scope)-[:HAS_STAT]->(s:Stat)
OPTIONAL MATCH (s)-[:FROM]->(a:Article)
WITH DISTINCT x, scope, s, a
RETURN scope.name AS scope, s.value AS value, s.approx AS approx, s.unit AS unit,
       s.noun AS noun, s.verb AS verb, s.object_value AS object_value, s.object_noun AS object_noun,
       s.evidence AS evidence, a.title AS article
ORDER BY scope <> x.name, scope, value DESC
