package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctipgraph.analysis.AnalysisViews.CentralityView;
import org.ctipgraph.analysis.AnalysisViews.CommunitiesView;
import org.ctipgraph.analysis.AnalysisViews.CommunityView;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.FactView;
import org.ctipgraph.analysis.AnalysisViews.HopView;
import org.ctipgraph.analysis.AnalysisViews.KeyPlayerView;
import org.ctipgraph.analysis.AnalysisViews.MoneyFlowView;
import org.ctipgraph.analysis.AnalysisViews.NetworkView;
import org.ctipgraph.analysis.AnalysisViews.PathView;
import org.ctipgraph.analysis.AnalysisViews.PathsView;
import org.ctipgraph.analysis.AnalysisViews.ScoreView;
import org.ctipgraph.analysis.AnalysisViews.SharedIdentifierView;
import org.ctipgraph.analysis.centrality.ArticulationPoints;
import org.ctipgraph.analysis.centrality.BrandesBetweenness;
import org.ctipgraph.analysis.community.Communities;
import org.ctipgraph.analysis.community.LeidenCommunityDetector;
import org.ctipgraph.analysis.paths.Path;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.paths.PathFinder;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.analysis.projection.GraphProjector;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphSessions;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Network analysis of a case on in-memory projections: chains of links with their evidence,
 * brokers (betweenness), communities (Leiden), cut vertices, shared identifiers and money flows.
 * Every result names the facts and citations it rests on. Knows nothing of HTTP.
 */
@Service
public class AnalysisService {
    /** Exact betweenness up to this many actors, sampled (seeded) above. */
    static final int EXACT_BETWEENNESS_LIMIT = 20_000;
    /** Scores listed per measure unless {@code top} asks for more (the graph explorer sizes every node). */
    static final int TOP = 10;
    static final int MAX_TOP = 1_000_000;

    private final GraphProjector projector;
    private final Driver driver;
    private final String database;

    AnalysisService(Driver driver, GraphSchemaSetup schema) {
        this.driver = driver;
        this.database = schema.database();
        this.projector = new GraphProjector(driver, schema.database());
    }

    public Projection project(ProjectionRequest request) {
        return projector.project(request);
    }

    /**
     * Runs one analysis on a fresh projection of the case and says which graph state it ran on.
     *
     * @throws AnalysisParameters.InvalidParameterException a parameter is missing or malformed
     * @throws SubjectNotInProjectionException an entity the analysis is about is not in the projection
     */
    public AnalysisRun run(AnalysisKind kind, String caseId, AnalysisParameters parameters) {
        ProjectionRequest request = parameters.projection(caseId);
        return switch (kind) {
            case PATHS -> {
                String from = parameters.required("from");
                String to = parameters.required("to");
                Projection projection = project(request.reaching(from, to));
                yield new AnalysisRun(kind, parameters, paths(projection, from, to, (int) parameters.number("k", 3, 1, 20),
                        cost(parameters)), projection.state());
            }
            case CENTRALITY -> {
                Projection projection = project(request);
                int top = (int) parameters.number("top", TOP, 1, MAX_TOP);
                yield new AnalysisRun(kind, parameters, centrality(projection, top), projection.state());
            }
            case COMMUNITIES -> {
                Projection projection = project(request);
                yield new AnalysisRun(kind, parameters, communities(projection, parameters.seed(),
                        parameters.number("resolution", LeidenCommunityDetector.DEFAULT_RESOLUTION, 0.001, 100)),
                        projection.state());
            }
            case NETWORK -> {
                Projection projection = project(request);
                yield new AnalysisRun(kind, parameters, network(projection, request, parameters.required("entity"),
                        parameters.seed()), projection.state());
            }
        };
    }

    private static PathCost cost(AnalysisParameters parameters) {
        String raw = parameters.text("cost");
        try {
            return raw == null ? PathCost.HOPS : PathCost.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AnalysisParameters.InvalidParameterException("cost must be one of "
                    + Arrays.toString(PathCost.values()) + ": '" + raw + "'");
        }
    }

    /** Shortest (then alternative) chains between two entities of the case. */
    private static PathsView paths(Projection projection, String fromId, String toId, int k, PathCost cost) {
        EntityNode from = projection.node(fromId);
        EntityNode to = projection.node(toId);
        if (from == null || to == null) {
            throw new SubjectNotInProjectionException("both entities must be in the case's network projection: "
                    + fromId + ", " + toId);
        }
        Graph<EntityNode, DefaultWeightedEdge> simple = simple(projection.graph());
        List<PathView> paths = new PathFinder<>(simple).kShortest(from, to, k, cost).stream()
                .map(p -> pathView(p, projection)).toList();
        return new PathsView(ref(from), ref(to), cost.name(), paths);
    }

