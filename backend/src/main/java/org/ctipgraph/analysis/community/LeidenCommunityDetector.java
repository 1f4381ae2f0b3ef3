package org.ctipgraph.analysis.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.ctipgraph.analysis.CompactGraph;

/**
 * Leiden community detection maximising modularity with a resolution parameter.
 *
 * <p>V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Scientific Reports 9:5233, 2019. Each iteration repeats, level by
 * level: (1) fast local moving of nodes, driven by a queue of nodes whose neighbourhood changed;
 * (2) refinement, where each community is re-partitioned by merging singleton, well-connected nodes
 * into well-connected sub-communities chosen at random with probability proportional to
 * {@code exp(gain/θ)} ({@code θ} = randomness, gains in edge-weight units); (3) aggregation of the
 * refined partition, the unrefined partition giving the aggregate's starting point. Iterations
 * continue from the previous partition until modularity improves by less than the tolerance.
 * Refined communities are connected by construction; as a last step any community that is not
 * connected is split into its components, which never lowers modularity, so every returned
 * community is connected.
 *
 * <p>One local-moving pass costs {@code O(m)} expected; the number of passes and levels is small
 * in practice (the paper reports near-linear running time). Memory {@code O(n + m)}.
 * Deterministic: the same graph (same vertex and edge order), parameters and seed give the same
 * result.
 */
public final class LeidenCommunityDetector {

    /** Classic modularity. */
    public static final double DEFAULT_RESOLUTION = 1.0;
    /** θ of the refinement phase, as in the paper and leidenalg. */
    public static final double DEFAULT_RANDOMNESS = 0.01;
    /** Upper bound on full Leiden iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 10;
    /** Stop when an iteration improves modularity by less than this. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final long DEFAULT_SEED = 42L;
    /** Safety bound on aggregation levels within one iteration. */
    static final int MAX_LEVELS = 64;

    private final double resolution;
    private final double randomness;
    private final int maxIterations;
    private final double tolerance;
    private final long seed;

    /** Default parameters and seed. */
    public LeidenCommunityDetector() {
        this(DEFAULT_RESOLUTION, DEFAULT_RANDOMNESS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, DEFAULT_SEED);
    }

    /** Default parameters, given seed. */
    public LeidenCommunityDetector(long seed) {
        this(DEFAULT_RESOLUTION, DEFAULT_RANDOMNESS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, seed);
    }

