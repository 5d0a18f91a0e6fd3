// add-files: a copy of a stored report was read from more files; the Article lists them too.
// Parameters: $uid (Article uid), $files (absolute paths).
MATCH (a:Article {uid: $uid})
WITH a, coalesce(a.files, [a.file]) AS known
SET a.files = known + [f IN $files WHERE NOT f IN known]
