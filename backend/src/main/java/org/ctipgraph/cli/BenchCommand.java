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
     * same files: store + isolated parse + graph write without extraction, then with extraction.
     */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Pipeline throughput vs bare Tika on the same files.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> paths;

        @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the files (after one warm-up pass)")
        int rounds;

        @Override
        public Integer call() throws Exception {
            List<Path> files = BareTikaBaseline.collect(paths);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("bench ingest: %d files, %.1f MB, %d rounds after a warm-up%n", files.size(), bytes / 1e6, rounds);
            BareTikaBaseline.Result bare = new BareTikaBaseline().run(files, rounds);
            Path dataDir = Files.createTempDirectory("ctip-bench-");
            try (ConfigurableApplicationContext context = CtipGraphServer.start("--ctip.http.enabled=false",
                    "--ctip.data-dir=" + dataDir, "--ctip.bolt.port=" + PortCheck.freePort(), "--ctip.ingest.workers=1")) {
                EvidenceStore store = context.getBean(EvidenceStore.class);
                IsolatedDocumentParser parser = context.getBean(IsolatedDocumentParser.class);
                ParseOptions options = context.getBean(ParseOptions.class);
                DocumentGraphWriter writer = new DocumentGraphWriter(context.getBean(Driver.class), null);
                IngestionPipeline pipeline = context.getBean(IngestionPipeline.class);
                JobStore jobs = context.getBean(JobStore.class);

                runWithoutExtraction(files, store, parser, options, writer); // warm-up: starts the parser worker
                long t0 = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    runWithoutExtraction(files, store, parser, options, writer);
                }
                double withoutExtraction = seconds(t0);
                runWithExtraction(files, store, jobs, pipeline, options);
                long t1 = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    runWithExtraction(files, store, jobs, pipeline, options);
                }
                double withExtraction = seconds(t1);
                double bareSeconds = bare.nanos() / 1e9;
                int docs = files.size() * rounds;
                System.out.printf("%-40s %10s %10s %8s%n", "", "docs/s", "MB/s", "ratio");
                System.out.printf("%-40s %10.2f %10.2f %8s%n", "bare Tika AutoDetectParser (anchor)", bare.docsPerSecond(),
                        bare.megabytesPerSecond(), "1.00");
                System.out.printf("%-40s %10.2f %10.2f %8.2f%n", "pipeline without extraction", docs / withoutExtraction,
                        bytes * rounds / 1e6 / withoutExtraction, bareSeconds / withoutExtraction);
                System.out.printf("%-40s %10.2f %10.2f %8.2f%n", "pipeline with extraction", docs / withExtraction,
                        bytes * rounds / 1e6 / withExtraction, bareSeconds / withExtraction);
                System.out.printf("extraction adds %.0f%% to ingest time%n", 100 * (withExtraction / withoutExtraction - 1));
            } finally {
                EvaluateCommand.deleteQuietly(dataDir);
            }
            return 0;
        }

        private static void runWithoutExtraction(List<Path> files, EvidenceStore store, IsolatedDocumentParser parser,
                                                 ParseOptions options, DocumentGraphWriter writer) throws Exception {
            for (Path file : files) {
                StoredFile stored;
                try (InputStream in = Files.newInputStream(file)) {
                    stored = store.store(in, Long.MAX_VALUE);
                }
                List<ParsedDocument> docs = parser.parse(stored.path(), stored.sha256(), file.getFileName().toString(), options);
                writer.write(new DocumentGraphWriter.DocumentTree("bench", docs, Map.of(), null));
            }
        }

        private static void runWithExtraction(List<Path> files, EvidenceStore store, JobStore jobs,
                                              IngestionPipeline pipeline, ParseOptions options) throws Exception {
            for (Path file : files) {
                StoredFile stored;
                try (InputStream in = Files.newInputStream(file)) {
                    stored = store.store(in, Long.MAX_VALUE);
                }
                IngestJob job = jobs.record(IngestQueue.jobId("bench", stored.sha256()), "bench", stored.sha256(),
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
