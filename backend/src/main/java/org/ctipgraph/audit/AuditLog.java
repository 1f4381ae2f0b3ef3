package org.ctipgraph.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Service;

/** Appends to and reads the audit log kept in the graph as {@code AuditEvent} nodes (never updated, never deleted). */
@Service
public class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Driver driver;
    private final String database;

    AuditLog(Driver driver, GraphSchemaSetup schema) {
        this.driver = driver;
        this.database = schema.database();
    }

    /** One recorded action; {@code details} is the JSON the recorder gave. */
    public record AuditEntry(String id, String caseId, String at, String action, String by, String details) {
    }

    /** Records an action now; returns its id. */
    public String record(String caseId, String action, String by, Map<String, Object> details) {
        String id = UUID.randomUUID().toString();
        String json;
        try {
            json = JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be JSON-serialisable", e);
        }
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    CREATE (a:AuditEvent {id: $id, caseId: $caseId, at: datetime(), action: $action, by: $by, details: $details})
                    """, Map.of("id", id, "caseId", caseId, "action", action, "by", by == null ? "anonymous" : by,
                    "details", json)).consume());
        }
        return id;
    }

    /** The case's entries for one action, oldest first. */
    public List<AuditEntry> entries(String caseId, String action) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (a:AuditEvent {caseId: $caseId}) WHERE a.action = $action
                    RETURN a ORDER BY a.at, a.id
                    """, Map.of("caseId", caseId, "action", action)).list(r -> {
                var a = r.get("a");
                return new AuditEntry(a.get("id").asString(), a.get("caseId").asString(),
                        a.get("at").asZonedDateTime().withZoneSameInstant(ZoneOffset.UTC).toInstant().toString(),
                        a.get("action").asString(), a.get("by").asString(), a.get("details").asString());
            }));
        }
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
