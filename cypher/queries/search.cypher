// search: specific entities whose name, alias or Pinyin is close to TEXT, from the full-text
// index entity_lookup (class nodes are not in it; kb re-ranks the hits with rapidfuzz, adds
// exact uids and names, and reads scope and article of those it lists: kb/store/lookup.py).
// Parameters: $query (Lucene query, user text escaped), $labels ([] = any), $limit.
// Columns: uid, name, label, keys, generic, score.
CALL db.index.fulltext.queryNodes('entity_lookup', $query, {limit: $limit}) YIELD node AS n, score
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.uid AS uid, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.lookup, []) AS keys, n.generic AS generic, score
