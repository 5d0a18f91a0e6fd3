// lookup/all-names: every entity's name and aliases, for fuzzy matching in Python
// (the last resort, when neither exact names nor the full-text index find anything).
// Parameters: $labels (labels to accept; empty list = any).
MATCH (n:Entity)
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.aliases, []) AS aliases, n.generic AS generic,
       [(n)-[:LOCATED_IN]->(p) | p.name] AS scope
