package org.ctipgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.graph.DocumentGraphWriter.DocumentTree;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;
import org.ctipgraph.schema.SchemaMigrator;
import org.ctipgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

class DocumentGraphWriterIT {
    private static final String ZIP = "a".repeat(64);
    private static final String MEMBER = "b".repeat(64);
    private static final String OTHER = "c".repeat(64);
    private static final EntityRef DARA = new EntityRef(NodeLabel.Person, "dara sok", "SOK Dara", Map.of("minor", false));
    private static final EntityRef PHONE = new EntityRef(NodeLabel.PhoneNumber, "+85512906447", "+85512906447",
            Map.of("e164", "+85512906447"));

    @TempDir
    static Path directory;
    static TestNeo4j neo4j;
    static DocumentGraphWriter writer;

    @BeforeAll
    static void start() {
        neo4j = new TestNeo4j(directory);
        new SchemaMigrator(neo4j.driver(), null).migrate();
        writer = new DocumentGraphWriter(neo4j.driver(), null);
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void writesDocumentsPagesEntitiesMentionsAndFactsWithTheirEvidenceAndIsIdempotent() {
        DocumentTree tree = new DocumentTree("case-w", List.of(
                document(ZIP, null, "exhibit.zip", "Archive index"),
                document(MEMBER, ZIP, "agreement.txt", "SOK Dara uses 012 906 447.")),
                Map.of(MEMBER, new Extraction(
                        List.of(mention(DARA, "SOK Dara", MEMBER, 0, 8), mention(PHONE, "012 906 447", MEMBER, 14, 25)),
                        List.of(new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(),
                                evidence(MEMBER, 0, 25))))),
                null);

        writer.write(tree);
        Map<String, Long> first = counts();
        writer.write(tree);

        assertThat(counts()).isEqualTo(first);
        assertThat(first).containsEntry("documents", 2L).containsEntry("pages", 2L).containsEntry("persons", 1L)
                .containsEntry("phones", 1L).containsEntry("mentions", 2L).containsEntry("facts", 1L)
                .containsEntry("contained", 1L);
        Record fact = single("""
                MATCH (:Person {caseId: 'case-w'})-[r:USES_PHONE]->(:PhoneNumber) RETURN r.sources AS sources,
                  r.pages AS pages, r.quotes AS quotes, r.extractors AS extractors""");
        assertThat(fact.get("sources").asList()).containsExactly(MEMBER);
        assertThat(fact.get("quotes").asList()).containsExactly("SOK Dara uses 012 906 447.");
    }

