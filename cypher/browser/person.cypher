// person, for the Neo4j Browser: everything directly connected to the person named $name
// (posts, movements, pairings). Parameters: $name (an exact name).
// In the Browser run first, on its own:  :param name => '李爱华'
MATCH p = (:Person {name: $name})-[r]-(:Entity)
RETURN p
