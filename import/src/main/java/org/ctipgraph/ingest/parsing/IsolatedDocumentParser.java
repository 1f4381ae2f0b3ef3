package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.LongAdder;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.ctipgraph.ingest.DocumentParser;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.RejectionReason;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses files with Apache Tika in separate worker JVMs, so a parser that hangs, exhausts its
 * heap or kills its JVM costs only the file it was reading.
 *
 * <p>Workers are long-lived and reused (Tika's start-up is paid once per worker, not per file);
 * a worker is replaced after a timeout, a crash, or {@link WorkerOptions#maxFilesPerWorker()} files.
 * Every embedded document (archive member, attachment) is stored in the {@link EvidenceStore} under
 * its own SHA-256 and linked to its container by {@code parentSha256}/{@code pathInParent}.
 *
 * <pre>{@code
 * EvidenceStore store = new EvidenceStore(Path.of("data/evidence"));
 * try (IsolatedDocumentParser parser = new IsolatedDocumentParser(store, WorkerOptions.forCurrentClasspath())) {
 *     StoredFile original = store.store(upload, maxBytes);
 *     List<ParsedDocument> docs = parser.parse(original.path(), original.sha256(), "report.pdf", ParseOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe: up to {@link WorkerOptions#workers()} files are parsed at once, further callers wait.
 */
public final class IsolatedDocumentParser implements DocumentParser, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedDocumentParser.class);

    private final EvidenceStore store;
    private final WorkerOptions options;
    /**
     * Free worker slots, the most recently used first: when fewer files arrive than there are workers, the
     * same worker (its JIT-compiled parsers and caches warm) takes them all instead of taking turns with cold ones.
     */
    private final BlockingDeque<Slot> slots;
    private final List<Slot> allSlots = new ArrayList<>();
    private volatile OcrAvailability ocr;
    private volatile boolean closed;

    /** A place for one worker process; empty until first needed and after the worker is lost. */
    private static final class Slot {
        private WorkerProcess worker;
    }

    private final LongAdder timeInWorkers = new LongAdder();
    private final LongAdder timeWaitingForWorkers = new LongAdder();
    private final LongAdder timeCompilingInWorkers = new LongAdder();

    public IsolatedDocumentParser(EvidenceStore store, WorkerOptions options) {
        this.store = store;
        this.options = options;
        this.slots = new LinkedBlockingDeque<>(options.workers());
        for (int i = 0; i < options.workers(); i++) {
            Slot slot = new Slot();
            allSlots.add(slot);
            slots.addLast(slot);
        }
        EmbeddedFileSpool.removeStale(store.scratchDirectory());
    }

    /** Parses in the first free worker, waiting for one; {@code started} runs once a worker has the file. */
    @Override
    public List<ParsedDocument> parse(Path original, String sha256, String fileName, ParseOptions parseOptions,
                                      Runnable started) {
        if (closed) {
            throw new IllegalStateException("parser is closed");
        }
        long size = sizeOf(original);
        if (size == 0) {
            return List.of(rejectedRoot(sha256, fileName, "application/octet-stream", 0,
                    RejectionReason.EMPTY, "the file has 0 bytes"));
        }
        Slot slot = takeSlot();
        EmbeddedFileSpool spool = null;
        try {
            WorkerReply reply;
            try {
                started.run();
                WorkerProcess worker = readyWorker(slot);
                spool = EmbeddedFileSpool.create(store);
                WorkerRequest request = WorkerRequest.of(original.toAbsolutePath().toString(), fileName,
                        spool.path().toString(), parseOptions);
                try {
                    reply = worker.call(request, parseOptions.timeout());
                    timeCompilingInWorkers.add(worker.compileMillisSinceLastCall(reply));
                } catch (WorkerFailure failure) {
                    slot.worker = null;
                    LOG.warn("{} ({}): {} {}", fileName, sha256, failure.reason(), failure.getMessage());
                    return List.of(rejectedRoot(sha256, fileName, sniff(original, fileName), size,
                            failure.reason(), failure.getMessage()));
                }
            } finally {
                // The worker is free once it has answered: another thread can start it on the next file
                // while this one stores the embedded files.
                slots.addFirst(slot);
            }
            timeInWorkers.add(reply.workNanos());
            if (!"result".equals(reply.kind())) {
                return List.of(rejectedRoot(sha256, fileName, sniff(original, fileName), size,
                        RejectionReason.PARSER_CRASHED, "the parser process failed: " + reply.error()));
            }
            return spool.assemble(reply.documents(), sha256, parseOptions.maxUnpackedBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("parsing " + fileName + " failed outside the parser", e);
        } finally {
            if (spool != null) {
                spool.close();
            }
        }
    }

    /**
     * Nanoseconds the workers spent on the files they answered, since this parser started: what a parse
     * costs beyond it (spooling, process hand-over, storing embedded files) is the isolation's price.
     */
    public long timeInWorkers() {
        return timeInWorkers.sum();
    }

    /** Nanoseconds callers spent waiting for a free worker, since this parser started (all callers together). */
    public long timeWaitingForWorkers() {
        return timeWaitingForWorkers.sum();
    }

    /**
     * Milliseconds the workers' JIT compilers have run, as the workers reported them with their answers,
     * since this parser started: a fresh worker JVM compiles Tika, POI and PDFBox as it meets them, for its first
     * thousand files or so, and until then it parses slower than it will.
     */
    public long timeCompilingInWorkers() {
        return timeCompilingInWorkers.sum();
    }

    /** How many files can be parsed at once (worker processes). */
    public int workerCount() {
        return options.workers();
    }

    /** OCR as found by a worker (starts one if none is running yet). */
    public OcrAvailability ocr() {
        if (ocr == null) {
            Slot slot = takeSlot();
            try {
                readyWorker(slot);
            } finally {
                slots.addFirst(slot);
            }
        }
        return ocr;
    }

    /** Stops every worker process, including one busy with a file (that parse then fails as crashed). */
    @Override
    public void close() {
        closed = true;
        for (Slot slot : allSlots) {
            WorkerProcess worker = slot.worker;
            if (worker != null) {
                worker.close();
            }
        }
    }

    private WorkerProcess readyWorker(Slot slot) {
        if (slot.worker != null && (!slot.worker.isAlive()
                || slot.worker.filesParsed() >= options.maxFilesPerWorker())) {
            slot.worker.close();
            slot.worker = null;
        }
        if (slot.worker == null) {
            try {
                slot.worker = WorkerProcess.start(options.command(), options.startupTimeout());
            } catch (IOException e) {
                throw new WorkerStartException("cannot start a parser worker with " + options.command(), e);
            }
            WorkerReply hello = slot.worker.hello();
            ocr = hello.ocr();
            LOG.info("parser worker {} ready (OCR {}, language detection {})", slot.worker.pid(),
                    ocr.available() ? ocr.languages() : "unavailable", hello.languageDetection());
        }
        return slot.worker;
    }

    private Slot takeSlot() {
        long start = System.nanoTime();
        try {
            return slots.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parser worker", e);
        } finally {
            timeWaitingForWorkers.add(System.nanoTime() - start);
        }
    }

    private static ParsedDocument rejectedRoot(String sha256, String fileName, String mediaType, long size,
                                               RejectionReason reason, String message) {
        return new ParsedDocument(sha256, fileName, null, null, mediaType, size, DocumentStatus.REJECTED, reason,
                message, List.of(), List.of(), Map.of(), null);
    }

    /**
     * Media type from the first bytes only (Tika's magic table, no container parsing), for files the
     * worker could not finish: reading a few KB of magic is safe, which parsing is not.
     */
    private static String sniff(Path file, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return MimeTypes.getDefaultMimeTypes().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
