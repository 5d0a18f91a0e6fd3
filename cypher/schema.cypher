// schema: constraints and indexes of the graph (ONTOLOGY.md), created idempotently.
// Parameters: none. Statements are separated by semicolons and run one by one
// (schema changes cannot share a transaction with data writes).

// One node per uid: MERGE on uid relies on these, and they index uid too.
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT article_uid IF NOT EXISTS FOR (n:Article) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT stat_uid IF NOT EXISTS FOR (n:Stat) REQUIRE n.uid IS UNIQUE;

// The writers' mutex (cypher/write/lock.cypher): MERGE on a unique key locks the key's index
// entry until the transaction ends, which is what serialises two loads' file transactions.
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.name IS UNIQUE;

// Exact-name look-up, for all entities and per label.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX community_name IF NOT EXISTS FOR (n:Community) ON (n.name);
CREATE INDEX site_name IF NOT EXISTS FOR (n:Site) ON (n.name);
CREATE INDEX partyorg_name IF NOT EXISTS FOR (n:PartyOrg) ON (n.name);
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX team_name IF NOT EXISTS FOR (n:Team) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX mechanism_name IF NOT EXISTS FOR (n:Mechanism) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);

// Articles are replaced file by file: find the previous version of a file.
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);

// Forgiving look-up: `lookup` holds a specific entity's names and aliases in Simplified, their
// Pinyin and initials (kb/store/name_keys.py); class nodes have none, so they are not in the
// index and a look-up is never offered one. Lucene's CJK analyzer cuts Chinese into
// overlapping bigrams (荣欣 finds 荣欣居民区); a list property is indexed element by element.
CREATE FULLTEXT INDEX entity_lookup IF NOT EXISTS FOR (n:Entity) ON EACH [n.lookup]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// The index it replaces held every node's name and aliases, classes included.
DROP INDEX entity_names IF EXISTS;
