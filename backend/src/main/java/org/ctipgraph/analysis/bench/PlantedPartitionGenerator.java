package org.ctipgraph.analysis.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Seeded planted-partition graphs: {@code n} vertices {@code 0..n-1} in {@code c} communities of
 * near-equal size (vertex {@code v} in community {@code v * c / n}), exactly {@code m} distinct
 * edges, each drawn by picking a uniform endpoint and, with probability {@code 1 - μ}, a second
 * endpoint in the same community, else one in another community. μ is the mixing parameter: the
 * expected fraction of a vertex's edges that leave its community.
 *
 * <p>Unlike JGraphT's {@code PlantedPartitionGraphGenerator}, which tests every vertex pair
 * ({@code O(n²)}), this samples edges directly: expected time {@code O(m)} while
 * {@code m} is well below the number of possible pairs. No self-loops, no parallel edges.
 */
public final class PlantedPartitionGenerator {

    private final int vertices;
    private final int communities;
    private final int edges;
    private final double mixing;
    private final long seed;

    /**
     * @param vertices    n ≥ 2
     * @param communities c, 1..n/2 (every community has at least two vertices)
     * @param edges       m ≥ 0, at most a quarter of the possible pairs (keeps sampling fast)
     * @param mixing      μ in [0, 1); must be 0 if c = 1
     * @param seed        random seed
     */
    public PlantedPartitionGenerator(int vertices, int communities, int edges, double mixing, long seed) {
        if (vertices < 2) {
            throw new IllegalArgumentException("need at least 2 vertices: " + vertices);
        }
        if (communities < 1 || communities > vertices / 2) {
            throw new IllegalArgumentException("communities must be 1.." + vertices / 2 + ": " + communities);
        }
        if (!(mixing >= 0 && mixing < 1) || communities == 1 && mixing > 0) {
            throw new IllegalArgumentException("mixing must be in [0,1) (0 with one community): " + mixing);
        }
        long intraPairs = 0;
        for (int c = 0; c < communities; c++) {
            long s = sizeOf(vertices, communities, c);
            intraPairs += s * (s - 1) / 2;
        }
        long pairs = (long) vertices * (vertices - 1) / 2;
        if (edges < 0 || edges > pairs / 4 || (1 - mixing) * edges > intraPairs / 2.0) {
            throw new IllegalArgumentException("too many edges for " + vertices + " vertices in "
                    + communities + " communities: " + edges);
        }
        this.vertices = vertices;
        this.communities = communities;
        this.edges = edges;
        this.mixing = mixing;
        this.seed = seed;
    }

    private static int sizeOf(int n, int c, int community) {
        return start(n, c, community + 1) - start(n, c, community);
    }

    private static int start(int n, int c, int community) {
        return (int) ((long) community * n / c);
    }

    /** The planted community of vertex {@code v}. */
    public int communityOf(int v) {
        java.util.Objects.checkIndex(v, vertices);
        int c = (int) ((long) v * communities / vertices);
        while (c + 1 < communities && start(vertices, communities, c + 1) <= v) {
            c++;
        }
        while (start(vertices, communities, c) > v) {
            c--;
        }
        return c;
    }

    /** The planted communities, each as a set of vertices. */
    public List<Set<Integer>> plantedCommunities() {
        List<Set<Integer>> result = new ArrayList<>(communities);
        for (int c = 0; c < communities; c++) {
            Set<Integer> set = new LinkedHashSet<>();
            for (int v = start(vertices, communities, c); v < start(vertices, communities, c + 1); v++) {
                set.add(v);
            }
            result.add(Collections.unmodifiableSet(set));
        }
        return Collections.unmodifiableList(result);
    }

    /** Planted community per vertex. */
    public int[] plantedMembership() {
        int[] m = new int[vertices];
        for (int c = 0; c < communities; c++) {
            for (int v = start(vertices, communities, c); v < start(vertices, communities, c + 1); v++) {
                m[v] = c;
            }
        }
        return m;
    }

    /** Edge list as two arrays {@code [sources, targets]}, in generation order. */
    public int[][] edgeArrays() {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] membership = plantedMembership();
        Set<Long> seen = new HashSet<>(edges * 2);
        int[] src = new int[edges];
        int[] dst = new int[edges];
        int count = 0;
        while (count < edges) {
            int u = rnd.nextInt(vertices);
            int c = membership[u];
            int v;
            if (rnd.nextDouble() >= mixing) {
                int lo = start(vertices, communities, c);
                v = lo + rnd.nextInt(start(vertices, communities, c + 1) - lo);
            } else {
                int lo = start(vertices, communities, c);
                int hi = start(vertices, communities, c + 1);
                v = rnd.nextInt(vertices - (hi - lo));
                if (v >= lo) {
                    v += hi - lo;
                }
            }
            if (u == v) {
                continue;
            }
            long key = u < v ? (long) u * vertices + v : (long) v * vertices + u;
            if (seen.add(key)) {
                src[count] = u;
                dst[count] = v;
                count++;
            }
        }
        return new int[][] {src, dst};
    }

    /** The graph as a JGraphT {@link SimpleGraph} with vertices {@code 0..n-1}. */
    public Graph<Integer, DefaultEdge> generate() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < vertices; v++) {
            g.addVertex(v);
        }
        int[][] e = edgeArrays();
        for (int i = 0; i < e[0].length; i++) {
            g.addEdge(e[0][i], e[1][i]);
        }
        return g;
    }

    public int vertices() {
        return vertices;
    }

    public int communities() {
        return communities;
    }

    public int edges() {
        return edges;
    }

    public double mixing() {
        return mixing;
    }

    public long seed() {
        return seed;
    }
}
