// components: the server's name, version and edition (used by `kb server status`).
// Parameters: none.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
