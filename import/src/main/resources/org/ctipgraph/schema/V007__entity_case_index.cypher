// Reads that want every entity of a case whatever its type (merge suggestions, shared identifiers, the
// whole-case timeline) start from this index instead of scanning every node or relationship of every case.
CREATE INDEX entity_case IF NOT EXISTS FOR (n:Entity) ON (n.caseId);
