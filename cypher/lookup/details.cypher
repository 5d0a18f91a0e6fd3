// lookup/details: what tells look-up candidates apart when they are listed (`kb search`, an
// ambiguous or unknown name): the places each is LOCATED_IN, and the first article's title.
// Parameters: $uids (the candidates' uids).
// Columns: uid, scope, articles (at most one title).
MATCH (n:Entity) WHERE n.uid IN $uids
RETURN n.uid AS uid,
       COLLECT { MATCH (n)-[:LOCATED_IN]->(p) RETURN DISTINCT p.name AS place ORDER BY place } AS scope,
       COLLECT { MATCH (n)-[:MENTIONED_IN]->(a:Article) RETURN a.title AS title ORDER BY title LIMIT 1 } AS articles
