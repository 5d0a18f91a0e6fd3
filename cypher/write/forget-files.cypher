// forget-files: the given files no longer hold the articles that list them, except the
// articles in $keep (what the files hold now). An article keeps its other files (copies);
// one left with no file is returned, for the caller to delete with its facts.
// Parameters: $files (absolute paths), $keep (Article uids).
MATCH (a:Article)
WHERE NOT a.uid IN $keep AND any(f IN coalesce(a.files, [a.file]) WHERE f IN $files)
WITH a, [f IN coalesce(a.files, [a.file]) WHERE NOT f IN $files] AS left
SET a.files = left, a.file = coalesce(left[0], a.file)
WITH a, left
WHERE size(left) = 0
RETURN collect(a.uid) AS orphans
