// The content hash of a loaded document, or no row when the document is absent or a placeholder.
MATCH (d:Document {id: $symbol})
WHERE d.contentHash IS NOT NULL
RETURN d.contentHash AS contentHash
