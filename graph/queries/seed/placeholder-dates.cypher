// A placeholder resolution's `adopted` (ids in $rows: those the group's documents cite now or
// cited before): the earliest date its citations state, or none. Worked out from all of its
// CITES each time, so it does not depend on which document was loaded first, and a date that
// no text states any more goes. Catalogued resolutions and loaded documents keep their own dates.
UNWIND $rows AS id
MATCH (t:Resolution {id: id})
WHERE t.catalogued = false AND t.contentHash IS NULL
SET t.adopted = COLLECT {
  MATCH (t)<-[c:CITES]-()
  WHERE c.date IS NOT NULL
  RETURN c.date ORDER BY c.date LIMIT 1
}[0]
