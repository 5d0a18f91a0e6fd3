"""Everything that knows Neo4j: the writer, name look-up and the questions.

    writer.py   schema, batched UNWIND writes, one managed transaction per file
    lookup.py   name -> entity: uid, exact name, then the look-up index re-ranked; never a class
    name_keys.py  the keys names are found by (Simplified forms, Pinyin, initials) and closeness
    queries.py  canned questions (cypher/queries/*.cypher) and read-only ad-hoc Cypher
"""
