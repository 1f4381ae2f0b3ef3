package org.ctipgraph.analysis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.ctipgraph.analysis.CompactGraph;
import org.ctipgraph.analysis.centrality.BrandesBetweenness;
import org.ctipgraph.analysis.community.LeidenCommunityDetector;
import org.ctipgraph.analysis.community.Modularity;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.paths.PathFinder;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.gds.betweenness.BetweennessCentralityStreamProc;
import org.neo4j.gds.catalog.GraphDropProc;
import org.neo4j.gds.catalog.GraphProjectProc;
import org.neo4j.gds.leiden.LeidenStreamProc;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Benchmark anchor (profile {@code bench} only): Neo4j GDS projection, Leiden and betweenness, and
 * Cypher {@code SHORTEST}, against ours on the same planted-partition graphs, loaded into an embedded
 * database and projected undirected.
 * Run: {@code mvn -Pbench -pl backend -am test -Dtest=GdsAnchorBench -Dsurefire.failIfNoSpecifiedTests=false}
 * (sizes with {@code -Dbench.edges=10000,100000,1000000}).
 */
class GdsAnchorBench {

    private static final long SEED = AnalysisBenchmark.DEFAULT_SEED;
    private static final int PATH_PAIRS = 20;
    /** GDS gets the machine's cores; our Leiden is single-threaded, our betweenness uses all cores. */
    private static final int CONCURRENCY = Runtime.getRuntime().availableProcessors();

