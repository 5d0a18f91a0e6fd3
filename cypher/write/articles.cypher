// articles: create or update Article nodes.
// Parameters: $rows, each {uid, properties: {title, date, source, authors, correspondents,
// editors, file, sha256, url}}.
UNWIND $rows AS row
MERGE (a:Article {uid: row.uid})
SET a += row.properties
