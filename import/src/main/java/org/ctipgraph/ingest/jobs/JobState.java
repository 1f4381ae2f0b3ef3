package org.ctipgraph.ingest.jobs;

/**
 * Life of an ingestion job. Stored jobs are QUEUED until the transaction that writes their document marks
 * them DONE (or an internal error marks them FAILED); RUNNING is what a queued job shows while a worker
 * has it, and is not written, since a restart resumes queued and running jobs alike. Databases written
 * before that may still hold RUNNING jobs, which are resumed too.
 */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED
}