    /**
     * @param resolution    γ &gt; 0; higher gives smaller communities
     * @param randomness    θ &gt; 0 of the refinement phase
     * @param maxIterations at least 1
     * @param tolerance     minimum modularity gain for another iteration, ≥ 0
     * @param seed          seed of the random node orders and refinement choices
     */
    public LeidenCommunityDetector(double resolution, double randomness, int maxIterations, double tolerance,
                                   long seed) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite: " + resolution);
        }
        if (!(randomness > 0) || Double.isInfinite(randomness)) {
            throw new IllegalArgumentException("randomness must be positive and finite: " + randomness);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1: " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be non-negative: " + tolerance);
        }
        this.resolution = resolution;
        this.randomness = randomness;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /** Detects communities of {@code graph} (edge direction ignored, weights used if it has them). */
    public <V> Communities<V> detect(CompactGraph<V, ?> graph) {
        Objects.requireNonNull(graph, "graph");
        Run run = new Run(graph);
        int[] membership = run.membership;
        int count = renumber(membership.clone(), membership.length);
        List<Set<V>> sets = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            sets.add(new LinkedHashSet<>());
        }
        Map<V, Integer> byVertex = new HashMap<>(membership.length * 2);
        for (int v = 0; v < membership.length; v++) {
            sets.get(membership[v]).add(graph.vertex(v));
            byVertex.put(graph.vertex(v), membership[v]);
        }
        return new Communities<>(sets, byVertex, run.modularity, resolution, seed, run.iterations);
    }

    /** Community index per vertex index (0..count-1, by smallest vertex index), for array callers. */
    public int[] membership(CompactGraph<?, ?> graph) {
        Objects.requireNonNull(graph, "graph");
        return new Run(graph).membership;
    }

    /** One detection: all state lives here, so the detector itself is immutable and thread-safe. */
    private final class Run {
        final Random random = new Random(seed);
        final Level base;
        /** γ / 2m: turns k_v · K_C into the expected edge weight between v and C. */
        final double scale;
        int[] membership;
        double modularity;
        int iterations;

        Run(CompactGraph<?, ?> graph) {
            base = Level.of(graph);
            double twoM = base.totalWeight();
            scale = twoM > 0 ? resolution / twoM : 0;
            int n = base.n;
            int[] partition = new int[n];
            Arrays.setAll(partition, i -> i);
            double best = base.modularity(partition, resolution);
            int[] bestPartition = partition;
            int it = 0;
            while (it < maxIterations && n > 0 && twoM > 0) {
                it++;
                int[] next = iterate(bestPartition.clone());
                splitDisconnected(base, next);
                double q = base.modularity(next, resolution);
                boolean improved = q > best;
                if (improved) {
                    bestPartition = next;
                }
                if (!improved || q - best < tolerance) {
                    best = Math.max(best, q);
                    break;
                }
                best = q;
            }
            renumber(bestPartition, n);
            membership = bestPartition;
            modularity = n == 0 ? 0 : best;
            iterations = it;
        }

        /** One Leiden iteration starting from {@code partition} of the base graph. */
        int[] iterate(int[] partition) {
            Level g = base;
            int[] comm = partition;
            renumber(comm, g.n);
            int[] nodeToAggregate = new int[base.n];
            Arrays.setAll(nodeToAggregate, i -> i);
            for (int level = 0; level < MAX_LEVELS; level++) {
                moveNodesFast(g, comm);
                int communities = renumber(comm, g.n);
                if (communities == g.n) {
                    break;
                }
                int[] refined = refine(g, comm);
                int parts = renumber(refined, g.n);
                int[] aggregateCommunity;
                if (parts == g.n) {
                    // Refinement merged nothing: aggregate the unrefined partition instead (as
                    // leidenalg does) so that the next level is smaller.
                    refined = comm.clone();
                    parts = communities;
                    aggregateCommunity = new int[parts];
                    Arrays.setAll(aggregateCommunity, i -> i);
                } else {
                    aggregateCommunity = new int[parts];
                    for (int v = 0; v < g.n; v++) {
                        aggregateCommunity[refined[v]] = comm[v];
                    }
                }
                for (int i = 0; i < nodeToAggregate.length; i++) {
                    nodeToAggregate[i] = refined[nodeToAggregate[i]];
                }
                g = g.aggregate(refined, parts);
                comm = aggregateCommunity;
            }
            int[] result = new int[base.n];
            for (int i = 0; i < result.length; i++) {
                result[i] = comm[nodeToAggregate[i]];
            }
            return result;
        }

        /** Queue-based local moving (Algorithm A.2, MoveNodesFast). Returns whether a node moved. */
        boolean moveNodesFast(Level g, int[] comm) {
            int n = g.n;
            double[] commWeight = new double[n];
            int[] commSize = new int[n];
            for (int v = 0; v < n; v++) {
                commWeight[comm[v]] += g.k[v];
                commSize[comm[v]]++;
            }
            IntStack empty = new IntStack(n);
            for (int c = n - 1; c >= 0; c--) {
                if (commSize[c] == 0) {
                    empty.push(c);
                }
            }
            int[] queue = permutation(n);
            boolean[] queued = new boolean[n];
            Arrays.fill(queued, true);
            int head = 0;
            int size = n;
            double[] neighWeight = new double[n];
            boolean[] touched = new boolean[n];
            int[] touchedList = new int[n];
            boolean moved = false;
            while (size > 0) {
                int v = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                size--;
                queued[v] = false;
                int current = comm[v];
                double kv = g.k[v];
                int t = 0;
                for (int a = g.off[v], end = g.off[v + 1]; a < end; a++) {
                    int c = comm[g.adj[a]];
                    if (!touched[c]) {
                        touched[c] = true;
                        touchedList[t++] = c;
                    }
                    neighWeight[c] += g.w[a];
                }
                commWeight[current] -= kv;
                commSize[current]--;
                int best = current;
                double bestGain = neighWeight[current] - kv * commWeight[current] * scale;
                double eps = 1e-12 * (1 + kv);
                for (int i = 0; i < t; i++) {
                    int c = touchedList[i];
                    if (c == current) {
                        continue;
                    }
                    double gain = neighWeight[c] - kv * commWeight[c] * scale;
                    if (gain > bestGain + eps) {
                        best = c;
                        bestGain = gain;
                    }
                }
                if (bestGain < -eps && commSize[current] > 0) {
                    best = empty.pop();  // alone is better (gain 0)
                }
                commWeight[best] += kv;
                commSize[best]++;
                comm[v] = best;
                if (best != current) {
                    moved = true;
                    if (commSize[current] == 0) {
                        empty.push(current);
                    }
                    for (int a = g.off[v], end = g.off[v + 1]; a < end; a++) {
                        int u = g.adj[a];
                        if (!queued[u] && comm[u] != best) {
                            queued[u] = true;
                            int tail = head + size;
                            queue[tail >= n ? tail - n : tail] = u;
                            size++;
                        }
                    }
                }
                for (int i = 0; i < t; i++) {
                    int c = touchedList[i];
                    touched[c] = false;
                    neighWeight[c] = 0;
                }
            }
            return moved;
        }

        /**
         * Refinement (Algorithms A.3–A.4, RefinePartition and MergeNodesSubset): within each
         * community S, singleton well-connected nodes join well-connected sub-communities with
         * non-negative gain, chosen with probability ∝ exp(gain/θ).
         */
        int[] refine(Level g, int[] comm) {
            int n = g.n;
            int[] refined = new int[n];
            Arrays.setAll(refined, i -> i);
            double[] refWeight = g.k.clone();
            int[] refSize = new int[n];
            Arrays.fill(refSize, 1);
            double[] commWeight = new double[n];
            for (int v = 0; v < n; v++) {
                commWeight[comm[v]] += g.k[v];
            }
            // external[r]: weight from refined community r to the rest of its community S
            double[] external = new double[n];
            for (int v = 0; v < n; v++) {
                int c = comm[v];
                double x = 0;
                for (int a = g.off[v], end = g.off[v + 1]; a < end; a++) {
                    if (comm[g.adj[a]] == c) {
                        x += g.w[a];
                    }
                }
                external[v] = x;
            }
            int[] order = permutation(n);
            double[] neighWeight = new double[n];
            boolean[] touched = new boolean[n];
            int[] touchedList = new int[n];
            double[] gains = new double[n];
            for (int v : order) {
                if (refined[v] != v || refSize[v] != 1) {
                    continue; // v is no longer a singleton
                }
                int c = comm[v];
                double kv = g.k[v];
                double ks = commWeight[c];
                if (external[v] < kv * (ks - kv) * scale) {
                    continue; // v is not well connected to its community
                }
                int t = 0;
                for (int a = g.off[v], end = g.off[v + 1]; a < end; a++) {
                    int u = g.adj[a];
                    if (comm[u] != c || u == v) {
                        continue;
                    }
                    int r = refined[u];
                    if (!touched[r]) {
                        touched[r] = true;
                        touchedList[t++] = r;
                    }
                    neighWeight[r] += g.w[a];
                }
                // candidates: staying alone (gain 0) or a well-connected neighbouring sub-community
                double maxGain = 0;
                int candidates = 0;
                for (int i = 0; i < t; i++) {
                    int r = touchedList[i];
                    double kr = refWeight[r];
                    double gain = neighWeight[r] - kv * kr * scale;
                    if (gain >= 0 && external[r] >= kr * (ks - kr) * scale) {
                        touchedList[candidates] = r;
                        gains[candidates++] = gain;
                        maxGain = Math.max(maxGain, gain);
                    } else {
                        touched[r] = false;
                        neighWeight[r] = 0;
                    }
                }
                int chosen = v;
                if (candidates > 0) {
                    double total = Math.exp(-maxGain / randomness); // staying alone
                    for (int i = 0; i < candidates; i++) {
                        total += Math.exp((gains[i] - maxGain) / randomness);
                    }
                    double x = random.nextDouble() * total - Math.exp(-maxGain / randomness);
                    for (int i = 0; i < candidates && x >= 0; i++) {
                        chosen = touchedList[i];
                        x -= Math.exp((gains[i] - maxGain) / randomness);
                    }
                }
                if (chosen != v) {
                    refined[v] = chosen;
                    refWeight[chosen] += kv;
                    refWeight[v] = 0;
                    refSize[chosen]++;
                    refSize[v] = 0;
                    external[chosen] += external[v] - 2 * neighWeight[chosen];
                }
                for (int i = 0; i < candidates; i++) {
                    int r = touchedList[i];
                    touched[r] = false;
                    neighWeight[r] = 0;
                }
            }
            return refined;
        }

        int[] permutation(int n) {
            int[] p = new int[n];
            Arrays.setAll(p, i -> i);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int x = p[i];
                p[i] = p[j];
                p[j] = x;
            }
            return p;
        }
    }

    /**
     * Splits every community that is not connected in {@code g} into its connected components
     * (new ids above the existing ones). Modularity can only rise.
     */
    static void splitDisconnected(Level g, int[] comm) {
        int n = g.n;
        int nextId = 0;
        for (int c : comm) {
            nextId = Math.max(nextId, c + 1);
        }
        boolean[] seenCommunity = new boolean[nextId];
        boolean[] visited = new boolean[n];
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            if (visited[s]) {
                continue;
            }
            int c = comm[s];
            int id = seenCommunity[c] ? nextId++ : c;
            seenCommunity[c] = true;
            int top = 0;
            stack[0] = s;
            visited[s] = true;
            while (top >= 0) {
                int v = stack[top--];
                comm[v] = id;
                for (int a = g.off[v], end = g.off[v + 1]; a < end; a++) {
                    int u = g.adj[a];
                    if (!visited[u] && comm[u] == c) {
                        visited[u] = true;
                        stack[++top] = u;
                    }
                }
            }
        }
    }

    /**
     * Renumbers ids in place to 0..count-1 in order of first appearance; ids must be in 0..bound-1
     * (ids may also already be renumbered ones). Returns the count.
     */
    static int renumber(int[] ids, int bound) {
        int max = bound;
        for (int id : ids) {
            max = Math.max(max, id + 1);
        }
        int[] map = new int[max];
        Arrays.fill(map, -1);
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            if (map[id] < 0) {
                map[id] = count++;
            }
            ids[i] = map[id];
        }
        return count;
    }

    /** A weighted undirected graph level in CSR form (arcs both ways, self-loops apart). */
    static final class Level {
        final int n;
        final int[] off;
        final int[] adj;
        final double[] w;
        final double[] loop;
        /** Weighted degree, self-loops counted twice. */
        final double[] k;

        Level(int n, int[] off, int[] adj, double[] w, double[] loop, double[] k) {
            this.n = n;
            this.off = off;
            this.adj = adj;
            this.w = w;
            this.loop = loop;
            this.k = k;
        }

        static Level of(CompactGraph<?, ?> graph) {
            int n = graph.vertexCount();
            int[] off = new int[n + 1];
            int[] adj = new int[graph.arcCount()];
            double[] w = new double[graph.arcCount()];
            double[] loop = new double[n];
            double[] k = new double[n];
            for (int v = 0; v < n; v++) {
                off[v + 1] = graph.endArc(v);
                for (int a = graph.firstArc(v), end = graph.endArc(v); a < end; a++) {
                    adj[a] = graph.arcTarget(a);
                    w[a] = graph.arcWeight(a);
                }
                loop[v] = graph.selfLoopWeight(v);
                k[v] = graph.weightedDegree(v);
            }
            return new Level(n, off, adj, w, loop, k);
        }

        double totalWeight() {
            double t = 0;
            for (double x : k) {
                t += x;
            }
            return t;
        }

        double modularity(int[] comm, double resolution) {
            double twoM = totalWeight();
            if (twoM == 0) {
                return 0;
            }
            int max = 0;
            for (int c : comm) {
                max = Math.max(max, c + 1);
            }
            double[] internal = new double[max];
            double[] total = new double[max];
            for (int v = 0; v < n; v++) {
                int c = comm[v];
                total[c] += k[v];
                double in = 2 * loop[v];
                for (int a = off[v]; a < off[v + 1]; a++) {
                    if (comm[adj[a]] == c) {
                        in += w[a];
                    }
                }
                internal[c] += in;
            }
            double q = 0;
            for (int c = 0; c < max; c++) {
                q += internal[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
            }
            return q;
        }

        /** The graph of {@code parts} groups ({@code group[v]} in 0..parts-1), weights summed. */
        Level aggregate(int[] group, int parts) {
            int[] memberOff = new int[parts + 1];
            for (int v = 0; v < n; v++) {
                memberOff[group[v] + 1]++;
            }
            for (int p = 0; p < parts; p++) {
                memberOff[p + 1] += memberOff[p];
            }
            int[] members = new int[n];
            int[] fill = Arrays.copyOf(memberOff, parts);
            for (int v = 0; v < n; v++) {
                members[fill[group[v]]++] = v;
            }
            int[] newOff = new int[parts + 1];
            int[] newAdj = new int[Math.max(16, adj.length / 2)];
            double[] newW = new double[newAdj.length];
            double[] newLoop = new double[parts];
            double[] newK = new double[parts];
            double[] acc = new double[parts];
            boolean[] seen = new boolean[parts];
            int[] seenList = new int[parts];
            int arcs = 0;
            for (int p = 0; p < parts; p++) {
                int t = 0;
                double selfLoop = 0;
                double degree = 0;
                for (int i = memberOff[p]; i < memberOff[p + 1]; i++) {
                    int v = members[i];
                    selfLoop += loop[v];
                    degree += k[v];
                    for (int a = off[v]; a < off[v + 1]; a++) {
                        int q = group[adj[a]];
                        if (q == p) {
                            selfLoop += w[a] / 2; // each internal edge is seen from both ends
                        } else {
                            if (!seen[q]) {
                                seen[q] = true;
                                seenList[t++] = q;
                            }
                            acc[q] += w[a];
                        }
                    }
                }
                if (arcs + t > newAdj.length) {
                    int cap = Math.max(newAdj.length * 2, arcs + t);
                    newAdj = Arrays.copyOf(newAdj, cap);
                    newW = Arrays.copyOf(newW, cap);
                }
                for (int i = 0; i < t; i++) {
                    int q = seenList[i];
                    newAdj[arcs] = q;
                    newW[arcs++] = acc[q];
                    acc[q] = 0;
                    seen[q] = false;
                }
                newLoop[p] = selfLoop;
                newK[p] = degree;
                newOff[p + 1] = arcs;
            }
            return new Level(parts, newOff, Arrays.copyOf(newAdj, arcs), Arrays.copyOf(newW, arcs), newLoop,
                    newK);
        }
    }

    private static final class IntStack {
        private final int[] items;
        private int size;

        IntStack(int capacity) {
            items = new int[capacity];
        }

        void push(int x) {
            items[size++] = x;
        }

        int pop() {
            return items[--size];
        }
    }
}
