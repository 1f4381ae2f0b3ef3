package org.ctipgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.documents.DocumentService;
import org.ctipgraph.documents.DocumentView;
import org.ctipgraph.documents.JobView;
import org.ctipgraph.documents.UploadReceipt;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.store.FileTooLargeException;
import org.springframework.context.ConfigurableApplicationContext;

/** Imports into the data directory's own database: the server's context without its HTTP port. */
final class LocalImportTarget implements ImportTarget {
    private final ConfigurableApplicationContext context;
    private final DocumentService documents;
    private final CaseService cases;

    LocalImportTarget(List<String> springArguments) {
        String[] args = java.util.stream.Stream.concat(springArguments.stream(),
                java.util.stream.Stream.of("--ctip.http.enabled=false")).toArray(String[]::new);
        this.context = CtipGraphServer.start(args);
        this.documents = context.getBean(DocumentService.class);
        this.cases = context.getBean(CaseService.class);
    }

    @Override
    public Submission submit(String caseId, Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new Submission(documents.receive(caseId, name, in, System.getProperty("user.name", "cli"), null), null);
        } catch (FileTooLargeException e) {
            return new Submission(null, new UploadReceipt.Refused(name, "too_large", name + " is larger than "
                    + documents.maxUploadBytes() + " bytes (ctip.ingest.max-upload-size)"));
        } catch (IngestQueue.QueueFullException e) {
            return new Submission(null, new UploadReceipt.Refused(name, "queue_full", e.getMessage()));
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
        context.close();
    }
}
