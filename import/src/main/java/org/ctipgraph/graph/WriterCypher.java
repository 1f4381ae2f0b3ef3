package org.ctipgraph.graph;

/**
 * The Cypher of {@link DocumentGraphWriter}: one parameterised statement per received file. Labels
 * and relationship types of entities come from the schema enums and are passed as parameters
 * ({@code $(...)} dynamic labels), never spliced into the text. Entities are looked up by their
 * {@code Entity} label's unique id index, never by a dynamic label: Neo4j finds a dynamic label only by
 * scanning all its nodes, in every case.
 *
 * <p>Why one statement: executing each part takes a few database hits, but every statement costs a
 * Bolt round trip with several thread hand-overs, 10–20 ms each on a busy two-core machine, and the
 * write used to be nine of them. The unit subqueries ({@code CALL () { ... }} without {@code RETURN})
 * run once each, in order, and each sees what the previous ones wrote; an empty list parameter makes
 * its subquery do nothing without dropping the row the rest of the statement runs on.
 */
final class WriterCypher {
    private WriterCypher() {
    }

    /**
     * {@code replan=skip}: the plan is index seeks whatever the data, and planning this statement takes
     * seconds; without it Neo4j plans it again each time the statistics of a growing case drift.
     */
    static final String WRITE_DOCUMENT_TREE = """
            CYPHER replan=skip
            // The documents first: writing them locks them until commit, so two writes of one document (a
            // re-ingestion beside its first job) run one after the other, and what one withdraws below the
            // other has finished writing.
            CALL () {
              MERGE (c:Case {id: $caseId})
                ON CREATE SET c.name = $caseId, c.createdAt = datetime(), c.version = 0
              WITH c
              UNWIND $documents AS doc
              MERGE (d:Document {id: doc.id})
                ON CREATE SET d.firstIngestedAt = datetime()
              SET d.caseId = $caseId, d.sha256 = doc.sha256, d.name = doc.name, d.pathInParent = doc.pathInParent,
                  d.parentSha256 = doc.parentSha256, d.mediaType = doc.mediaType, d.size = doc.size,
                  d.status = doc.status, d.reason = doc.reason, d.message = doc.message, d.warnings = doc.warnings,
                  d.pageCount = doc.pageCount, d.language = doc.language, d.title = doc.title, d.author = doc.author,
                  d.metadataKeys = doc.metadataKeys, d.metadataValues = doc.metadataValues, d.ingestedAt = datetime()
              MERGE (d)-[:IN_CASE]->(c)
            }
            // Before a document is written again (re-ingestion after a fix or a new extractor), what it
            // said before is withdrawn: its citations leave every fact (a fact no source supports any more
            // is deleted), its mentions go, and entities that nothing mentions or links any more go with them.
            CALL () {
              UNWIND $documentIds AS docId
              MATCH (d:Document {id: docId})
              MATCH (e)-[:MENTIONED_IN]->(d)
              MATCH (e)-[r]-()
              WHERE r.sources IS NOT NULL AND d.sha256 IN r.sources
              WITH DISTINCT r, d.sha256 AS sha
              WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> sha] AS keep
              WITH r, keep, [i IN keep | r.evidenceIds[i]] AS evidenceIds, [i IN keep | r.sources[i]] AS sources,
                   [i IN keep | r.pages[i]] AS pages, [i IN keep | r.spanStarts[i]] AS spanStarts,
                   [i IN keep | r.spanEnds[i]] AS spanEnds, [i IN keep | r.quotes[i]] AS quotes,
                   [i IN keep | r.extractors[i]] AS extractors, [i IN keep | r.extractorVersions[i]] AS versions,
                   [i IN keep | r.confidences[i]] AS confidences
              SET r.evidenceIds = evidenceIds, r.sources = sources, r.pages = pages, r.spanStarts = spanStarts,
                  r.spanEnds = spanEnds, r.quotes = quotes, r.extractors = extractors, r.extractorVersions = versions,
                  r.confidences = confidences
              WITH r WHERE size(r.sources) = 0
              DELETE r
            }
            CALL () {
              UNWIND $documentIds AS docId
              MATCH (e)-[m:MENTIONED_IN]->(:Document {id: docId})
              DELETE m
              WITH DISTINCT e
              WHERE COUNT { (e)--() } = 0
              DELETE e
            }
            CALL () {
              UNWIND $links AS link
              MATCH (child:Document {id: link.child})
              MATCH (parent:Document {id: link.parent})
              MERGE (child)-[r:CONTAINED_IN]->(parent)
              SET r.path = link.path
            }
            CALL () {
              UNWIND $pages AS p
              MATCH (d:Document {id: p.documentId})
              MERGE (pg:Page {id: p.id})
              SET pg.caseId = $caseId, pg.number = p.number, pg.text = p.text, pg.documentId = p.documentId
              MERGE (d)-[:HAS_PAGE]->(pg)
            }
            CALL () {
              UNWIND $entities AS e
              MERGE (n:Entity {id: e.id})
                ON CREATE SET n:$(e.label), n.caseId = $caseId, n.key = e.key, n.name = e.name, n.createdAt = datetime()
              SET n += e.properties,
                  n.aliases = coalesce(n.aliases, []) + [s IN e.surfaces WHERE NOT s IN coalesce(n.aliases, [])],
                  n.roles = coalesce(n.roles, []) + [r IN e.roles WHERE NOT r IN coalesce(n.roles, [])]
              FOREACH (_ IN CASE WHEN size(e.birthDates) + size(e.birthYears) + size(e.ages) > 0 THEN [1] ELSE [] END |
                SET n.birthDates = coalesce(n.birthDates, []) + [d IN e.birthDates WHERE NOT d IN coalesce(n.birthDates, [])],
                    n.birthYears = coalesce(n.birthYears, []) + [y IN e.birthYears WHERE NOT y IN coalesce(n.birthYears, [])],
                    n.ages = coalesce(n.ages, []) + [a IN e.ages WHERE NOT a IN coalesce(n.ages, [])])
            }
            CALL () {
              UNWIND $mentions AS m
              MATCH (n:Entity {id: m.entityId})
              MATCH (d:Document {id: m.documentId})
              // Every earlier mention of these documents was withdrawn above, under their locks: each is new.
              CREATE (n)-[r:MENTIONED_IN {id: m.id}]->(d)
              SET r.surface = m.surface, r.role = m.role, r.sourceSha256 = m.sha, r.page = m.page,
                  r.spanStart = m.spanStart, r.spanEnd = m.spanEnd, r.quote = m.quote, r.extractor = m.extractor,
                  r.extractorVersion = m.extractorVersion, r.confidence = m.confidence
            }
            // A fact stated by several sources is one relationship with one entry per source in parallel lists.
            // Not MERGE: with a dynamic type, its plan may scan every relationship of that type, and an
            // existence check between two bound nodes may be planned as a scan of all relationships (both
            // are what the planner picks on an empty database, and replan=skip would keep them). A
            // one-hop variable-length pattern can only be expanded from its bound ends. Both ends were
            // written above, so this transaction holds their locks: a concurrent writer of the same fact
            // waits for it, as it would for MERGE's locks.
            CALL () {
              UNWIND $facts AS f
              MATCH (s:Entity {id: f.subjectId})
              MATCH (o:Entity {id: f.objectId})
              OPTIONAL MATCH (s)-[known*1..1]->(o) WHERE known[0].id = f.id
              CALL (s, o, f, known) {
                WITH s, o, f, known WHERE known IS NULL
                CREATE (s)-[r:$(f.type) {id: f.id}]->(o)
                SET r += f.properties, r.caseId = $caseId, r.evidenceIds = [], r.sources = [], r.pages = [],
                    r.spanStarts = [], r.spanEnds = [], r.quotes = [], r.extractors = [], r.extractorVersions = [],
                    r.confidences = []
                RETURN r
                UNION
                WITH known WHERE known IS NOT NULL
                RETURN known[0] AS r
              }
              UNWIND f.evidence AS e
              WITH r, e WHERE NOT e.evidenceId IN r.evidenceIds
              SET r.evidenceIds = r.evidenceIds + e.evidenceId, r.sources = r.sources + e.sha,
                  r.pages = r.pages + e.page, r.spanStarts = r.spanStarts + e.spanStart,
                  r.spanEnds = r.spanEnds + e.spanEnd, r.quotes = r.quotes + e.quote,
                  r.extractors = r.extractors + e.extractor, r.extractorVersions = r.extractorVersions + e.extractorVersion,
                  r.confidences = r.confidences + e.confidence,
                  r.confidence = CASE WHEN coalesce(r.confidence, 0.0) > e.confidence THEN r.confidence ELSE e.confidence END
            }
            // The job is done in the same transaction (no job id: nothing matches).
            CALL () {
              MATCH (j:Job {id: $jobId})
              SET j.state = 'DONE', j.documentStatus = $jobStatus, j.finishedAt = datetime()
            }
            """;
}
