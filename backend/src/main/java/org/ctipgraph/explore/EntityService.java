package org.ctipgraph.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctipgraph.schema.NodeLabel;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/** Entities of a case: one with its mentions, its neighbourhood, and the mentions on a page. Knows nothing of HTTP. */
@Service
public class EntityService {
    private static final Set<String> SHOWN_APART = Set.of("id", "caseId", "key", "name", "aliases", "roles");
    private final CaseGraph graph;

    EntityService(CaseGraph graph) {
        this.graph = graph;
    }

    public Optional<EntityView> entity(String caseId, String entityId) {
        Optional<String> label = EntityIds.label(entityId);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        return graph.read("""
                MATCH (e:Entity {id: $id}) WHERE e.caseId = $caseId
                CALL (e) {
                  MATCH (e)-[r]-() WHERE r.sources IS NOT NULL
                  WITH type(r) AS type, count(*) AS n ORDER BY type
                  RETURN collect([type, n]) AS relations
                }
                CALL (e) {
                  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
                  WITH m, d ORDER BY d.name, m.page, m.spanStart
                  RETURN collect(CASE WHEN m IS NULL THEN NULL ELSE {sha256: d.sha256, document: d.name, page: m.page,
                      spanStart: m.spanStart, spanEnd: m.spanEnd, surface: m.surface, role: m.role, quote: m.quote} END)
                      AS mentions
                }
                RETURN e, relations, mentions
                """, Map.of("id", entityId, "caseId", caseId), r -> toEntity(label.get(), r))
                .stream().findFirst();
    }

    /**
     * Facts around an entity, strongest first.
     *
     * @param types         neighbour labels to keep (empty = all)
     * @param relations     relationship types to keep (empty = all)
     * @param minConfidence facts below this are left out
     */
    public Optional<GraphView> neighbours(String caseId, String entityId, List<String> types, List<String> relations,
                                          double minConfidence, int limit) {
        Optional<EntityView> centre = entity(caseId, entityId);
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        List<Record> rows = graph.read("""
                MATCH (e:Entity {id: $id}) WHERE e.caseId = $caseId
                MATCH (e)-[r]-(n)
                WHERE r.sources IS NOT NULL AND n.caseId = $caseId
                  AND (size($types) = 0 OR any(l IN labels(n) WHERE l IN $types))
                  AND (size($relations) = 0 OR type(r) IN $relations)
                  AND coalesce(r.confidence, 0.0) >= $minConfidence
                WITH r, n ORDER BY coalesce(r.confidence, 0.0) DESC, n.name LIMIT $limit + 1
                RETURN r, startNode(r).id AS source, endNode(r).id AS target, n,
                       COUNT { (n)-[x]-() WHERE x.sources IS NOT NULL } AS degree
                """, Map.of("label", centre.get().label(), "id", entityId, "caseId", caseId, "types", types,
                "relations", relations, "minConfidence", minConfidence, "limit", limit), r -> r);
        boolean truncated = rows.size() > limit;
        Map<String, GraphView.Node> nodes = new LinkedHashMap<>();
        EntityView c = centre.get();
        nodes.put(c.id(), new GraphView.Node(c.id(), c.label(), c.name(), c.roles(),
                Boolean.TRUE.equals(c.properties().get("minor")),
                c.relations().values().stream().mapToLong(Long::longValue).sum()));
        List<GraphView.Edge> edges = new ArrayList<>();
        for (Record row : rows.subList(0, Math.min(limit, rows.size()))) {
            Node n = row.get("n").asNode();
            nodes.putIfAbsent(n.get("id").asString(), node(n, row.get("degree").asLong()));
            edges.add(edge(row.get("r").asRelationship(), row.get("source").asString(), row.get("target").asString()));
        }
        return Optional.of(new GraphView(List.copyOf(nodes.values()), edges, truncated));
    }

    /** Mentions on one page of a document, in text order (for highlighting). */
    public List<MentionView> pageMentions(String caseId, String sha256, int page) {
        return graph.read("""
                MATCH (d:Document {caseId: $caseId, sha256: $sha256})<-[m:MENTIONED_IN]-(e)
                WHERE m.page = $page
                RETURN e.id AS entityId, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, d.sha256 AS sha256, d.name AS document,
                       m.page AS page, m.spanStart AS spanStart, m.spanEnd AS spanEnd, m.surface AS surface,
                       m.role AS role, m.quote AS quote
                ORDER BY m.spanStart, m.spanEnd DESC
                """, Map.of("caseId", caseId, "sha256", sha256, "page", page), EntityService::mention);
    }

    static GraphView.Node node(Node n, long degree) {
        return new GraphView.Node(n.get("id").asString(), NodeLabel.typeOf(n.labels()).name(), n.get("name").asString(null),
                Values.strings(n.get("roles")), n.get("minor").asBoolean(false), degree);
    }

    static GraphView.Edge edge(Relationship r, String source, String target) {
        return new GraphView.Edge(r.get("id").asString(null), r.type(), source, target,
                Values.doubleOrNull(r.get("confidence")), Values.strings(r.get("sources")),
                Values.properties(r, Values.EVIDENCE_KEYS));
    }

    private static EntityView toEntity(String label, Record r) {
        Node e = r.get("e").asNode();
        Map<String, Long> relations = new LinkedHashMap<>();
        for (Value pair : r.get("relations").values()) {
            relations.put(pair.get(0).asString(), pair.get(1).asLong());
        }
        List<MentionView> mentions = r.get("mentions").asList(m -> new MentionView(e.get("id").asString(), label,
                e.get("name").asString(null), m.get("sha256").asString(), m.get("document").asString(null),
                Values.intOrNull(m.get("page")), Values.intOrNull(m.get("spanStart")), Values.intOrNull(m.get("spanEnd")),
                m.get("surface").asString(null), m.get("role").asString(null), m.get("quote").asString(null)));
        return new EntityView(e.get("id").asString(), label, e.get("name").asString(null), Values.strings(e.get("aliases")),
                Values.strings(e.get("roles")), Values.properties(e, SHOWN_APART), relations, mentions);
    }

    private static MentionView mention(Record r) {
        return new MentionView(r.get("entityId").asString(), r.get("label").asString(), r.get("name").asString(null),
                r.get("sha256").asString(), r.get("document").asString(null), Values.intOrNull(r.get("page")),
                Values.intOrNull(r.get("spanStart")), Values.intOrNull(r.get("spanEnd")), r.get("surface").asString(null),
                r.get("role").asString(null), r.get("quote").asString(null));
    }
}
