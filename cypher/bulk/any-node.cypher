// any-node: whether the database holds any node (`kb load --bulk` imports into an empty one only).
// Parameters: none.
MATCH (n)
RETURN count(n) > 0 AS found
LIMIT 1
