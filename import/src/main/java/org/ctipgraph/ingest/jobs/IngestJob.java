package org.ctipgraph.ingest.jobs;

import java.time.ZonedDateTime;

/**
 * The durable record of one received file to ingest into one case.
 *
 * @param id             job id (deterministic for a first ingestion: the same bytes in the same case are one job)
 * @param caseId         the case compartment
 * @param sha256         content address of the stored original
 * @param fileName       name it was received under
 * @param size           bytes
 * @param state          where it is
 * @param stage          finer progress while running (parsing, extracting, writing), or {@code null}
 * @param documentStatus outcome of the document once done (INGESTED, PARTIAL, REJECTED)
 * @param error          why the job failed (an internal error, not a bad file: bad files are REJECTED documents)
 * @param submittedBy    who submitted it
 * @param submittedAt    when
 * @param finishedAt     when it ended, or {@code null}
 */
public record IngestJob(String id, String caseId, String sha256, String fileName, long size, JobState state,
                        String stage, String documentStatus, String error, String submittedBy,
                        ZonedDateTime submittedAt, ZonedDateTime finishedAt) {

    public boolean finished() {
        return state == JobState.DONE || state == JobState.FAILED;
    }

    IngestJob withStage(String value, JobState liveState) {
        return new IngestJob(id, caseId, sha256, fileName, size, liveState, value, documentStatus, error, submittedBy,
                submittedAt, finishedAt);
    }
}
