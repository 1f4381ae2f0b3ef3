package org.ctipgraph.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.ctipgraph.documents.DocumentView;
import org.ctipgraph.documents.JobView;
import org.ctipgraph.documents.UploadReceipt;

/**
 * Imports through a running server's HTTP API, streaming each file as the request body; a file refused
 * because the server's queue is full is sent again after the {@code Retry-After} the server gave.
 */
final class RemoteImportTarget implements ImportTarget {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final URI server;

    RemoteImportTarget(String serverUrl) {
        this.server = URI.create(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
    }

    /** Sends the file; while the server's queue is full it waits as the server's {@code Retry-After} asks and sends it again. */
    @Override
    public Submission submit(String caseId, Path file) throws IOException {
        String name = file.getFileName().toString();
        while (true) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("api/cases/" + enc(caseId) + "/documents?name=" + enc(name)))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
            UploadReceipt receipt = json.readValue(response.body(), UploadReceipt.class);
            if (!receipt.accepted().isEmpty()) {
                UploadReceipt.Accepted accepted = receipt.accepted().getFirst();
                return Submission.accepted(accepted.sha256(), accepted.jobId());
            }
            if (!receipt.refused().isEmpty() && !receipt.refused().getFirst().error().equals("queue_full")) {
                return Submission.refused(receipt.refused().getFirst());
            }
            if (receipt.refused().isEmpty()) {
                throw new IOException("unexpected answer " + response.statusCode() + " from " + server + ": " + response.body());
            }
            pause(retryAfter(response));
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            return Duration.ofSeconds(Math.clamp(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")), 1, 60));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static void pause(Duration duration) throws IOException {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for room in the server's queue", e);
        }
    }

    @Override
    public JobView job(String jobId) throws IOException {
        return json.readValue(expectOk(send(HttpRequest.newBuilder(uri("api/jobs/" + enc(jobId))).build())), JobView.class);
    }

    @Override
    public List<DocumentView> documents(String caseId) throws IOException {
        return Arrays.asList(json.readValue(expectOk(send(HttpRequest.newBuilder(
                uri("api/cases/" + enc(caseId) + "/documents")).build())), DocumentView[].class));
    }

    @Override
    public void ensureCase(String caseId) throws IOException {
        HttpResponse<String> existing = send(HttpRequest.newBuilder(uri("api/cases/" + enc(caseId))).build());
        if (existing.statusCode() == 404) {
            String body = json.writeValueAsString(java.util.Map.of("id", caseId, "name", caseId));
            expectOk(send(HttpRequest.newBuilder(uri("api/cases")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        } else {
            expectOk(existing);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot reach the server at " + server + " (is it running?)", e);
        }
    }

    private String expectOk(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            JsonNode error = json.readTree(response.body());
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + error.path("message").asText(response.body()));
        }
        return response.body();
    }

    private URI uri(String path) {
        return server.resolve(path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
