// delete-stats: remove the counted facts taken from the given articles.
// Parameters: $articles (Article uids).
MATCH (a:Article)<-[:FROM]-(s:Stat)
WHERE a.uid IN $articles
DETACH DELETE s
