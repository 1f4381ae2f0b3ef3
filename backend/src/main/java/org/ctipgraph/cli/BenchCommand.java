package org.ctipgraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.analysis.bench.AnalysisBenchmark;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.extraction.CaseLexicon;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
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
     * same files: store + isolated parse + graph write without extraction, then with extraction. Each
     * is measured on one thread and on as many threads as the pipeline has parse workers (the anchor
     * gets the same number of threads, so a ratio never credits the pipeline with parallelism the
     * anchor was denied). The lines are interleaved round by round (so a change of machine load hits
     * all alike) and each reports its median round; every pipeline round ingests into a case of its
     * own, so nothing a previous round wrote (documents, entities, the case's known names) is reused.
     */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Pipeline throughput vs bare Tika on the same files.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> paths;

        @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the files (after one warm-up pass); the median is reported")
        int rounds;

        @Option(names = "--warmup", defaultValue = "2", description = "untimed passes over the files before the timed ones")
        int warmups;

        @Option(names = "--threads", defaultValue = "0", description = "parallel line: anchor threads = pipeline parse workers (0: one per core; 1: single-threaded lines only)")
        int threads;

        @Override
        public Integer call() throws Exception {
            List<Path> files = BareTikaBaseline.collect(paths);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            int parallel = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            List<Integer> widths = parallel > 1 ? List.of(1, parallel) : List.of(1);
            System.out.printf("bench ingest: %d files, %.1f MB, %d rounds after %d warm-up passes, median round reported%n",
                    files.size(), bytes / 1e6, rounds, warmups);
            BareTikaBaseline bare = new BareTikaBaseline();
            Path dataDir = Files.createTempDirectory("ctip-bench-");
            try (ConfigurableApplicationContext context = CtipGraphServer.start("--ctip.http.enabled=false",
                    "--ctip.data-dir=" + dataDir, "--ctip.bolt.port=" + PortCheck.freePort(),
                    "--ctip.ingest.workers=" + parallel)) {
                Lines lines = new Lines(files, context);
                // Warm-up: class loading, JIT (a server ingests for hours: its code is compiled), the parser
                // workers' start, Cypher plans.
                for (int w = 1; w <= warmups; w++) {
                    for (int width : widths) {
                        bare.runOnce(files, width);
                        lines.withoutExtraction("bench-warmup-plain-" + width + "-" + w, width);
                        lines.withExtraction("bench-warmup-full-" + width + "-" + w, width);
                    }
                }
                lines.forgetStages();
                Map<String, List<Double>> measured = new LinkedHashMap<>();
                for (int r = 1; r <= rounds; r++) {
                    for (int width : widths) {
                        measured.computeIfAbsent(ANCHOR + width, k -> new ArrayList<>())
                                .add(bare.runOnce(files, width).nanos() / 1e9);
                        long t0 = System.nanoTime();
                        lines.withoutExtraction("bench-plain-" + width + "-" + r, width);
                        measured.computeIfAbsent(WITHOUT + width, k -> new ArrayList<>()).add(seconds(t0));
                        long t1 = System.nanoTime();
                        lines.withExtraction("bench-full-" + width + "-" + r, width);
                        measured.computeIfAbsent(WITH + width, k -> new ArrayList<>()).add(seconds(t1));
                    }
                }
                int n = files.size();
                System.out.printf("%-48s %10s %10s %8s %s%n", "", "docs/s", "MB/s", "ratio", "  rounds (s)");
                for (int width : widths) {
                    double a = median(measured.get(ANCHOR + width));
                    String threadsLabel = width == 1 ? "1 thread" : width + " threads";
                    line("bare Tika AutoDetectParser, " + threadsLabel + " (anchor)", n, bytes, a, a, measured.get(ANCHOR + width));
                    line("pipeline without extraction, " + threadsLabel, n, bytes, median(measured.get(WITHOUT + width)), a,
                            measured.get(WITHOUT + width));
                    line("pipeline with extraction, " + threadsLabel, n, bytes, median(measured.get(WITH + width)), a,
                            measured.get(WITH + width));
                    System.out.printf("extraction adds %.0f%% to ingest time on %s (with / without extraction, medians)%n",
                            100 * (median(measured.get(WITH + width)) / median(measured.get(WITHOUT + width)) - 1),
                            threadsLabel);
                }
                for (int width : widths) {
                    System.out.printf("without, ms per file on %d thread(s): %s%n", width,
                            lines.stagesPerFile(false, width, files.size() * rounds));
                    System.out.printf("with,    ms per file on %d thread(s): %s%n", width,
                            lines.stagesPerFile(true, width, files.size() * rounds));
                }
                System.out.println("anchor:   Tika AutoDetectParser in this JVM, N threads sharing the file list, body text, embedded"
                        + " documents inline, " + bare.ocrDescription() + "; no storage, isolation, limits or graph");
                System.out.println("without:  the product pipeline as uploads run it, extracting nothing: store original (SHA-256"
                        + " + copy) + durable job + parse in an isolated worker JVM (same Tika and OCR configuration, limits,"
                        + " per-page text, embedded documents stored; " + lines.parser.workerCount() + " worker JVMs) + one"
                        + " graph transaction (documents, pages, job done); N threads; a new case per round");
                System.out.println("with:     the same + read the case's known names (beside the parse) + entity and fact"
                        + " extraction + their part of the graph write; a new case per round");
            } finally {
                EvaluateCommand.deleteQuietly(dataDir);
            }
            return 0;
        }

        private static final String ANCHOR = "anchor-";
        private static final String WITHOUT = "without-";
        private static final String WITH = "with-";

        private static void line(String what, int docs, long bytes, double seconds, double anchorSeconds,
                                 List<Double> rounds) {
            String each = String.join(" ", rounds.stream().map(s -> String.format("%.2f", s)).toList());
            System.out.printf("%-48s %10.2f %10.2f %8.2f   %s%n", what, docs / seconds, bytes / 1e6 / seconds,
                    anchorSeconds / seconds, each);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int mid = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
        }

        private static double seconds(long start) {
            return (System.nanoTime() - start) / 1e9;
        }

        /**
         * The two pipeline lines, run over the files by a given number of threads sharing the file list. Both are
         * the product's {@link IngestionPipeline} as uploads run it (job recorded, then parse, extraction, one graph
         * write that also marks the job done); the line without extraction extracts nothing and reads no case names.
         */
        private static final class Lines {
            private final List<Path> files;
            private final EvidenceStore store;
            private final IsolatedDocumentParser parser;
            private final ParseOptions options;
            private final IngestionPipeline withExtraction;
            private final IngestionPipeline withoutExtraction;
            private final JobStore jobs;
            /** Where the time of each line goes, by line and thread count, in the stages the pipeline announces. */
            private final Map<String, Map<String, LongAdder>> stages = new ConcurrentHashMap<>();

            Lines(List<Path> files, ConfigurableApplicationContext context) {
                this.files = files;
                this.store = context.getBean(EvidenceStore.class);
                this.parser = context.getBean(IsolatedDocumentParser.class);
                this.options = context.getBean(ParseOptions.class);
                this.withExtraction = context.getBean(IngestionPipeline.class);
                this.withoutExtraction = new IngestionPipeline(store, parser, IngestionPipeline.NO_EXTRACTION,
                        caseId -> CaseLexicon.EMPTY, new DocumentGraphWriter(context.getBean(Driver.class), null));
                this.jobs = context.getBean(JobStore.class);
            }

            /** Milliseconds per file in each stage of a line on {@code threads} threads. */
            String stagesPerFile(boolean extraction, int threads, int filesProcessed) {
                return String.join(", ", stages.getOrDefault(lineKey(extraction, threads), Map.of()).entrySet().stream()
                        .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue().sum() / 1e6 / filesProcessed)).toList());
            }

            /** Stage times from here on only (after the warm-up: class loading, JIT, query planning). */
            void forgetStages() {
                stages.clear();
            }

            void withoutExtraction(String caseId, int threads) throws Exception {
                ingest(withoutExtraction, caseId, threads, lineKey(false, threads));
            }

            void withExtraction(String caseId, int threads) throws Exception {
                ingest(withExtraction, caseId, threads, lineKey(true, threads));
            }

            private static String lineKey(boolean extraction, int threads) {
                return (extraction ? "with-" : "without-") + threads;
            }

            private void ingest(IngestionPipeline pipeline, String caseId, int threads, String line) throws Exception {
                Map<String, LongAdder> mine = stages.computeIfAbsent(line, k -> Collections.synchronizedMap(new LinkedHashMap<>()));
                long inWorkersBefore = parser.timeInWorkers();
                eachFile(threads, file -> {
                    long start = System.nanoTime();
                    StoredFile stored = store(file);
                    IngestJob job = jobs.record(IngestQueue.jobId(caseId, stored.sha256()), caseId, stored.sha256(),
                            file.getFileName().toString(), stored.size(), "bench");
                    // The pipeline announces each stage as it enters it: the time between announcements is the
                    // time of the stage before ("extracting" includes waiting for the case's names, read beside
                    // the parse).
                    long[] last = {start};
                    String[] current = {"store + job"};
                    pipeline.run(job, options, stage -> {
                        long now = System.nanoTime();
                        mine.computeIfAbsent(current[0], k -> new LongAdder()).add(now - last[0]);
                        last[0] = now;
                        current[0] = stage;
                    });
                    mine.computeIfAbsent(current[0], k -> new LongAdder()).add(System.nanoTime() - last[0]);
                });
                // Only this line parses while it runs, so the workers' time since it started is its own.
                mine.computeIfAbsent("(of parsing: inside the worker)", k -> new LongAdder())
                        .add(parser.timeInWorkers() - inWorkersBefore);
            }

            private StoredFile store(Path file) throws Exception {
                try (InputStream in = Files.newInputStream(file)) {
                    return store.store(in, Long.MAX_VALUE);
                }
            }

            private void eachFile(int threads, FileStep step) throws Exception {
                AtomicInteger next = new AtomicInteger();
                Callable<Void> worker = () -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        step.run(files.get(i));
                    }
                    return null;
                };
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    for (Future<Void> f : pool.invokeAll(Collections.nCopies(threads, worker))) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }

        @FunctionalInterface
        private interface FileStep {
            void run(Path file) throws Exception;
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
