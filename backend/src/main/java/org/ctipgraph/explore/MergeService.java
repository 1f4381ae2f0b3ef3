package org.ctipgraph.explore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.graph.CaseKnowledgeReader;
import org.ctipgraph.resolution.EntityResolver;
import org.ctipgraph.resolution.IdentityLinks;
import org.ctipgraph.resolution.SameAsSuggestion;
import org.ctipgraph.schema.NodeLabel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Review of {@code SAME_AS} suggestions. A decision is recorded on the relationship (status, who, when) and
 * never merges nodes: the graph keeps both entities, so a wrong confirmation can be undone and every fact
 * still cites the name its document used.
 */
@Service
public class MergeService {
    /** Decisions an investigator can record. */
    public static final List<String> DECISIONS = List.of("confirmed", "rejected");
    private static final String RETURN_PAIR = """
            RETURN s, a, b, COUNT { (a)-[x]-() WHERE x.sources IS NOT NULL } AS aDegree,
                   COUNT { (b)-[x]-() WHERE x.sources IS NOT NULL } AS bDegree
            """;
    private final CaseGraph graph;
    private final CaseKnowledgeReader knowledge;
    private final EntityResolver resolver = new EntityResolver();

    MergeService(CaseGraph graph, Driver driver, GraphSchemaSetup schema) {
        this.graph = graph;
        this.knowledge = new CaseKnowledgeReader(driver, schema.database());
    }

    /** Every pair of the case: undecided first, then by score. */
    public List<MergeView> list(String caseId) {
        return graph.read("""
                MATCH (a)-[s:SAME_AS]->(b) WHERE s.caseId = $caseId
                WITH s, a, b ORDER BY s.status IN ['suggested', 'linked'] DESC, s.score DESC, a.name
                """ + RETURN_PAIR, Map.of("caseId", caseId), MergeService::toView);
    }

    /** Records a decision; empty when the case has no such pair. */
    public Optional<MergeView> decide(String caseId, String mergeId, String decision, String by) {
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("decision must be one of " + DECISIONS);
        }
        return graph.write("""
                MATCH (a)-[s:SAME_AS {id: $id}]->(b) WHERE s.caseId = $caseId
                SET s.status = $decision, s.decidedBy = $by, s.decidedAt = datetime()
                WITH s, a, b
                """ + RETURN_PAIR, Map.of("id", mergeId, "caseId", caseId, "decision", decision, "by", by),
                MergeService::toView).stream().findFirst();
    }

    /**
     * Runs the {@link EntityResolver} over the case's entities and stores each suggestion as
     * {@code SAME_AS {status: 'suggested'}}, and each {@link IdentityLinks} link (an alias the documents tie to
     * one full name, which analysis already treats as that person) as {@code status: 'linked'}; pairs already
     * decided keep their decision.
     *
     * @return the number of suggestions and links
     */
    public int suggest(String caseId) {
        Map<String, String> idByKey = new HashMap<>();
        List<EntityRef> refs = graph.read("""
                MATCH (e:Entity {caseId: $caseId})
                WHERE e.key IS NOT NULL AND any(l IN labels(e) WHERE l IN $labels)
                RETURN e
                """, Map.of("caseId", caseId, "labels", List.of("Person", "Company", "BrickKiln", "Location")), r -> {
            Node e = r.get("e").asNode();
            String label = NodeLabel.typeOf(e.labels()).name();
            idByKey.put(label + "|" + e.get("key").asString(), e.get("id").asString());
            return new EntityRef(NodeLabel.valueOf(label), e.get("key").asString(),
                    e.get("name").asString(e.get("key").asString()), plainProperties(e));
        });
        List<SameAsSuggestion> suggestions = resolver.suggest(refs);
        List<Map<String, Object>> pairs = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (IdentityLinks.Link link : knowledge.identityLinks(caseId)) {
            String id = pairId(link.aliasId(), link.fullId());
            linked.add(id);
            pairs.add(Map.of("id", id, "a", link.aliasId(), "b", link.fullId(), "label", "Person", "status", "linked",
                    "score", IdentityLinks.SCORE, "reasons", List.of(link.reason())));
        }
        for (SameAsSuggestion s : suggestions) {
            String a = idByKey.get(s.a().label() + "|" + s.a().key());
            String b = idByKey.get(s.b().label() + "|" + s.b().key());
            if (!linked.contains(pairId(a, b))) {
                pairs.add(Map.of("id", pairId(a, b), "a", a, "b", b, "label", s.a().label().name(), "status", "suggested",
                        "score", s.score(), "reasons", s.reasons()));
            }
        }
        graph.write("""
                UNWIND $pairs AS p
                MATCH (a:Entity {id: p.a}) WHERE a.caseId = $caseId
                MATCH (b:Entity {id: p.b}) WHERE b.caseId = $caseId
                OPTIONAL MATCH (b)-[reverse:SAME_AS {id: p.id}]->(a)
                WITH p, a, b WHERE reverse IS NULL
                MERGE (a)-[s:SAME_AS {id: p.id}]->(b)
                  ON CREATE SET s.caseId = $caseId, s.status = p.status, s.suggestedAt = datetime()
                SET s.score = p.score, s.reasons = p.reasons,
                    s.status = CASE WHEN s.status IN ['suggested', 'linked'] THEN p.status ELSE s.status END
                """, Map.of("pairs", pairs, "caseId", caseId), r -> r);
        return pairs.size();
    }

    /** Order-independent, so a pair suggested twice (either way round) is one relationship. */
    static String pairId(String a, String b) {
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((first + "\u0000" + second).getBytes(StandardCharsets.UTF_8));
            return "same-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the scalar properties the resolver reads (family, candidate, …); lists and dates are not needed. */
    private static Map<String, Object> plainProperties(Node e) {
        Map<String, Object> out = new HashMap<>();
        for (String k : e.keys()) {
            Object v = e.get(k).asObject();
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.put(k, v);
            }
        }
        return out;
    }

    private static MergeView toView(Record r) {
        var s = r.get("s").asRelationship();
        return new MergeView(s.get("id").asString(), s.get("status").asString(null), Values.doubleOrNull(s.get("score")),
                Values.strings(s.get("reasons")), EntityService.node(r.get("a").asNode(), r.get("aDegree").asLong()),
                EntityService.node(r.get("b").asNode(), r.get("bDegree").asLong()), s.get("decidedBy").asString(null),
                s.get("decidedAt").isNull() ? null : Values.plain(s.get("decidedAt").asObject()).toString());
    }
}
