package org.ctipgraph.documents;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctipgraph.cases.CaseRoutes;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.http.ApiRoutes;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.store.FileTooLargeException;
import org.springframework.stereotype.Component;

/**
 * Seized documents of a case.
 * <ul>
 *   <li>{@code POST /api/cases/{case}/documents} — upload: multipart (any number of file parts), or the raw
 *       bytes as the body with {@code ?name=file.pdf}. Optional password for an encrypted file in the form field
 *       or header {@code X-Document-Password}; who uploads in the form field {@code submittedBy} or header
 *       {@code X-Submitted-By} (recorded on the job for the chain of custody; {@code anonymous} otherwise). Answers {@code 202} with an {@link UploadReceipt} once every
 *       accepted original is durably stored and its job recorded; {@code 413} / {@code 429} when nothing
 *       could be accepted (too large / queue full), with per-file reasons; a file refused because the queue
 *       was full comes with a {@code Retry-After} header (seconds).</li>
 *   <li>{@code GET /api/cases/{case}/documents} — every document with its status, containers first, then members</li>
 *   <li>{@code GET /api/cases/{case}/documents/{sha256}} — one document</li>
 *   <li>{@code GET /api/cases/{case}/documents/{sha256}/pages/{n}} — {@code {"page", "text"}} of page n (1-based)</li>
 *   <li>{@code GET /api/cases/{case}/documents/{sha256}/original} — the original bytes, unmodified</li>
 *   <li>{@code POST /api/cases/{case}/documents/{sha256}/reingest} — run the document's job again (optionally with a password)</li>
 *   <li>{@code GET /api/jobs/{id}} — a job's {@link JobView}</li>
 * </ul>
 */
@Component
public class DocumentRoutes implements ApiRoutes {
    private static final String PASSWORD_HEADER = "X-Document-Password";
    private static final String SUBMITTER_HEADER = "X-Submitted-By";
    private static final String RETRY_AFTER_SECONDS = "2";
    private final DocumentService documents;
    private final CaseService cases;

    public DocumentRoutes(DocumentService documents, CaseService cases) {
        this.documents = documents;
        this.cases = cases;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/cases/{case}/documents", this::upload);
        routes.get("/api/cases/{case}/documents", ctx -> ctx.json(documents.list(caseId(ctx))));
        routes.get("/api/cases/{case}/documents/{sha256}", ctx -> ctx.json(documents.find(caseId(ctx), sha(ctx))
                .orElseThrow(() -> notFound(ctx))));
        routes.get("/api/cases/{case}/documents/{sha256}/pages/{page}", this::page);
        routes.get("/api/cases/{case}/documents/{sha256}/original", this::original);
        routes.post("/api/cases/{case}/documents/{sha256}/reingest", ctx -> {
            String caseId = caseId(ctx);
            documents.find(caseId, sha(ctx)).orElseThrow(() -> notFound(ctx));
            ctx.status(HttpStatus.ACCEPTED).json(documents.reingest(caseId, sha(ctx), password(ctx)));
        });
        routes.get("/api/jobs/{id}", ctx -> ctx.json(documents.job(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no job '" + ctx.pathParam("id") + "'"))));
    }

    private void upload(Context ctx) throws IOException {
        String caseId = caseId(ctx);
        List<UploadReceipt.Accepted> accepted = new ArrayList<>();
        List<UploadReceipt.Refused> refused = new ArrayList<>();
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("multipart/")) {
            for (UploadedFile file : ctx.uploadedFiles()) {
                try (InputStream in = file.content()) {
                    receive(ctx, caseId, file.filename(), in, accepted, refused);
                }
            }
        } else {
            String name = ctx.queryParamAsClass("name", String.class)
                    .check(n -> !n.isBlank() && !n.contains("/"), "name must be a file name").get();
            receive(ctx, caseId, name, ctx.bodyInputStream(), accepted, refused);
        }
        if (accepted.isEmpty() && refused.isEmpty()) {
            throw new io.javalin.http.BadRequestResponse("no file in the request (multipart file parts, or raw body with ?name=)");
        }
        HttpStatus status = HttpStatus.ACCEPTED;
        if (accepted.isEmpty()) {
            status = refused.stream().allMatch(r -> r.error().equals("too_large")) ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.TOO_MANY_REQUESTS;
        }
        if (refused.stream().anyMatch(r -> r.error().equals("queue_full"))) {
            // Jobs of small files take a fraction of a second each: a client waiting this long finds room.
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        ctx.status(status).json(new UploadReceipt(accepted, refused));
    }

    private void receive(Context ctx, String caseId, String fileName, InputStream in,
                         List<UploadReceipt.Accepted> accepted, List<UploadReceipt.Refused> refused) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            refused.add(new UploadReceipt.Refused(String.valueOf(fileName), "empty_name", "a file part has no file name"));
            return;
        }
        try {
            accepted.add(documents.receive(caseId, fileName, in, submittedBy(ctx), password(ctx)));
        } catch (FileTooLargeException e) {
            refused.add(new UploadReceipt.Refused(fileName, "too_large", fileName + " is larger than the limit of "
                    + documents.maxUploadBytes() + " bytes (ctip.ingest.max-upload-size); nothing was kept"));
        } catch (IngestQueue.QueueFullException e) {
            refused.add(new UploadReceipt.Refused(fileName, "queue_full", fileName + ": " + e.getMessage()));
        }
    }

    private void page(Context ctx) {
        String caseId = caseId(ctx);
        int page = ctx.pathParamAsClass("page", Integer.class).check(n -> n >= 1, "pages are numbered from 1").get();
        String text = documents.pageText(caseId, sha(ctx), page)
                .orElseThrow(() -> new NotFoundResponse("no page " + page + " in document " + sha(ctx)));
        ctx.json(Map.of("page", page, "text", text));
    }

    private void original(Context ctx) throws IOException {
        String caseId = caseId(ctx);
        DocumentView doc = documents.find(caseId, sha(ctx)).orElseThrow(() -> notFound(ctx));
        Path path = documents.original(caseId, doc.sha256()).orElseThrow(() -> notFound(ctx));
        ctx.contentType(doc.mediaType() == null ? "application/octet-stream" : doc.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.name().replace("\"", "") + "\"")
                .header("X-Content-SHA256", doc.sha256())
                .result(Files.newInputStream(path));
    }

    private String caseId(Context ctx) {
        return CaseRoutes.requireCase(cases, ctx).id();
    }

    private static String sha(Context ctx) {
        return ctx.pathParamAsClass("sha256", String.class)
                .check(s -> s.matches("[0-9a-f]{64}"), "sha256 must be 64 lower-case hex digits").get();
    }

    private static String submittedBy(Context ctx) {
        String name = ctx.header(SUBMITTER_HEADER);
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if ((name == null || name.isBlank()) && contentType.startsWith("multipart/")) {
            name = ctx.formParam("submittedBy");
        }
        return name == null || name.isBlank() ? "anonymous" : name.strip();
    }

    private static String password(Context ctx) {
        String header = ctx.header(PASSWORD_HEADER);
        if (header != null && !header.isEmpty()) {
            return header;
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        return contentType.startsWith("multipart/") ? ctx.formParam("password") : null;
    }

    private static NotFoundResponse notFound(Context ctx) {
        return new NotFoundResponse("no document " + ctx.pathParam("sha256") + " in case " + ctx.pathParam("case"));
    }
}
