package org.ctipgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctipgraph.extraction.CaseLexicon;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.KnownEntity;
import org.ctipgraph.resolution.IdentityLinks;
import org.ctipgraph.schema.NodeLabel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * What a case already knows, read from the graph: every entity with the written forms and roles
 * documents gave it. The extractor uses it so that a document uploaded today recognises the
 * nicknames and short forms that last week's documents established.
 */
public final class CaseKnowledgeReader {
    private static final Set<String> BOOKKEEPING = Set.of("id", "caseId", "key", "name", "aliases", "roles", "createdAt");

    private final Driver driver;
    private final String database;

    public CaseKnowledgeReader(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    public List<KnownEntity> entities(String caseId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (n:Person|Company|BrickKiln|PhoneNumber|BankAccount|Location|Vehicle|OnlineAccount {caseId: $caseId})
                    RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases,
                           coalesce(n.roles, []) AS roles, properties(n) AS props
                    ORDER BY n.createdAt, n.id
                    """, Map.of("caseId", caseId)).list(r -> {
                Map<String, Object> properties = new HashMap<>(r.get("props").asMap());
                properties.keySet().removeAll(BOOKKEEPING);
                properties.values().removeIf(v -> !(v instanceof String || v instanceof Number || v instanceof Boolean));
                EntityRef ref = new EntityRef(NodeLabel.valueOf(r.get("label").asString()), r.get("key").asString(),
                        r.get("name").asString(), properties);
                return new KnownEntity(ref, r.get("aliases").asList(Value::asString), r.get("roles").asList(Value::asString));
            }));
        }
    }

    /**
     * The case's {@link IdentityLinks}: aliases its documents tie to exactly one full name. Read by analysis
     * (which treats each pair as one actor unless rejected) and by merge review (which lists them).
     */
    public List<IdentityLinks.Link> identityLinks(String caseId) {
        Map<String, Object> params = Map.of("caseId", caseId);
        try (Session session = session()) {
            List<IdentityLinks.Person> persons = session.executeRead(tx -> tx.run("""
                    MATCH (p:Person {caseId: $caseId}) WHERE p.key IS NOT NULL
                    RETURN p.id AS id, p.key AS key, p.name AS name, p.given AS given, coalesce(p.aliases, []) AS written
                    ORDER BY id
                    """, params).list(r -> new IdentityLinks.Person(r.get("id").asString(), r.get("key").asString(),
                    r.get("name").asString(""), r.get("given").asString(null), r.get("written").asList(Value::asString))));
            List<IdentityLinks.Holding> holdings = session.executeRead(tx -> tx.run("""
                    MATCH (p:Person)-[r:HOLDS_ACCOUNT|USES_PHONE]->(x:OnlineAccount|PhoneNumber) WHERE r.caseId = $caseId
                    RETURN DISTINCT p.id AS person, x.id AS id, x.name AS name,
                           CASE WHEN x:OnlineAccount THEN 'handle' ELSE 'phone' END AS kind
                    """, params).list(r -> new IdentityLinks.Holding(r.get("person").asString(), r.get("id").asString(),
                    r.get("name").asString(""), r.get("kind").asString())));
            return IdentityLinks.find(persons, holdings);
        }
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }

    /** The lexicon for the next document of the case. */
    public CaseLexicon lexicon(String caseId) {
        return CaseLexicon.of(entities(caseId));
    }
}
