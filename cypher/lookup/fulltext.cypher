// lookup/fulltext: entities whose name or an alias matches a Lucene query over the
// CJK-analysed full-text index `entity_names` (names and aliases cut into bigrams).
// Parameters: $query (a Lucene query, special characters escaped), $labels (labels to
// accept; empty list = any), $limit.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS n, score
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.aliases, []) AS aliases, n.generic AS generic,
       [(n)-[:LOCATED_IN]->(p) | p.name] AS scope, score
ORDER BY score DESC
