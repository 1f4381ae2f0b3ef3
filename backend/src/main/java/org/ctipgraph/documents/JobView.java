package org.ctipgraph.documents;

import java.time.ZonedDateTime;
import org.ctipgraph.ingest.jobs.IngestJob;

/**
 * {@code GET /api/jobs/{id}}.
 *
 * @param id             job id
 * @param caseId         case
 * @param sha256         the received file
 * @param fileName       its name
 * @param state          QUEUED, RUNNING, DONE or FAILED
 * @param stage          queued / parsing / extracting / writing while running
 * @param documentStatus INGESTED, PARTIAL or REJECTED once DONE
 * @param error          internal failure, when FAILED
 * @param submittedBy    who uploaded it ({@code anonymous} when the upload named nobody)
 * @param submittedAt    when accepted
 * @param finishedAt     when it ended
 */
public record JobView(String id, String caseId, String sha256, String fileName, String state, String stage,
                      String documentStatus, String error, String submittedBy, ZonedDateTime submittedAt,
                      ZonedDateTime finishedAt) {
    static JobView of(IngestJob job) {
        return new JobView(job.id(), job.caseId(), job.sha256(), job.fileName(), job.state().name(), job.stage(),
                job.documentStatus(), job.error(), job.submittedBy(), job.submittedAt(), job.finishedAt());
    }
}
