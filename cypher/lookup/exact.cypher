// lookup/exact: entities whose canonical name is exactly $name, or whose uid is $uid (an
// ambiguous name's candidates are listed with their uids, so one can be picked). Class
// nodes (generic) come too: kb.store.lookup decides whether they may answer.
// Specific nodes first, then class nodes by uid; at most $limit rows (a class word such as
// 临时党支部 may have a node in every article).
// Parameters: $name (Simplified), $uid (as typed), $labels (labels to accept; [] = any), $limit.
// Columns: uid, name, label, keys, generic.
CALL () {
  MATCH (n:Entity {name: $name}) RETURN n
  UNION
  MATCH (n:Entity {uid: $uid}) RETURN n
}
WITH n WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.lookup, []) AS keys, n.generic AS generic
ORDER BY n.uid <> $uid, generic, uid
LIMIT $limit
