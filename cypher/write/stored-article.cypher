// stored-article: the files an article already in the graph was read from (none if absent).
// Parameters: $uid (Article uid). Articles written before `files` existed list their `file`.
MATCH (a:Article {uid: $uid})
RETURN coalesce(a.files, [a.file]) AS files
