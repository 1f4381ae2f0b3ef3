package org.ctipgraph.database;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.ctipgraph.config.CtipSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;

/**
 * The one code path to the database: a Neo4j Java Driver, to the embedded server by default or to
 * the external server or cluster named by {@code NEO4J_URI}. Spring Data Neo4j uses this driver too.
 */
@Configuration(proxyBeanMethods = false)
public class Neo4jConnection {

    /** Starts the embedded database unless an external one is configured. */
    @Bean(destroyMethod = "close")
    @Nullable
    EmbeddedNeo4j embeddedNeo4j(CtipSettings settings) {
        if (settings.neo4j().external()) {
            return null;
        }
        return EmbeddedNeo4j.start(settings.neo4jDirectory(), settings.bolt().host(), settings.bolt().port(),
                settings.bolt().pageCache().toBytes());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(CtipSettings settings, @Nullable EmbeddedNeo4j embedded) {
        String uri;
        String user;
        String password;
        if (embedded != null) {
            uri = embedded.boltUri();
            user = embedded.username();
            password = embedded.password();
        } else {
            uri = settings.neo4j().uri();
            user = settings.neo4j().username();
            password = settings.neo4j().password();
            validateUri(uri);
        }
        Config config = Config.builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                .build();
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new StartupProblem("Neo4j at " + uri + " rejected user '" + user
                    + "': wrong credentials; set NEO4J_USERNAME and NEO4J_PASSWORD", e);
        } catch (ServiceUnavailableException | SecurityException e) {
            driver.close();
            throw new StartupProblem("cannot reach Neo4j at " + uri + " (" + e.getMessage()
                    + "); check NEO4J_URI and that the server is running", e);
        } catch (ClientException e) {
            driver.close();
            throw new StartupProblem("Neo4j at " + uri + " refused the connection: " + e.getMessage(), e);
        }
        return driver;
    }

    private static void validateUri(String uri) {
        try {
            String scheme = URI.create(uri).getScheme();
            if (scheme == null || !scheme.matches("(bolt|neo4j)(\\+s|\\+ssc)?")) {
                throw new StartupProblem("NEO4J_URI '" + uri + "' must start with bolt://, neo4j://, bolt+s:// or neo4j+s://");
            }
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("NEO4J_URI '" + uri + "' is not a valid URI: " + e.getMessage());
        }
    }
}
