// delete-articles: remove the Article nodes themselves (after their facts).
// Parameters: $articles (Article uids).
MATCH (a:Article)
WHERE a.uid IN $articles
DETACH DELETE a
