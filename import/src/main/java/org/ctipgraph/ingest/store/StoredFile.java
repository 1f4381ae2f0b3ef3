package org.ctipgraph.ingest.store;

import java.nio.file.Path;

/**
 * An original held by the {@link EvidenceStore}.
 *
 * @param sha256         lower-case hex content address
 * @param path           the read-only file
 * @param size           bytes
 * @param alreadyExisted the same bytes were stored before; nothing was written this time
 */
public record StoredFile(String sha256, Path path, long size, boolean alreadyExisted) {
}
