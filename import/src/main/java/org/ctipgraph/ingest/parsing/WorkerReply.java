package org.ctipgraph.ingest.parsing;

import java.util.List;

/**
 * A message from the worker process: {@code hello} once it is ready, then one {@code result} (or
 * {@code error}, for a failure of the worker itself rather than of the file) per request.
 *
 * @param kind              {@code hello}, {@code result} or {@code error}
 * @param documents         the parsed documents (result)
 * @param error             what went wrong inside the worker (error)
 * @param ocr               OCR availability (hello)
 * @param languageDetection whether a Tika language detector is on the worker's classpath (hello)
 * @param workNanos         how long the worker took from reading the request to answering it (result, error):
 *                          the rest of a parse's time is the hand-over between the processes
 * @param compileMillis     the worker JVM's JIT compilation time so far (all replies): a fresh worker compiles
 *                          for its first thousand files or so, and a benchmark must know when that is over
 */
public record WorkerReply(String kind, List<WorkerDocument> documents, String error, OcrAvailability ocr,
                          boolean languageDetection, long workNanos, long compileMillis) {

    static WorkerReply hello(OcrAvailability ocr, boolean languageDetection) {
        return new WorkerReply("hello", List.of(), null, ocr, languageDetection, 0, JitCompileTime.millisSoFar());
    }

    static WorkerReply result(List<WorkerDocument> documents, long workNanos) {
        return new WorkerReply("result", documents, null, null, false, workNanos, JitCompileTime.millisSoFar());
    }

    static WorkerReply error(String error, long workNanos) {
        return new WorkerReply("error", List.of(), error, null, false, workNanos, JitCompileTime.millisSoFar());
    }

}
