// Blocks until every index is online (seconds), so loads right after schema creation use them.
CALL db.awaitIndexes(120)
