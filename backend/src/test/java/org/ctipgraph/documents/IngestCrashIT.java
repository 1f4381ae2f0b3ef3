package org.ctipgraph.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ctipgraph.database.PortCheck;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.SeizedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The real executable jar is killed with SIGKILL while it ingests a batch; after a restart every
 * accepted document is ingested exactly once: no loss, no duplicate node, no duplicate mention.
 */
class IngestCrashIT {
    private static final int FILES = 12;

    @TempDir
    Path dataDir;

    @Test
    void everyAcceptedDocumentIsIngestedExactlyOnceAfterAKillMidBatch() throws Exception {
        int http = PortCheck.freePort();
        int bolt = PortCheck.freePort();
        Process first = startServer(http, bolt);
        List<String> jobs = new ArrayList<>();
        Map<String, String> shaByJob = new HashMap<>();
        ApiClient api = new ApiClient(http);
        try {
            api.postJson("/api/cases", "{\"id\":\"crash\"}");
            for (int i = 0; i < FILES; i++) {
                JsonNode accepted = ApiClient.json(api.upload("crash", "note-" + i + ".txt", SeizedFiles.policeNote(100 + i)))
                        .path("accepted").get(0);
                jobs.add(accepted.path("jobId").asText());
                shaByJob.put(accepted.path("jobId").asText(), accepted.path("sha256").asText());
            }
            waitUntilSomeJobsAreDone(api, jobs);
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = startServer(http, bolt);
        try {
            for (String job : jobs) {
                assertThat(api.awaitJob(job, Duration.ofMinutes(4)).path("state").asText()).isEqualTo("DONE");
            }
            JsonNode documents = ApiClient.json(api.get("/api/cases/crash/documents"));
            assertThat(documents).hasSize(FILES);
            for (JsonNode doc : documents) {
                assertThat(doc.path("status").asText()).isEqualTo("INGESTED");
            }
            String password = Files.readString(dataDir.resolve("neo4j/bolt-password")).strip();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", password));
                 Session session = driver.session()) {
                assertThat(session.run("MATCH (d:Document {caseId: 'crash'}) RETURN count(DISTINCT d.sha256) AS shas, count(d) AS nodes")
                        .single().asMap()).containsEntry("shas", (long) FILES).containsEntry("nodes", (long) FILES);
                assertThat(session.run("""
                        MATCH (:Document {caseId: 'crash'})-[:HAS_PAGE]->(p:Page)
                        WITH p.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicates""")
                        .single().get("duplicates").asLong()).isZero();
                assertThat(session.run("""
                        MATCH (e)-[m:MENTIONED_IN]->(:Document {caseId: 'crash'})
                        WITH m.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicates""")
                        .single().get("duplicates").asLong()).isZero();
                assertThat(session.run("MATCH (j:Job {caseId: 'crash'}) WHERE j.state <> 'DONE' RETURN count(j) AS n")
                        .single().get("n").asLong()).isZero();
            }
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static void waitUntilSomeJobsAreDone(ApiClient api, List<String> jobs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long done = jobs.stream().filter(j -> ApiClient.json(api.get("/api/jobs/" + j)).path("state").asText()
                    .equals("DONE")).count();
            if (done >= 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no job finished before the planned kill");
    }

    private Process startServer(int http, int bolt) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = Path.of("target/ctip-graph.jar").toAbsolutePath();
        assertThat(jar).as("the executable jar is built before integration tests").exists();
        Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "--add-opens", "java.base/java.nio=ALL-UNNAMED", "-jar", jar.toString(), "serve",
                "--http-port", String.valueOf(http), "--bolt-port", String.valueOf(bolt),
                "--data-dir", dataDir.toString(), "--ctip.ingest.workers=1")
                .redirectError(dataDir.resolveSibling(dataDir.getFileName() + "-server.log").toFile())
                .start();
        CompletableFuture<Boolean> listening = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("is listening on")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            assertThat(listening.get(3, TimeUnit.MINUTES)).as("server started").isTrue();
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("server did not start", e);
        }
        return process;
    }
}
