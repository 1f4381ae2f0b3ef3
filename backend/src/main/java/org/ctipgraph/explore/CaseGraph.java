package org.ctipgraph.explore;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/** Parameterised reads and writes through the driver, in managed transactions (retried on transient errors). */
@Component
class CaseGraph {
    private final Driver driver;
    private final String database;

    CaseGraph(Driver driver, GraphSchemaSetup schema) {
        this.driver = driver;
        this.database = schema.database();
    }

    <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list(mapper::apply));
        }
    }

    <T> List<T> write(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(cypher, params).list(mapper::apply));
        }
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
