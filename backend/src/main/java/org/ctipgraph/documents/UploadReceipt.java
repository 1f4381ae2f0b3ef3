package org.ctipgraph.documents;

import java.util.List;

/**
 * Answer of an upload: what was accepted (stored and queued) and what was refused, per file.
 *
 * @param accepted files stored and queued (or found already ingested)
 * @param refused  files not accepted, each with its reason
 */
public record UploadReceipt(List<Accepted> accepted, List<Refused> refused) {
    /**
     * @param fileName  as sent
     * @param sha256    content address
     * @param size      bytes
     * @param jobId     poll {@code GET /api/jobs/{jobId}}
     * @param duplicate true when these bytes were already in the case (nothing new happens)
     */
    public record Accepted(String fileName, String sha256, long size, String jobId, boolean duplicate) {
    }

    /**
     * @param fileName as sent
     * @param error    stable code: {@code too_large}, {@code queue_full}, {@code empty_name}
     * @param message  what to do about it
     */
    public record Refused(String fileName, String error, String message) {
    }
}
