package org.ctipgraph.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.RunningServer;
import org.ctipgraph.testing.SeizedFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploading seized files over HTTP: stored by hash, queued, ingested, listed; bad requests explained. */
class DocumentUploadIT {
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path dataDir;
    static RunningServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dataDir, "--ctip.ingest.max-upload-size=64KB");
        api = server.api();
        api.postJson("/api/cases", "{\"id\":\"kampot\",\"name\":\"Kampot kiln case\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUploadIsAcceptedWithItsHashThenIngestedAndItsTextAndOriginalCanBeRead() throws Exception {
        byte[] note = SeizedFiles.policeNote(1);
        HttpResponse<String> response = api.upload("kampot", "note-1.txt", note);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = ApiClient.json(response).path("accepted").get(0);
        assertThat(accepted.path("sha256").asText()).isEqualTo(sha256(note));
        JsonNode job = api.awaitJob(accepted.path("jobId").asText(), JOB_TIMEOUT);
        assertThat(job.path("state").asText()).isEqualTo("DONE");
        assertThat(job.path("documentStatus").asText()).isEqualTo("INGESTED");
        assertThat(job.path("submittedBy").asText()).as("chain of custody").isEqualTo("Officer Test");

        JsonNode doc = ApiClient.json(api.get("/api/cases/kampot/documents/" + sha256(note)));
        assertThat(doc.path("status").asText()).isEqualTo("INGESTED");
        assertThat(doc.path("mediaType").asText()).startsWith("text/plain");
        JsonNode page = ApiClient.json(api.get("/api/cases/kampot/documents/" + sha256(note) + "/pages/1"));
        assertThat(page.path("text").asText()).contains("MAO Sovann");
        HttpResponse<byte[]> original = api.getBytes("/api/cases/kampot/documents/" + sha256(note) + "/original");
        assertThat(original.body()).isEqualTo(note);
        assertThat(original.headers().firstValue("X-Content-SHA256")).hasValue(sha256(note));
    }

    @Test
    void theSameBytesUploadedTwiceAreOneDocumentAndOneJob() throws Exception {
        byte[] note = SeizedFiles.policeNote(2);
        JsonNode first = ApiClient.json(api.upload("kampot", "note-2.txt", note)).path("accepted").get(0);
        api.awaitJob(first.path("jobId").asText(), JOB_TIMEOUT);

        JsonNode second = ApiClient.json(api.upload("kampot", "copy-of-note-2.txt", note)).path("accepted").get(0);

        assertThat(second.path("jobId").asText()).isEqualTo(first.path("jobId").asText());
        assertThat(second.path("duplicate").asBoolean()).isTrue();
        long copies = 0;
        for (JsonNode d : ApiClient.json(api.get("/api/cases/kampot/documents"))) {
            copies += d.path("sha256").asText().equals(sha256(note)) ? 1 : 0;
        }
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void aMultipartUploadAcceptsEveryFileAndRefusesOnlyTheOneTooLarge() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("calls.csv", SeizedFiles.callLog());
        files.put("huge.bin", new byte[100 * 1024]);

        HttpResponse<String> response = api.uploadMultipart("kampot", files);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode receipt = ApiClient.json(response);
        assertThat(receipt.path("accepted")).hasSize(1);
        assertThat(receipt.path("accepted").get(0).path("fileName").asText()).isEqualTo("calls.csv");
        assertThat(receipt.path("refused").get(0).path("error").asText()).isEqualTo("too_large");
        assertThat(receipt.path("refused").get(0).path("message").asText()).contains("huge.bin");
    }

    @Test
    void aFileTooLargeAloneGets413AndAnUnknownCase404InTheErrorShape() {
        HttpResponse<String> tooLarge = api.upload("kampot", "huge.bin", new byte[100 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        HttpResponse<String> unknown = api.upload("no-such-case", "x.txt", SeizedFiles.policeNote(3));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(unknown).path("error").asText()).isEqualTo("not_found");
        assertThat(ApiClient.json(unknown).path("message").asText()).contains("no-such-case");

        HttpResponse<String> badSha = api.get("/api/cases/kampot/documents/not-a-hash");
        assertThat(badSha.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badSha).path("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void anEmptyFileIsRejectedWithItsReasonAndTheBatchGoesOn() {
        JsonNode accepted = ApiClient.json(api.upload("kampot", "empty.txt", new byte[0])).path("accepted").get(0);
        JsonNode job = api.awaitJob(accepted.path("jobId").asText(), JOB_TIMEOUT);

        assertThat(job.path("state").asText()).isEqualTo("DONE");
        JsonNode doc = ApiClient.json(api.get("/api/cases/kampot/documents/" + accepted.path("sha256").asText()));
        assertThat(doc.path("status").asText()).isEqualTo("REJECTED");
        assertThat(doc.path("reason").asText()).isEqualTo("EMPTY");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
