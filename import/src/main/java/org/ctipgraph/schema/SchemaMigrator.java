package org.ctipgraph.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema files to a database, once each, and records every applied version
 * as a {@code SchemaMigration} node. Statements use {@code IF NOT EXISTS}, so a migration that was
 * interrupted half-way is simply applied again. A changed checksum of an applied version is a
 * packaging error and stops start-up rather than leaving the schema in an unknown state.
 */
public final class SchemaMigrator {
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Driver driver;
    private final String database;

    /**
     * @param driver   connection to the database
     * @param database database name, or {@code null} for the server's default
     */
    public SchemaMigrator(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Applies what is missing; returns the versions applied by this call (empty when up to date). */
    public List<Integer> migrate() {
        return migrate(SchemaMigrations.bundled());
    }

    List<Integer> migrate(List<SchemaMigration> migrations) {
        Map<Integer, String> applied = appliedChecksums();
        List<SchemaMigration> pending = migrations.stream().filter(m -> !applied.containsKey(m.version())).toList();
        migrations.stream().filter(m -> applied.containsKey(m.version()))
                .filter(m -> !applied.get(m.version()).equals(m.checksum()))
                .findFirst().ifPresent(m -> {
                    throw new IllegalStateException("schema version " + m.version() + " was applied with different"
                            + " contents; applied files must never change (add a new version instead)");
                });
        for (SchemaMigration migration : pending) {
            try (Session session = session()) {
                for (String statement : migration.statements()) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                }
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MERGE (m:SchemaMigration {version: $version})
                        SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
                        """, Map.of("version", migration.version(), "description", migration.description(),
                        "checksum", migration.checksum())).consume());
            }
            log.info("Applied graph schema version {} ({})", migration.version(), migration.description());
        }
        return pending.stream().map(SchemaMigration::version).toList();
    }

    /** The versions recorded in the database. */
    public Set<Integer> appliedVersions() {
        return appliedChecksums().keySet();
    }

    private Map<Integer, String> appliedChecksums() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum").list())
                    .stream().collect(Collectors.toMap(r -> r.get("version").asInt(), r -> r.get("checksum").asString()));
        }
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
