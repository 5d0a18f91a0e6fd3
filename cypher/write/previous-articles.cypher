// previous-articles: the articles already stored for a file, i.e. the earlier version
// of what is about to be written (same path as given, or same article uids).
// Parameters: $file (path as given), $uids (uids of the articles being written).
MATCH (a:Article)
WHERE a.file = $file OR a.uid IN $uids
RETURN collect(a.uid) AS uids
