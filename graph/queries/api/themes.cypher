// Every theme, by name, with how many paragraphs address it.
MATCH (t:Theme)
RETURN t {.*, labels: labels(t), paragraphCount: COUNT { (:Paragraph)-[:ADDRESSES]->(t) }} AS node
ORDER BY t.name, t.id
