package org.ctipgraph.database;

import java.util.List;
import org.ctipgraph.config.CtipSettings;
import org.ctipgraph.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * Brings the graph schema up to date before anything else uses the database. Components that
 * need the schema take this bean as a dependency, which orders start-up without magic.
 */
@Component
public class GraphSchemaSetup {
    private final List<Integer> appliedNow;
    private final String database;

    GraphSchemaSetup(Driver driver, CtipSettings settings) {
        this.database = settings.neo4j().database().isBlank() ? null : settings.neo4j().database();
        this.appliedNow = new SchemaMigrator(driver, database).migrate();
    }

    /** Versions applied during this start (empty when the schema was already current). */
    public List<Integer> appliedNow() {
        return appliedNow;
    }

    /** Database name for sessions, or {@code null} for the server's default. */
    public String database() {
        return database;
    }
}
