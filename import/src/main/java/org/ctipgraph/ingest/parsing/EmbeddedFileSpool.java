package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a parser worker writes one file's embedded documents to (archive members, attachments), inside
 * the evidence store's scratch directory, and the step that turns the worker's report into
 * {@link ParsedDocument}s: each embedded file is adopted into the store under the hash the store computes
 * itself, since the worker is not trusted. Deleted when the parse is over, kept or not.
 */
final class EmbeddedFileSpool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileSpool.class);
    private static final String PREFIX = "parse-";

    private final EvidenceStore store;
    private final Path path;

    private EmbeddedFileSpool(EvidenceStore store, Path path) {
        this.store = store;
        this.path = path;
    }

    static EmbeddedFileSpool create(EvidenceStore store) throws IOException {
        return new EmbeddedFileSpool(store, Files.createTempDirectory(store.scratchDirectory(), PREFIX));
    }

    /** Where the worker writes the embedded files. */
    Path path() {
        return path;
    }

    /**
     * The worker's report as documents, the root (index 0) under {@code rootSha256}, each embedded document
     * under the hash of its stored bytes and linked to its container's.
     */
    List<ParsedDocument> assemble(List<WorkerDocument> reported, String rootSha256, long maxUnpackedBytes)
            throws IOException {
        List<WorkerDocument> ordered = new ArrayList<>(reported);
        ordered.sort(Comparator.comparingInt(WorkerDocument::index));
        Map<Integer, String> shaByIndex = new HashMap<>();
        List<ParsedDocument> result = new ArrayList<>();
        for (WorkerDocument d : ordered) {
            String sha;
            long size = d.size();
            if (d.index() == 0) {
                sha = rootSha256;
            } else if (d.spoolFile() != null) {
                // The spool lies inside the store: adopting it hashes it again (the worker is not
                // trusted) but does not copy the bytes.
                StoredFile stored = store.adopt(path.resolve(d.spoolFile()), maxUnpackedBytes);
                if (!stored.sha256().equals(d.sha256())) {
                    LOG.warn("worker hash {} differs from stored hash {} for {}", d.sha256(), stored.sha256(),
                            d.pathInParent());
                }
                sha = stored.sha256();
                size = stored.size();
            } else {
                // Never happens for a parsed member; kept so a report stays complete if it does.
                LOG.warn("embedded document {} arrived without bytes; skipped", d.pathInParent());
                continue;
            }
            shaByIndex.put(d.index(), sha);
            String parentSha = d.parentIndex() < 0 ? null : shaByIndex.get(d.parentIndex());
            result.add(new ParsedDocument(sha, d.fileName(), parentSha, d.pathInParent(), d.mediaType(), size,
                    d.status(), d.reason(), d.message(), d.warnings(), d.pages(), d.metadata(), d.language(),
                    d.sheets()));
        }
        return result;
    }

    @Override
    public void close() {
        deleteTree(path);
    }

    /** Spool folders older than a day were left by a parent that died mid-parse. */
    static void removeStale(Path scratch) {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> dirs = Files.list(scratch)) {
            dirs.filter(p -> p.getFileName().toString().startsWith(PREFIX)).filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(EmbeddedFileSpool::deleteTree);
        } catch (IOException e) {
            LOG.warn("could not look for stale spool folders in {}", scratch, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("could not clean {}", dir, e);
        }
    }
}
