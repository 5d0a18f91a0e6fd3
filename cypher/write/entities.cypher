// entities: create or update entity nodes, :Entity plus exactly one label of ONTOLOGY.md.
// Parameters: $rows, each {uid, label, name, aliases, generic, lookup, properties};
// $labels, the fixed label vocabulary (kb.model.LABELS).
// The label is a dynamic label `$(...)`, a parameter the server checks, never text
// pasted into the query; the guard keeps anything outside the vocabulary out.
// Aliases are a union: an entity shared by several articles keeps every surface form; so are
// the look-up keys (names, Pinyin, initials), which class nodes never have.
// The REMOVE keeps "exactly one label" true if a new extraction relabels a uid.
UNWIND $rows AS row
WITH row WHERE row.label IN $labels
MERGE (n:Entity {uid: row.uid})
REMOVE n:Region:Community:Site:PartyOrg:Unit:Team:Person:Mechanism:Policy:Event
SET n:$(row.label),
    n += row.properties,
    n.name = row.name,
    n.generic = row.generic,
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.lookup = CASE WHEN row.generic THEN null ELSE
               reduce(acc = coalesce(n.lookup, []), x IN row.lookup | CASE WHEN x IN acc THEN acc ELSE acc + x END)
               END
