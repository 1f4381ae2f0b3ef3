package org.ctipgraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Opens driver sessions on the configured database: the server's default database when none is named
 * (embedded Neo4j), the named one on an external server. The one place every graph reader and writer
 * of the importer and the server gets its sessions from.
 */
public final class GraphSessions {
    private GraphSessions() {
    }

    /** A session on {@code database}, or on the default database when it is {@code null}. */
    public static Session open(Driver driver, String database) {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }
}
