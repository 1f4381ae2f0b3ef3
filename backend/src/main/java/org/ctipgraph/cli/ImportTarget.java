package org.ctipgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ctipgraph.documents.DocumentView;
import org.ctipgraph.documents.JobView;
import org.ctipgraph.documents.UploadReceipt;

/**
 * Where {@code ctip-graph import} sends files: the local data directory (embedded database, same
 * pipeline as the server) or a running server's HTTP API. Both go through the same pipeline.
 */
interface ImportTarget extends AutoCloseable {
    /** Stores the file and queues it; a refusal (too large, queue full) comes back as a {@code Refused}. */
    Submission submit(String caseId, Path file) throws IOException;

    JobView job(String jobId) throws IOException;

    List<DocumentView> documents(String caseId) throws IOException;

    /** Creates the case if it does not exist. */
    void ensureCase(String caseId) throws IOException;

    @Override
    void close();

    /** Exactly one of the two is set. */
    record Submission(UploadReceipt.Accepted accepted, UploadReceipt.Refused refused) {
    }
}
