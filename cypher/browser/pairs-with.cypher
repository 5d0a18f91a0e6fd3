// pairs-with, for the Neo4j Browser: who is paired with, sank to, twinned with, took over or holds
// a post at the community or site named $name, directly or through a group located there.
// Parameters: $name (an exact name). Draws connected paths.
// In the Browser run first, on its own:  :param name => '郭家娄居民区'
MATCH p = (x:Entity {name: $name})<-[:LOCATED_IN*0..1]-(at)<-[:PAIRS_WITH|SINKS_TO|TWINNED_WITH|TAKES_OVER|HOLDS_POST]-(who:Entity)
RETURN p
