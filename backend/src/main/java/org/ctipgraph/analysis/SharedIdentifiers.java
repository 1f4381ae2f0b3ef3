package org.ctipgraph.analysis;

import java.util.List;
import java.util.Map;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.SharedIdentifierView;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Phones, accounts and vehicles that more than one actor uses, holds or drives, read from the stored graph
 * rather than a projection: a shared office phone links nobody in a projection, yet is a lead in itself.
 */
@Service
public class SharedIdentifiers {
    private final Driver driver;
    private final String database;

    SharedIdentifiers(Driver driver, GraphSchemaSetup schema) {
        this.driver = driver;
        this.database = schema.database();
    }

    /** Ordered by the identifier's name; each with everyone linked to it, whatever their role. */
    public List<SharedIdentifierView> in(String caseId) {
        try (Session session = GraphSessions.open(driver, database)) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (i:Entity {caseId: $caseId}) WHERE i:PhoneNumber OR i:BankAccount OR i:Vehicle
                    MATCH (u)-[r:USES_PHONE|HOLDS_ACCOUNT|DROVE|OWNS|SIGNATORY_OF]->(i)
                    WITH i, collect(DISTINCT u) AS users
                    WHERE size(users) > 1
                    RETURN i, [l IN labels(i) WHERE l <> 'Entity'][0] AS label,
                           [u IN users | {id: u.id, label: [l IN labels(u) WHERE l <> 'Entity'][0], name: u.name,
                                          roles: coalesce(u.roles, [])}] AS users
                    ORDER BY i.name
                    """, Map.of("caseId", caseId)).list(r -> new SharedIdentifierView(
                    new EntityRefView(r.get("i").get("id").asString(), r.get("label").asString(),
                            r.get("i").get("name").asString(null), List.of()),
                    r.get("users").asList(u -> new EntityRefView(u.get("id").asString(), u.get("label").asString(),
                            u.get("name").asString(null), u.get("roles").asList(Value::asString))))));
        }
    }
}
