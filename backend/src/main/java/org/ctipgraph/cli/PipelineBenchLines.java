package org.ctipgraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.ctipgraph.config.CtipSettings;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.documents.ParserWorkerLaunch;
import org.ctipgraph.extraction.CaseLexicon;
import org.ctipgraph.extraction.DocumentExtractor;
import org.ctipgraph.graph.CaseKnowledgeReader;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.GroupCommitWriter;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.jobs.JobStore;
import org.ctipgraph.ingest.parsing.IsolatedDocumentParser;
import org.ctipgraph.ingest.parsing.JitCompileTime;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two pipeline lines, each an {@link IngestQueue} as the server and the bulk import run it: the
 * files are stored and their jobs recorded through a bulk import ({@link IngestQueue#bulk}) on this
 * thread, parsed in {@code threads} parser worker processes (the queue feeds each from two pool threads,
 * which also extract),
 * and written by the {@link GroupCommitWriter}. The line without extraction extracts nothing and
 * reads no case names. The stages overlap, so their times are each stage's busy time per file.
 */
final class PipelineBenchLines implements AutoCloseable {
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

    PipelineBenchLines(List<Path> files, int copies, List<Integer> threadCounts, ConfigurableApplicationContext context) {
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

    /** JIT compilation so far, in milliseconds: this JVM's and the parser workers' (all lines) together, and the workers'. */
    record JitTime(long allMillis, long workerMillis) {
        JitTime since(JitTime before) {
            return new JitTime(allMillis - before.allMillis, workerMillis - before.workerMillis);
        }
    }

    JitTime jitTimeSoFar() {
        long workers = widths.values().stream().mapToLong(w -> w.parser().timeCompilingInWorkers()).sum();
        return new JitTime(JitCompileTime.millisSoFar() + workers, workers);
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

    /** Ingests the batch into {@code caseId} without extraction; returns the seconds it took. */
    double withoutExtraction(String caseId, int threads) throws Exception {
        return ingest(widths.get(threads).without(), caseId, threads, lineKey(false, threads));
    }

    /** Ingests the batch into {@code caseId} with extraction; returns the seconds it took. */
    double withExtraction(String caseId, int threads) throws Exception {
        return ingest(widths.get(threads).with(), caseId, threads, lineKey(true, threads));
    }

    private static String lineKey(boolean extraction, int threads) {
        return (extraction ? "with-" : "without-") + threads;
    }

    private double ingest(IngestionPipeline pipeline, String caseId, int threads, String line) throws Exception {
        long started = System.nanoTime();
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
        return (System.nanoTime() - started) / 1e9;
    }

    private StoredFile store(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return store.store(in, Long.MAX_VALUE);
        }
    }
}
