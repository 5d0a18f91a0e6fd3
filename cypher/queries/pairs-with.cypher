// pairs-with: who is paired with, sank to, twinned with, took over or holds a post at a
// community or site X — directly, or through a branch, team, work group or unit located at X.
// Parameters: $uids (uids of X, from name look-up).
// Columns: who, label, relation, verb, title, date, via (X or the group at X), evidence, article, file.
MATCH (x:Entity) WHERE x.uid IN $uids
CALL (x) {
  MATCH (who:Entity)-[r:PAIRS_WITH|SINKS_TO|TWINNED_WITH|TAKES_OVER|HOLDS_POST]->(x)
  RETURN who, r, x AS via
  UNION
  MATCH (g:Entity)-[:LOCATED_IN]->(x)
  WHERE g:PartyOrg OR g:Team OR g:Unit
  MATCH (who:Entity)-[r:PAIRS_WITH|SINKS_TO|TWINNED_WITH|TAKES_OVER|HOLDS_POST]->(g)
  RETURN who, r, g AS via
}
OPTIONAL MATCH (a:Article {uid: r.article})
RETURN who.name AS who,
       [l IN labels(who) WHERE l <> 'Entity'][0] AS label,
       type(r) AS relation, r.verb AS verb, r.title AS title, r.date AS date,
       via.name AS via, r.evidence AS evidence, a.title AS article, a.file AS file
ORDER BY via <> x.name, relation, who