    private static CentralityView centrality(Projection projection, int top) {
        Graph<EntityNode, DefaultWeightedEdge> simple = simple(projection.graph());
        int n = simple.vertexSet().size();
        CompactGraph<EntityNode, DefaultWeightedEdge> compact = CompactGraph.of(simple, false);
        boolean exact = n <= EXACT_BETWEENNESS_LIMIT;
        BrandesBetweenness<EntityNode> betweenness = exact ? BrandesBetweenness.exact(compact, false)
                : BrandesBetweenness.sampled(compact, false, 1000, 42L);
        double pairs = n > 2 ? (n - 1.0) * (n - 2.0) / 2.0 : 1.0;
        List<ScoreView> between = ranked(betweenness.getScores(), pairs, top);
        List<ScoreView> pageRank = ranked(new PageRank<>(simple).getScores(), 1.0, top);
        Map<EntityNode, Double> degrees = new HashMap<>();
        simple.vertexSet().forEach(v -> degrees.put(v, (double) simple.degreeOf(v)));
        List<ScoreView> degree = ranked(degrees, Math.max(1, n - 1), top);
        List<EntityRefView> cuts = new ArticulationPoints<>(compact).articulationPoints().stream()
                .sorted(Comparator.comparing(EntityNode::id)).map(AnalysisService::ref).toList();
        return new CentralityView(n, simple.edgeSet().size(), exact, between, pageRank, degree, cuts);
    }

    private static CommunitiesView communities(Projection projection, long seed, double resolution) {
        Communities<EntityNode> found = detect(simple(projection.graph()), seed, resolution);
        List<CommunityView> views = new ArrayList<>();
        for (int i = 0; i < found.communities().size(); i++) {
            views.add(new CommunityView(i, found.communities().get(i).stream()
                    .sorted(Comparator.comparing(EntityNode::id)).map(AnalysisService::ref).toList()));
        }
        return new CommunitiesView("leiden", seed, resolution, found.modularity(), views);
    }

    /**
     * Who is behind this entity: its community, the brokers and financiers around it, shared phones
     * and accounts, money flows, and the shortest evidence-backed chains to the key players.
     */
    private NetworkView network(Projection projection, ProjectionRequest request, String entityId, long seed) {
        EntityNode subject = projection.node(entityId);
        if (subject == null) {
            throw new SubjectNotInProjectionException("entity '" + entityId + "' is not in this case's network projection");
        }
        Graph<EntityNode, DefaultWeightedEdge> simple = simple(projection.graph());
        Communities<EntityNode> communities = detect(simple, seed, LeidenCommunityDetector.DEFAULT_RESOLUTION);
        List<EntityRefView> community = communities.communityContaining(subject).stream()
                .sorted(Comparator.comparing(EntityNode::id)).map(AnalysisService::ref).toList();
        Map<EntityNode, Double> betweenness = BrandesBetweenness.exact(CompactGraph.of(simple, false), false).getScores();
        List<MoneyFlowView> flows = moneyFlows(projection);
        Map<String, Double> received = new HashMap<>();
        flows.forEach(f -> received.merge(f.to().id(), f.total(), Double::sum));

        List<KeyPlayerView> keyPlayers = new ArrayList<>();
        betweenness.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<EntityNode, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
                .limit(5).forEach(e -> keyPlayers.add(new KeyPlayerView(ref(e.getKey()), "broker (betweenness)", e.getValue())));
        received.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(3).forEach(e -> keyPlayers.add(new KeyPlayerView(ref(projection.node(e.getKey())),
                        "financier (money received, all currencies)", e.getValue())));

        List<PathView> chains = new ArrayList<>();
        PathFinder<EntityNode, DefaultWeightedEdge> finder = new PathFinder<>(simple);
        keyPlayers.stream().map(p -> projection.node(p.entity().id())).distinct().filter(p -> !p.equals(subject))
                .forEach(target -> finder.shortest(subject, target, PathCost.HOPS)
                        .ifPresent(p -> chains.add(pathView(p, projection))));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("caseId", request.caseId());
        parameters.put("seed", seed);
        parameters.put("algorithm", "leiden + brandes betweenness");
        parameters.put("minConfidence", request.minConfidence());
        parameters.put("liftIdentifiers", request.liftIdentifiers());
        parameters.put("networkOnly", request.networkOnly());
        parameters.put("graph", Map.of("nodes", simple.vertexSet().size(), "edges", simple.edgeSet().size(),
                "modularity", communities.modularity()));
        parameters.put("since", String.valueOf(request.since()));
        parameters.put("until", String.valueOf(request.until()));
        return new NetworkView(ref(subject), community, keyPlayers, sharedIdentifiers(request.caseId()),
                flows, chains, parameters);
    }

