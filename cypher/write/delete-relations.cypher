// delete-relations: remove the relationships that the given articles support.
// Parameters: $articles (Article uids).
// Both ends of such a relationship are MENTIONED_IN its article (the writer makes
// sure of it), so we walk from the article instead of scanning every relationship.
MATCH (a:Article)<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE a.uid IN $articles AND r.article = a.uid
WITH DISTINCT r
DELETE r
