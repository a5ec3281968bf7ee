// One citation or mention by the parts of its id (server/records.ts relationshipId): the paragraph
// it stands in, the relationship's type, what it points at, where the words stand and, for a
// citation, how it was made. With the paragraph, the target and the footnote that made it, if any.
MATCH (p:Paragraph {id: $paragraph})-[c]->(t)
WHERE type(c) = $type AND t.id = $target AND c.start = $start AND c.end = $end
  AND ($via IS NULL OR coalesce(c.via, 'text') = $via)
RETURN
  p {.*, labels: labels(p)} AS paragraph,
  {
    rel: properties(c),
    target: t {.*, labels: labels(t)},
    footnote: head(COLLECT {
      MATCH (f:Footnote {id: coalesce(c.footnoteId, c.document + '#fn-' + c.footnote)})
      RETURN f {.*, labels: labels(f)}
    })
  } AS link
LIMIT 1
