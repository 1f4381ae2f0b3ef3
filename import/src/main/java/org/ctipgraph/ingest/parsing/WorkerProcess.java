package org.ctipgraph.ingest.parsing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ctipgraph.ingest.RejectionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running worker JVM and its pipes. Not thread-safe: one file at a time.
 *
 * <p>Replies are read on a dedicated thread so the caller can wait with a deadline; when it
 * passes, the process and its children (e.g. a {@code tesseract} it started) are killed, which also
 * ends the blocked read.
 */
final class WorkerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final int STDERR_LINES = 40;

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private final ExecutorService reader;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final StringBuilder stdoutJunk = new StringBuilder();
    private final Thread drain;
    private final WorkerReply hello;
    private int filesParsed;
    private long compileMillisReported;

    private WorkerProcess(List<String> command, Duration startupTimeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        TikaOcrConfiguration.limitThreads(builder.environment());
        this.process = builder.start();
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parse-worker-reader-" + process.pid());
            t.setDaemon(true);
            return t;
        });
        this.drain = new Thread(this::drainStderr, "parse-worker-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
        try {
            this.hello = await(startupTimeout);
        } catch (WorkerFailure e) {
            kill();
            throw new IOException("worker did not start: " + e.getMessage());
        }
        if (hello == null || !"hello".equals(hello.kind())) {
            kill();
            throw new IOException("worker sent no greeting; stderr: " + stderrTail());
        }
    }

    /** Starts a worker and waits until Tika is loaded in it. */
    static WorkerProcess start(List<String> command, Duration startupTimeout) throws IOException {
        return new WorkerProcess(command, startupTimeout);
    }

    /** The worker's greeting: OCR availability and language detection. */
    WorkerReply hello() {
        return hello;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int filesParsed() {
        return filesParsed;
    }

    /** JIT compilation milliseconds this worker reported since the previous call (from its start, the first time). */
    long compileMillisSinceLastCall(WorkerReply reply) {
        long since = Math.max(0, reply.compileMillis() - compileMillisReported);
        compileMillisReported = Math.max(compileMillisReported, reply.compileMillis());
        return since;
    }

    /** Sends one request and waits at most {@code timeout} for its reply. */
    WorkerReply call(WorkerRequest request, Duration timeout) throws WorkerFailure {
        filesParsed++;
        try {
            WorkerProtocol.write(requests, request);
        } catch (IOException e) {
            throw crashed("could not send the file to the parser process");
        }
        WorkerReply reply = await(timeout);
        if (reply == null) {
            throw crashed("the parser process ended while reading this file");
        }
        return reply;
    }

    private WorkerReply await(Duration timeout) throws WorkerFailure {
        Future<WorkerReply> next = reader.submit(() -> WorkerProtocol.read(replies, WorkerReply.class, stdoutJunk));
        try {
            return next.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
            throw new WorkerFailure(RejectionReason.TIMEOUT, "no result within " + timeout.toSeconds()
                    + " s; the parser process was stopped");
        } catch (ExecutionException e) {
            throw crashed("the parser process broke the protocol (" + Failure.describe(e.getCause()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new WorkerFailure(RejectionReason.TIMEOUT, "interrupted while parsing");
        }
    }

    private WorkerFailure crashed(String what) {
        Integer exit = null;
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                exit = process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        try {
            drain.join(2_000); // the JVM's last words (e.g. OutOfMemoryError) may still be in the pipe
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String lastWords = stderrTail() + "\n" + stdoutJunk;
        if (!stdoutJunk.isEmpty()) {
            LOG.warn("worker {} wrote outside the protocol: {}", process.pid(), stdoutJunk.toString().strip());
        }
        String cause = lastWords.contains("OutOfMemoryError") ? "; it ran out of memory" : "";
        return new WorkerFailure(RejectionReason.PARSER_CRASHED, what + cause
                + (exit == null ? "" : " (exit code " + exit + ")"));
    }

    /** Kills the worker and anything it started; idempotent. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.shutdownNow();
    }

    /** Ends the worker politely (end of input), then forcibly if it lingers. */
    @Override
    public void close() {
        try {
            requests.close();
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException ignored) {
            // Already gone.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** The last lines the worker wrote to stderr, for diagnosing a crash. */
    String stderrTail() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    private void drainStderr() {
        // Must always be drained: a full stderr pipe would block the worker mid-parse.
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                LOG.debug("worker {}: {}", process.pid(), line);
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line.length() > 500 ? line.substring(0, 500) : line);
                }
            }
        } catch (IOException ignored) {
            // The process is gone.
        }
    }
}
