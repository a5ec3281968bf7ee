// An uncatalogued amendment AMENDS the instrument its title names ("the Doha Amendment to the
// Kyoto Protocol"); both are cited, so both exist. Shared by the documents that cite it, so MERGEd.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.amendment})
MATCH (b:Instrument {id: row.amended})
MERGE (a)-[:AMENDS]->(b)
