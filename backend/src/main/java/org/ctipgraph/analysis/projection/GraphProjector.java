package org.ctipgraph.analysis.projection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctipgraph.graph.CaseKnowledgeReader;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.graph.GraphSessions;
import org.ctipgraph.resolution.IdentityLinks;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Loads a case's facts from Neo4j into an undirected JGraphT graph of entities, bounded by
 * {@link ProjectionRequest#maxEdges()}. Identifiers (phones, accounts) are not actors: a call
 * between two phones becomes a link between their users only when each phone has exactly one
 * network user, so a shared office phone never makes two people look connected or identical.
 */
public final class GraphProjector {
    /** Relation types that record police or NGO procedure, not the network itself. */
    public static final Set<String> PROCEDURAL = Set.of("ARRESTED", "ARRESTED_IN", "INTERVIEWED", "REFERRED",
            "REPORTED", "PROCESSED", "SAME_AS", "MENTIONED_IN");
    /** Roles of people who appear in a case without being part of the network. */
    public static final Set<String> OUTSIDE_NETWORK = Set.of("officer", "police", "prosecutor", "judge",
            "ngo_worker", "caseworker", "witness", "bystander", "complainant", "interpreter");

    private final Driver driver;
    private final String database;
    private final CaseKnowledgeReader knowledge;

    public GraphProjector(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
        this.knowledge = new CaseKnowledgeReader(driver, database);
    }

    /** The projected graph (undirected, parallel facts kept) and the identifiers used for lifting. */
    public record Projection(Graph<EntityNode, FactEdge> graph, Map<String, EntityNode> nodes,
                             Map<String, List<String>> identifierUsers) {
        public EntityNode node(String id) {
            return nodes.get(id);
        }

        /**
         * A fingerprint of the graph state the projection was taken from: every entity and every fact with its
         * confidence and sources. Equal fingerprints mean an analysis with the same parameters and seed gives
         * the same answer; a new document, a retraction or a merge decision changes it.
         */
        public String state() {
            List<String> lines = new ArrayList<>();
            nodes.values().forEach(n -> lines.add("n|" + n.id() + "|" + n.name() + "|" + n.roles()));
            graph.edgeSet().forEach(e -> lines.add("e|" + e.id() + "|" + e.subjectId() + "|" + e.objectId() + "|"
                    + e.confidence() + "|" + e.citations().stream().map(c -> c.sha256() + "@" + c.page() + ":" + c.spanStart())
                    .sorted().toList()));
            lines.sort(null);
            return GraphIds.sha256(lines);
        }

        /**
         * One edge per linked pair, weighted by the evidence cost of its strongest fact: paths and scores count
         * links between actors, not how often the documents repeat one. Vertices and facts are added in id order
         * so that seeded algorithms give the same answer on the same graph. Builds a new graph on every call.
         */
        public Graph<EntityNode, DefaultWeightedEdge> strongestLinks() {
            SimpleWeightedGraph<EntityNode, DefaultWeightedEdge> simple = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            graph.vertexSet().stream().sorted(Comparator.comparing(EntityNode::id)).forEach(simple::addVertex);
            graph.edgeSet().stream().sorted(Comparator.comparing(FactEdge::id)).forEach(f -> {
                EntityNode a = graph.getEdgeSource(f);
                EntityNode b = graph.getEdgeTarget(f);
                DefaultWeightedEdge e = simple.getEdge(a, b);
                if (e == null) {
                    e = simple.addEdge(a, b);
                    simple.setEdgeWeight(e, f.evidenceCost());
                } else if (f.evidenceCost() < simple.getEdgeWeight(e)) {
                    simple.setEdgeWeight(e, f.evidenceCost());
                }
            });
            return simple;
        }
    }

    public Projection project(ProjectionRequest request) {
        List<Record> rows = readFacts(request);
        Map<String, String> documentNames = readDocumentNames(request.caseId());
        Map<String, EntityNode> all = new HashMap<>();
        List<FactEdge> facts = new ArrayList<>();
        for (Record row : rows) {
            EntityNode s = node(row, "s");
            EntityNode o = node(row, "o");
            all.putIfAbsent(s.id(), s);
            all.putIfAbsent(o.id(), o);
            FactEdge fact = fact(row, documentNames);
            if (request.inWindow(fact.attributes())) {
                facts.add(fact);
            }
        }
        Set<String> fullNames = new HashSet<>();
        SameActor sameActor = new SameActor(readSameAs(request, fullNames), all, fullNames);
        facts = facts.stream().map(sameActor::resolve).toList();
        Map<String, List<String>> users = identifierUsers(facts, all, request);
        Graph<EntityNode, FactEdge> graph = new WeightedPseudograph<>(FactEdge.class);
        Map<String, EntityNode> kept = new LinkedHashMap<>();
        for (FactEdge fact : facts) {
            for (FactEdge edge : liftOrKeep(fact, all, users, request)) {
                EntityNode a = all.get(edge.subjectId());
                EntityNode b = all.get(edge.objectId());
                if (a.equals(b) || !isActor(a, request) || !isActor(b, request)) {
                    continue;
                }
                graph.addVertex(a);
                graph.addVertex(b);
                kept.put(a.id(), a);
                kept.put(b.id(), b);
                graph.addEdge(a, b, edge);
                graph.setEdgeWeight(edge, edge.evidenceCost());
            }
        }
        Projection whole = new Projection(graph, kept, users);
        return request.seeds().isEmpty() ? whole : neighbourhood(whole, request);
    }

    private List<Record> readFacts(ProjectionRequest request) {
        try (Session session = session()) {
            List<Record> rows = session.executeRead(tx -> tx.run("""
                    MATCH (s)-[r]->(o)
                    WHERE r.caseId = $caseId AND r.sources IS NOT NULL
                      AND NOT type(r) IN $procedural
                      AND (size($types) = 0 OR type(r) IN $types)
                      AND coalesce(r.confidence, 1.0) >= $minConfidence
                    RETURN r.id AS id, type(r) AS type, properties(r) AS props,
                           s.id AS sId, [l IN labels(s) WHERE l <> 'Entity'][0] AS sLabel, s.name AS sName, s.roles AS sRoles,
                           o.id AS oId, [l IN labels(o) WHERE l <> 'Entity'][0] AS oLabel, o.name AS oName, o.roles AS oRoles
                    ORDER BY id
                    LIMIT $limit
                    """, Map.of("caseId", request.caseId(), "procedural", List.copyOf(PROCEDURAL),
                    "types", List.copyOf(request.relationTypes()), "minConfidence", request.minConfidence(),
                    "limit", request.maxEdges() + 1)).list());
            if (rows.size() > request.maxEdges()) {
                throw new ProjectionTooLargeException(request.maxEdges());
            }
            return rows;
        }
    }

    /**
     * Pairs of entities that are one actor: those a person confirmed (or, when asked, the resolver suggested),
     * and the {@link IdentityLinks} the case's documents state (an alias bound to one full name elsewhere, a
     * handle or phone shared with exactly one full name) unless a person rejected that pair. The full names
     * links point to are collected in {@code fullNames}: they name the actor.
     */
    private List<String[]> readSameAs(ProjectionRequest request, Set<String> fullNames) {
        try (Session session = session()) {
            Map<String, Object> params = Map.of("caseId", request.caseId(), "suggested", request.followSuggested());
            List<String[]> pairs = new ArrayList<>(session.executeRead(tx -> tx.run("""
                    MATCH (a)-[s:SAME_AS]->(b)
                    WHERE s.caseId = $caseId AND (s.status = 'confirmed' OR ($suggested AND s.status = 'suggested'))
                    RETURN a.id AS a, b.id AS b
                    """, params).list(r -> new String[] {r.get("a").asString(), r.get("b").asString()})));
            Set<String> rejected = new HashSet<>(session.executeRead(tx -> tx.run("""
                    MATCH (a)-[s:SAME_AS {status: 'rejected'}]->(b) WHERE s.caseId = $caseId
                    RETURN a.id + '|' + b.id AS pair
                    """, params).list(r -> r.get("pair").asString())));
            for (IdentityLinks.Link link : knowledge.identityLinks(request.caseId())) {
                if (!rejected.contains(link.aliasId() + "|" + link.fullId()) && !rejected.contains(link.fullId() + "|" + link.aliasId())) {
                    pairs.add(new String[] {link.aliasId(), link.fullId()});
                    fullNames.add(link.fullId());
                }
            }
            return pairs;
        }
    }

    private Map<String, String> readDocumentNames(String caseId) {
        try (Session session = session()) {
            Map<String, String> names = new HashMap<>();
            session.executeRead(tx -> tx.run("MATCH (d:Document {caseId: $caseId}) RETURN d.sha256 AS sha, d.name AS name",
                    Map.of("caseId", caseId)).list()).forEach(r -> names.put(r.get("sha").asString(), r.get("name").asString(null)));
            return names;
        }
    }

    private static EntityNode node(Record row, String prefix) {
        Value roles = row.get(prefix + "Roles");
        return new EntityNode(row.get(prefix + "Id").asString(), row.get(prefix + "Label").asString(),
                row.get(prefix + "Name").asString(null), roles.isNull() ? List.of() : roles.asList(Value::asString));
    }

    private static FactEdge fact(Record row, Map<String, String> documentNames) {
        Map<String, Object> props = row.get("props").asMap();
        List<Citation> citations = new ArrayList<>();
        List<?> sources = list(props, "sources");
        for (int i = 0; i < sources.size(); i++) {
            String sha = (String) sources.get(i);
            citations.add(new Citation(sha, documentNames.get(sha), number(props, "pages", i), number(props, "spanStarts", i),
                    number(props, "spanEnds", i), string(props, "quotes", i), string(props, "extractors", i),
                    decimal(props, "confidences", i)));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!FACT_BOOKKEEPING.contains(k)) {
                attributes.put(k, v);
            }
        });
        Object confidence = props.get("confidence");
        return new FactEdge(row.get("id").asString(), row.get("type").asString(), row.get("sId").asString(),
                row.get("oId").asString(), confidence instanceof Number n ? n.doubleValue() : 1.0, attributes, citations,
                List.of());
    }

    private static final Set<String> FACT_BOOKKEEPING = Set.of("id", "caseId", "evidenceIds", "sources", "pages",
            "spanStarts", "spanEnds", "quotes", "extractors", "extractorVersions", "confidences", "confidence");

    /** Phone → its person users; account → its holders; only network actors count. */
    private static Map<String, List<String>> identifierUsers(List<FactEdge> facts, Map<String, EntityNode> nodes,
                                                             ProjectionRequest request) {
        Map<String, Set<String>> users = new HashMap<>();
        for (FactEdge f : facts) {
            EntityNode user = nodes.get(f.subjectId());
            boolean phone = f.type().equals("USES_PHONE") && user.label().equals("Person");
            boolean account = f.type().equals("HOLDS_ACCOUNT") && ProjectionRequest.ACTORS.contains(user.label());
            if ((phone || account) && (!request.networkOnly() || inNetwork(user))) {
                users.computeIfAbsent(f.objectId(), k -> new HashSet<>()).add(user.id());
            }
        }
        Map<String, List<String>> sorted = new HashMap<>();
        users.forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
        return sorted;
    }

    private static List<FactEdge> liftOrKeep(FactEdge fact, Map<String, EntityNode> nodes, Map<String, List<String>> users,
                                             ProjectionRequest request) {
        EntityNode s = nodes.get(fact.subjectId());
        EntityNode o = nodes.get(fact.objectId());
        if (!request.liftIdentifiers() || (isActorLabel(s) && isActorLabel(o))) {
            return List.of(fact);
        }
        String from = liftedEnd(s, users);
        String to = liftedEnd(o, users);
        if (from == null || to == null || from.equals(to) || (from.equals(s.id()) && to.equals(o.id()))) {
            return List.of(fact);
        }
        List<String> via = new ArrayList<>();
        if (!from.equals(s.id())) {
            via.add(s.id());
        }
        if (!to.equals(o.id())) {
            via.add(o.id());
        }
        return List.of(new FactEdge(fact.id() + ":lifted", fact.type(), from, to, fact.confidence(), fact.attributes(),
                fact.citations(), via));
    }

    private static String liftedEnd(EntityNode node, Map<String, List<String>> users) {
        if (isActorLabel(node)) {
            return node.id();
        }
        List<String> u = users.get(node.id());
        return u != null && u.size() == 1 ? u.getFirst() : null;
    }

    private static boolean isActorLabel(EntityNode node) {
        return ProjectionRequest.ACTORS.contains(node.label());
    }

    private static boolean isActor(EntityNode node, ProjectionRequest request) {
        return request.labels().contains(node.label()) && (!request.networkOnly() || inNetwork(node));
    }

    /** A person with roles, all of which are outside the network, is left out; no role means unknown, kept. */
    static boolean inNetwork(EntityNode node) {
        return node.roles().isEmpty() || !node.roles().stream().allMatch(OUTSIDE_NETWORK::contains);
    }

    private Projection neighbourhood(Projection whole, ProjectionRequest request) {
        Set<EntityNode> reached = new HashSet<>();
        Deque<EntityNode> frontier = new ArrayDeque<>();
        for (String seed : request.seeds()) {
            List<String> ids = whole.nodes().containsKey(seed) ? List.of(seed) : whole.identifierUsers().getOrDefault(seed, List.of());
            for (String id : ids) {
                EntityNode n = whole.nodes().get(id);
                if (n != null && reached.add(n)) {
                    frontier.add(n);
                }
            }
        }
        for (int hop = 0; hop < request.hops() && !frontier.isEmpty(); hop++) {
            Deque<EntityNode> next = new ArrayDeque<>();
            for (EntityNode n : frontier) {
                for (EntityNode m : Graphs.neighborListOf(whole.graph(), n)) {
                    if (reached.add(m)) {
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        Graph<EntityNode, FactEdge> sub = new AsSubgraph<>(whole.graph(), reached);
        Map<String, EntityNode> nodes = new LinkedHashMap<>();
        reached.forEach(n -> nodes.put(n.id(), n));
        return new Projection(sub, nodes, whole.identifierUsers());
    }

    private static List<?> list(Map<String, Object> props, String key) {
        Object v = props.get(key);
        return v instanceof List<?> l ? l : List.of();
    }

    private static long number(Map<String, Object> props, String key, int i) {
        List<?> l = list(props, key);
        return i < l.size() && l.get(i) instanceof Number n ? n.longValue() : 0;
    }

    private static double decimal(Map<String, Object> props, String key, int i) {
        List<?> l = list(props, key);
        return i < l.size() && l.get(i) instanceof Number n ? n.doubleValue() : 0;
    }

    private static String string(Map<String, Object> props, String key, int i) {
        List<?> l = list(props, key);
        return i < l.size() && l.get(i) != null ? l.get(i).toString() : null;
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
