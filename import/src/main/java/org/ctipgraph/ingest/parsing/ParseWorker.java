package org.ctipgraph.ingest.parsing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Main class of the parser process started by {@link IsolatedDocumentParser}.
 *
 * <p>Reads {@link WorkerRequest} frames from stdin and answers each with a {@link WorkerReply} on
 * stdout (see {@link WorkerProtocol}); exits at end of input. Everything else that would reach
 * stdout (library logging, stray prints) is sent to stderr, so it cannot corrupt the protocol.
 * Run it with {@code -XX:+ExitOnOutOfMemoryError}: after an OOM a parser's state is not to be trusted.
 */
public final class ParseWorker {

    private ParseWorker() {
    }

    /** Entry point of the worker JVM. */
    public static void main(String[] args) throws Exception {
        DataOutputStream protocol = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream requests = new DataInputStream(
                new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));

        watchParent();
        OcrAvailability ocr = OcrAvailability.detect();
        TikaExtraction extraction = new TikaExtraction(ocr);
        WorkerProtocol.write(protocol, WorkerReply.hello(ocr, extraction.detectsLanguage()));

        WorkerRequest request;
        while ((request = WorkerProtocol.read(requests, WorkerRequest.class, null)) != null) {
            WorkerReply reply;
            long start = System.nanoTime();
            try {
                List<WorkerDocument> documents = extraction.extract(request);
                reply = WorkerReply.result(documents, System.nanoTime() - start);
            } catch (Exception e) {
                reply = WorkerReply.error(Failure.describe(e), System.nanoTime() - start);
            }
            WorkerProtocol.write(protocol, reply);
        }
    }

    /**
     * Ends this worker when the parent dies. End of input covers an idle worker, but a worker stuck
     * in a hanging parser never reads again and would otherwise spin on as an orphan.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            while (true) {
                if (!parent.isAlive()) {
                    Runtime.getRuntime().halt(4);
                }
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