    @Test
    void leidenAndBetweennessAgainstGds() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.edges", "10000,100000,1000000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Path dir = Files.createTempDirectory("ctip-gds-bench");
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(GlobalProcedures.class);
            for (Class<?> proc : List.of(GraphProjectProc.class, GraphDropProc.class, LeidenStreamProc.class,
                    BetweennessCentralityStreamProc.class)) {
                procedures.registerProcedure(proc);
            }
            List<String> rows = new ArrayList<>();
            for (int m : sizes) {
                rows.add(measure(db, m));
            }
            System.out.println();
            System.out.println("GDS anchor (GDS 2.26.0 in embedded Neo4j, concurrency " + CONCURRENCY + "; Leiden: median time and mean Q of 3 seeds)");
            System.out.printf(Locale.ROOT, "%9s %10s | %8s %8s %6s | %8s %8s %9s %9s | %7s %7s | %9s %9s %7s %9s | %s%n",
                    "n", "m", "GDS proj", "our proj", "o/G", "Q GDS", "Q ours", "GDS ms", "ours ms", "Q o/G", "t o/G",
                    "btw mode", "GDS ms", "t o/G", "max rel",
                    "shortest path: Cypher SHORTEST ms, ours ms, ratio ours/Cypher (median of " + PATH_PAIRS + " pairs), lengths agree");
            rows.forEach(System.out::println);
        } finally {
            dbms.shutdown();
        }
    }

    private static String measure(GraphDatabaseService db, int m) {
        int n = Math.max(100, 2 * m / AnalysisBenchmark.MEAN_DEGREE);
        int communities = Math.max(2, (int) Math.round(Math.sqrt(n)));
        PlantedPartitionGenerator gen = new PlantedPartitionGenerator(n, communities, m,
                AnalysisBenchmark.DEFAULT_MIXING, SEED);
        int[][] edges = gen.edgeArrays();
        List<Integer> vertices = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            vertices.add(v);
        }
        CompactGraph<Integer, Integer> compact = CompactGraph.fromEdges(vertices, edges[0], edges[1], null);

        // load: vertex v becomes the v-th node created; remember its internal id
        long deleted;
        do {
            deleted = db.executeTransactionally("MATCH (x) WITH x LIMIT 20000 DETACH DELETE x RETURN count(*) AS c",
                    Map.of(), result -> (Long) result.next().get("c"));
        } while (deleted > 0);
        Map<Long, Integer> indexOfNode = new HashMap<>(n * 2);
        long[] nodeIds = new long[n];
        String[] elementIds = new String[n];
        Label label = Label.label("P");
        RelationshipType type = RelationshipType.withName("L");
        int batch = 50_000;
        for (int from = 0; from < n; from += batch) {
            try (Transaction tx = db.beginTx()) {
                for (int v = from; v < Math.min(n, from + batch); v++) {
                    Node node = tx.createNode(label);
                    node.setProperty("i", v);
                    nodeIds[v] = node.getId();
                    elementIds[v] = node.getElementId();
                    indexOfNode.put(nodeIds[v], v);
                }
                tx.commit();
            }
        }
        for (int from = 0; from < m; from += batch) {
            try (Transaction tx = db.beginTx()) {
                for (int e = from; e < Math.min(m, from + batch); e++) {
                    tx.getNodeById(nodeIds[edges[0][e]])
                            .createRelationshipTo(tx.getNodeById(nodeIds[edges[1][e]]), type);
                }
                tx.commit();
            }
        }

        // project twice, timing the second: the first call also pays class loading and JIT
        drain(db, "CALL gds.graph.project('g', 'P', {L: {orientation: 'UNDIRECTED'}})");
        drain(db, "CALL gds.graph.drop('g')");
        long t0 = System.nanoTime();
        drain(db, "CALL gds.graph.project('g', 'P', {L: {orientation: 'UNDIRECTED'}})");
        double projectMs = (System.nanoTime() - t0) / 1e6;
        // ours: the product reads facts with Cypher into JGraphT; same here, second run timed
        ourProjection(db, n);
        t0 = System.nanoTime();
        Graph<Integer, DefaultEdge> projected = ourProjection(db, n);
        double ourProjectMs = (System.nanoTime() - t0) / 1e6;
        String paths = shortestPaths(db, projected, elementIds);

        double[] gdsTimes = new double[3];
        double gdsQ = 0;
        for (int r = 0; r < 3; r++) {
            int[] membership = new int[n];
            long s = System.nanoTime();
            db.executeTransactionally("CALL gds.leiden.stream('g', {randomSeed: $seed, concurrency: $concurrency})"
                    + " YIELD nodeId, communityId RETURN nodeId, communityId",
                    Map.of("seed", SEED + r, "concurrency", CONCURRENCY), (Result result) -> {
                        result.forEachRemaining(row -> membership[indexOfNode.get((Long) row.get("nodeId"))] =
                                Math.toIntExact((Long) row.get("communityId")));
                        return null;
                    });
            gdsTimes[r] = (System.nanoTime() - s) / 1e6;
            gdsQ += Modularity.of(compact, membership, 1.0) / 3;
        }
        double[] ourTimes = new double[3];
        double ourQ = 0;
        for (int r = 0; r < 3; r++) {
            long s = System.nanoTime();
            int[] membership = new LeidenCommunityDetector(SEED + r).membership(compact);
            ourTimes[r] = (System.nanoTime() - s) / 1e6;
            ourQ += Modularity.of(compact, membership, 1.0) / 3;
        }
        double gdsMs = median(gdsTimes);
        double ourMs = median(ourTimes);

        // betweenness: exact up to 10^5 edges, else 100 sampled sources (different samples: time only)
        boolean exact = m <= 100_000;
        Map<String, Object> options = exact ? Map.of("concurrency", CONCURRENCY)
                : Map.of("concurrency", CONCURRENCY, "samplingSize", 100, "samplingSeed", SEED);
        double[] gdsScores = new double[n];
        long s = System.nanoTime();
        db.executeTransactionally("CALL gds.betweenness.stream('g', $options) YIELD nodeId, score"
                + " RETURN nodeId, score", Map.of("options", options), (Result result) -> {
                    result.forEachRemaining(row -> gdsScores[indexOfNode.get((Long) row.get("nodeId"))] =
                            (Double) row.get("score"));
                    return null;
                });
        double gdsBetweennessMs = (System.nanoTime() - s) / 1e6;
        s = System.nanoTime();
        double[] ours = exact ? BrandesBetweenness.exact(compact, false).scoresByIndex()
                : BrandesBetweenness.sampled(compact, false, 100, SEED).scoresByIndex();
        double ourBetweennessMs = (System.nanoTime() - s) / 1e6;
        String diff = "-";
        if (exact) {
            // same convention as JGraphT and ours: each unordered pair once
            double maxRel = 0;
            for (int v = 0; v < n; v++) {
                double g = gdsScores[v];
                maxRel = Math.max(maxRel, Math.abs(g - ours[v]) / Math.max(1, Math.abs(g)));
            }
            diff = String.format(Locale.ROOT, "%.1e", maxRel);
        }
        drain(db, "CALL gds.graph.drop('g')");
        return String.format(Locale.ROOT, "%,9d %,10d | %8.0f %8.0f %6.2f | %8.4f %8.4f %9.0f %9.0f | %7.4f %7.2f | %9s %9.0f %7.2f %9s | %s",
                n, m, projectMs, ourProjectMs, ourProjectMs / projectMs, gdsQ, ourQ, gdsMs, ourMs, ourQ / gdsQ, ourMs / gdsMs,
                exact ? "exact" : "k=100", gdsBetweennessMs, ourBetweennessMs / gdsBetweennessMs, diff, paths);
    }

    /** The undirected graph read back through Cypher, as the product's projector reads facts. */
    private static Graph<Integer, DefaultEdge> ourProjection(GraphDatabaseService db, int n) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        db.executeTransactionally("MATCH (a:P)-[:L]->(b:P) RETURN a.i AS a, b.i AS b", Map.of(), (Result result) -> {
            result.forEachRemaining(row -> {
                int a = ((Number) row.get("a")).intValue();
                int b = ((Number) row.get("b")).intValue();
                if (a != b) {
                    g.addEdge(a, b);
                }
            });
            return null;
        });
        return g;
    }

    /** Cypher {@code SHORTEST 1} against our path finder on the projection, on the same random pairs. */
    private static String shortestPaths(GraphDatabaseService db, Graph<Integer, DefaultEdge> projected, String[] elementIds) {
        PathFinder<Integer, DefaultEdge> finder = new PathFinder<>(projected);
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] cypher = new double[PATH_PAIRS];
        double[] ours = new double[PATH_PAIRS];
        int agree = 0;
        for (int i = -3; i < PATH_PAIRS; i++) { // three warm-up pairs
            int a = rnd.nextInt(elementIds.length);
            int b = rnd.nextInt(elementIds.length);
            long s = System.nanoTime();
            long cypherLength = db.executeTransactionally("""
                    MATCH (a:P) WHERE elementId(a) = $a
                    MATCH (b:P) WHERE elementId(b) = $b
                    OPTIONAL MATCH p = SHORTEST 1 (a)-[:L]-+(b)
                    RETURN coalesce(length(p), -1) AS len
                    """, Map.of("a", elementIds[a], "b", elementIds[b]), r -> (Long) r.next().get("len"));
            double cypherMs = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            int ourLength = finder.shortest(a, b, PathCost.HOPS).map(p -> p.hops()).orElse(-1);
            double ourMs = (System.nanoTime() - s) / 1e6;
            if (i >= 0) {
                cypher[i] = cypherMs;
                ours[i] = ourMs;
                agree += (a == b || cypherLength == ourLength) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%.2f %.3f %.3f %d/%d", median(cypher), median(ours),
                median(ours) / median(cypher), agree, PATH_PAIRS);
    }

    /** Runs a query and consumes its rows: procedures run lazily, as rows are pulled. */
    private static void drain(GraphDatabaseService db, String query) {
        db.executeTransactionally(query, Map.of(), result -> {
            while (result.hasNext()) {
                result.next();
            }
            return null;
        });
    }

    private static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