    @Test
    void aFactStatedByASecondDocumentGainsASecondSourceOnTheSameRelationship() {
        Extraction fromOther = new Extraction(List.of(mention(DARA, "Dara Sok", OTHER, 0, 8)),
                List.of(new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(OTHER, 0, 20))));
        writer.write(new DocumentTree("case-x", List.of(document(MEMBER, null, "a.txt", "SOK Dara uses 012 906 447.")),
                Map.of(MEMBER, new Extraction(List.of(mention(DARA, "SOK Dara", MEMBER, 0, 8)),
                        List.of(new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(MEMBER, 0, 25))))),
                null));
        writer.write(new DocumentTree("case-x", List.of(document(OTHER, null, "b.txt", "Dara Sok calls from it")),
                Map.of(OTHER, fromOther), null));

        Record fact = single("""
                MATCH (p:Person {caseId: 'case-x'})-[r:USES_PHONE]->(:PhoneNumber)
                RETURN count(r) AS n, r.sources AS sources, p.aliases AS aliases""");
        assertThat(fact.get("n").asLong()).isEqualTo(1);
        assertThat(fact.get("sources").asList()).containsExactly(MEMBER, OTHER);
        assertThat(fact.get("aliases").asList()).containsExactlyInAnyOrder("SOK Dara", "Dara Sok");
    }

    @Test
    void aFactStatedTwiceInOneDocumentIsOneRelationshipCitingBothSentences() {
        String sha = "e".repeat(64);
        writer.write(new DocumentTree("case-t", List.of(document(sha, null, "t.txt", "SOK Dara uses 012 906 447.")),
                Map.of(sha, new Extraction(List.of(mention(DARA, "SOK Dara", sha, 0, 8)), List.of(
                        new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(sha, 0, 25)),
                        new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(sha, 30, 52)),
                        new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(sha, 30, 52))))),
                null));

        Record fact = single("""
                MATCH (:Person {caseId: 'case-t'})-[r:USES_PHONE]->(:PhoneNumber)
                RETURN count(r) AS n, collect(r.spanStarts)[0] AS starts""");
        assertThat(fact.get("n").asLong()).isEqualTo(1);
        assertThat(fact.get("starts").asList()).containsExactly(0L, 30L);
    }

    @Test
    void twoDocumentsWrittenAtOnceThatStateTheSameFactMakeOneRelationship() throws Exception {
        for (int round = 0; round < 10; round++) {
            String caseId = "case-race-" + round;
            String first = String.format("%064x", 2 * round + 1);
            String second = String.format("%064x", 2 * round + 2);
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var a = pool.submit(() -> writer.write(statingTheFact(caseId, first)));
                var b = pool.submit(() -> writer.write(statingTheFact(caseId, second)));
                a.get();
                b.get();
            }
            Record fact = single("MATCH (:Person {caseId: $caseId})-[r:USES_PHONE]->() "
                    + "RETURN count(r) AS n, collect(r.sources)[0] AS sources", Map.of("caseId", caseId));
            assertThat(fact.get("n").asLong()).as(caseId).isEqualTo(1);
            assertThat(fact.get("sources").asList()).containsExactlyInAnyOrder(first, second);
        }
    }

    @Test
    void filesWrittenInOneTransactionAreEachWholeAndTheirJobsDone() {
        String first = "1".repeat(64);
        String second = "2".repeat(64);
        try (Session session = neo4j.driver().session()) {
            session.run("UNWIND ['job-g1', 'job-g2'] AS id CREATE (:Job {id: id, caseId: 'case-g', state: 'QUEUED'})").consume();
        }
        DocumentTree a = statingTheFact("case-g", first);
        DocumentTree b = statingTheFact("case-g", second);

        List<DocumentGraphWriter.WriteSummary> written = writer.writeAll(List.of(
                new DocumentTree(a.caseId(), a.documents(), a.extractions(), "job-g1"),
                new DocumentTree(b.caseId(), b.documents(), b.extractions(), "job-g2")));

        assertThat(written).extracting(DocumentGraphWriter.WriteSummary::documents).containsExactly(1, 1);
        Record fact = single("MATCH (:Person {caseId: 'case-g'})-[r:USES_PHONE]->() "
                + "RETURN count(r) AS n, collect(r.sources)[0] AS sources");
        assertThat(fact.get("n").asLong()).isEqualTo(1);
        assertThat(fact.get("sources").asList()).containsExactlyInAnyOrder(first, second);
        assertThat(single("MATCH (j:Job {caseId: 'case-g'}) RETURN collect(DISTINCT j.state) AS states")
                .get("states").asList()).containsExactly("DONE");
    }

    /**
     * Neo4j finds a dynamic label or relationship type only by scanning all its nodes or relationships, and on an
     * empty database the planner prefers scans everywhere (they cost nothing yet); the statement is planned once
     * ({@code replan=skip}), so a scan planned then would stay, and every write would read the whole database.
     */
    @Test
    void theWriteFindsEveryNodeAndFactThroughAnIndexOrItsEndsEvenWhenPlannedOnAnEmptyDatabase(@TempDir Path empty) {
        try (TestNeo4j fresh = new TestNeo4j(empty); Session session = fresh.driver().session()) {
            new SchemaMigrator(fresh.driver(), null).migrate();
            Map<String, Object> parameters = new java.util.HashMap<>(Map.of("caseId", "c", "jobId", "j", "jobStatus", "DONE"));
            List.of("documentIds", "documents", "links", "pages", "entities", "mentions", "facts")
                    .forEach(list -> parameters.put(list, List.of()));

            List<String> operators = new java.util.ArrayList<>();
            collectOperators(session.run("EXPLAIN " + WriterCypher.WRITE_DOCUMENT_TREE, parameters).consume().plan(),
                    operators);

            assertThat(operators).contains("NodeUniqueIndexSeek(Locking)", "VarLengthExpand(Into)")
                    .noneMatch(op -> op.contains("Scan") || op.contains("Lookup"));
        }
    }

    private static void collectOperators(org.neo4j.driver.summary.Plan plan, List<String> into) {
        into.add(plan.operatorType().replace("@neo4j", ""));
        plan.children().forEach(child -> collectOperators(child, into));
    }

    private static DocumentTree statingTheFact(String caseId, String sha) {
        return new DocumentTree(caseId, List.of(document(sha, null, sha.substring(60) + ".txt", "SOK Dara uses 012 906 447.")),
                Map.of(sha, new Extraction(List.of(mention(DARA, "SOK Dara", sha, 0, 8), mention(PHONE, "012 906 447", sha, 14, 25)),
                        List.of(new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(sha, 0, 25))))),
                null);
    }

    @Test
    void writingADocumentAgainReplacesWhatItSaidBefore() {
        EntityRef vanna = new EntityRef(NodeLabel.Person, "vanna chea", "CHEA Vanna", Map.of());
        String sha = "d".repeat(64);
        writer.write(new DocumentTree("case-r", List.of(document(sha, null, "r.txt", "SOK Dara uses 012 906 447.")),
                Map.of(sha, new Extraction(List.of(mention(DARA, "SOK Dara", sha, 0, 8), mention(PHONE, "012 906 447", sha, 14, 25)),
                        List.of(new RelationClaim(DARA, RelationType.USES_PHONE, PHONE, Map.of(), evidence(sha, 0, 25))))),
                null));

        writer.write(new DocumentTree("case-r", List.of(document(sha, null, "r.txt", "SOK Dara uses 012 906 447.")),
                Map.of(sha, new Extraction(List.of(mention(vanna, "CHEA Vanna", sha, 0, 8)), List.of())), null));

        assertThat(single("MATCH (p:Person {caseId: 'case-r'}) RETURN collect(p.name) AS names").get("names").asList())
                .containsExactly("CHEA Vanna");
        assertThat(single("MATCH (:Person {caseId: 'case-r'})-[r:USES_PHONE]->() RETURN count(r) AS n").get("n").asLong())
                .isZero();
        assertThat(single("MATCH (p:PhoneNumber {caseId: 'case-r'}) RETURN count(p) AS n").get("n").asLong()).isZero();
    }

    @Test
    void casesAreCompartments() {
        writer.write(new DocumentTree("case-y", List.of(document(ZIP, null, "x.txt", "x")), Map.of(), null));
        writer.write(new DocumentTree("case-z", List.of(document(ZIP, null, "x.txt", "x")), Map.of(), null));

        assertThat(single("MATCH (d:Document {sha256: $sha}) WHERE d.caseId IN ['case-y', 'case-z'] RETURN count(d) AS n",
                Map.of("sha", ZIP)).get("n").asLong()).isEqualTo(2);
    }

    private static ParsedDocument document(String sha, String parent, String name, String text) {
        return new ParsedDocument(sha, name, parent, parent == null ? null : name, "text/plain", text.length(),
                DocumentStatus.INGESTED, null, null, List.of(), List.of(new PageText(1, text)),
                Map.of("dc:title", List.of(name)), "en");
    }

    private static EntityMention mention(EntityRef entity, String surface, String sha, int start, int end) {
        return new EntityMention(entity, surface, null, evidence(sha, start, end));
    }

    private static Evidence evidence(String sha, int start, int end) {
        return new Evidence(sha, 1, start, end, "SOK Dara uses 012 906 447.", "TestExtractor", "1", 0.9);
    }

    private static Map<String, Long> counts() {
        Record r = single("""
                MATCH (c:Case {id: 'case-w'})
                RETURN COUNT { (d:Document {caseId: 'case-w'}) } AS documents,
                       COUNT { (:Document {caseId: 'case-w'})-[:HAS_PAGE]->() } AS pages,
                       COUNT { (p:Person {caseId: 'case-w'}) } AS persons,
                       COUNT { (p:PhoneNumber {caseId: 'case-w'}) } AS phones,
                       COUNT { ()-[:MENTIONED_IN]->(:Document {caseId: 'case-w'}) } AS mentions,
                       COUNT { (:Person {caseId: 'case-w'})-[:USES_PHONE]->() } AS facts,
                       COUNT { (:Document {caseId: 'case-w'})-[:CONTAINED_IN]->() } AS contained""");
        return Map.of("documents", r.get("documents").asLong(), "pages", r.get("pages").asLong(),
                "persons", r.get("persons").asLong(), "phones", r.get("phones").asLong(),
                "mentions", r.get("mentions").asLong(), "facts", r.get("facts").asLong(),
                "contained", r.get("contained").asLong());
    }

    private static Record single(String query) {
        return single(query, Map.of());
    }

    private static Record single(String query, Map<String, Object> parameters) {
        try (Session session = neo4j.driver().session()) {
            return session.run(query, parameters).single();
        }
    }
}
