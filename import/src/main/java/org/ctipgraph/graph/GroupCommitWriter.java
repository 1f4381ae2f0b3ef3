package org.ctipgraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.ctipgraph.graph.DocumentGraphWriter.DocumentTree;
import org.ctipgraph.graph.DocumentGraphWriter.WriteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the document trees that several ingestion threads hand over, as many as are waiting in one
 * transaction (group commit), on a thread of its own.
 *
 * <p>Why: a durable commit costs a log flush whatever its size, and on small seized files (chats, call
 * records, one-page forms) that flush costs as much as parsing the file. Handing the write over also lets
 * the parse thread start on its next file while this one commits. The writer takes whatever finished while
 * the previous commit was running and, while other files are still being parsed ({@link #preparing}), waits
 * up to {@code linger} for them: on a busy machine the writer keeps up with the parsers, so without the wait
 * every group held one file and each file paid for a whole transaction (Bolt round trip, commit, log
 * flush). A lone upload, with nothing else being parsed, is written at once.
 *
 * <p>Each tree stays whole: a group commits together or not at all, and when a group fails (after the
 * driver's retries of transient errors) every tree of it is written again alone, so one tree that cannot be
 * written fails only its own future. {@link #submit} blocks while {@code maxPending} trees are waiting,
 * which bounds the parsed text held in memory when the database is slower than the parsers.
 */
public final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    /** While lingering, how often the writer looks again whether files are still being parsed. */
    private static final long LINGER_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final Transaction transaction;
    private final int maxRowsPerTransaction;
    private final long lingerNanos;
    /** Files being parsed that will be submitted here: the writer waits for them only while there are some. */
    private final AtomicInteger preparing = new AtomicInteger();
    /** A tree taken while lingering that did not fit its group: the next group starts with it. */
    private Pending carried;
    private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final Semaphore room;
    private final Thread thread;
    private volatile boolean closing;
    private final LongAdder transactions = new LongAdder();
    private final LongAdder trees = new LongAdder();
    private final LongAdder nanosWriting = new LongAdder();

    /** Writes a group of trees in one transaction, all or none ({@link DocumentGraphWriter#writeAll}). */
    @FunctionalInterface
    public interface Transaction {
        List<WriteSummary> writeAll(List<DocumentTree> trees);
    }

    private record Pending(DocumentTree tree, CompletableFuture<WriteSummary> done) {
    }

    /**
     * What the writer has done since it started.
     *
     * @param transactions committed (or failed) group transactions
     * @param trees        trees written (or failed)
     * @param nanosWriting time spent in transactions
     */
    public record Statistics(long transactions, long trees, long nanosWriting) {
        /** Trees per transaction on average (1 when nothing was written). */
        public double treesPerTransaction() {
            return transactions == 0 ? 1 : (double) trees / transactions;
        }
    }

    /**
     * @param maxPending            trees that may wait for the writer before {@link #submit} blocks
     * @param maxRowsPerTransaction a group stops growing past this many rows ({@link DocumentTree#rows()}),
     *                              bounding a transaction's memory; a larger tree is written alone
     */
    public GroupCommitWriter(DocumentGraphWriter writer, int maxPending, int maxRowsPerTransaction) {
        this(writer::writeAll, maxPending, maxRowsPerTransaction, Duration.ZERO);
    }

    /**
     * @param linger how long a group may wait for files still being parsed; zero writes whatever is waiting
     */
    public GroupCommitWriter(DocumentGraphWriter writer, int maxPending, int maxRowsPerTransaction, Duration linger) {
        this(writer::writeAll, maxPending, maxRowsPerTransaction, linger);
    }

    /** With any transaction, e.g. one that fails on purpose in a test. */
    public GroupCommitWriter(Transaction transaction, int maxPending, int maxRowsPerTransaction, Duration linger) {
        if (maxPending < 1 || maxRowsPerTransaction < 1 || linger.isNegative()) {
            throw new IllegalArgumentException("maxPending and maxRowsPerTransaction must be positive, linger not negative");
        }
        this.transaction = transaction;
        this.maxRowsPerTransaction = maxRowsPerTransaction;
        this.lingerNanos = linger.toNanos();
        this.room = new Semaphore(maxPending);
        this.thread = Thread.ofPlatform().name("graph-writer").daemon(true).unstarted(this::writeLoop);
        thread.start();
    }

    /**
     * Queues a tree for writing, waiting for room if {@code maxPending} trees are already waiting.
     *
     * @return completes with the write's summary once its transaction committed, or exceptionally with
     *         the error that kept this tree out of the graph
     */
    public CompletableFuture<WriteSummary> submit(DocumentTree tree) {
        if (closing) {
            throw new IllegalStateException("the graph writer is closed");
        }
        room.acquireUninterruptibly();
        CompletableFuture<WriteSummary> done = new CompletableFuture<>();
        pending.add(new Pending(tree, done));
        return done;
    }

    /**
     * Counts a file whose tree will be submitted ({@code +1} when its parse starts, {@code -1} once it is
     * submitted or has failed): groups wait for such files, up to the linger.
     */
    public void preparing(int delta) {
        preparing.addAndGet(delta);
    }

    public Statistics statistics() {
        return new Statistics(transactions.sum(), trees.sum(), nanosWriting.sum());
    }

    private void writeLoop() {
        while (!closing || carried != null || !pending.isEmpty()) {
            Pending first = carried;
            carried = null;
            if (first == null) {
                try {
                    first = pending.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    continue;
                }
                if (first == null) {
                    continue;
                }
                room.release();
            }
            write(group(first));
        }
        // Only a submit that raced with close() can leave a tree here: say so instead of leaving it hanging.
        for (Pending late = pending.poll(); late != null; late = pending.poll()) {
            late.done().completeExceptionally(new IllegalStateException("the graph writer closed before this write"));
        }
    }

    /**
     * The trees to commit with {@code first}: those waiting, then, while files are being parsed, those that
     * arrive within the linger; at most {@code maxRowsPerTransaction} rows unless {@code first} alone is larger.
     */
    private List<Pending> group(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        int rows = first.tree().rows();
        long deadline = System.nanoTime() + lingerNanos;
        while (rows < maxRowsPerTransaction) {
            Pending next = pending.poll();
            if (next == null) {
                long wait = deadline - System.nanoTime();
                if (wait <= 0 || closing || preparing.get() <= 0) {
                    break;
                }
                try {
                    next = pending.poll(Math.min(wait, LINGER_CHECK_NANOS), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    break;
                }
                if (next == null) {
                    continue;
                }
            }
            room.release();
            if (rows + next.tree().rows() > maxRowsPerTransaction) {
                carried = next;
                break;
            }
            group.add(next);
            rows += next.tree().rows();
        }
        return group;
    }

    private void write(List<Pending> group) {
        long start = System.nanoTime();
        try {
            List<WriteSummary> summaries = transaction.writeAll(group.stream().map(Pending::tree).toList());
            count(group.size(), start);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(summaries.get(i));
            }
        } catch (RuntimeException e) {
            count(group.size(), start);
            if (group.size() == 1) {
                group.getFirst().done().completeExceptionally(e);
                return;
            }
            log.warn("A group of {} document writes failed ({}); writing each alone", group.size(), e.toString());
            for (Pending one : group) {
                write(List.of(one));
            }
        }
    }

    private void count(int written, long start) {
        transactions.increment();
        trees.add(written);
        nanosWriting.add(System.nanoTime() - start);
    }

    /** Writes every tree already submitted, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("The graph writer did not finish within a minute; unwritten jobs resume at next start");
        }
    }
}
