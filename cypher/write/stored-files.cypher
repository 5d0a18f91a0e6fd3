// stored-files: every file under a directory that some Article was read from.
// Parameters: $prefix (an absolute directory path ending in the path separator).
MATCH (a:Article)
UNWIND coalesce(a.files, [a.file]) AS f
WITH DISTINCT f
WHERE f STARTS WITH $prefix
RETURN collect(f) AS files
