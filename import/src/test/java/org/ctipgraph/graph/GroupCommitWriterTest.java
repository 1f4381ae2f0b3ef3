package org.ctipgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.graph.DocumentGraphWriter.DocumentTree;
import org.ctipgraph.graph.DocumentGraphWriter.WriteSummary;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;

/** The grouping and failure rules of the group commit, against a recording stand-in for the database. */
class GroupCommitWriterTest {

    /** Records each transaction's jobs; fails a whole transaction if it holds the job named "unwritable". */
    private static final class RecordingTransaction implements GroupCommitWriter.Transaction {
        final List<List<String>> committed = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release;

        RecordingTransaction(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public List<WriteSummary> writeAll(List<DocumentTree> trees) {
            firstStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<String> jobs = trees.stream().map(DocumentTree::jobId).toList();
            if (jobs.contains("unwritable")) {
                throw new IllegalStateException("constraint violated");
            }
            committed.add(jobs);
            return trees.stream().map(t -> new WriteSummary(t.documents().size(), 1, 0, 0, 0)).toList();
        }
    }

    @Test
    void filesThatFinishWhileATransactionRunsAreCommittedTogetherInTheNext() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingTransaction database = new RecordingTransaction(release);
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 10, 1000, Duration.ZERO)) {
            CompletableFuture<WriteSummary> first = holdFirstWrite(writer, database);
            List<CompletableFuture<WriteSummary>> waiting = List.of(writer.submit(tree("job-2", 1)),
                    writer.submit(tree("job-3", 1)), writer.submit(tree("job-4", 1)));

            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<WriteSummary> f : waiting) {
                assertThat(f.get(10, TimeUnit.SECONDS).documents()).isEqualTo(1);
            }
            assertThat(database.committed).containsExactly(List.of("job-1"), List.of("job-2", "job-3", "job-4"));
            assertThat(writer.statistics().transactions()).isEqualTo(2);
            assertThat(writer.statistics().treesPerTransaction()).isEqualTo(2.0);
        }
    }

    @Test
    void aFileThatCannotBeWrittenFailsAloneAndTheRestOfItsGroupIsWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingTransaction database = new RecordingTransaction(release);
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 10, 1000, Duration.ZERO)) {
            CompletableFuture<WriteSummary> first = holdFirstWrite(writer, database);
            CompletableFuture<WriteSummary> before = writer.submit(tree("job-2", 1));
            CompletableFuture<WriteSummary> bad = writer.submit(tree("unwritable", 1));
            CompletableFuture<WriteSummary> after = writer.submit(tree("job-3", 1));

            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            before.get(10, TimeUnit.SECONDS);
            after.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("constraint violated");
            assertThat(database.committed).containsExactly(List.of("job-1"), List.of("job-2"), List.of("job-3"));
        }
    }

    @Test
    void aGroupStopsGrowingAtTheRowLimitAndALargerFileIsWrittenAlone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingTransaction database = new RecordingTransaction(release);
        // Each tree below is one document of n pages: n + 1 rows.
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 10, 6, Duration.ZERO)) {
            CompletableFuture<WriteSummary> first = holdFirstWrite(writer, database);
            List<CompletableFuture<WriteSummary>> rest = List.of(writer.submit(tree("big", 9)),
                    writer.submit(tree("small-1", 2)), writer.submit(tree("small-2", 2)), writer.submit(tree("small-3", 2)));

            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<WriteSummary> f : rest) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertThat(database.committed).containsExactly(List.of("job-1"), List.of("big"),
                    List.of("small-1", "small-2"), List.of("small-3"));
        }
    }

    @Test
    void closingWritesEverythingAlreadySubmitted() throws Exception {
        RecordingTransaction database = new RecordingTransaction(new CountDownLatch(0));
        List<CompletableFuture<WriteSummary>> submitted = new ArrayList<>();
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, 1000, Duration.ZERO)) {
            for (int i = 0; i < 50; i++) {
                submitted.add(writer.submit(tree("job-" + i, 1)));
            }
        }
        assertThat(submitted).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(database.committed.stream().mapToInt(List::size).sum()).isEqualTo(50);
    }

    @Test
    void whileOtherFilesAreBeingParsedAGroupWaitsForThemAndIsWrittenOnceNoneIsLeft() throws Exception {
        RecordingTransaction database = new RecordingTransaction(new CountDownLatch(0));
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 10, 1000, Duration.ofSeconds(10))) {
            writer.preparing(3);
            CompletableFuture<WriteSummary> first = writer.submit(tree("job-1", 1));
            writer.preparing(-1);
            Thread.sleep(200);
            writer.submit(tree("job-2", 1));
            writer.preparing(-1);
            Thread.sleep(200);
            writer.submit(tree("job-3", 1));
            writer.preparing(-1);

            // Well before the 10 s linger: the group closes as soon as nothing more is being parsed.
            first.get(5, TimeUnit.SECONDS);
            assertThat(database.committed).containsExactly(List.of("job-1", "job-2", "job-3"));
        }
    }

    @Test
    void aLoneFileIsWrittenAtOnceWhenNothingElseIsBeingParsed() throws Exception {
        RecordingTransaction database = new RecordingTransaction(new CountDownLatch(0));
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 10, 1000, Duration.ofSeconds(10))) {
            writer.submit(tree("upload", 1)).get(5, TimeUnit.SECONDS);

            assertThat(database.committed).containsExactly(List.of("upload"));
        }
    }

    /** Submits job-1 and waits until its transaction runs (held there until the test releases it). */
    private static CompletableFuture<WriteSummary> holdFirstWrite(GroupCommitWriter writer, RecordingTransaction database)
            throws InterruptedException {
        CompletableFuture<WriteSummary> first = writer.submit(tree("job-1", 1));
        assertThat(database.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static DocumentTree tree(String jobId, int pages) {
        List<PageText> text = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            text.add(new PageText(p, "page " + p));
        }
        ParsedDocument doc = new ParsedDocument("f".repeat(64), jobId + ".txt", null, null, "text/plain", 10,
                DocumentStatus.INGESTED, null, null, List.of(), text, Map.of(), "en");
        return new DocumentTree("case-g", List.of(doc), Map.of(), jobId);
    }
}
