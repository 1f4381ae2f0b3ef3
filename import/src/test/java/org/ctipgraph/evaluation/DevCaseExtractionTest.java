package org.ctipgraph.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ctipgraph.corpus.CorpusLocator;
import org.ctipgraph.extraction.DocumentExtractor;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.parsing.IsolatedDocumentParser;
import org.ctipgraph.ingest.parsing.WorkerOptions;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole extraction over the dev case (parsed by the product's isolated Tika worker, then
 * extracted twice as the product's evaluation does: once alone, once with the names of the whole case)
 * and scores it with the {@link CaseEvaluator}. Skipped when the corpus is not checked out next to
 * the project. Writes the report to {@code target/dev-case-evaluation.json}, predictions to
 * {@code target/dev-case-predictions.tsv} and unmatched relations to {@code target/dev-case-relation-misses.tsv}.
 */
class DevCaseExtractionTest {
    private static EvaluationReport report;
    private static List<DocumentResult> results;

    @BeforeAll
    static void extractAndScore() throws Exception {
        Optional<Path> dev = CorpusLocator.devCase();
        assumeTrue(dev.isPresent(), "dev corpus not found");
        // Parsed by the product's isolated Tika worker, as an upload is: the text layout (table cells,
        // blank lines) is the one the extractors meet in the product.
        Path storeDir = Files.createTempDirectory("ctip-dev-case-");
        EvidenceStore store = new EvidenceStore(storeDir);
        List<DocumentText> texts = new ArrayList<>();
        List<String> textFiles = new ArrayList<>();
        results = new ArrayList<>();
        List<Integer> extracted = new ArrayList<>();
        StringBuilder pagesDump = new StringBuilder();
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(store, WorkerOptions.forCurrentClasspath());
             Stream<Path> files = Files.list(dev.get().resolve("docs")).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                StoredFile stored;
                try (InputStream in = Files.newInputStream(f)) {
                    stored = store.store(in, Long.MAX_VALUE);
                }
                String name = f.getFileName().toString();
                for (ParsedDocument doc : parser.parse(stored.path(), stored.sha256(), name, ParseOptions.defaults())) {
                    String part = doc.parentSha256() == null ? "body" : "entry:" + doc.pathInParent();
                    if (doc.status() == DocumentStatus.REJECTED || doc.pages().isEmpty()) {
                        results.add(new DocumentResult(name, part, doc.status().name(),
                                doc.reason() == null ? null : doc.reason().name(), Extraction.EMPTY));
                        continue;
                    }
                    texts.add(new DocumentText(doc.sha256(), doc.fileName(), doc.mediaType(), doc.pages(), doc.metadata(),
                            store.path(doc.sha256()), doc.sheets()));
                    textFiles.add(name);
                    extracted.add(results.size());
                    results.add(null);
                    for (PageText p : doc.pages()) {
                        pagesDump.append("=== ").append(name).append(" | ").append(doc.fileName()).append(" | page ")
                                .append(p.number()).append('\n').append(p.text()).append('\n');
                    }
                }
            }
            // Record importers read the stored original, so the store lives until extraction is done.
            List<Extraction> extractions = new DocumentExtractor().extractCase(texts);
            for (int i = 0; i < extractions.size(); i++) {
                results.set(extracted.get(i), new DocumentResult(textFiles.get(i), "body", "INGESTED", null, extractions.get(i)));
            }
        } finally {
            deleteQuietly(storeDir);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-case-pages.txt"), pagesDump);
        CaseEvaluator evaluator = CaseEvaluator.forCase(dev.get());
        report = evaluator.evaluate(results);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(Path.of("target/dev-case-evaluation.json").toFile(), report);
        StringBuilder dump = new StringBuilder();
        for (DocumentResult r : results) {
            for (EntityMention m : r.extraction().mentions()) {
                dump.append("M\t").append(r.file()).append('\t').append(r.part()).append('\t').append(m.entity().label())
                        .append('\t').append(m.entity().key()).append('\t').append(m.surface()).append('\t')
                        .append(m.evidence().page()).append('\t').append(m.role()).append('\n');
            }
            for (RelationClaim c : r.extraction().relations()) {
                dump.append("R\t").append(r.file()).append('\t').append(c.subject().key()).append('\t').append(c.type())
                        .append('\t').append(c.object().key()).append('\t').append(c.properties()).append('\t')
                        .append(c.evidence().quote().replace('\n', ' ')).append('\n');
            }
        }
        Files.writeString(Path.of("target/dev-case-predictions.tsv"), dump);
        Files.write(Path.of("target/dev-case-relation-misses.tsv"), evaluator.relationMisses(results));
        System.out.println(json.writeValueAsString(report));
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                p.toFile().setWritable(true);
                p.toFile().delete();
            });
        }
    }

    @Test
    void everyFileIsHandledAsExpected() {
        assertThat(report.documents()).allSatisfy(d -> assertThat(d.correct()).as(d.file()).isTrue());
    }

    @Test
    void noTwoPeopleAreMerged() {
        assertThat(report.resolution().mergeDetails()).isEmpty();
    }

    @Test
    void entityTypesMeetTheirTargets() {
        for (String type : java.util.List.of("Person", "Company", "BrickKiln", "PhoneNumber", "BankAccount")) {
            assertThat(report.entities().get(type).f1()).as(type).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(report.entities().get("Location").f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void recordRelationsAreExactAndTextRelationsDoNotRegress() {
        assertThat(report.relations().get("CALLED").f1()).isEqualTo(1.0);
        assertThat(report.relations().get("TRANSFERRED_TO").precision()).isEqualTo(1.0);
        // Target is 0.85; measured 0.961 with the product's parser. This floor stops regressions.
        assertThat(report.relations().get("ALL").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.relations().get("ALL").precision()).isGreaterThanOrEqualTo(0.95);
    }
}
