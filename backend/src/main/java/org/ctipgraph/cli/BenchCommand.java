package org.ctipgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.analysis.bench.AnalysisBenchmark;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.ingest.bench.BareTikaBaseline;
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
         * Files each line ingests before timing starts. The figure is a steady state: a server parsing a seized drive
         * keeps its parser workers for thousands of files, and each worker JVM compiles Tika, POI and PDFBox on its own.
         * Measured on the dev case (16 files, 4 copies, 2 cores), JIT compilation in all JVMs fell from 15 s per
         * 29 s warm-up round after 320 files per line to 3-4 s per 25 s round after 800, and stayed there up to
         * 1,900; the 2-thread ratio without extraction was 0.83 after 320 files, 0.88 after 1,280 and 0.90 after
         * 1,984. Each warm-up round prints its JIT time so a run shows where it stands.
         */
        static final int WARMUP_FILES = 2_000;

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
                 PipelineBenchLines lines = new PipelineBenchLines(files, copies, widths, context)) {
                // Warm-up: class loading, JIT (a server ingests for hours: its code is compiled), the parser
                // workers' start, Cypher plans.
                for (int w = 1; w <= warmups; w++) {
                    PipelineBenchLines.JitTime jitBefore = lines.jitTimeSoFar();
                    long start = System.nanoTime();
                    for (int width : widths) {
                        bare.runOnce(batch, width);
                        lines.withoutExtraction("bench-warmup-plain-" + width + "-" + w, width);
                        lines.withExtraction("bench-warmup-full-" + width + "-" + w, width);
                    }
                    PipelineBenchLines.JitTime jit = lines.jitTimeSoFar().since(jitBefore);
                    System.out.printf("warm-up round %d: %.1f s, JIT compiling %d ms (parser workers %d ms)%n", w,
                            (System.nanoTime() - start) / 1e9, jit.allMillis(), jit.workerMillis());
                }
                lines.forgetStages();
                PipelineBenchLines.JitTime jitBeforeTimed = lines.jitTimeSoFar();
                long timedStart = System.nanoTime();
                Map<String, List<Double>> measured = new LinkedHashMap<>();
                CpuMeter cpu = new CpuMeter();
                for (int r = 1; r <= rounds; r++) {
                    for (int width : widths) {
                        measured.computeIfAbsent(ANCHOR + width, k -> new ArrayList<>())
                                .add(cpu.measure(ANCHOR + width, () -> bare.runOnce(batch, width)).nanos() / 1e9);
                        String plainCase = "bench-plain-" + width + "-" + r;
                        measured.computeIfAbsent(WITHOUT + width, k -> new ArrayList<>())
                                .add(cpu.measure(WITHOUT + width, () -> lines.withoutExtraction(plainCase, width)));
                        String fullCase = "bench-full-" + width + "-" + r;
                        measured.computeIfAbsent(WITH + width, k -> new ArrayList<>())
                                .add(cpu.measure(WITH + width, () -> lines.withExtraction(fullCase, width)));
                    }
                }
                double timedMillis = (System.nanoTime() - timedStart) / 1e6;
                PipelineBenchLines.JitTime jitTimed = lines.jitTimeSoFar().since(jitBeforeTimed);
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
                int measuredFiles = n * rounds;
                System.out.printf("JIT compiling during the timed rounds: %d ms per round (parser workers %d ms), %.1f%% of"
                        + " their wall time%n", jitTimed.allMillis() / rounds, jitTimed.workerMillis() / rounds,
                        100 * jitTimed.allMillis() / timedMillis);
                for (int width : widths) {
                    System.out.printf("anchor,  %d thread(s): %s%n", width, cpu.perFile(ANCHOR + width, measuredFiles));
                    System.out.printf("without, %d thread(s): %s%n", width, cpu.perFile(WITHOUT + width, measuredFiles));
                    System.out.printf("with,    %d thread(s): %s%n", width, cpu.perFile(WITH + width, measuredFiles));
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
