// stats, for the Neo4j Browser: the counted facts (Stat nodes, captioned value + noun) about the
// region or community named $name and its sub-regions. Parameters: $name (an exact name).
// In the Browser run first, on its own:  :param name => '茂南区'
MATCH p = (:Entity {name: $name})<-[:LOCATED_IN*0..6]-()-[:HAS_STAT]->(:Stat)
RETURN p
