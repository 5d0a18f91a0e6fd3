"""Everything that knows Neo4j: the writer, name look-up and the questions.

    writer.py   schema, batched UNWIND writes, one managed transaction per file
    lookup.py   name -> entity: exact, alias, full-text (CJK), fuzzy
    queries.py  canned questions (cypher/queries/*.cypher) and read-only ad-hoc Cypher
"""