    /** Phones, accounts and vehicles that more than one actor uses, holds or drives. */
    public List<SharedIdentifierView> sharedIdentifiers(String caseId) {
        try (Session session = session()) {
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

    private static List<MoneyFlowView> moneyFlows(Projection projection) {
        Map<String, MoneyFlowView> flows = new LinkedHashMap<>();
        for (FactEdge edge : projection.graph().edgeSet()) {
            if (!edge.type().equals("TRANSFERRED_TO") && !edge.type().equals("PAID")) {
                continue;
            }
            Object amount = edge.attributes().getOrDefault("amount", edge.attributes().get("amount_total"));
            if (!(amount instanceof Number number)) {
                continue;
            }
            String currency = String.valueOf(edge.attributes().getOrDefault("currency", "USD"));
            String key = edge.subjectId() + "|" + edge.objectId() + "|" + currency;
            MoneyFlowView previous = flows.get(key);
            List<String> ids = new ArrayList<>(previous == null ? List.of() : previous.relationIds());
            ids.add(edge.id());
            flows.put(key, new MoneyFlowView(ref(projection.node(edge.subjectId())), ref(projection.node(edge.objectId())),
                    currency, (previous == null ? 0 : previous.total()) + number.doubleValue(),
                    (previous == null ? 0 : previous.transfers()) + 1, ids));
        }
        return flows.values().stream().sorted(Comparator.comparingDouble(MoneyFlowView::total).reversed()).toList();
    }

    private static Communities<EntityNode> detect(Graph<EntityNode, DefaultWeightedEdge> simple, long seed, double resolution) {
        LeidenCommunityDetector leiden = new LeidenCommunityDetector(resolution, LeidenCommunityDetector.DEFAULT_RANDOMNESS,
                LeidenCommunityDetector.DEFAULT_MAX_ITERATIONS, LeidenCommunityDetector.DEFAULT_TOLERANCE, seed);
        return leiden.detect(CompactGraph.of(simple, false));
    }

    /** Parallel facts collapse to one edge for counting paths; its weight is the best evidence cost. */
    static Graph<EntityNode, DefaultWeightedEdge> simple(Graph<EntityNode, FactEdge> graph) {
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

    private static PathView pathView(Path<EntityNode, DefaultWeightedEdge> path, Projection projection) {
        List<HopView> hops = new ArrayList<>();
        List<EntityNode> vertices = path.vertices();
        for (int i = 0; i + 1 < vertices.size(); i++) {
            EntityNode a = vertices.get(i);
            EntityNode b = vertices.get(i + 1);
            List<FactView> facts = projection.graph().getAllEdges(a, b).stream()
                    .sorted(Comparator.comparing(FactEdge::id)).map(AnalysisService::factView).toList();
            hops.add(new HopView(ref(a), ref(b), facts));
        }
        return new PathView(path.hops(), vertices.stream().map(AnalysisService::ref).toList(), hops);
    }

    static FactView factView(FactEdge f) {
        return new FactView(f.id(), f.type(), f.subjectId(), f.objectId(), f.confidence(), f.attributes(),
                f.citations(), f.liftedVia());
    }

    private static List<ScoreView> ranked(Map<EntityNode, Double> scores, double normaliser, int top) {
        List<Map.Entry<EntityNode, Double>> sorted = scores.entrySet().stream()
                .sorted(Map.Entry.<EntityNode, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
                .limit(top).toList();
        List<ScoreView> views = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            views.add(new ScoreView(ref(sorted.get(i).getKey()), sorted.get(i).getValue(),
                    sorted.get(i).getValue() / normaliser, i + 1));
        }
        return views;
    }

    static EntityRefView ref(EntityNode node) {
        return node == null ? null : new EntityRefView(node.id(), node.label(), node.name(), node.roles());
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }

}
