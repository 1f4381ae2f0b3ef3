package org.ctipgraph.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class PathFinderTest {

    /**
     * <pre>
     *   A - B - C - D
     *   |           |
     *   E --------- F      G (isolated)
     * </pre>
     */
    private static Graph<String, DefaultEdge> graph() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        List.of("A", "B", "C", "D", "E", "F", "G").forEach(g::addVertex);
        g.addEdge("A", "B");
        g.addEdge("B", "C");
        g.addEdge("C", "D");
        g.addEdge("A", "E");
        g.addEdge("E", "F");
        g.addEdge("F", "D");
        return g;
    }

    @Test
    void shortestPathByHopsWithOneEdgePerHop() {
        Graph<String, DefaultEdge> g = graph();
        Path<String, DefaultEdge> p = new PathFinder<>(g).shortest("A", "C", PathCost.HOPS).orElseThrow();
        assertThat(p.vertices()).containsExactly("A", "B", "C");
        assertThat(p.edges()).containsExactly(g.getEdge("A", "B"), g.getEdge("B", "C"));
        assertThat(p.hops()).isEqualTo(2);
        assertThat(p.weight()).isEqualTo(2.0);
    }

    @Test
    void noPathIsEmptyNotNull() {
        PathFinder<String, DefaultEdge> finder = new PathFinder<>(graph());
        assertThat(finder.shortest("A", "G", PathCost.HOPS)).isEmpty();
        assertThat(finder.shortest("A", "nobody", PathCost.WEIGHT)).isEmpty();
        assertThat(finder.kShortest("A", "G", 3, PathCost.HOPS)).isEmpty();
        assertThat(finder.allSimplePaths("A", "G", 5, 10).paths()).isEmpty();
    }

    @Test
    void kShortestPathsComeShortestFirst() {
        List<Path<String, DefaultEdge>> paths = new PathFinder<>(graph()).kShortest("A", "D", 5, PathCost.HOPS);
        assertThat(paths).hasSize(2);
        assertThat(paths.get(0).vertices()).containsExactly("A", "B", "C", "D");
        assertThat(paths.get(1).vertices()).containsExactly("A", "E", "F", "D");
    }

    @Test
    void weightedShortestPathPrefersLightEdgesAndHopsIgnoreThem() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        List.of("A", "B", "C").forEach(g::addVertex);
        g.setEdgeWeight(g.addEdge("A", "C"), 10);
        g.setEdgeWeight(g.addEdge("A", "B"), 1);
        g.setEdgeWeight(g.addEdge("B", "C"), 1);
        PathFinder<String, DefaultWeightedEdge> finder = new PathFinder<>(g);
        Path<String, DefaultWeightedEdge> light = finder.shortest("A", "C", PathCost.WEIGHT).orElseThrow();
        assertThat(light.vertices()).containsExactly("A", "B", "C");
        assertThat(light.weight()).isEqualTo(2.0);
        Path<String, DefaultWeightedEdge> few = finder.shortest("A", "C", PathCost.HOPS).orElseThrow();
        assertThat(few.vertices()).containsExactly("A", "C");
        assertThat(few.weight()).isEqualTo(10.0);
        assertThat(finder.kShortest("A", "C", 2, PathCost.HOPS).get(0).vertices()).containsExactly("A", "C");
        assertThat(finder.kShortest("A", "C", 2, PathCost.WEIGHT).get(0).vertices()).containsExactly("A", "B", "C");
    }

    @Test
    void allSimplePathsRespectTheHopLimitAndTheCap() {
        PathFinder<String, DefaultEdge> finder = new PathFinder<>(graph());
        assertThat(finder.allSimplePaths("A", "D", 3, 10).paths()).hasSize(2);
        assertThat(finder.allSimplePaths("A", "D", 2, 10).paths()).isEmpty();
        PathSet<String, DefaultEdge> capped = finder.allSimplePaths("A", "D", 3, 1);
        assertThat(capped.paths()).hasSize(1);
        assertThat(capped.truncated()).isTrue();
        assertThat(finder.allSimplePaths("B", "F", 6, 10).paths())
                .extracting(Path::vertices)
                .containsExactlyInAnyOrder(List.of("B", "A", "E", "F"), List.of("B", "C", "D", "F"));
    }

    @Test
    void directedGraphsFollowEdgeDirection() {
        Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        List.of("A", "B", "C").forEach(g::addVertex);
        g.addEdge("A", "B");
        g.addEdge("B", "C");
        PathFinder<String, DefaultEdge> finder = new PathFinder<>(g);
        assertThat(finder.allSimplePaths("A", "C", 4, 10).paths()).hasSize(1);
        assertThat(finder.allSimplePaths("C", "A", 4, 10).paths()).isEmpty();
        assertThat(finder.shortest("C", "A", PathCost.HOPS)).isEmpty();
    }

    @Test
    void fewestHopsFromBothEndsAgreesWithAOneSidedSearchOnRandomGraphs() {
        for (boolean directed : new boolean[] {false, true}) {
            SplittableRandom random = new SplittableRandom(2026);
            Graph<Integer, DefaultEdge> g = directed ? new SimpleDirectedGraph<>(DefaultEdge.class)
                    : new SimpleGraph<>(DefaultEdge.class);
            for (int v = 0; v < 300; v++) {
                g.addVertex(v);
            }
            for (int e = 0; e < 700; e++) {
                int a = random.nextInt(300);
                int b = random.nextInt(300);
                if (a != b) {
                    g.addEdge(a, b);
                }
            }
            PathFinder<Integer, DefaultEdge> finder = new PathFinder<>(g);
            for (int q = 0; q < 400; q++) {
                int a = random.nextInt(300);
                int b = random.nextInt(300);
                GraphPath<Integer, DefaultEdge> expected = new BFSShortestPath<>(g).getPath(a, b);
                var found = finder.shortest(a, b, PathCost.HOPS);
                assertThat(found.isPresent()).as("%s -> %s", a, b).isEqualTo(expected != null);
                found.ifPresent(p -> {
                    assertThat(p.hops()).isEqualTo(expected.getLength());
                    assertThat(p.source()).isEqualTo(a);
                    assertThat(p.target()).isEqualTo(b);
                    for (int i = 0; i < p.hops(); i++) {
                        DefaultEdge edge = p.edges().get(i);
                        assertThat(Set.of(g.getEdgeSource(edge), g.getEdgeTarget(edge)))
                                .containsExactlyInAnyOrder(p.vertices().get(i), p.vertices().get(i + 1));
                        if (directed) {
                            assertThat(g.getEdgeSource(edge)).isEqualTo(p.vertices().get(i));
                        }
                    }
                });
            }
        }
    }
}
