// Deletes up to $batch nodes this project created (and their relationships). --reset repeats it
// until nothing is left, so no transaction grows with the size of the graph.
MATCH (n:InstrumentGraph)
WITH n LIMIT toInteger($batch)
DETACH DELETE n
RETURN count(*) AS deleted
