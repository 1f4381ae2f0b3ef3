package org.ctipgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.analysis.AnalysisService;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.evaluation.CaseEvaluator;
import org.ctipgraph.evaluation.CaseNetwork;
import org.ctipgraph.evaluation.DocumentResult;
import org.ctipgraph.evaluation.EvaluationReport;
import org.ctipgraph.evaluation.GraphScorer;
import org.ctipgraph.evaluation.GraphSummary;
import org.ctipgraph.evaluation.Score;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.jobs.IngestJob;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.jobs.JobStore;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctip-graph evaluate <case-dir>}: ingests a case folder ({@code docs/} + {@code truth.json})
 * into a fresh temporary graph through the product's pipeline, and scores what came out against the
 * ground truth. Works on any case in the truth format.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Ingest a case folder (docs/ + truth.json) into a temporary graph and score extraction.")
public class EvaluateCommand implements Callable<Integer> {
    private static final String CASE_ID = "evaluation";

    @Parameters(index = "0", paramLabel = "CASE_DIR", description = "folder with docs/ and truth.json")
    Path caseDir;

    @Option(names = "--json", description = "print one JSON object on stdout instead of tables")
    boolean json;

    @Option(names = "--misses", description = "also list every unmatched relation (FN: missed truth relation, FP: wrong prediction)")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(caseDir.resolve("docs")) || !Files.isRegularFile(caseDir.resolve("truth.json"))) {
            System.err.println("ctip-graph: " + caseDir + " is not a case folder (needs docs/ and truth.json)");
            return 2;
        }
        CaseEvaluator evaluator = CaseEvaluator.forCase(caseDir);
        Evaluation evaluation = evaluate(caseDir, evaluator);
        EvaluationReport report = evaluation.report();
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            print(report, System.out);
        }
        if (misses) {
            PrintStream out = json ? System.err : System.out;
            out.println("RELATION MISSES");
            evaluator.relationMisses(evaluation.results()).forEach(line -> out.println("  " + line));
        }
        return 0;
    }

    /** What came out of each file, and its score (graph included). */
    record Evaluation(List<DocumentResult> results, EvaluationReport report) {
    }

    /** Ingests the case into a temporary graph (deleted afterwards) and scores it. */
    public static EvaluationReport evaluate(Path caseDir) throws IOException {
        return evaluate(caseDir, CaseEvaluator.forCase(caseDir)).report();
    }

    private static Evaluation evaluate(Path caseDir, CaseEvaluator evaluator) throws IOException {
        Path dataDir = Files.createTempDirectory("ctip-evaluate-");
        try (ConfigurableApplicationContext context = CtipGraphServer.start("--ctip.http.enabled=false",
                "--ctip.data-dir=" + dataDir, "--ctip.bolt.port=" + PortCheck.freePort(), "--ctip.ingest.workers=1")) {
            List<DocumentResult> results = ingest(context, listFiles(caseDir.resolve("docs")));
            // The graph is scored while the database is still open: the network exactly as the API projects it.
            CaseNetwork network = new ProjectedCaseNetwork(context.getBean(AnalysisService.class), CASE_ID,
                    evaluator.truthIdsByGraphId(CASE_ID, results), evaluator.truth());
            return new Evaluation(results,
                    evaluator.evaluate(results).withGraph(new GraphScorer(evaluator.truth()).score(network)));
        } finally {
            deleteQuietly(dataDir);
        }
    }

    /**
     * Two rounds, like an investigator's case that keeps growing: every file through the full
     * pipeline, then every parsed document extracted again now that the case knows all its names.
     */
    static List<DocumentResult> ingest(ConfigurableApplicationContext context, List<Path> files) throws IOException {
        EvidenceStore store = context.getBean(EvidenceStore.class);
        JobStore jobs = context.getBean(JobStore.class);
        IngestionPipeline pipeline = context.getBean(IngestionPipeline.class);
        ParseOptions options = context.getBean(ParseOptions.class);
        List<IngestJob> received = new ArrayList<>();
        List<IngestionPipeline.Outcome> firstRound = new ArrayList<>();
        for (Path file : files) {
            StoredFile stored;
            try (InputStream in = Files.newInputStream(file)) {
                stored = store.store(in, Long.MAX_VALUE);
            }
            String name = file.getFileName().toString();
            IngestJob job = jobs.record(IngestQueue.jobId(CASE_ID, stored.sha256()), CASE_ID, stored.sha256(), name,
                    stored.size(), "evaluate");
            received.add(job);
            firstRound.add(pipeline.run(job, options, stage -> { }));
        }
        List<DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            IngestionPipeline.Outcome outcome = pipeline.extractAndWrite(received.get(i), firstRound.get(i).documents(),
                    stage -> { });
            results.addAll(DocumentParts.of(received.get(i).fileName(), outcome));
        }
        return results;
    }

    private static List<Path> listFiles(Path docs) throws IOException {
        try (Stream<Path> walk = Files.list(docs)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    static void print(EvaluationReport report, PrintStream out) {
        out.println("ENTITIES");
        table(report.entities(), out);
        out.println("RELATIONS");
        table(report.relations(), out);
        out.println("DOCUMENTS");
        for (EvaluationReport.DocumentOutcome d : report.documents()) {
            out.printf("  %-5s %-60s %-9s %s%n", d.correct() ? "ok" : "WRONG", d.file(), d.status(),
                    d.reason() == null ? "" : d.reason());
        }
        out.println("QUESTIONS");
        for (EvaluationReport.QuestionAnswer q : report.questions()) {
            out.printf("  %-4s %-7s %s%n", q.id(), q.correct() == null ? "n/a" : q.correct() ? "correct" : "WRONG",
                    String.valueOf(q.answer()));
        }
        if (report.mentions() != null) {
            out.println("MENTIONS " + report.mentions());
        }
        if (report.graph() != null) {
            GraphSummary g = report.graph();
            out.printf("GRAPH projection nodes %d (as truth entities: %s), edges %s%n", g.predictedNodes(), g.nodes(),
                    g.edges());
            out.printf("GRAPH missing nodes %s, missing edges %s%n", g.missingNodes(), g.missingEdges());
            out.printf("GRAPH top betweenness truth %s, tool %s; top-5 normalised within 0.001: %d/5; cut vertices %s%n",
                    g.topBetweenness().getFirst(), g.topBetweenness().getLast(), g.betweennessWithinTolerance(),
                    g.articulationPoints());
        }
        if (report.resolution() != null) {
            out.println("RESOLUTION false merges=" + report.resolution().falseMerges() + " splits=" + report.resolution().splits());
        }
    }

    private static void table(Map<String, Score> scores, PrintStream out) {
        out.printf("  %-22s %9s %9s %9s %5s %5s %5s%n", "type", "precision", "recall", "f1", "tp", "fp", "fn");
        scores.forEach((type, s) -> out.printf("  %-22s %9.3f %9.3f %9.3f %5d %5d %5d%n", type, s.precision(),
                s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                p.toFile().setWritable(true);
                p.toFile().delete();
            });
        } catch (IOException e) {
            System.err.println("ctip-graph: could not delete temporary graph " + dir + ": " + e.getMessage());
        }
    }

    /** Names each parsed document the way the truth format does ({@code body}, {@code ocr}, {@code entry:…}). */
    static final class DocumentParts {
        private DocumentParts() {
        }

        static List<DocumentResult> of(String fileName, IngestionPipeline.Outcome outcome) {
            List<DocumentResult> results = new ArrayList<>();
            Map<String, ParsedDocument> bySha = new java.util.HashMap<>();
            outcome.documents().forEach(d -> bySha.put(d.sha256(), d));
            for (ParsedDocument doc : outcome.documents()) {
                String part = part(doc, bySha);
                Extraction extraction = outcome.extractions().getOrDefault(doc.sha256(), Extraction.EMPTY);
                results.add(new DocumentResult(fileName, part, doc.status().name(),
                        doc.reason() == null ? null : doc.reason().name(), extraction));
            }
            return results;
        }

        private static String part(ParsedDocument doc, Map<String, ParsedDocument> bySha) {
            if (doc.parentSha256() == null) {
                return doc.mediaType() != null && doc.mediaType().startsWith("image/") ? "ocr" : "body";
            }
            ParsedDocument parent = bySha.get(doc.parentSha256());
            boolean fromMail = parent != null && parent.mediaType() != null
                    && (parent.mediaType().startsWith("message/") || parent.mediaType().contains("outlook"));
            String path = doc.pathInParent() == null ? doc.fileName() : doc.pathInParent();
            return (fromMail ? "attachment:" : "entry:") + path;
        }
    }
}
