// search: entities whose name or alias is close to TEXT, with label and scope, from the
// CJK full-text index (kb re-ranks the hits with rapidfuzz and, when the index finds
// nothing, falls back to fuzzy matching over every name: see kb/store/lookup.py).
// Parameters: $query (Lucene query, special characters escaped), $labels ([] = any), $limit.
// Columns: name, label, aliases, generic, scope, score.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS n, score
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.aliases, []) AS aliases, n.generic AS generic,
       [(n)-[:LOCATED_IN]->(p) | p.name] AS scope, score
ORDER BY score DESC
