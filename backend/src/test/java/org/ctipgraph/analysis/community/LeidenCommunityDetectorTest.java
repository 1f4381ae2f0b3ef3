package org.ctipgraph.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ctipgraph.analysis.CompactGraph;
import org.ctipgraph.analysis.bench.PlantedPartitionGenerator;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeidenCommunityDetectorTest {

    /** Two 5-cliques joined by one edge. */
    private static Graph<Integer, DefaultEdge> twoCliques() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < 10; i++) {
            g.addVertex(i);
        }
        for (int base : new int[] {0, 5}) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    g.addEdge(base + i, base + j);
                }
            }
        }
        g.addEdge(4, 5);
        return g;
    }

    @Test
    void separatesTwoCliquesJoinedByAnEdge() {
        Communities<Integer> result = new LeidenCommunityDetector().detect(CompactGraph.of(twoCliques()));
        assertThat(result.communities()).containsExactlyInAnyOrder(Set.of(0, 1, 2, 3, 4), Set.of(5, 6, 7, 8, 9));
        // Q = 2 * (10/21 - (21/42)^2) by hand
        assertThat(result.modularity()).isCloseTo(2 * (10.0 / 21 - 0.25), within(1e-12));
        assertThat(result.communityOf(7)).isEqualTo(result.communityOf(9));
        assertThat(result.communityContaining(0)).contains(4);
    }

    @ParameterizedTest
    @CsvSource({
            "2000, 20, 16000, 0.2, 1",
            "2000, 20, 16000, 0.3, 2",
            "10000, 50, 80000, 0.3, 3",
    })
    void recoversPlantedPartitions(int n, int c, int m, double mixing, long seed) {
        PlantedPartitionGenerator gen = new PlantedPartitionGenerator(n, c, m, mixing, seed);
        Graph<Integer, DefaultEdge> g = gen.generate();
        CompactGraph<Integer, DefaultEdge> compact = CompactGraph.of(g);

        Communities<Integer> result = new LeidenCommunityDetector(seed).detect(compact);

        int[] found = new int[n];
        for (int v = 0; v < n; v++) {
            found[v] = result.communityOf(v);
        }
        assertThat(Nmi.of(found, gen.plantedMembership())).isGreaterThanOrEqualTo(0.95);
        assertEveryCommunityConnected(g, result);
        assertThat(result.modularity())
                .isCloseTo(Modularity.of(g, result.communities(), 1.0), within(1e-9))
                .isGreaterThanOrEqualTo(Modularity.of(g, gen.plantedCommunities(), 1.0) - 1e-9);
    }

    @Test
    void sameSeedSameResultOtherSeedStillGood() {
        // mixing 0.5 at mean degree 10: near the detectability limit, where runs differ most
        PlantedPartitionGenerator gen = new PlantedPartitionGenerator(3000, 30, 15000, 0.5, 4);
        CompactGraph<Integer, DefaultEdge> g = CompactGraph.of(gen.generate());
        double planted = Modularity.of(g, gen.plantedMembership(), 1.0);
        Communities<Integer> a = new LeidenCommunityDetector(99).detect(g);
        Communities<Integer> b = new LeidenCommunityDetector(99).detect(g);
        assertThat(a).isEqualTo(b);
        assertThat(new LeidenCommunityDetector(99).membership(g))
                .containsExactly(g.vertices().stream().mapToInt(a::communityOf).toArray());
        for (long seed = 100; seed < 105; seed++) {
            assertThat(new LeidenCommunityDetector(seed).detect(g).modularity())
                    .isGreaterThanOrEqualTo(0.95 * planted);
        }
    }

    @Test
    void everyCommunityIsConnectedOnNoisyGraphs() {
        // heavy mixing produces the badly connected communities Louvain is known for
        for (long seed = 1; seed <= 5; seed++) {
            Graph<Integer, DefaultEdge> g = new PlantedPartitionGenerator(3000, 60, 6000, 0.6, seed).generate();
            Communities<Integer> result = new LeidenCommunityDetector(seed).detect(CompactGraph.of(g));
            assertEveryCommunityConnected(g, result);
        }
    }

    @Test
    void higherResolutionGivesMoreCommunities() {
        CompactGraph<Integer, DefaultEdge> g =
                CompactGraph.of(new PlantedPartitionGenerator(2000, 10, 12000, 0.2, 6).generate());
        int coarse = new LeidenCommunityDetector(0.5, 0.01, 10, 1e-6, 1).detect(g).count();
        int fine = new LeidenCommunityDetector(4.0, 0.01, 10, 1e-6, 1).detect(g).count();
        assertThat(fine).isGreaterThan(coarse);
    }

    @Test
    void usesEdgeWeights() {
        // a 4-cycle whose heavy edges 0-1 and 2-3 decide the split
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < 4; i++) {
            g.addVertex(i);
        }
        g.setEdgeWeight(g.addEdge(0, 1), 10);
        g.setEdgeWeight(g.addEdge(1, 2), 1);
        g.setEdgeWeight(g.addEdge(2, 3), 10);
        g.setEdgeWeight(g.addEdge(3, 0), 1);
        Communities<Integer> result = new LeidenCommunityDetector().detect(CompactGraph.of(g));
        assertThat(result.communities()).containsExactlyInAnyOrder(Set.of(0, 1), Set.of(2, 3));
    }

    @Test
    void handlesEmptyAndEdgelessGraphs() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        assertThat(new LeidenCommunityDetector().detect(CompactGraph.of(g)).count()).isZero();
        g.addVertex(1);
        g.addVertex(2);
        Communities<Integer> isolated = new LeidenCommunityDetector().detect(CompactGraph.of(g));
        assertThat(isolated.communities()).containsExactly(Set.of(1), Set.of(2));
        assertThat(isolated.modularity()).isZero();
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> new LeidenCommunityDetector(0, 0.01, 10, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeidenCommunityDetector(1, 0, 10, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeidenCommunityDetector(1, 0.01, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modularityMatchesJGraphT() {
        Graph<Integer, DefaultEdge> g = new PlantedPartitionGenerator(500, 5, 2000, 0.3, 8).generate();
        PlantedPartitionGenerator gen = new PlantedPartitionGenerator(500, 5, 2000, 0.3, 8);
        List<Set<Integer>> planted = gen.plantedCommunities();
        assertThat(Modularity.of(g, planted, 1.0))
                .isCloseTo(new UndirectedModularityMeasurer<>(g).modularity(planted), within(1e-12));
    }

    static <V, E> void assertEveryCommunityConnected(Graph<V, E> g, Communities<V> result) {
        for (Set<V> community : result.communities()) {
            V start = community.iterator().next();
            Set<V> seen = new HashSet<>(List.of(start));
            ArrayDeque<V> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (V w : Graphs.neighborListOf(g, queue.poll())) {
                    if (community.contains(w) && seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            assertThat(seen).as("community of %s is connected", start).hasSameSizeAs(community);
        }
    }
}
