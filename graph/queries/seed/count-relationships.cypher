// Relationships between nodes of this project per type.
MATCH (:InstrumentGraph)-[r]->(:InstrumentGraph)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
