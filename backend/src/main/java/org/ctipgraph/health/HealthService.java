package org.ctipgraph.health;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.ctipgraph.config.CtipSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Service;

/** Reports the application version and whether Neo4j answers. */
@Service
public class HealthService {
    private final Driver driver;
    private final boolean embedded;
    private final String version;

    HealthService(Driver driver, CtipSettings settings) {
        this.driver = driver;
        this.embedded = !settings.neo4j().external();
        this.version = applicationVersion();
    }

    public HealthView check() {
        try (Session session = driver.session()) {
            Record component = session.executeRead(tx -> tx.run(
                    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition").single());
            return new HealthView("UP", version, new HealthView.Neo4jView(true, component.get("version").asString(),
                    component.get("edition").asString(), embedded, null));
        } catch (RuntimeException e) {
            return new HealthView("DEGRADED", version, new HealthView.Neo4jView(false, null, null, embedded, e.getMessage()));
        }
    }

    public String version() {
        return version;
    }

    public static String applicationVersionString() {
        return applicationVersion();
    }

    static String applicationVersion() {
        try (InputStream in = HealthService.class.getResourceAsStream("/ctip-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
