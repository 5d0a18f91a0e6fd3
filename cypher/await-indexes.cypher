// await-indexes: wait until every index is online (a new full-text index populates in the
// background; a look-up right after `kb load` must see it). Parameters: none.
CALL db.awaitIndexes(300)
