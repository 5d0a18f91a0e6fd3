// user-functions: the names of the functions the server has that are not Cypher's own
// (plugins such as APOC), so that `kb cypher` can refuse those not on its allow-list.
// Parameters: none. Columns: name.
SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name
