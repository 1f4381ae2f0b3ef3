package org.ctipgraph.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** A throw-away in-process Neo4j with Bolt on a free loopback port, and a driver connected to it. */
public final class TestNeo4j implements AutoCloseable {
    private final DatabaseManagementService service;
    private final Driver driver;

    public TestNeo4j(Path directory) {
        int port = freePort();
        service = new DatabaseManagementServiceBuilder(directory)
                .setConfig(Map.of(
                        GraphDatabaseSettings.auth_enabled, false,
                        GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024,
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                        HttpConnector.enabled, false))
                .build();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
        driver.verifyConnectivity();
    }

    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        service.shutdown();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
