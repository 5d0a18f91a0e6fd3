// search: specific entities whose name, alias or Pinyin is close to TEXT, with label, scope
// and article, from the full-text index entity_lookup (class nodes are not in it; kb
// re-ranks the hits with rapidfuzz and adds exact uids and names: see kb/store/lookup.py).
// Parameters: $query (Lucene query, user text escaped), $labels ([] = any), $limit.
// Columns: uid, name, label, keys, generic, scope, articles, score.
CALL db.index.fulltext.queryNodes('entity_lookup', $query, {limit: $limit}) YIELD node AS n, score
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.lookup, []) AS keys, n.generic AS generic,
       COLLECT { MATCH (n)-[:LOCATED_IN]->(p) RETURN DISTINCT p.name AS place ORDER BY place } AS scope,
       COLLECT { MATCH (n)-[:MENTIONED_IN]->(a:Article) RETURN a.title AS title ORDER BY title LIMIT 1 } AS articles,
       score
