package org.ctipgraph.evidence;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The graph reads an evidence package needs beyond the analysis projection: entity details with every
 * written form, the case's victims and what identifies them, the true ends of facts (to show merges),
 * confirmed merges, and the custody of documents. Every query is parameterised and scoped to one case.
 */
@Component
class EvidenceGraphReader {
    private final Driver driver;
    private final String database;

    EvidenceGraphReader(Driver driver, GraphSchemaSetup schema) {
        this.driver = driver;
        this.database = schema.database();
    }

    /** An entity with every name it goes by (node aliases and mention surfaces). */
    record EntityDetails(String id, String label, String name, List<String> roles, List<String> surfaces,
                         Map<String, Object> properties) {
    }

    /** A person the case calls a victim or a minor, with what identifies them. */
    record Victim(String id, String name, boolean minor, List<String> surfaces, List<String> birthDates,
                  List<Long> birthYears, List<Phone> phones, List<String> sameAs) {
    }

    /** A phone number a victim uses. */
    record Phone(String id, String e164, List<String> surfaces) {
    }

    /** A confirmed SAME_AS decision. */
    record MergeDecision(String a, String aName, String b, String bName, String decidedBy, ZonedDateTime decidedAt) {
    }

    /** A document and the upload it arrived in. */
    record DocumentCustody(String sha256, String name, String mediaType, Long size, String rootSha256, String rootName,
                           String pathInParent, String parentSha256, String submittedBy, ZonedDateTime submittedAt,
                           ZonedDateTime ingestedAt) {
    }

