// Paragraph ADDRESSES Theme; a theme the vocabulary lacks becomes a placeholder.
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph})
MERGE (t:Theme {id: row.theme})
ON CREATE SET
    t:InstrumentGraph,
    t.name = row.theme,
    t.uncatalogued = true
CREATE (p)-[:ADDRESSES]->(t)
