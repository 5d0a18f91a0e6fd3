// delete-mentions: forget that the given articles mention their entities, then delete
// the entities that no article mentions any more. An entity another article still
// mentions stays, with its relationships from that article.
// Parameters: $articles (Article uids).
MATCH (a:Article)<-[m:MENTIONED_IN]-(e:Entity)
WHERE a.uid IN $articles
DELETE m
WITH DISTINCT e
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(:Article) }
DETACH DELETE e
