// fill-lists-nodes: after `neo4j-admin database import`, give nodes the empty lists that a CSV
// cannot hold (an empty array field imports as no property; the incremental writer stores []).
// Parameters: $rows, each {space ('Entity', 'Article' or 'Stat'), uid, props: {key: []}}.
UNWIND $rows AS row
MATCH (n:Entity|Article|Stat {uid: row.uid})
WHERE row.space IN labels(n)
SET n += row.props
