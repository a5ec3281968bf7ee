// Every body, by name, with how often paragraphs name it.
MATCH (b:Body)
RETURN b {.*, labels: labels(b), mentionCount: COUNT { (:Paragraph)-[:MENTIONS]->(b) }} AS node
ORDER BY b.name, b.id
