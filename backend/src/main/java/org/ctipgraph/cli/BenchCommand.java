package org.ctipgraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.analysis.bench.AnalysisBenchmark;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.bench.BareTikaBaseline;
import org.ctipgraph.ingest.jobs.IngestJob;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.jobs.JobStore;
import org.ctipgraph.ingest.parsing.IsolatedDocumentParser;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctip-graph bench ingest|analysis}: throughput figures as ratios against an anchor measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (ratios against an anchor in the same run).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Analysis.class})
public class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("ctip-graph bench: choose 'ingest <folder>' or 'analysis'");
        return 2;
    }

    /**
     * Bare Tika {@code AutoDetectParser} in this JVM (the anchor) against the product pipeline on the
     * same files: store + isolated parse + graph write without extraction, then with extraction. The
     * three are interleaved round by round (so a change of machine load hits all three alike) and each
     * line reports its median round; every pipeline round ingests into a case of its own, so nothing
     * a previous round wrote (documents, entities, the case's known names) is reused.
     */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Pipeline throughput vs bare Tika on the same files.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> paths;

        @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the files (after one warm-up pass); the median is reported")
        int rounds;

        @Override
        public Integer call() throws Exception {
            List<Path> files = BareTikaBaseline.collect(paths);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("bench ingest: %d files, %.1f MB, %d rounds after a warm-up, median round reported%n",
                    files.size(), bytes / 1e6, rounds);
            BareTikaBaseline bare = new BareTikaBaseline();
            Path dataDir = Files.createTempDirectory("ctip-bench-");
            try (ConfigurableApplicationContext context = CtipGraphServer.start("--ctip.http.enabled=false",
                    "--ctip.data-dir=" + dataDir, "--ctip.bolt.port=" + PortCheck.freePort(), "--ctip.ingest.workers=1")) {
                EvidenceStore store = context.getBean(EvidenceStore.class);
                IsolatedDocumentParser parser = context.getBean(IsolatedDocumentParser.class);
                ParseOptions options = context.getBean(ParseOptions.class);
                DocumentGraphWriter writer = new DocumentGraphWriter(context.getBean(Driver.class), null);
                IngestionPipeline pipeline = context.getBean(IngestionPipeline.class);
                JobStore jobs = context.getBean(JobStore.class);

                // Warm-up: class loading, JIT, the parser worker's start, Cypher plans.
                bare.runOnce(files);
                runWithoutExtraction(files, "bench-warmup-plain", store, parser, options, writer);
                runWithExtraction(files, "bench-warmup-full", store, jobs, pipeline, options);
                List<Double> anchor = new ArrayList<>();
                List<Double> withoutExtraction = new ArrayList<>();
                List<Double> withExtraction = new ArrayList<>();
                for (int r = 1; r <= rounds; r++) {
                    anchor.add(bare.runOnce(files).nanos() / 1e9);
                    long t0 = System.nanoTime();
                    runWithoutExtraction(files, "bench-plain-" + r, store, parser, options, writer);
                    withoutExtraction.add(seconds(t0));
                    long t1 = System.nanoTime();
                    runWithExtraction(files, "bench-full-" + r, store, jobs, pipeline, options);
                    withExtraction.add(seconds(t1));
                }
                double a = median(anchor);
                double without = median(withoutExtraction);
                double with = median(withExtraction);
                int n = files.size();
                System.out.printf("%-40s %10s %10s %8s %s%n", "", "docs/s", "MB/s", "ratio", "  rounds (s)");
                line("bare Tika AutoDetectParser (anchor)", n, bytes, a, a, anchor);
                line("pipeline without extraction", n, bytes, without, a, withoutExtraction);
                line("pipeline with extraction", n, bytes, with, a, withExtraction);
                System.out.printf("extraction adds %.0f%% to ingest time (with / without extraction, medians)%n",
                        100 * (with / without - 1));
                System.out.println("anchor:   Tika AutoDetectParser in this JVM, 1 thread, body text, embedded documents inline, "
                        + bare.ocrDescription() + "; no storage, isolation, limits or graph");
                System.out.println("without:  store original (SHA-256 + copy) + parse in " + parser.workerCount()
                        + " isolated worker JVM (same Tika and OCR configuration, limits, per-page text, embedded documents"
                        + " stored) + one graph transaction (documents, pages); a new case per round");
                System.out.println("with:     the same + read the case's known names + entity and fact extraction + their"
                        + " graph write + job bookkeeping (IngestionPipeline.run, as uploads); a new case per round");
            } finally {
                EvaluateCommand.deleteQuietly(dataDir);
            }
            return 0;
        }

        private static void line(String what, int docs, long bytes, double seconds, double anchorSeconds,
                                 List<Double> rounds) {
            String each = String.join(" ", rounds.stream().map(s -> String.format("%.2f", s)).toList());
            System.out.printf("%-40s %10.2f %10.2f %8.2f   %s%n", what, docs / seconds, bytes / 1e6 / seconds,
                    anchorSeconds / seconds, each);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int mid = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
        }

        private static void runWithoutExtraction(List<Path> files, String caseId, EvidenceStore store,
                                                 IsolatedDocumentParser parser, ParseOptions options,
                                                 DocumentGraphWriter writer) throws Exception {
            for (Path file : files) {
                StoredFile stored;
                try (InputStream in = Files.newInputStream(file)) {
                    stored = store.store(in, Long.MAX_VALUE);
                }
                List<ParsedDocument> docs = parser.parse(stored.path(), stored.sha256(), file.getFileName().toString(), options);
                writer.write(new DocumentGraphWriter.DocumentTree(caseId, docs, Map.of(), null));
            }
        }

        private static void runWithExtraction(List<Path> files, String caseId, EvidenceStore store, JobStore jobs,
                                              IngestionPipeline pipeline, ParseOptions options) throws Exception {
            for (Path file : files) {
                StoredFile stored;
                try (InputStream in = Files.newInputStream(file)) {
                    stored = store.store(in, Long.MAX_VALUE);
                }
                IngestJob job = jobs.record(IngestQueue.jobId(caseId, stored.sha256()), caseId, stored.sha256(),
                        file.getFileName().toString(), stored.size(), "bench");
                pipeline.run(job, options, stage -> { });
            }
        }

        private static double seconds(long start) {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Planted-partition graphs: our Leiden and Brandes against JGraphT's implementations (and GDS in the bench profile). */
    @Command(name = "analysis", mixinStandardHelpOptions = true, description = "Community, centrality and path benchmarks.")
    static final class Analysis implements Callable<Integer> {
        @Option(names = "--edges", split = ",", description = "edge counts (default 10000,100000,1000000)")
        List<Integer> edges = new ArrayList<>(AnalysisBenchmark.DEFAULT_EDGE_COUNTS);

        @Option(names = "--seed", defaultValue = "20261123")
        long seed;

        @Override
        public Integer call() {
            AnalysisBenchmark.run(System.out, edges, seed);
            return 0;
        }
    }
}
