// lock: the first statement of every article's write transaction; a second transaction that
// runs it waits here until the first has committed or rolled back, then reads what it wrote.
// Parameters: none.
// Why: two `kb load` at once would otherwise both find no earlier version of the same article
// (neither sees the other's uncommitted writes), and both CREATE its edges and Stat nodes:
// duplicates, or a uniqueness conflict on Stat. MERGE on the unique WriteLock.name (schema.cypher)
// locks that index entry until the transaction ends; deleting the node at once leaves nothing
// in the graph, and the lock is held all the same.
MERGE (l:WriteLock {name: 'load'})
DELETE l
