package org.ctipgraph.database;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.api.impl.index.lucene.LuceneSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside this process, reachable only through its Bolt connector, with
 * authentication on. The application never uses the embedded API for data: it connects over Bolt
 * with the driver, exactly as to an external server, so switching to a cluster changes one URI.
 * Neo4j's own HTTP connector stays off: its Jetty would clash with Javalin's.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String SYSTEM_DATABASE = "system";
    private static final String USER = "neo4j";

    /**
     * Segments of one size a full-text index gathers before Lucene merges them. Neo4j's default is 2: every
     * refresh of an eventually consistent index (after each commit that wrote pages) flushes a small segment, and
     * with 2 each flush sets off a merge, so page text is rewritten about log2(pages) times. Lucene's own default,
     * 10, rewrites it about log10(pages) times; searches read a few more segments.
     */
    static final int FULLTEXT_MERGE_FACTOR = 10;

    private final DatabaseManagementService service;
    private final String boltUri;
    private final BoltPassword password;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri, BoltPassword password) {
        this.service = service;
        this.boltUri = boltUri;
        this.password = password;
    }

    /**
     * Starts the database in {@code directory} with Bolt on {@code host:port}.
     *
     * @param pageCacheBytes page cache size
     */
    public static EmbeddedNeo4j start(Path directory, String host, int port, long pageCacheBytes) {
        PortCheck.requireFree("Bolt", host, port, "CTIP_BOLT_PORT (ctip.bolt.port)");
        BoltPassword password = BoltPassword.loadOrCreate(directory);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(directory)
                    .setConfig(Map.of(
                            GraphDatabaseSettings.auth_enabled, true,
                            GraphDatabaseSettings.pagecache_memory, pageCacheBytes,
                            BoltConnector.enabled, true,
                            BoltConnector.listen_address, new SocketAddress(host, port),
                            BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                            HttpConnector.enabled, false,
                            HttpsConnector.enabled, false,
                            LuceneSettings.lucene_merge_factor, FULLTEXT_MERGE_FACTOR))
                    .build();
        } catch (RuntimeException e) {
            throw new StartupProblem("the embedded Neo4j in " + directory.toAbsolutePath() + " did not start: "
                    + rootMessage(e) + "; is another CTIP Graph using this data directory (CTIP_DATA_DIR)?", e);
        }
        EmbeddedNeo4j neo4j = new EmbeddedNeo4j(service, "bolt://" + host + ":" + port, password);
        try {
            neo4j.ensurePassword();
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        return neo4j;
    }

    /** Sets the generated password on first start (the neo4j user begins with a must-change default). */
    private void ensurePassword() {
        GraphDatabaseService system = service.database(SYSTEM_DATABASE);
        boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", USER), result -> result.hasNext() && (Boolean) result.next().get("passwordChangeRequired"));
        if (changeRequired || password.generated()) {
            try {
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password.value()));
            } catch (RuntimeException e) {
                if (!rootMessage(e).contains("cannot be the same")) {
                    throw e;
                }
            }
        }
        if (password.generated()) {
            log.warn("Generated the embedded Neo4j password (shown once; kept in {}, readable by its owner only).\n"
                            + "  Connect with cypher-shell:  cypher-shell -a {} -u neo4j -p '{}'\n"
                            + "  Neo4j Browser / Bloom: connect URL {} , user neo4j, that password.",
                    password.file().toAbsolutePath(), boltUri, password.value(), boltUri);
        } else {
            log.info("Embedded Neo4j on {} (user neo4j, password in {})", boltUri, password.file().toAbsolutePath());
        }
    }

    /** The value the database runs with for {@code setting} (what was configured, or Neo4j's default). */
    <T> T setting(Setting<T> setting) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(SYSTEM_DATABASE);
        return system.getDependencyResolver().resolveDependency(Config.class).get(setting);
    }

    public String boltUri() {
        return boltUri;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password.value();
    }

    @Override
    public void close() {
        service.shutdown();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
