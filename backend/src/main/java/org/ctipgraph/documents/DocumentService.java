package org.ctipgraph.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctipgraph.config.CtipSettings;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.graph.GraphSessions;
import org.ctipgraph.ingest.jobs.IngestJob;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.FileTooLargeException;
import org.ctipgraph.ingest.store.StoredFile;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** Receives seized files into a case and reads back what became of them. Knows nothing of HTTP. */
@Service
public class DocumentService {
    private final EvidenceStore store;
    private final IngestQueue queue;
    private final Driver driver;
    private final String database;
    private final long maxUploadBytes;

    DocumentService(EvidenceStore store, IngestQueue queue, Driver driver, GraphSchemaSetup schema,
                    CtipSettings settings) {
        this.store = store;
        this.queue = queue;
        this.driver = driver;
        this.database = schema.database();
        this.maxUploadBytes = settings.ingest().maxUploadSize().toBytes();
    }

    /**
     * Stores the bytes (durably, content-addressed) and queues their ingestion into the case.
     *
     * @throws FileTooLargeException          over the configured size; nothing is kept
     * @throws IngestQueue.QueueFullException the queue is full; the bytes are kept, retry later
     */
    public UploadReceipt.Accepted receive(String caseId, String fileName, InputStream content, String submittedBy,
                                          String password) throws IOException {
        StoredFile stored = store.store(content, maxUploadBytes);
        boolean duplicate = documentStatus(caseId, stored.sha256()).isPresent()
                && queue.find(IngestQueue.jobId(caseId, stored.sha256())).map(IngestJob::finished).orElse(false)
                && password == null;
        IngestJob job = queue.submit(caseId, stored.sha256(), fileName, stored.size(), submittedBy, password);
        return new UploadReceipt.Accepted(fileName, stored.sha256(), stored.size(), job.id(), duplicate);
    }

    /**
     * Receives the files of a bulk import into a case: each is stored as it comes, and their jobs are
     * recorded a group per transaction ({@link IngestQueue.Bulk}); when the queue is full, receiving waits.
     * Close it after the last file.
     */
    public BulkUpload bulk(String caseId, String submittedBy) {
        return new BulkUpload(queue.bulk(caseId, submittedBy));
    }

    /**
     * A file received by a bulk import.
     *
     * @param sha256 content address of the stored original
     * @param size   bytes
     * @param jobId  its ingestion job
     */
    public record Received(String sha256, long size, String jobId) {
    }

    /** One bulk import in progress ({@link #bulk}). Not thread-safe. */
    public final class BulkUpload implements AutoCloseable {
        private final IngestQueue.Bulk jobs;

        private BulkUpload(IngestQueue.Bulk jobs) {
            this.jobs = jobs;
        }

        /**
         * Stores one file and adds it to the import.
         *
         * @return the stored file and the id of its job (recorded with its group)
         * @throws FileTooLargeException over the configured size; nothing is kept
         */
        public Received receive(String fileName, InputStream content) throws IOException {
            StoredFile stored = store.store(content, maxUploadBytes);
            return new Received(stored.sha256(), stored.size(), jobs.add(stored, fileName));
        }

        /** Records the jobs of the files received since the last group. */
        @Override
        public void close() {
            jobs.close();
        }
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public List<DocumentView> list(String caseId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (d:Document {caseId: $caseId})
                    OPTIONAL MATCH (j:Job {caseId: $caseId, sha256: d.sha256})
                    RETURN d, j.id AS jobId ORDER BY coalesce(d.parentSha256, d.sha256), d.parentSha256 IS NOT NULL, d.name
                    """, Map.of("caseId", caseId)).list(DocumentService::toView));
        }
    }

    public Optional<DocumentView> find(String caseId, String sha256) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (d:Document {id: $id})
                    OPTIONAL MATCH (j:Job {caseId: $caseId, sha256: d.sha256})
                    RETURN d, j.id AS jobId
                    """, Map.of("id", GraphIds.document(caseId, sha256), "caseId", caseId))
                    .list(DocumentService::toView)).stream().findFirst();
        }
    }

    /** The text of one page (1-based) of a document of the case. */
    public Optional<String> pageText(String caseId, String sha256, int page) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (p:Page {id: $id}) RETURN p.text AS text",
                            Map.of("id", GraphIds.page(GraphIds.document(caseId, sha256), page)))
                    .list(r -> r.get("text").asString())).stream().findFirst();
        }
    }

    /** The stored original, if that document belongs to the case. */
    public Optional<Path> original(String caseId, String sha256) {
        return find(caseId, sha256).map(d -> store.path(d.sha256()));
    }

    public Optional<JobView> job(String id) {
        return queue.find(id).map(JobView::of);
    }

    public JobView reingest(String caseId, String sha256, String password) {
        String id = IngestQueue.jobId(caseId, sha256);
        return JobView.of(queue.reingest(id, password));
    }

    private Optional<String> documentStatus(String caseId, String sha256) {
        return find(caseId, sha256).map(DocumentView::status);
    }

    private static DocumentView toView(Record record) {
        Value d = record.get("d");
        return new DocumentView(d.get("sha256").asString(), d.get("name").asString(null), d.get("mediaType").asString(null),
                d.get("size").isNull() ? null : d.get("size").asLong(), d.get("status").asString(null),
                d.get("reason").asString(null), d.get("message").asString(null),
                d.get("warnings").isNull() ? List.of() : d.get("warnings").asList(Value::asString),
                d.get("pageCount").isNull() ? null : d.get("pageCount").asLong(), d.get("parentSha256").asString(null),
                d.get("pathInParent").asString(null), record.get("jobId").asString(null));
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
