// lookup/exact: entities whose canonical name is exactly $name.
// Parameters: $name (Simplified), $labels (labels to accept; empty list = any).
MATCH (n:Entity {name: $name})
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.aliases, []) AS aliases, n.generic AS generic,
       [(n)-[:LOCATED_IN]->(p) | p.name] AS scope
