package org.ctipgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipgraph.CtipGraph;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.RunningServer;
import org.ctipgraph.testing.SeizedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ctip-graph import}: a bulk import larger than the ingestion queue waits for room instead of refusing
 * files, on the embedded database and through a server's HTTP API alike, and its report names every file.
 */
class ImportCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aFolderLargerThanTheQueueIsImportedWholeIntoTheDataDirectoryWithAReportOfEveryFile() throws Exception {
        Path seized = seizedFolder(8);
        Path report = work.resolve("report.json");

        int exit = new CommandLine(new CtipGraph()).execute("import", "--case", "bulk", "--data-dir",
                work.resolve("data").toString(), "--report-json", report.toString(),
                "--ctip.bolt.port=" + PortCheck.freePort(), "--ctip.ingest.workers=1", "--ctip.ingest.queue-capacity=2",
                seized.toString());

        assertThat(exit).isZero();
        JsonNode json = JSON.readTree(report.toFile());
        // 8 notes, a copy of the first under another name (one job, both paths reported), one empty file.
        assertThat(json.path("counts").path("INGESTED").asInt()).isEqualTo(9);
        assertThat(json.path("counts").path("REJECTED").asInt()).isEqualTo(1);
        assertThat(json.path("counts").has("REFUSED")).isFalse();
        List<String> paths = new ArrayList<>();
        json.path("documents").forEach(d -> paths.add(d.path("path").asText()));
        assertThat(paths).hasSize(10).contains(seized.resolve("phone/copy-of-note-0.txt").toString(),
                seized.resolve("note-0.txt").toString());
        json.path("documents").forEach(d -> {
            if (d.path("status").asText().equals("REJECTED")) {
                assertThat(d.path("path").asText()).endsWith("empty.txt");
                assertThat(d.path("reason").asText()).startsWith("EMPTY");
            }
        });
    }

    @Test
    void aServerWhoseQueueIsFullAnswers429WithRetryAfterAndTheImportWaitsAsItAsksUntilEveryFileIsIngested() throws Exception {
        Path seized = seizedFolder(4);
        Path report = work.resolve("report.json");
        try (RunningServer server = RunningServer.start(work.resolve("server"), "--ctip.ingest.queue-capacity=1")) {
            // The first file's job holds the only place while its parser worker starts (seconds): the second is refused.
            server.api().postJson("/api/cases", "{\"id\":\"remote\"}");
            HttpResponse<String> first = server.api().upload("remote", "first.txt", SeizedFiles.policeNote(300));
            HttpResponse<String> refused = server.api().upload("remote", "second.txt", SeizedFiles.policeNote(301));
            assertThat(first.statusCode()).isEqualTo(202);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(ApiClient.json(refused).path("refused").get(0).path("error").asText()).isEqualTo("queue_full");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");

            int exit = new CommandLine(new CtipGraph()).execute("import", "--case", "remote", "--server",
                    "http://127.0.0.1:" + server.httpPort(), "--report-json", report.toString(), seized.toString());

            assertThat(exit).isZero();
        }
        JsonNode json = JSON.readTree(report.toFile());
        assertThat(json.path("counts").path("INGESTED").asInt()).isEqualTo(5);
        // An upload refused for a full queue answers 429 and says when to come back; the import waited and came back.
        assertThat(json.path("counts").path("REJECTED").asInt()).isEqualTo(1);
        assertThat(json.path("counts").has("REFUSED")).isFalse();
    }

    /** {@code notes} distinct police notes, a copy of the first in a sub-folder, and an empty file. */
    private Path seizedFolder(int notes) throws IOException {
        Path folder = Files.createDirectories(work.resolve("seized"));
        Files.createDirectories(folder.resolve("phone"));
        for (int i = 0; i < notes; i++) {
            Files.write(folder.resolve("note-" + i + ".txt"), SeizedFiles.policeNote(200 + i));
        }
        Files.write(folder.resolve("phone/copy-of-note-0.txt"), SeizedFiles.policeNote(200));
        Files.write(folder.resolve("phone/empty.txt"), new byte[0]);
        return folder;
    }
}
