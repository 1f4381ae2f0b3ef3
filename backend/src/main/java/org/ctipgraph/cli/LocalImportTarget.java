package org.ctipgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.documents.DocumentService;
import org.ctipgraph.documents.DocumentView;
import org.ctipgraph.documents.JobView;
import org.ctipgraph.documents.UploadReceipt;
import org.ctipgraph.ingest.store.FileTooLargeException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports into the data directory's own database: the server's context without its HTTP port. Files go
 * through {@link DocumentService#bulk}, so jobs are recorded a group per transaction and a full queue makes
 * the import wait rather than refuse files.
 */
final class LocalImportTarget implements ImportTarget {
    private final ConfigurableApplicationContext context;
    private final DocumentService documents;
    private final CaseService cases;
    private DocumentService.BulkUpload bulk;

    LocalImportTarget(List<String> springArguments) {
        String[] args = Stream.concat(springArguments.stream(), Stream.of("--ctip.http.enabled=false"))
                .toArray(String[]::new);
        this.context = CtipGraphServer.start(args);
        this.documents = context.getBean(DocumentService.class);
        this.cases = context.getBean(CaseService.class);
    }

    @Override
    public Submission submit(String caseId, Path file) throws IOException {
        if (bulk == null) {
            bulk = documents.bulk(caseId, System.getProperty("user.name", "cli"));
        }
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            DocumentService.Received received = bulk.receive(name, in);
            return Submission.accepted(received.sha256(), received.jobId());
        } catch (FileTooLargeException e) {
            return Submission.refused(new UploadReceipt.Refused(name, "too_large", name + " is larger than "
                    + documents.maxUploadBytes() + " bytes (ctip.ingest.max-upload-size)"));
        }
    }

    @Override
    public void submitted() {
        if (bulk != null) {
            bulk.close();
            bulk = null;
        }
    }

    @Override
    public JobView job(String jobId) {
        return documents.job(jobId).orElseThrow(() -> new IllegalStateException("job " + jobId + " vanished"));
    }

    @Override
    public List<DocumentView> documents(String caseId) {
        return documents.list(caseId);
    }

    @Override
    public void ensureCase(String caseId) {
        if (cases.find(caseId).isEmpty()) {
            cases.create(caseId, caseId, "Created by ctip-graph import");
        }
    }

    @Override
    public void close() {
        submitted();
        context.close();
    }
}
