// Constraints and indexes, created by the seeder before anything is written. Each statement is
// idempotent (IF NOT EXISTS). Statements are separated by a line holding only ";".
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT footnote_id IF NOT EXISTS FOR (n:Footnote) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE
;
// One version node (graph-version-bump.cypher); the constraint makes concurrent MERGEs agree.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:InstrumentGraphVersion) REQUIRE n.id IS UNIQUE
;
// Every node we own carries :InstrumentGraph; node(id) and --reset look it up by id across labels.
CREATE INDEX owned_id IF NOT EXISTS FOR (n:InstrumentGraph) ON (n.id)
;
CREATE INDEX paragraph_document IF NOT EXISTS FOR (n:Paragraph) ON (n.document)
;
CREATE INDEX paragraph_local_id IF NOT EXISTS FOR (n:Paragraph) ON (n.localId)
;
CREATE INDEX footnote_document IF NOT EXISTS FOR (n:Footnote) ON (n.document)
;
CREATE INDEX instrument_acronym IF NOT EXISTS FOR (n:Instrument) ON (n.acronym)
;
CREATE INDEX instrument_short_title IF NOT EXISTS FOR (n:Instrument) ON (n.shortTitle)
;
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.instrumentKind)
;
CREATE INDEX body_acronym IF NOT EXISTS FOR (n:Body) ON (n.acronym)
;
CREATE INDEX resolution_symbol IF NOT EXISTS FOR (n:Resolution) ON (n.symbol)
;
// One full-text index for search and typeahead: titles, aliases, acronyms, symbols and paragraph text.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Paragraph|Instrument|Resolution|Body|Document|Group|Theme)
ON EACH [n.text, n.title, n.shortTitle, n.acronym, n.aliasText, n.name, n.symbol]
