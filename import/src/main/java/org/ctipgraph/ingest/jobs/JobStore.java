package org.ctipgraph.ingest.jobs;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Jobs as {@code (:Job)} nodes in the same database as the graph they fill: a job is recorded in a
 * committed transaction before the upload is acknowledged, and is marked done in the transaction
 * that writes its document (see {@code DocumentGraphWriter}), so a crash at any point either
 * leaves it pending — and it is resumed — or done, never both.
 */
public final class JobStore {
    private final Driver driver;
    private final String database;

    public JobStore(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /**
     * Records a job unless one with the same id exists.
     *
     * @return the job as stored (the existing one when it was already there)
     */
    public IngestJob record(String id, String caseId, String sha256, String fileName, long size, String submittedBy) {
        try (Session session = session()) {
            return session.executeWrite(tx -> toJob(tx.run("""
                    MERGE (j:Job {id: $id})
                      ON CREATE SET j.caseId = $caseId, j.sha256 = $sha256, j.fileName = $fileName, j.size = $size,
                                    j.state = 'QUEUED', j.submittedBy = $submittedBy, j.submittedAt = datetime()
                    RETURN j
                    """, Map.of("id", id, "caseId", caseId, "sha256", sha256, "fileName", fileName, "size", size,
                    "submittedBy", submittedBy)).single()));
        }
    }

    /**
     * A job to record in bulk.
     *
     * @param id job id ({@link IngestQueue#jobId})
     */
    public record NewJob(String id, String caseId, String sha256, String fileName, long size, String submittedBy) {
    }

    /**
     * A recorded job and whether it has to run: new, or failed before and now queued again.
     *
     * @param job    as stored after this call
     * @param queued {@code true} when the job was created or re-queued by this call; {@code false} when it
     *               already existed (done, or queued and running under an earlier submission)
     */
    public record Recorded(IngestJob job, boolean queued) {
    }

    /**
     * Records many jobs in one transaction (one log flush for a whole group of files of a bulk import). A job
     * that already exists is kept as it is, unless it failed: then it is queued again, as a re-submission of
     * the same file would.
     */
    public List<Recorded> recordAll(List<NewJob> jobs) {
        List<Map<String, Object>> rows = jobs.stream().map(j -> Map.<String, Object>of("id", j.id(), "caseId", j.caseId(),
                "sha256", j.sha256(), "fileName", j.fileName(), "size", j.size(), "submittedBy", j.submittedBy())).toList();
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run("""
                    UNWIND $jobs AS job
                    OPTIONAL MATCH (old:Job {id: job.id})
                    WITH job, old.state AS before
                    MERGE (j:Job {id: job.id})
                      ON CREATE SET j.caseId = job.caseId, j.sha256 = job.sha256, j.fileName = job.fileName,
                                    j.size = job.size, j.state = 'QUEUED', j.submittedBy = job.submittedBy,
                                    j.submittedAt = datetime()
                    FOREACH (_ IN CASE WHEN before = 'FAILED' THEN [1] ELSE [] END |
                      SET j.state = 'QUEUED', j.error = null, j.finishedAt = null, j.documentStatus = null)
                    RETURN j, before IS NULL OR before = 'FAILED' AS queued
                    """, Map.of("jobs", rows)).list(r -> new Recorded(toJob(r), r.get("queued").asBoolean())));
        }
    }

    public Optional<IngestJob> find(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (j:Job {id: $id}) RETURN j", Map.of("id", id))
                    .list(JobStore::toJob)).stream().findFirst();
        }
    }

    /** Jobs accepted but not finished, oldest first: what to resume after a restart. */
    public List<IngestJob> unfinished() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (j:Job) WHERE j.state IN ['QUEUED', 'RUNNING']
                    RETURN j ORDER BY j.submittedAt, j.id
                    """).list(JobStore::toJob));
        }
    }

    public void markFailed(String id, String error) {
        setState(id, JobState.FAILED, error);
    }

    /** Puts a finished job back in the queue state, for re-ingestion after a fix or a new extractor. */
    public void requeue(String id) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (j:Job {id: $id})
                    SET j.state = 'QUEUED', j.error = null, j.finishedAt = null, j.documentStatus = null
                    """, Map.of("id", id)).consume());
        }
    }

    private void setState(String id, JobState state, String error) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (j:Job {id: $id})
                    SET j.state = $state, j.error = $error,
                        j.finishedAt = CASE WHEN $state IN ['DONE', 'FAILED'] THEN datetime() ELSE null END
                    """, Map.of("id", id, "state", state.name(), "error", error == null ? "" : error)).consume());
        }
    }

    private static IngestJob toJob(Record record) {
        Value j = record.get("j");
        return new IngestJob(j.get("id").asString(), j.get("caseId").asString(), j.get("sha256").asString(),
                j.get("fileName").asString(), j.get("size").asLong(0), JobState.valueOf(j.get("state").asString()),
                null, j.get("documentStatus").asString(null), emptyToNull(j.get("error").asString(null)),
                j.get("submittedBy").asString(null), time(j.get("submittedAt")), time(j.get("finishedAt")));
    }

    private static ZonedDateTime time(Value value) {
        return value.isNull() ? null : value.asZonedDateTime();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
