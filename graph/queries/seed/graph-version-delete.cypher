// --reset removes the version node with the rest of what the project wrote; the API then sees no
// version, a value no earlier state of the graph had.
MATCH (v:InstrumentGraphVersion)
DELETE v
