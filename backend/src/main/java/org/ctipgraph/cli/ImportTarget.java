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
    /**
     * Stores the file and queues it, waiting while the queue is full; a refusal (too large, unreadable)
     * comes back as a {@code Refused}.
     */
    Submission submit(String caseId, Path file) throws IOException;

    /** Called after the last {@link #submit}: whatever a target held back to record in a group is recorded now. */
    default void submitted() throws IOException {
    }

    JobView job(String jobId) throws IOException;

    List<DocumentView> documents(String caseId) throws IOException;

    /** Creates the case if it does not exist. */
    void ensureCase(String caseId) throws IOException;

    @Override
    void close();

    /**
     * Either the accepted file's content address and job, or why it was refused.
     *
     * @param sha256  the stored file's SHA-256, when accepted
     * @param jobId   its ingestion job, when accepted
     * @param refused why it was not accepted, or {@code null}
     */
    record Submission(String sha256, String jobId, UploadReceipt.Refused refused) {
        static Submission accepted(String sha256, String jobId) {
            return new Submission(sha256, jobId, null);
        }

        static Submission refused(UploadReceipt.Refused refused) {
            return new Submission(null, null, refused);
        }
    }
}
