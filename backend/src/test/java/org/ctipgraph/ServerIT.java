package org.ctipgraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.ctipgraph.database.PortCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application: embedded Neo4j, Spring, Javalin, on free ports and a temporary data directory. */
class ServerIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void startsAnswersHealthServesBoltAndReleasesBothPortsOnShutdownThenRestartsWithItsData() throws Exception {
        int httpPort = PortCheck.freePort();
        int boltPort = PortCheck.freePort();
        String[] args = {"--ctip.http.port=" + httpPort, "--ctip.bolt.port=" + boltPort, "--ctip.data-dir=" + dataDir};

        try (ConfigurableApplicationContext app = CtipGraphServer.start(args)) {
            HttpResponse<String> health = get(httpPort, "/api/health");
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(health.body());
            assertThat(body.path("status").asText()).isEqualTo("UP");
            assertThat(body.path("neo4j").path("up").asBoolean()).isTrue();
            assertThat(body.path("neo4j").path("edition").asText()).isEqualTo("community");
            assertThat(body.path("neo4j").path("version").asText()).startsWith("2026.");

            Path passwordFile = dataDir.resolve("neo4j/bolt-password");
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            String password = Files.readString(passwordFile).strip();
            try (Driver external = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password));
                 Session session = external.session()) {
                assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            }

            HttpResponse<String> created = post(httpPort, "/api/cases", "{\"id\":\"op-sunrise\",\"name\":\"Operation Sunrise\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(get(httpPort, "/").body()).contains("<title>CTIP Graph</title>");
        }

        assertThat(canBind(httpPort)).as("HTTP port released").isTrue();
        assertThat(canBind(boltPort)).as("Bolt port released").isTrue();

        try (ConfigurableApplicationContext app = CtipGraphServer.start(args)) {
            HttpResponse<String> kept = get(httpPort, "/api/cases/op-sunrise");
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(json.readTree(kept.body()).path("name").asText()).isEqualTo("Operation Sunrise");
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
