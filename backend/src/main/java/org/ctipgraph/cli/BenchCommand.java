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
import java.util.concurrent.atomic.LongAdder;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.analysis.bench.AnalysisBenchmark;
import org.ctipgraph.config.CtipSettings;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.documents.ParserWorkerLaunch;
import org.ctipgraph.extraction.CaseLexicon;
import org.ctipgraph.extraction.DocumentExtractor;
import org.ctipgraph.graph.CaseKnowledgeReader;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.GroupCommitWriter;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.bench.BareTikaBaseline;
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
     * Bare Tika {@code AutoDetectParser} in this JVM (the anchor) against the product's bulk import on the
     * same files: store + durable job + isolated parse + graph write without extraction, then with
     * extraction. Each is measured with one parsing thread and with as many as the pipeline has parse
     * workers (the anchor gets the same number of parsing threads, so a ratio never credits the pipeline
     * with parallel parsing the anchor was denied; the pipeline's storing and writing run beside its
     * parsing, as they do in the product). The lines are interleaved round by round (so a change of machine load hits
     * all alike) and each reports its median round; every pipeline round ingests into a case of its
     * own, so nothing a previous round wrote (documents, entities, the case's known names) is reused.
     */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Pipeline throughput vs bare Tika on the same files.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> paths;

        @Option(names = "--rounds", defaultValue = "5", description = "timed passes over the files (after the warm-up passes); the median is reported")
        int rounds;

        @Option(names = "--warmup", defaultValue = "0", description = "untimed passes over the files before the timed ones"
                + " (0: enough passes for each line to ingest " + WARMUP_FILES + " files, at least 2)")
        int warmups;

        /**
         * Files each line ingests before timing starts. A fresh parser worker compiles about 10,000 methods (23 s of
         * compile CPU measured) before it parses at speed, and on a small machine that compilation competes with the
         * parsing: with 32 warm-up files per line the bench measured the JIT, not the pipeline.
         */
        static final int WARMUP_FILES = 300;

        @Option(names = "--copies", defaultValue = "1", description = "passes over the files in each round, as one batch"
                + " (each pass into its own case). With few files, one slow file (an OCR) bounds a round on N threads,"
                + " so the round measures that file's latency; more copies measure sustained throughput")
        int copies;

        @Option(names = "--threads", defaultValue = "0", description = "parallel line: anchor threads = pipeline parse workers (0: one per core; 1: single-threaded lines only)")
        int threads;

        @Override
        public Integer call() throws Exception {
            List<Path> files = BareTikaBaseline.collect(paths);
            copies = Math.max(1, copies);
            List<Path> batch = Collections.nCopies(copies, files).stream().flatMap(List::stream).toList();
            long bytes = 0;
            for (Path f : batch) {
                bytes += Files.size(f);
            }
            int parallel = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            if (warmups <= 0) {
                warmups = Math.max(2, (WARMUP_FILES + batch.size() - 1) / Math.max(1, batch.size()));
            }
            List<Integer> widths = parallel > 1 ? List.of(1, parallel) : List.of(1);
            System.out.printf("bench ingest: %d files (%d cop%s of %d), %.1f MB, %d rounds after %d warm-up rounds, median"
                    + " round reported%n", batch.size(), copies, copies == 1 ? "y" : "ies", files.size(), bytes / 1e6,
                    rounds, warmups);
            BareTikaBaseline bare = new BareTikaBaseline();
            Path dataDir = Files.createTempDirectory("ctip-bench-");
            try (ConfigurableApplicationContext context = CtipGraphServer.start("--ctip.http.enabled=false",
                    "--ctip.data-dir=" + dataDir, "--ctip.bolt.port=" + PortCheck.freePort(),
                    "--ctip.ingest.workers=" + parallel);
                 Lines lines = new Lines(files, copies, widths, context)) {
                // Warm-up: class loading, JIT (a server ingests for hours: its code is compiled), the parser
                // workers' start, Cypher plans.
                for (int w = 1; w <= warmups; w++) {
                    for (int width : widths) {
                        bare.runOnce(batch, width);
                        lines.withoutExtraction("bench-warmup-plain-" + width + "-" + w, width);
                        lines.withExtraction("bench-warmup-full-" + width + "-" + w, width);
                    }
                }
                lines.forgetStages();
                Map<String, List<Double>> measured = new LinkedHashMap<>();
                for (int r = 1; r <= rounds; r++) {
                    for (int width : widths) {
                        measured.computeIfAbsent(ANCHOR + width, k -> new ArrayList<>())
                                .add(bare.runOnce(batch, width).nanos() / 1e9);
                        long t0 = System.nanoTime();
                        lines.withoutExtraction("bench-plain-" + width + "-" + r, width);
                        measured.computeIfAbsent(WITHOUT + width, k -> new ArrayList<>()).add(seconds(t0));
                        long t1 = System.nanoTime();
                        lines.withExtraction("bench-full-" + width + "-" + r, width);
                        measured.computeIfAbsent(WITH + width, k -> new ArrayList<>()).add(seconds(t1));
                    }
                }
                int n = batch.size();
                // The ratio of medians is the figure; the ratio of the fastest rounds is printed beside it because
                // a shared machine slows some rounds of either line at random, and the fastest round of each is
                // the one least disturbed.
                System.out.printf("%-48s %10s %10s %8s %8s %s%n", "", "docs/s", "MB/s", "ratio", "fastest", "  rounds (s)");
                for (int width : widths) {
                    double a = median(measured.get(ANCHOR + width));
                    double fastest = Collections.min(measured.get(ANCHOR + width));
                    String threadsLabel = width == 1 ? "1 thread" : width + " threads";
                    line("bare Tika AutoDetectParser, " + threadsLabel + " (anchor)", n, bytes, a, fastest,
                            measured.get(ANCHOR + width));
                    line("pipeline without extraction, " + threadsLabel, n, bytes, a, fastest, measured.get(WITHOUT + width));
                    line("pipeline with extraction, " + threadsLabel, n, bytes, a, fastest, measured.get(WITH + width));
                    System.out.printf("extraction adds %.0f%% to ingest time on %s (with / without extraction, medians)%n",
                            100 * (median(measured.get(WITH + width)) / median(measured.get(WITHOUT + width)) - 1),
                            threadsLabel);
                }
                for (int width : widths) {
                    System.out.printf("without, busy ms per file on %d thread(s): %s%n", width, lines.stagesPerFile(false, width));
                    System.out.printf("with,    busy ms per file on %d thread(s): %s%n", width, lines.stagesPerFile(true, width));
                }
                System.out.println("anchor:   Tika AutoDetectParser in this JVM, N threads sharing the file list, body text, embedded"
                        + " documents inline, " + bare.ocrDescription() + "; no storage, isolation, limits or graph");
                System.out.println("without:  the product's bulk import, extracting nothing: this thread stores each original"
                        + " (SHA-256 + fsynced copy) and records the jobs in groups (one transaction each); N isolated worker JVMs"
                        + " parse, fed by 2 pool threads each (same Tika and OCR configuration, limits, per-page text, embedded"
                        + " documents stored; " + lines.workerCount() + " worker JVMs); the graph writer commits the"
                        + " parsed files (documents, pages, job done) a group per transaction while the pool parses on;"
                        + " a new case per round");
                System.out.println("with:     the same + read the case's known names (beside the parse) + entity and fact"
                        + " extraction + their part of the graph write; a new case per round");
                System.out.println("N threads: the anchor's parsing threads = the pipeline's worker JVMs (each parses one file at a"
                        + " time); the pipeline's storing, hand-over, extraction and writing overlap its parsing on"
                        + " threads of their own");
            } finally {
                EvaluateCommand.deleteQuietly(dataDir);
            }
            return 0;
        }

        private static final String ANCHOR = "anchor-";
        private static final String WITHOUT = "without-";
        private static final String WITH = "with-";

        /** One line of the table: throughput of the median round, its ratio to the anchor's, and the fastest rounds' ratio. */
        private static void line(String what, int docs, long bytes, double anchorMedian, double anchorFastest,
                                 List<Double> rounds) {
            double seconds = median(rounds);
            String each = String.join(" ", rounds.stream().map(s -> String.format("%.2f", s)).toList());
            System.out.printf("%-48s %10.2f %10.2f %8.2f %8.2f   %s%n", what, docs / seconds, bytes / 1e6 / seconds,
                    anchorMedian / seconds, anchorFastest / Collections.min(rounds), each);
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
         * The two pipeline lines, each an {@link IngestQueue} as the server and the bulk import run it: the
         * files are stored and their jobs recorded through a bulk import ({@link IngestQueue#bulk}) on this
         * thread, parsed in {@code threads} parser worker processes (the queue feeds each from two pool threads,
         * which also extract),
         * and written by the {@link GroupCommitWriter}. The line without extraction extracts nothing and
         * reads no case names. The stages overlap, so their times are each stage's busy time per file.
         */
        private static final class Lines implements AutoCloseable {
            private final List<Path> files;
            private final int copies;
            private final EvidenceStore store;
            private final ParseOptions options;
            /** Per thread count: a parser with that many worker JVMs and the two pipelines on it. */
            private final Map<Integer, Width> widths = new LinkedHashMap<>();
            private final JobStore jobs;
            private final GroupCommitWriter writes;
            /** Busy time per stage, by line and thread count. */
            private final Map<String, Map<String, Double>> stages = new ConcurrentHashMap<>();
            private final Map<String, Integer> filesByLine = new ConcurrentHashMap<>();
            /** Group commits, by line and thread count. */
            private final Map<String, LongAdder> transactions = new ConcurrentHashMap<>();

            /**
             * A line's parser and pipelines. The queue feeds each worker from two threads, so a parser with more
             * workers than the line's threads would parse more files at once than the anchor.
             */
            private record Width(IsolatedDocumentParser parser, IngestionPipeline without, IngestionPipeline with,
                                 boolean ownParser) {
            }

            Lines(List<Path> files, int copies, List<Integer> threadCounts, ConfigurableApplicationContext context) {
                this.files = files;
                this.copies = copies;
                this.store = context.getBean(EvidenceStore.class);
                this.options = context.getBean(ParseOptions.class);
                this.jobs = context.getBean(JobStore.class);
                this.writes = context.getBean(GroupCommitWriter.class);
                IsolatedDocumentParser serverParser = context.getBean(IsolatedDocumentParser.class);
                Driver driver = context.getBean(Driver.class);
                String database = context.getBean(GraphSchemaSetup.class).database();
                int filesPerWorker = context.getBean(CtipSettings.class).ingest().filesPerWorker();
                for (int threads : threadCounts) {
                    boolean own = threads != serverParser.workerCount();
                    IsolatedDocumentParser parser = own ? new IsolatedDocumentParser(store,
                            ParserWorkerLaunch.options(threads).withMaxFilesPerWorker(filesPerWorker)) : serverParser;
                    // As the server wires them (IngestConfiguration), on this line's parser.
                    IngestionPipeline with = new IngestionPipeline(store, parser, new DocumentExtractor()::extract,
                            new CaseKnowledgeReader(driver, database)::lexicon, new DocumentGraphWriter(driver, database));
                    IngestionPipeline without = new IngestionPipeline(store, parser, IngestionPipeline.NO_EXTRACTION,
                            caseId -> CaseLexicon.EMPTY, new DocumentGraphWriter(driver, database));
                    widths.put(threads, new Width(parser, without, with, own));
                }
            }

            /** Worker JVMs of all lines. */
            int workerCount() {
                return widths.values().stream().mapToInt(w -> w.parser().workerCount()).sum();
            }

            /** Stops the worker JVMs started for the bench (the server's stop with it). */
            @Override
            public void close() {
                widths.values().stream().filter(Width::ownParser).forEach(w -> w.parser().close());
            }

            /** Milliseconds per file in each stage of a line on {@code threads} threads. */
            String stagesPerFile(boolean extraction, int threads) {
                String line = lineKey(extraction, threads);
                int n = Math.max(1, filesByLine.getOrDefault(line, 0));
                long commits = transactions.getOrDefault(line, new LongAdder()).sum();
                return String.join(", ", stages.getOrDefault(line, Map.of()).entrySet().stream()
                        .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue() / 1e6 / n)).toList())
                        + String.format("; %.1f files per write transaction", commits == 0 ? 0.0 : (double) n / commits);
            }

            /** Stage times from here on only (after the warm-up: class loading, JIT, query planning). */
            void forgetStages() {
                stages.clear();
                filesByLine.clear();
                transactions.clear();
            }

            void withoutExtraction(String caseId, int threads) throws Exception {
                ingest(widths.get(threads).without(), caseId, threads, lineKey(false, threads));
            }

            void withExtraction(String caseId, int threads) throws Exception {
                ingest(widths.get(threads).with(), caseId, threads, lineKey(true, threads));
            }

            private static String lineKey(boolean extraction, int threads) {
                return (extraction ? "with-" : "without-") + threads;
            }

            private void ingest(IngestionPipeline pipeline, String caseId, int threads, String line) throws Exception {
                IsolatedDocumentParser parser = widths.get(threads).parser();
                long inWorkersBefore = parser.timeInWorkers();
                long waitingBefore = parser.timeWaitingForWorkers();
                long submitting = 0;
                List<String> jobIds = new ArrayList<>();
                IngestQueue.Statistics before;
                IngestQueue.Statistics after;
                try (IngestQueue queue = new IngestQueue(jobs, pipeline, writes, options, threads, Integer.MAX_VALUE)) {
                    before = queue.statistics();
                    for (int copy = 1; copy <= copies; copy++) {
                        try (IngestQueue.Bulk bulk = queue.bulk(copies == 1 ? caseId : caseId + "-" + copy, "bench")) {
                            for (Path file : files) {
                                long start = System.nanoTime();
                                jobIds.add(bulk.add(store(file), file.getFileName().toString()));
                                submitting += System.nanoTime() - start;
                            }
                            long start = System.nanoTime();
                            bulk.close();
                            submitting += System.nanoTime() - start;
                        }
                    }
                    for (String id : jobIds) {
                        queue.completion(id).join();
                    }
                    after = queue.statistics();
                }
                Map<String, Double> mine = stages.computeIfAbsent(line, k -> Collections.synchronizedMap(new LinkedHashMap<>()));
                filesByLine.merge(line, files.size() * copies, Integer::sum);
                mine.merge("store + record job (importing thread)", (double) submitting, Double::sum);
                mine.merge("parse + extract (pool threads, waits for a free worker left out)", (double) (after.nanosPreparing()
                        - before.nanosPreparing() - (parser.timeWaitingForWorkers() - waitingBefore)), Double::sum);
                mine.merge("of which inside the worker", (double) (parser.timeInWorkers() - inWorkersBefore), Double::sum);
                mine.merge("graph write (writer thread)",
                        (double) (after.writes().nanosWriting() - before.writes().nanosWriting()), Double::sum);
                transactions.computeIfAbsent(line, k -> new LongAdder())
                        .add(after.writes().transactions() - before.writes().transactions());
            }

            private StoredFile store(Path file) throws Exception {
                try (InputStream in = Files.newInputStream(file)) {
                    return store.store(in, Long.MAX_VALUE);
                }
            }
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
