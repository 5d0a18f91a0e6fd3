// hierarchy, for the Neo4j Browser: the Party organisation chain above the organisation named $name.
// Parameters: $name (an exact name). Draws connected paths.
// In the Browser run first, on its own:  :param name => '党员示范户'
MATCH p = (:Entity {name: $name})-[:SUBORDINATE_TO*1..8]->()
RETURN p
