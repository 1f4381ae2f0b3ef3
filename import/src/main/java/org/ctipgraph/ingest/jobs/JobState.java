package org.ctipgraph.ingest.jobs;

/** Life of an ingestion job. QUEUED and RUNNING jobs are resumed after a restart. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED
}
