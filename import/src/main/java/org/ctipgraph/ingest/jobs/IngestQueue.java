package org.ctipgraph.ingest.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingestion jobs on a bounded pool. A job is recorded durably before {@link #submit} returns;
 * when {@code capacity} jobs are already waiting, {@link #submit} refuses with
 * {@link QueueFullException} instead of letting memory grow. After a restart, {@link #resume}
 * re-queues every job that was accepted but not finished.
 */
public final class IngestQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);

    private final JobStore jobs;
    private final IngestionPipeline pipeline;
    private final ParseOptions defaultOptions;
    private final ExecutorService workers;
    private final Semaphore capacity;
    private final int capacityLimit;
    private final Map<String, String> stages = new ConcurrentHashMap<>();
    private final Map<String, ParseOptions> options = new ConcurrentHashMap<>();

    /** Thrown when the queue is full: the caller should answer 429 and try later. */
    public static final class QueueFullException extends RuntimeException {
        public QueueFullException(int capacity) {
            super(capacity + " files are already waiting to be ingested; retry later");
        }
    }

    /**
     * @param workerCount parallel jobs (each parses in its own child process)
     * @param capacity    jobs that may wait before submissions are refused
     */
    public IngestQueue(JobStore jobs, IngestionPipeline pipeline, ParseOptions defaultOptions, int workerCount,
                       int capacity) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.defaultOptions = defaultOptions;
        this.capacity = new Semaphore(capacity);
        this.capacityLimit = capacity;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The id of the first ingestion of these bytes into this case: a re-upload finds the same job. */
    public static String jobId(String caseId, String sha256) {
        return GraphIds.job(caseId, sha256);
    }

    /**
     * Records and enqueues the ingestion of a stored original; returns the existing job if these
     * bytes were already submitted to this case.
     *
     * @param password for an encrypted file, or {@code null}; kept in memory only, never stored
     */
    public IngestJob submit(String caseId, String sha256, String fileName, long size, String submittedBy,
                            String password) {
        String id = jobId(caseId, sha256);
        Optional<IngestJob> existing = jobs.find(id);
        if (existing.isPresent() && (existing.get().state() != JobState.FAILED && password == null)) {
            return existing.get();
        }
        if (!capacity.tryAcquire()) {
            throw new QueueFullException(capacityLimit);
        }
        IngestJob job;
        try {
            job = jobs.record(id, caseId, sha256, fileName, size, submittedBy);
            if (job.finished()) {
                jobs.requeue(id);
                job = jobs.find(id).orElseThrow();
            }
        } catch (RuntimeException e) {
            capacity.release();
            throw e;
        }
        if (password != null) {
            options.put(id, defaultOptions.withPassword(password));
        }
        enqueue(job);
        return job;
    }

    /** Runs a finished document's job again (after a fix, a supplied password or a new extractor). */
    public IngestJob reingest(String jobId, String password) {
        IngestJob job = jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
        if (!capacity.tryAcquire()) {
            throw new QueueFullException(capacityLimit);
        }
        jobs.requeue(jobId);
        if (password != null) {
            options.put(jobId, defaultOptions.withPassword(password));
        }
        IngestJob queued = jobs.find(jobId).orElseThrow();
        enqueue(queued);
        return queued;
    }

    /** Re-queues jobs left unfinished by a previous run. Call once at start-up. */
    public int resume() {
        List<IngestJob> unfinished = jobs.unfinished();
        for (IngestJob job : unfinished) {
            capacity.acquireUninterruptibly();
            enqueue(job);
        }
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} ingestion job(s) accepted before the last stop", unfinished.size());
        }
        return unfinished.size();
    }

    /** The job with its live stage, if any. */
    public Optional<IngestJob> find(String id) {
        return jobs.find(id).map(job -> job.finished() ? job : job.withStage(stages.get(id)));
    }

    private void enqueue(IngestJob job) {
        stages.put(job.id(), "queued");
        workers.execute(() -> runJob(job));
    }

    private void runJob(IngestJob job) {
        try {
            jobs.markRunning(job.id());
            ParseOptions jobOptions = options.getOrDefault(job.id(), defaultOptions);
            pipeline.run(job, jobOptions, stage -> stages.put(job.id(), stage));
        } catch (RuntimeException e) {
            log.error("Ingestion job {} ({}) failed", job.id(), job.fileName(), e);
            try {
                jobs.markFailed(job.id(), e.toString());
            } catch (RuntimeException again) {
                log.error("Could not record the failure of job {}; it will be resumed at next start", job.id(), again);
            }
        } finally {
            stages.remove(job.id());
            options.remove(job.id());
            capacity.release();
        }
    }

    /** Waits for running jobs to finish, up to the timeout; unfinished ones resume at next start. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
