// counts: how many nodes per label and relationships per type the graph holds.
// Parameters: none. Every count is a fixed pattern, so Neo4j answers from its count
// store without scanning.
RETURN
  COUNT { (:Article) } AS Article,
  COUNT { (:Stat) } AS Stat,
  {Region: COUNT { (:Region) }, Community: COUNT { (:Community) }, Site: COUNT { (:Site) },
   PartyOrg: COUNT { (:PartyOrg) }, Unit: COUNT { (:Unit) }, Team: COUNT { (:Team) },
   Person: COUNT { (:Person) }, Mechanism: COUNT { (:Mechanism) }, Policy: COUNT { (:Policy) },
   Event: COUNT { (:Event) }} AS labels,
  {PAIRS_WITH: COUNT { ()-[:PAIRS_WITH]->() }, SINKS_TO: COUNT { ()-[:SINKS_TO]->() },
   TWINNED_WITH: COUNT { ()-[:TWINNED_WITH]->() }, SUBORDINATE_TO: COUNT { ()-[:SUBORDINATE_TO]->() },
   HOLDS_POST: COUNT { ()-[:HOLDS_POST]->() }, ESTABLISHED: COUNT { ()-[:ESTABLISHED]->() },
   ADOPTS: COUNT { ()-[:ADOPTS]->() }, ISSUED: COUNT { ()-[:ISSUED]->() },
   TAKES_OVER: COUNT { ()-[:TAKES_OVER]->() }, LOCATED_IN: COUNT { ()-[:LOCATED_IN]->() },
   MENTIONED_IN: COUNT { ()-[:MENTIONED_IN]->() }, HAS_STAT: COUNT { ()-[:HAS_STAT]->() },
   FROM: COUNT { ()-[:FROM]->() }} AS types