    List<EntityDetails> entities(String caseId, List<String> ids) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (String id : ids) {
            GraphIds.entityLabel(id).ifPresent(label -> refs.add(Map.of("id", id, "label", label.name())));
        }
        return read("""
                UNWIND $refs AS ref
                MATCH (e:Entity {id: ref.id}) WHERE e.caseId = $caseId
                OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
                WITH e, collect(DISTINCT m.surface) AS surfaces
                RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, coalesce(e.roles, []) AS roles,
                       [s IN [e.name] + coalesce(e.aliases, []) + surfaces WHERE s IS NOT NULL] AS surfaces,
                       properties(e) AS props
                ORDER BY id
                """, Map.of("refs", refs, "caseId", caseId), r -> new EntityDetails(r.get("id").asString(),
                r.get("label").asString(), r.get("name").asString(null), r.get("roles").asList(Value::asString),
                distinct(r.get("surfaces").asList(Value::asString)), r.get("props").asMap()));
    }

    /** Every victim or minor of the case, with the phones they use and the entities confirmed to be them. */
    List<Victim> victims(String caseId) {
        return read("""
                MATCH (p:Person) WHERE p.caseId = $caseId AND ('victim' IN coalesce(p.roles, []) OR coalesce(p.minor, false))
                OPTIONAL MATCH (p)-[m:MENTIONED_IN]->()
                WITH p, collect(DISTINCT m.surface) AS surfaces
                OPTIONAL MATCH (p)-[:USES_PHONE]->(ph:PhoneNumber)
                WITH p, surfaces, collect(DISTINCT ph) AS phones
                OPTIONAL MATCH (p)-[s:SAME_AS]-(o) WHERE s.status = 'confirmed'
                OPTIONAL MATCH (o)-[om:MENTIONED_IN]->()
                WITH p, surfaces, phones, collect(DISTINCT o.id) AS sameAs,
                     collect(DISTINCT o.name) + [x IN collect(DISTINCT om.surface) WHERE x IS NOT NULL] AS otherSurfaces
                RETURN p.id AS id, p.name AS name, coalesce(p.minor, false) AS minor,
                       [x IN [p.name] + coalesce(p.aliases, []) + surfaces + otherSurfaces WHERE x IS NOT NULL] AS surfaces,
                       coalesce(p.birthDates, []) AS birthDates, coalesce(p.birthYears, []) AS birthYears,
                       [ph IN phones | {id: ph.id, e164: ph.e164,
                                        surfaces: [x IN [ph.name, ph.e164] + coalesce(ph.aliases, []) WHERE x IS NOT NULL]}] AS phones,
                       [x IN sameAs WHERE x IS NOT NULL] AS sameAs
                ORDER BY id
                """, Map.of("caseId", caseId), r -> new Victim(r.get("id").asString(), r.get("name").asString(null),
                r.get("minor").asBoolean(), distinct(r.get("surfaces").asList(Value::asString)),
                r.get("birthDates").asList(Value::asString), r.get("birthYears").asList(Value::asLong),
                r.get("phones").asList(p -> new Phone(p.get("id").asString(), p.get("e164").asString(null),
                        distinct(p.get("surfaces").asList(Value::asString)))),
                r.get("sameAs").asList(Value::asString)));
    }

    /** Names and aliases of the case's other persons: their words must survive redaction. */
    List<String> otherPersonNames(String caseId) {
        return read("""
                MATCH (p:Person) WHERE p.caseId = $caseId
                  AND NOT ('victim' IN coalesce(p.roles, []) OR coalesce(p.minor, false))
                UNWIND [p.name] + coalesce(p.aliases, []) AS name
                WITH DISTINCT name WHERE name IS NOT NULL
                RETURN name ORDER BY name
                """, Map.of("caseId", caseId), r -> r.get("name").asString());
    }

    /** Fact id to its stated [subject, object]: after merges the chart may show other ends. */
    Map<String, String[]> factEnds(String caseId, List<String> factIds) {
        Map<String, String[]> ends = new HashMap<>();
        read("""
                MATCH (s)-[r]->(o) WHERE r.caseId = $caseId AND r.id IN $ids
                RETURN r.id AS id, s.id AS s, o.id AS o
                """, Map.of("caseId", caseId, "ids", factIds), r -> ends.put(r.get("id").asString(),
                new String[] {r.get("s").asString(), r.get("o").asString()}));
        return ends;
    }

    List<MergeDecision> confirmedMerges(String caseId) {
        return read("""
                MATCH (a)-[s:SAME_AS]->(b) WHERE s.caseId = $caseId AND s.status = 'confirmed'
                RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, s.decidedBy AS by, s.decidedAt AS at
                ORDER BY a, b
                """, Map.of("caseId", caseId), r -> new MergeDecision(r.get("a").asString(), r.get("aName").asString(null),
                r.get("b").asString(), r.get("bName").asString(null), r.get("by").asString(null), time(r.get("at"))));
    }

    /** Each document with the top-level upload it came in (archive members and attachments inherit it). */
    Map<String, DocumentCustody> custody(String caseId, List<String> shas) {
        List<String> ids = shas.stream().map(s -> GraphIds.document(caseId, s)).toList();
        Map<String, DocumentCustody> out = new LinkedHashMap<>();
        read("""
                UNWIND $ids AS id
                MATCH (d:Document {id: id})
                OPTIONAL MATCH chain = (d)-[:CONTAINED_IN*0..12]->(root:Document) WHERE NOT (root)-[:CONTAINED_IN]->()
                WITH d, root ORDER BY length(chain) DESC
                WITH d, head(collect(root)) AS root
                OPTIONAL MATCH (j:Job {caseId: $caseId, sha256: root.sha256})
                RETURN d.sha256 AS sha, d.name AS name, d.mediaType AS mediaType, d.size AS size, root.sha256 AS rootSha,
                       root.name AS rootName, d.pathInParent AS path, d.parentSha256 AS parent, j.submittedBy AS by,
                       j.submittedAt AS submittedAt, coalesce(d.firstIngestedAt, d.ingestedAt) AS ingestedAt
                ORDER BY sha
                """, Map.of("ids", ids, "caseId", caseId), r -> out.put(r.get("sha").asString(), new DocumentCustody(
                r.get("sha").asString(), r.get("name").asString(null), r.get("mediaType").asString(null),
                r.get("size").isNull() ? null : r.get("size").asLong(), r.get("rootSha").asString(null),
                r.get("rootName").asString(null), r.get("path").asString(null), r.get("parent").asString(null),
                r.get("by").asString(null), time(r.get("submittedAt")), time(r.get("ingestedAt")))));
        return out;
    }

    /** Which of these documents mention any of these entities (to withhold originals that name a protected victim). */
    List<String> documentsMentioning(String caseId, List<String> entityIds, List<String> shas) {
        return read("""
                MATCH (e)-[:MENTIONED_IN]->(d:Document)
                WHERE e.caseId = $caseId AND e.id IN $entityIds AND d.caseId = $caseId AND d.sha256 IN $shas
                RETURN DISTINCT d.sha256 AS sha ORDER BY sha
                """, Map.of("caseId", caseId, "entityIds", entityIds, "shas", shas), r -> r.get("sha").asString());
    }

    private static ZonedDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().withZoneSameInstant(ZoneOffset.UTC);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(s -> !s.isBlank()).distinct().toList();
    }

    private <T> List<T> read(String cypher, Map<String, Object> params, java.util.function.Function<Record, T> mapper) {
        try (Session session = GraphSessions.open(driver, database)) {
            return session.executeRead(tx -> tx.run(cypher, params).list(mapper::apply));
        }
    }
}
