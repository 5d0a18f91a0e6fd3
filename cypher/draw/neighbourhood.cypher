// neighbourhood: the relationships within two steps of X (not passing through a region, which
// would bring in all its streets and communities), and the chain of places X lies in; for `kb draw`
// and the notebook's picture. One row per relationship, parallel ones (several articles, several
// verbs) each their own row.
// Parameters: $uids (uids of X, from name look-up).
// Columns: source, source_name, source_label, type, target, target_name, target_label.
MATCH (x:Entity) WHERE x.uid IN $uids
CALL (x) {
  MATCH p = (x)-[*1..2]-(:Entity)
  WHERE all(n IN nodes(p) WHERE n:Entity) AND NOT any(n IN nodes(p)[1..-1] WHERE n:Region)
  RETURN p
  UNION
  MATCH p = (x)-[:LOCATED_IN*1..3]->(:Region)
  RETURN p
}
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s.uid AS source, s.name AS source_name, [l IN labels(s) WHERE l <> 'Entity'][0] AS source_label,
       type(r) AS type,
       t.uid AS target, t.name AS target_name, [l IN labels(t) WHERE l <> 'Entity'][0] AS target_label
ORDER BY source, type, target, elementId(r)
