package org.ctipgraph.ingest.parsing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.ctipgraph.ingest.ParseOptions;

/**
 * The limits still available while one received file is parsed, shared by the file and everything
 * embedded in it (kept in Tika's {@code ParseContext}). Single-threaded, like a Tika parse.
 */
final class ParseBudget {

    private final ParseOptions options;
    private final long receivedBytes;
    private final Path spoolDirectory;
    private final Deque<Integer> open = new ArrayDeque<>();
    private final List<Integer> parents = new ArrayList<>();
    private final Set<Metadata> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int documents;
    private long unpackedBytes;
    private long chars;
    private String bomb;

    ParseBudget(ParseOptions options, long receivedBytes, Path spoolDirectory) {
        this.options = options;
        this.receivedBytes = receivedBytes;
        this.spoolDirectory = spoolDirectory;
    }

    ParseOptions options() {
        return options;
    }

    /**
     * Whether this metadata belongs to a document already being parsed. Some parsers (e.g. image
     * OCR) re-enter the stateless parser with their own document's metadata; that is not a new
     * embedded document.
     */
    boolean isInProgress(Metadata metadata) {
        return inProgress.contains(metadata);
    }

    /** Opens a document; returns its pre-order index (0 = the received file). */
    int enter(Metadata metadata) {
        inProgress.add(metadata);
        int index = documents++;
        parents.add(open.isEmpty() ? -1 : open.peek());
        open.push(index);
        return index;
    }

    void exit(Metadata metadata) {
        inProgress.remove(metadata);
        open.pop();
    }

    /** Index of the enclosing document, or -1 for the received file. */
    int parentOf(int index) {
        return parents.get(index);
    }

    /** Nesting level of the innermost open document (0 = the received file). */
    int depth() {
        return open.size() - 1;
    }

    int embeddedCount() {
        return documents - 1;
    }

    /** Most bytes the next member may still unpack before the file counts as a zip bomb. */
    long remainingUnpackBytes() {
        long byRatio = Math.max(ParseOptions.RATIO_FLOOR_BYTES,
                saturatedMultiply(options.maxCompressionRatio(), Math.max(1, receivedBytes)));
        return Math.max(0, Math.min(options.maxUnpackedBytes(), byRatio) - unpackedBytes);
    }

    void addUnpacked(long bytes) {
        unpackedBytes += bytes;
    }

    long unpackedBytes() {
        return unpackedBytes;
    }

    /** Counts text written; {@code false} once the write limit is exceeded. */
    boolean addChars(int count) {
        chars += count;
        return chars <= options.writeLimitChars();
    }

    long remainingChars() {
        return Math.max(0, options.writeLimitChars() - chars);
    }

    Path spoolDirectory() {
        return spoolDirectory;
    }

    /** Records that the file is a zip bomb; the first explanation wins. */
    ZipBombException bomb(String explanation) {
        if (bomb == null) {
            bomb = explanation;
        }
        return new ZipBombException(bomb);
    }

    /** The zip-bomb explanation, or {@code null} if none was detected. */
    String bombExplanation() {
        return bomb;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
