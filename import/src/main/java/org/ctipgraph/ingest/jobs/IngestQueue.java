package org.ctipgraph.ingest.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.graph.GroupCommitWriter;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.store.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingestion jobs in two stages: parse and extract on a bounded pool (two threads per parser worker),
 * then write on the {@link GroupCommitWriter}, which commits the files that finished together in one
 * transaction while the pool goes on with the next files. A job is recorded durably before
 * {@link #submit} returns and marked done in the transaction that writes its document, so a crash at any
 * point leaves it queued (and {@link #resume} runs it again) or done, never both.
 *
 * <p>Uploads are refused with {@link QueueFullException} when {@code capacity} jobs are already accepted
 * and unfinished; a bulk import ({@link #bulk}) waits for room instead, so memory never grows with the
 * size of a seized drive.
 */
public final class IngestQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);
    /** Jobs a bulk import records per transaction once the workers have files waiting. */
    private static final int BULK_GROUP = 32;
    /**
     * Pool threads per parser worker. With two, a worker that answers starts the next file at once, from the
     * other thread, while the first extracts and hands its file to the writer; with one, the worker idled
     * through that (about 3 ms a file, measured) and through the whole extraction.
     */
    private static final int THREADS_PER_WORKER = 2;

    private final JobStore jobs;
    private final IngestionPipeline pipeline;
    private final GroupCommitWriter writes;
    private final ParseOptions defaultOptions;
    private final ExecutorService workers;
    private final Semaphore capacity;
    private final int capacityLimit;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Map<String, String> stages = new ConcurrentHashMap<>();
    private final Map<String, ParseOptions> options = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final LongAdder finished = new LongAdder();
    private final LongAdder nanosPreparing = new LongAdder();

    /** Thrown when the queue is full: the caller should answer 429 and try later. */
    public static final class QueueFullException extends RuntimeException {
        public QueueFullException(int capacity) {
            super(capacity + " files are already waiting to be ingested; retry later");
        }
    }

    /**
     * What the queue has done since it started.
     *
     * @param jobsFinished   jobs that ended (done or failed)
     * @param nanosPreparing time the pool spent parsing and extracting, all threads together
     * @param writes         the group commit writer's figures
     */
    public record Statistics(long jobsFinished, long nanosPreparing, GroupCommitWriter.Statistics writes) {
    }

    /**
     * @param writes      writes the parsed files; the queue does not close it (it may serve other queues)
     * @param workerCount files parsed at once (each in its own parser process); the pool has
     *                    {@value #THREADS_PER_WORKER} threads per worker
     * @param capacity    accepted jobs that may be unfinished before uploads are refused
     */
    public IngestQueue(JobStore jobs, IngestionPipeline pipeline, GroupCommitWriter writes, ParseOptions defaultOptions,
                       int workerCount, int capacity) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.writes = writes;
        this.defaultOptions = defaultOptions;
        this.capacity = new Semaphore(capacity);
        this.capacityLimit = capacity;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(THREADS_PER_WORKER * workerCount, r -> {
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
     * @throws QueueFullException when {@code capacity} jobs are unfinished
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

    /**
     * Starts a bulk import into a case: files added to it are recorded as jobs a group per transaction and
     * queued, waiting for room when the queue is full. Close it to record the last group.
     */
    public Bulk bulk(String caseId, String submittedBy) {
        return new Bulk(caseId, submittedBy);
    }

    /**
     * The jobs of one bulk import. A group is recorded as soon as the workers have nothing waiting (so they
     * never idle for want of a recorded job) or when {@value #BULK_GROUP} files are stored; until then an
     * added file is stored but not yet accepted, and a crash forgets it (importing again finds its bytes
     * stored already). Not thread-safe: one importing thread adds the files.
     */
    public final class Bulk implements AutoCloseable {
        private final String caseId;
        private final String submittedBy;
        private final List<JobStore.NewJob> unrecorded = new ArrayList<>();

        private Bulk(String caseId, String submittedBy) {
            this.caseId = caseId;
            this.submittedBy = submittedBy;
        }

        /**
         * Adds a stored file.
         *
         * @return the id its job has (or will have, once its group is recorded)
         */
        public String add(StoredFile stored, String fileName) {
            String id = jobId(caseId, stored.sha256());
            unrecorded.add(new JobStore.NewJob(id, caseId, stored.sha256(), fileName, stored.size(), submittedBy));
            if (unrecorded.size() >= BULK_GROUP || waiting.get() == 0) {
                record();
            }
            return id;
        }

        private void record() {
            if (unrecorded.isEmpty()) {
                return;
            }
            List<JobStore.Recorded> recorded = jobs.recordAll(List.copyOf(unrecorded));
            unrecorded.clear();
            for (JobStore.Recorded r : recorded) {
                if (r.queued()) {
                    capacity.acquireUninterruptibly();
                    enqueue(r.job());
                }
            }
        }

        /** Records the files added since the last group. */
        @Override
        public void close() {
            record();
        }
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

    /** The job with its live stage, if any: a queued job that a worker has is shown RUNNING. */
    public Optional<IngestJob> find(String id) {
        return jobs.find(id).map(job -> {
            if (job.finished()) {
                return job;
            }
            String stage = stages.get(id);
            return job.withStage(stage, stage == null || stage.equals("queued") ? JobState.QUEUED : JobState.RUNNING);
        });
    }

    /** Completes when the job ends (done or failed); at once if it is not in this queue. */
    public CompletableFuture<Void> completion(String jobId) {
        return inFlight.getOrDefault(jobId, CompletableFuture.completedFuture(null));
    }

    public Statistics statistics() {
        return new Statistics(finished.sum(), nanosPreparing.sum(), writes.statistics());
    }

    private void enqueue(IngestJob job) {
        stages.put(job.id(), "queued");
        inFlight.put(job.id(), new CompletableFuture<>());
        waiting.incrementAndGet();
        workers.execute(() -> runJob(job));
    }

    private void runJob(IngestJob job) {
        waiting.decrementAndGet();
        // Tells the writer a tree is coming, so a group being formed may wait for it.
        writes.preparing(1);
        try {
            long start = System.nanoTime();
            IngestionPipeline.Prepared prepared;
            try {
                ParseOptions jobOptions = options.getOrDefault(job.id(), defaultOptions);
                prepared = pipeline.prepare(job, jobOptions, stage -> stages.put(job.id(), stage));
            } catch (RuntimeException e) {
                nanosPreparing.add(System.nanoTime() - start);
                finish(job, e);
                return;
            }
            nanosPreparing.add(System.nanoTime() - start);
            stages.put(job.id(), "writing");
            // The write happens on the writer's thread: this one goes on with the next file.
            writes.submit(prepared.tree()).whenComplete((summary, error) -> finish(job, error));
        } finally {
            writes.preparing(-1);
        }
    }

    private void finish(IngestJob job, Throwable error) {
        try {
            if (error != null) {
                log.error("Ingestion job {} ({}) failed", job.id(), job.fileName(), error);
                try {
                    jobs.markFailed(job.id(), error.toString());
                } catch (RuntimeException again) {
                    log.error("Could not record the failure of job {}; it will be resumed at next start", job.id(), again);
                }
            }
        } finally {
            stages.remove(job.id());
            options.remove(job.id());
            finished.increment();
            capacity.release();
            CompletableFuture<Void> done = inFlight.remove(job.id());
            if (done != null) {
                done.complete(null);
            }
        }
    }

    /**
     * Lets the workers finish their files, up to 30 seconds; the writer, closed after this queue, then
     * commits what they handed over. Jobs not finished by then resume at next start.
     */
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
