package org.ctipgraph.analysis.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.ctipgraph.analysis.CompactGraph;
import org.ctipgraph.analysis.centrality.BrandesBetweenness;
import org.ctipgraph.analysis.community.Communities;
import org.ctipgraph.analysis.community.LeidenCommunityDetector;
import org.ctipgraph.analysis.community.Modularity;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.paths.PathFinder;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;

/**
 * {@code ctip-graph bench analysis}: the pure algorithm layer on seeded planted-partition graphs
 * (mean degree 20, about √n communities so that modularity's resolution limit does not merge
 * them, mixing μ = 0.3). Prints one table per topic, with ratios rather than lone times.
 * Not a timed test: figures depend on the machine and its load.
 */
public final class AnalysisBenchmark {

    /** Edge counts of the default run. */
    public static final List<Integer> DEFAULT_EDGE_COUNTS = List.of(10_000, 100_000, 1_000_000);
    public static final double DEFAULT_MIXING = 0.3;
    public static final int MEAN_DEGREE = 20;
    public static final long DEFAULT_SEED = 20261123L;
    /**
     * Above this many edges JGraphT's betweenness would take many minutes (measured on 2 loaded
     * cores: 5 s at 10^4 edges, 146 s at 3·10^4; it grows as n·m): it is skipped.
     */
    public static final int JGRAPHT_BETWEENNESS_MAX_EDGES = 30_000;
    /** Above this many edges our betweenness is sampled rather than exact. */
    public static final int EXACT_BETWEENNESS_MAX_EDGES = 100_000;
    /** Sampled sources for the largest graphs. */
    public static final int BETWEENNESS_SAMPLES = 100;
    static final int PATH_QUERIES = 50;
    static final int YEN_QUERIES = 5;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? DEFAULT_EDGE_COUNTS
                : Arrays.stream(args).map(Integer::valueOf).toList();
        run(System.out, sizes, DEFAULT_SEED);
    }

    /** Runs the default benchmark, printing to {@code out}. */
    public static void run(PrintStream out) {
        run(out, DEFAULT_EDGE_COUNTS, DEFAULT_SEED);
    }

    /** Runs the benchmark on planted-partition graphs with the given edge counts. */
    public static void run(PrintStream out, List<Integer> edgeCounts, long seed) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "analysis benchmark: %d cores, Java %s, max heap %d MiB, seed %d%n", cores,
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, seed);
        warmUp(seed);
        List<Row> rows = new ArrayList<>();
        for (int m : edgeCounts) {
            rows.add(measure(m, seed, out));
        }
        printTables(out, rows, cores);
    }

    private static void warmUp(long seed) {
        PlantedPartitionGenerator gen = new PlantedPartitionGenerator(2000, 45, 20_000, DEFAULT_MIXING, seed);
        Graph<Integer, DefaultEdge> g = gen.generate();
        CompactGraph<Integer, DefaultEdge> c = CompactGraph.of(g);
        for (int i = 0; i < 3; i++) {
            new LeidenCommunityDetector(seed + i).detect(c);
            BrandesBetweenness.exact(c, false).scoresByIndex();
        }
        new BetweennessCentrality<>(g).getScores();
        new LabelPropagationClustering<>(g, new Random(seed)).getClustering();
    }

    private record Row(int n, int m, int planted, double plantedQ, long generateMs, long compactMs,
                       double leidenQ, int leidenCount, double leidenMs, int leidenIterations,
                       double lpQ, int lpCount, double lpMs,
                       String betweennessMode, double oursMs, double oursOneThreadMs, double jgraphtMs,
                       double maxAbsDiff,
                       double bfsMicros, double dijkstraMicros, double yenMicros, double meanHops) {
    }

    private static Row measure(int m, long seed, PrintStream out) {
        int n = Math.max(100, 2 * m / MEAN_DEGREE);
        int communities = Math.max(2, (int) Math.round(Math.sqrt(n)));
        out.printf(Locale.ROOT, "-- n=%,d m=%,d communities=%d ...%n", n, m, communities);
        PlantedPartitionGenerator gen = new PlantedPartitionGenerator(n, communities, m, DEFAULT_MIXING, seed);
        long t0 = System.nanoTime();
        Graph<Integer, DefaultEdge> graph = gen.generate();
        long generateMs = ms(t0);
        t0 = System.nanoTime();
        CompactGraph<Integer, DefaultEdge> compact = CompactGraph.of(graph);
        long compactMs = ms(t0);
        double plantedQ = Modularity.of(compact, gen.plantedMembership(), 1.0);

        // Leiden: median of three seeds (time), their mean modularity
        double[] times = new double[3];
        double q = 0;
        int count = 0;
        int iterations = 0;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            Communities<Integer> c = new LeidenCommunityDetector(seed + i).detect(compact);
            times[i] = (System.nanoTime() - s) / 1e6;
            q += c.modularity() / 3;
            count = c.count();
            iterations = c.iterations();
        }
        Arrays.sort(times);
        double leidenMs = times[1];
        out.printf(Locale.ROOT, "   Leiden %.0f ms, Q %.4f%n", leidenMs, q);

        long s = System.nanoTime();
        ClusteringAlgorithm.Clustering<Integer> lp =
                new LabelPropagationClustering<>(graph, new Random(seed)).getClustering();
        double lpMs = (System.nanoTime() - s) / 1e6;
        double lpQ = Modularity.of(graph, lp.getClusters(), 1.0);
        out.printf(Locale.ROOT, "   label propagation %.0f ms, Q %.4f%n", lpMs, lpQ);

        // Betweenness
        boolean exact = m <= EXACT_BETWEENNESS_MAX_EDGES;
        String mode = exact ? "exact" : "sampled k=" + BETWEENNESS_SAMPLES;
        Supplier<BrandesBetweenness<Integer>> ours = () -> exact
                ? BrandesBetweenness.exact(compact, false)
                : BrandesBetweenness.sampled(compact, false, BETWEENNESS_SAMPLES, seed);
        s = System.nanoTime();
        double[] scores = ours.get().scoresByIndex();
        double oursMs = (System.nanoTime() - s) / 1e6;
        s = System.nanoTime();
        new BrandesBetweenness<>(compact, false, exact ? BrandesBetweenness.EXACT : BETWEENNESS_SAMPLES, seed, 1)
                .scoresByIndex();
        double oneThreadMs = (System.nanoTime() - s) / 1e6;
        out.printf(Locale.ROOT, "   betweenness (%s) %.0f ms, one thread %.0f ms%n", mode, oursMs, oneThreadMs);
        double jgraphtMs = Double.NaN;
        double maxDiff = Double.NaN;
        if (exact && m <= JGRAPHT_BETWEENNESS_MAX_EDGES) {
            s = System.nanoTime();
            Map<Integer, Double> expected = new BetweennessCentrality<>(graph, false).getScores();
            jgraphtMs = (System.nanoTime() - s) / 1e6;
            out.printf(Locale.ROOT, "   JGraphT betweenness %.0f ms%n", jgraphtMs);
            maxDiff = 0;
            for (int v = 0; v < n; v++) {
                double e = expected.get(compact.vertex(v));
                // relative to the score's size: scores reach 10^5 and more
                maxDiff = Math.max(maxDiff, Math.abs(e - scores[v]) / Math.max(1, Math.abs(e)));
            }
        }

        // Shortest paths between random pairs
        PathFinder<Integer, DefaultEdge> finder = new PathFinder<>(graph);
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] pairs = new int[PATH_QUERIES][];
        for (int i = 0; i < PATH_QUERIES; i++) {
            pairs[i] = new int[] {rnd.nextInt(n), rnd.nextInt(n)};
        }
        double hops = 0;
        double[] bfs = new double[PATH_QUERIES];
        double[] dijkstra = new double[PATH_QUERIES];
        for (int i = 0; i < PATH_QUERIES; i++) {
            s = System.nanoTime();
            hops += finder.shortest(pairs[i][0], pairs[i][1], PathCost.HOPS).map(p -> p.hops()).orElse(0);
            bfs[i] = (System.nanoTime() - s) / 1e3;
            s = System.nanoTime();
            finder.shortest(pairs[i][0], pairs[i][1], PathCost.WEIGHT);
            dijkstra[i] = (System.nanoTime() - s) / 1e3;
        }
        int yenQueries = YEN_QUERIES;
        double[] yen = new double[yenQueries];
        for (int i = 0; i < yenQueries; i++) {
            s = System.nanoTime();
            finder.kShortest(pairs[i][0], pairs[i][1], 5, PathCost.HOPS);
            yen[i] = (System.nanoTime() - s) / 1e3;
        }
        out.printf(Locale.ROOT, "   paths done%n");
        return new Row(n, m, communities, plantedQ, generateMs, compactMs, q, count, leidenMs, iterations,
                lpQ, lp.getNumberClusters(), lpMs, mode, oursMs, oneThreadMs, jgraphtMs, maxDiff,
                median(bfs), median(dijkstra), median(yen), hops / PATH_QUERIES);
    }

    private static void printTables(PrintStream out, List<Row> rows, int cores) {
        out.println();
        out.println("Communities (planted partition, mixing " + DEFAULT_MIXING + "; Leiden: median of 3 seeds)");
        out.printf(Locale.ROOT, "%10s %10s %6s | %8s %8s %6s %9s %5s | %8s %6s %9s | %9s %9s %8s%n",
                "n", "m", "plant", "Q plant", "Q Leiden", "comms", "ms", "iter", "Q LP", "comms", "ms",
                "QLd/Qpl", "QLd/QLP", "tLd/tLP");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%,10d %,10d %6d | %8.4f %8.4f %6d %9.1f %5d | %8.4f %6d %9.1f | %9.4f %9.4f %8.2f%n",
                    r.n, r.m, r.planted, r.plantedQ, r.leidenQ, r.leidenCount, r.leidenMs, r.leidenIterations,
                    r.lpQ, r.lpCount, r.lpMs, r.leidenQ / r.plantedQ, r.leidenQ / r.lpQ, r.leidenMs / r.lpMs);
        }
        out.println();
        out.println("Leiden scaling: microseconds per edge");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "  m=%,10d  %6.3f us/edge   (generate %,d ms, CompactGraph.of %,d ms)%n",
                    r.m, 1000 * r.leidenMs / r.m, r.generateMs, r.compactMs);
        }
        out.println();
        out.println("Betweenness (unnormalised; JGraphT skipped above " + JGRAPHT_BETWEENNESS_MAX_EDGES
                + " edges: it would take many minutes)");
        out.printf(Locale.ROOT, "%10s %10s %-14s | %10s %10s %10s | %9s %9s %12s%n",
                "n", "m", "mode", "ours ms", "1 thr ms", "JGraphT ms", "JGT/ours", "par gain", "max rel diff");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%,10d %,10d %-14s | %10.1f %10.1f %10s | %9s %9.2f %12s%n",
                    r.n, r.m, r.betweennessMode, r.oursMs, r.oursOneThreadMs,
                    Double.isNaN(r.jgraphtMs) ? "skipped" : String.format(Locale.ROOT, "%.1f", r.jgraphtMs),
                    Double.isNaN(r.jgraphtMs) ? "-" : String.format(Locale.ROOT, "%.1fx", r.jgraphtMs / r.oursMs),
                    r.oursOneThreadMs / r.oursMs,
                    Double.isNaN(r.maxAbsDiff) ? "-" : String.format(Locale.ROOT, "%.1e", r.maxAbsDiff));
        }
        out.println("  (" + cores + " cores; 'par gain' = one thread / all threads)");
        out.println();
        out.println("Paths (JGraphT through PathFinder, " + PATH_QUERIES + " random pairs; median per query)");
        out.printf(Locale.ROOT, "%10s %10s | %9s %9s %9s %9s | %11s%n",
                "n", "m", "mean hops", "BFS us", "Dijk us", "Yen5 us", "Dijk/BFS");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%,10d %,10d | %9.2f %9.1f %9.1f %9.1f | %11.2f%n",
                    r.n, r.m, r.meanHops, r.bfsMicros, r.dijkstraMicros, r.yenMicros, r.dijkstraMicros / r.bfsMicros);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
