// The first statement of a group's transaction (write-group.ts): which of the group's $documents
// ({symbol, contentHash}) to write. A document loaded already with the same content hash is left
// as it is unless $force; one that exists (loaded, or a placeholder another document cited) is
// also `existed`, so documents-clear.cypher removes what an earlier load wrote.
UNWIND $documents AS doc
OPTIONAL MATCH (existing:Document {id: doc.symbol})
WITH doc, existing
WHERE $force OR existing.contentHash IS NULL OR existing.contentHash <> doc.contentHash
RETURN doc.symbol AS symbol, existing IS NOT NULL AS existed
