package org.ctipgraph.analysis.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ctipgraph.analysis.CompactGraph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Vertex betweenness centrality on a {@link CompactGraph}, exact or estimated from sampled sources.
 *
 * <p>Exact scores follow U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177, 2001: one single-source shortest-path search per source
 * (BFS, or Dijkstra when the graph is weighted) and a dependency accumulation in reverse order.
 * Time {@code O(nm)} unweighted, {@code O(nm + n² log n)} weighted; memory {@code O(n + m)} per
 * worker thread plus one score array per block of sources.
 *
 * <p>Sampled scores use {@code k} distinct sources drawn uniformly with the given seed and scale
 * the sum by {@code n/k} (U. Brandes and C. Pich, "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7), 2007): time {@code O(km)}.
 *
 * <p>Scores are those of JGraphT's {@code BetweennessCentrality} on the same undirected graph: each
 * unordered pair counted once, optionally divided by {@code (n-1)(n-2)} (computed in floating
 * point here; JGraphT 1.5.3 multiplies in {@code int}, which overflows above 46,341 vertices).
 * Shortest-path counts are doubles, so they do not overflow.
 *
 * <p>Sources are split into a number of blocks that depends only on the graph size and the
 * source count, each block summed in source order into its own array, and the blocks added in
 * block order: results are bit-for-bit identical whatever the number of threads.
 *
 * @param <V> vertex type
 */
public final class BrandesBetweenness<V> implements VertexScoringAlgorithm<V, Double> {

    /** Sample size meaning "use every vertex as a source" (exact betweenness). */
    public static final int EXACT = 0;
    /** Default: normalise scores by {@code (n-1)(n-2)}. */
    public static final boolean DEFAULT_NORMALIZE = false;
    /** Default parallelism: the machine's available processors. */
    public static final int DEFAULT_PARALLELISM = Runtime.getRuntime().availableProcessors();
    /** Upper bound on per-block partial score arrays, in doubles, across all blocks. */
    static final long BLOCK_MEMORY_BUDGET = 1L << 23;
    static final int MAX_BLOCKS = 32;

    private final CompactGraph<V, ?> graph;
    private final boolean normalize;
    private final int samples;
    private final long seed;
    private final int parallelism;
    private volatile double[] scores;

    /** Exact, unnormalised, parallel on all cores. */
    public BrandesBetweenness(CompactGraph<V, ?> graph) {
        this(graph, DEFAULT_NORMALIZE, EXACT, 0L, DEFAULT_PARALLELISM);
    }

    /**
     * @param graph       the graph
     * @param normalize   divide by {@code (n-1)(n-2)} like JGraphT's {@code normalize} flag
     * @param samples     {@link #EXACT} (0), or the number of sampled sources {@code k}, 1..n
     * @param seed        seed for the choice of sampled sources (ignored when exact)
     * @param parallelism worker threads, at least 1
     */
    public BrandesBetweenness(CompactGraph<V, ?> graph, boolean normalize, int samples, long seed,
                              int parallelism) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (samples < 0 || samples > Math.max(graph.vertexCount(), 0)) {
            throw new IllegalArgumentException("samples must be 0 (exact) or 1.." + graph.vertexCount()
                    + ": " + samples);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.normalize = normalize;
        this.samples = samples;
        this.seed = seed;
        this.parallelism = parallelism;
    }

    /** Exact betweenness on all cores. */
    public static <V> BrandesBetweenness<V> exact(CompactGraph<V, ?> graph, boolean normalize) {
        return new BrandesBetweenness<>(graph, normalize, EXACT, 0L, DEFAULT_PARALLELISM);
    }

    /** Estimated betweenness from {@code k} sources chosen with {@code seed}, on all cores. */
    public static <V> BrandesBetweenness<V> sampled(CompactGraph<V, ?> graph, boolean normalize, int k,
                                                    long seed) {
        return new BrandesBetweenness<>(graph, normalize, Math.min(k, graph.vertexCount()), seed,
                DEFAULT_PARALLELISM);
    }

    /** Whether every vertex is a source. */
    public boolean isExact() {
        return samples == EXACT || samples == graph.vertexCount();
    }

    /** Scores by vertex index (a copy). */
    public double[] scoresByIndex() {
        return compute().clone();
    }

    @Override
    public Map<V, Double> getScores() {
        double[] s = compute();
        Map<V, Double> map = new LinkedHashMap<>(s.length * 2);
        for (int v = 0; v < s.length; v++) {
            map.put(graph.vertex(v), s[v]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Double getVertexScore(V v) {
        int i = graph.indexOf(v);
        if (i < 0) {
            throw new IllegalArgumentException("vertex not in graph: " + v);
        }
        return compute()[i];
    }

    private double[] compute() {
        double[] s = scores;
        if (s == null) {
            synchronized (this) {
                s = scores;
                if (s == null) {
                    s = run();
                    scores = s;
                }
            }
        }
        return s;
    }

    private double[] run() {
        int n = graph.vertexCount();
        int[] sources = sources(n);
        int k = sources.length;
        double[] result = new double[n];
        if (k == 0) {
            return result;
        }
        int blocks = (int) Math.max(1, Math.min(Math.min(MAX_BLOCKS, k), BLOCK_MEMORY_BUDGET / Math.max(1, n)));
        double[][] partial = new double[blocks][];
        int threads = Math.min(parallelism, blocks);
        AtomicInteger nextBlock = new AtomicInteger();
        Runnable worker = () -> {
            Search search = graph.isWeighted() ? new DijkstraSearch(graph) : new BfsSearch(graph);
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                double[] acc = new double[n];
                int from = (int) ((long) k * b / blocks);
                int to = (int) ((long) k * (b + 1) / blocks);
                for (int i = from; i < to; i++) {
                    search.accumulate(sources[i], acc);
                }
                partial[b] = acc;
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "betweenness");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("betweenness interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("betweenness failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (double[] acc : partial) {
            for (int v = 0; v < n; v++) {
                result[v] += acc[v];
            }
        }
        // Undirected: every pair was counted from both ends.
        double factor = 0.5;
        if (k < n) {
            factor *= (double) n / k;
        }
        if (normalize && n > 2) {
            factor /= (double) (n - 1) * (n - 2);
        }
        for (int v = 0; v < n; v++) {
            result[v] *= factor;
        }
        return result;
    }

    private int[] sources(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        if (samples == EXACT || samples >= n) {
            return all;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, samples);
    }

    /** One worker's scratch space for single-source searches. */
    private abstract static class Search {
        final CompactGraph<?, ?> g;
        final double[] sigma;
        final double[] delta;
        final int[] order;

        Search(CompactGraph<?, ?> g) {
            this.g = g;
            int n = g.vertexCount();
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
        }

        /** Adds the dependencies of source {@code s} on every other vertex to {@code acc}. */
        abstract void accumulate(int s, double[] acc);
    }

    private static final class BfsSearch extends Search {
        private final int[] dist;

        BfsSearch(CompactGraph<?, ?> g) {
            super(g);
            dist = new int[g.vertexCount()];
            Arrays.fill(dist, -1);
        }

        @Override
        void accumulate(int s, double[] acc) {
            final CompactGraph<?, ?> g = this.g;
            final int[] dist = this.dist;
            final double[] sigma = this.sigma;
            final int[] order = this.order;
            dist[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int v = order[head++];
                int dw = dist[v] + 1;
                double sv = sigma[v];
                for (int a = g.firstArc(v), end = g.endArc(v); a < end; a++) {
                    int w = g.arcTarget(a);
                    int d = dist[w];
                    if (d < 0) {
                        dist[w] = dw;
                        sigma[w] = sv;
                        order[tail++] = w;
                    } else if (d == dw) {
                        sigma[w] += sv;
                    }
                }
            }
            // delta[w] holds (1 + dependency(w)) / sigma(w) once w is done, so that
            // dependency(v) = sigma(v) * sum over successors w of delta[w].
            final double[] delta = this.delta;
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                int dw = dist[v] + 1;
                double sum = 0;
                for (int a = g.firstArc(v), end = g.endArc(v); a < end; a++) {
                    int w = g.arcTarget(a);
                    if (dist[w] == dw) {
                        sum += delta[w];
                    }
                }
                double dep = sigma[v] * sum;
                acc[v] += dep;
                delta[v] = (1 + dep) / sigma[v];
            }
            for (int i = 0; i < tail; i++) {
                int v = order[i];
                dist[v] = -1;
                delta[v] = 0;
            }
        }
    }

    private static final class DijkstraSearch extends Search {
        private final double[] dist;
        /** Position of each settled vertex in settling order, -1 while unsettled. */
        private final int[] rank;
        private final IndexedMinHeap heap;

        DijkstraSearch(CompactGraph<?, ?> g) {
            super(g);
            int n = g.vertexCount();
            dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            rank = new int[n];
            Arrays.fill(rank, -1);
            heap = new IndexedMinHeap(n);
        }

        @Override
        void accumulate(int s, double[] acc) {
            final CompactGraph<?, ?> g = this.g;
            final double[] dist = this.dist;
            final double[] sigma = this.sigma;
            final int[] order = this.order;
            int count = 0;
            dist[s] = 0;
            sigma[s] = 1;
            heap.insert(s, 0);
            while (!heap.isEmpty()) {
                int v = heap.pollMin();
                rank[v] = count;
                order[count++] = v;
                double dv = dist[v];
                double sv = sigma[v];
                for (int a = g.firstArc(v), end = g.endArc(v); a < end; a++) {
                    int w = g.arcTarget(a);
                    if (rank[w] >= 0) {
                        continue;
                    }
                    double d = dv + g.arcWeight(a);
                    double old = dist[w];
                    if (old == Double.POSITIVE_INFINITY) {
                        dist[w] = d;
                        sigma[w] = sv;
                        heap.insert(w, d);
                    } else if (d == old) {
                        sigma[w] += sv;
                    } else if (d < old) {
                        dist[w] = d;
                        sigma[w] = sv;
                        heap.decreaseKey(w, d);
                    }
                }
            }
            final double[] delta = this.delta;
            for (int i = count - 1; i > 0; i--) {
                int v = order[i];
                double dv = dist[v];
                double sum = 0;
                for (int a = g.firstArc(v), end = g.endArc(v); a < end; a++) {
                    int w = g.arcTarget(a);
                    // exactly the arcs that added to sigma[w] in the forward pass
                    if (rank[w] > i && dist[w] == dv + g.arcWeight(a)) {
                        sum += delta[w];
                    }
                }
                double dep = sigma[v] * sum;
                acc[v] += dep;
                delta[v] = (1 + dep) / sigma[v];
            }
            for (int i = 0; i < count; i++) {
                int v = order[i];
                dist[v] = Double.POSITIVE_INFINITY;
                delta[v] = 0;
                rank[v] = -1;
            }
        }
    }

    /** Binary min-heap of vertex indices keyed by distance, with decrease-key. */
    private static final class IndexedMinHeap {
        private final int[] heap;
        private final int[] pos;
        private final double[] key;
        private int size;

        IndexedMinHeap(int n) {
            heap = new int[n];
            pos = new int[n];
            key = new double[n];
            Arrays.fill(pos, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void insert(int v, double k) {
            key[v] = k;
            heap[size] = v;
            pos[v] = size;
            siftUp(size++);
        }

        void decreaseKey(int v, double k) {
            key[v] = k;
            siftUp(pos[v]);
        }

        int pollMin() {
            int min = heap[0];
            pos[min] = -1;
            size--;
            if (size > 0) {
                int last = heap[size];
                heap[0] = last;
                pos[last] = 0;
                siftDown(0);
            }
            return min;
        }

        private void siftUp(int i) {
            int v = heap[i];
            double k = key[v];
            while (i > 0) {
                int p = (i - 1) >>> 1;
                int u = heap[p];
                if (key[u] <= k) {
                    break;
                }
                heap[i] = u;
                pos[u] = i;
                i = p;
            }
            heap[i] = v;
            pos[v] = i;
        }

        private void siftDown(int i) {
            int v = heap[i];
            double k = key[v];
            int half = size >>> 1;
            while (i < half) {
                int c = 2 * i + 1;
                int r = c + 1;
                if (r < size && key[heap[r]] < key[heap[c]]) {
                    c = r;
                }
                int u = heap[c];
                if (k <= key[u]) {
                    break;
                }
                heap[i] = u;
                pos[u] = i;
                i = c;
            }
            heap[i] = v;
            pos[v] = i;
        }
    }
}
