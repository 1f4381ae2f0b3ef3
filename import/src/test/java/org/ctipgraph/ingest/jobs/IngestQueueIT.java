package org.ctipgraph.ingest.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctipgraph.extraction.CaseLexicon;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.GroupCommitWriter;
import org.ctipgraph.ingest.DocumentParser;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.ctipgraph.schema.SchemaMigrator;
import org.ctipgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * The queue's promises on a real database, with a parser that holds every file until the test lets it go:
 * uploads beyond capacity are refused, a bulk import waits for room instead, a job shows RUNNING while a
 * worker has it (and QUEUED while it waits for one), and every accepted file ends up written once with its
 * job done.
 */
class IngestQueueIT {
    @TempDir
    Path directory;
    TestNeo4j neo4j;
    EvidenceStore store;
    final CountDownLatch parsersMayFinish = new CountDownLatch(1);
    GroupCommitWriter writes;
    IngestQueue queue;

    /** Files waiting for the parser's single worker. */
    final AtomicInteger waitingForTheWorker = new AtomicInteger();

    /**
     * Parses like one parser worker: a file at a time, the others waiting for it. Answers one page of text per
     * file, once the test counts the latch down.
     */
    final DocumentParser heldParser = new DocumentParser() {
        private final Semaphore worker = new Semaphore(1);

        @Override
        public List<ParsedDocument> parse(Path original, String sha256, String fileName, ParseOptions options,
                                          Runnable started) {
            waitingForTheWorker.incrementAndGet();
            worker.acquireUninterruptibly();
            waitingForTheWorker.decrementAndGet();
            try {
                started.run();
                parsersMayFinish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                worker.release();
            }
            return List.of(new ParsedDocument(sha256, fileName, null, null, "text/plain", 10, DocumentStatus.INGESTED,
                    null, null, List.of(), List.of(new PageText(1, "note " + fileName)), Map.of(), "en"));
        }
    };

    @BeforeEach
    void start() throws IOException {
        neo4j = new TestNeo4j(directory.resolve("db"));
        new SchemaMigrator(neo4j.driver(), null).migrate();
        store = new EvidenceStore(directory.resolve("evidence"));
        DocumentGraphWriter writer = new DocumentGraphWriter(neo4j.driver(), null);
        IngestionPipeline pipeline = new IngestionPipeline(store, heldParser, IngestionPipeline.NO_EXTRACTION,
                caseId -> CaseLexicon.EMPTY, writer);
        writes = new GroupCommitWriter(writer, 4, 1000);
        queue = new IngestQueue(new JobStore(neo4j.driver(), null), pipeline, writes, ParseOptions.defaults(), 1, 2);
    }

    @AfterEach
    void stop() {
        parsersMayFinish.countDown();
        queue.close();
        writes.close();
        neo4j.close();
    }

    @Test
    void anUploadBeyondCapacityIsRefusedAndAcceptedOnceTheQueueHasRoom() throws Exception {
        IngestJob first = submit("note-1");
        submit("note-2");

        assertThatThrownBy(() -> submit("note-3")).isInstanceOf(IngestQueue.QueueFullException.class);

        parsersMayFinish.countDown();
        queue.completion(first.id()).get(30, TimeUnit.SECONDS);
        IngestJob third = submitWhenRoom("note-3");
        queue.completion(third.id()).get(30, TimeUnit.SECONDS);
        assertThat(documentsAndDoneJobs("case-q")).containsExactly(3L, 3L);
    }

    @Test
    void aBulkImportLargerThanTheQueueWaitsForRoomAndLosesNothing() throws Exception {
        List<String> ids = new ArrayList<>();
        CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> {
            try (IngestQueue.Bulk bulk = queue.bulk("case-q", "test")) {
                for (int i = 0; i < 6; i++) {
                    synchronized (ids) {
                        ids.add(bulk.add(stored("bulk-" + i), "bulk-" + i + ".txt"));
                    }
                }
            }
        });

        // Two jobs fill the queue and the parser holds them: the import cannot finish.
        Thread.sleep(500);
        assertThat(importing).isNotDone();

        parsersMayFinish.countDown();
        importing.get(30, TimeUnit.SECONDS);
        for (String id : ids) {
            queue.completion(id).get(30, TimeUnit.SECONDS);
        }
        assertThat(documentsAndDoneJobs("case-q")).containsExactly(6L, 6L);
    }

    @Test
    void aJobIsShownRunningWhileAWorkerHasItAndIsStoredQueuedUntilItsWriteMarksItDone() throws Exception {
        IngestJob job = submit("note-1");
        awaitStage(job.id(), "parsing");

        assertThat(queue.find(job.id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        try (Session session = neo4j.driver().session()) {
            assertThat(session.run("MATCH (j:Job {id: $id}) RETURN j.state AS s", Map.of("id", job.id()))
                    .single().get("s").asString()).isEqualTo("QUEUED");
        }

        parsersMayFinish.countDown();
        queue.completion(job.id()).get(30, TimeUnit.SECONDS);
        IngestJob done = queue.find(job.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.documentStatus()).isEqualTo("INGESTED");
    }

    @Test
    void aJobWaitingForAFreeParserWorkerIsShownQueued() throws Exception {
        IngestJob first = submit("note-1");
        awaitStage(first.id(), "parsing");
        IngestJob second = submit("note-2");
        // The queue hands the next file to a second thread at once, so the worker never waits for it, but
        // until the worker is free that file is not being parsed.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (waitingForTheWorker.get() == 0) {
            assertThat(System.nanoTime()).as("second file reaches the parser").isLessThan(deadline);
            Thread.sleep(20);
        }

        assertThat(queue.find(first.id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        assertThat(queue.find(second.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);

        parsersMayFinish.countDown();
        queue.completion(second.id()).get(30, TimeUnit.SECONDS);
        assertThat(documentsAndDoneJobs("case-q")).containsExactly(2L, 2L);
    }

    private IngestJob submit(String name) throws IOException {
        StoredFile file = stored(name);
        return queue.submit("case-q", file.sha256(), name + ".txt", file.size(), "test", null);
    }

    private IngestJob submitWhenRoom(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return submit(name);
            } catch (IngestQueue.QueueFullException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private void awaitStage(String jobId, String stage) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stage.equals(queue.find(jobId).orElseThrow().stage())) {
            assertThat(System.nanoTime()).as("job reaches " + stage).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private StoredFile stored(String name) {
        try {
            return store.store(new ByteArrayInputStream(("seized " + name).getBytes(StandardCharsets.UTF_8)), 1 << 20);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Long> documentsAndDoneJobs(String caseId) {
        try (Session session = neo4j.driver().session()) {
            var r = session.run("""
                    RETURN COUNT { (:Document {caseId: $caseId}) } AS documents,
                           COUNT { (j:Job {caseId: $caseId}) WHERE j.state = 'DONE' } AS done""",
                    Map.of("caseId", caseId)).single();
            return List.of(r.get("documents").asLong(), r.get("done").asLong());
        }
    }
}
