// mechanisms, for the Neo4j Browser: the region named $name, its sub-regions and what they
// adopted, issued or established. Parameters: $name (an exact name).
// In the Browser run first, on its own:  :param name => '茂南区'
MATCH p = (:Region {name: $name})<-[:LOCATED_IN*0..3]-()-[:ADOPTS|ISSUED|ESTABLISHED]->()
RETURN p
