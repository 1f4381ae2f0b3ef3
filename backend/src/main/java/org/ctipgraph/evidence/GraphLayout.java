package org.ctipgraph.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Server-side positions for the package's picture and its graph files: Fruchterman–Reingold force-directed
 * layout (T. M. J. Fruchterman and E. M. Reingold, "Graph drawing by force-directed placement", Software:
 * Practice and Experience 21(11), 1991; JGraphT's {@link FRLayoutAlgorithm2D}, {@code O(iterations · n²)})
 * with a seeded random start, on vertices and edges added in the package's fixed order, so the same package
 * is always drawn the same way.
 */
final class GraphLayout {
    static final int ITERATIONS = 300;
    static final double SIZE = 1000.0;

    private GraphLayout() {
    }

    /** Node id to position in a {@link #SIZE}-wide square. */
    static Map<String, Point2D> of(PackageContent content, long seed) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        content.nodes().forEach(n -> graph.addVertex(n.id()));
        for (PackageContent.Link l : content.links()) {
            if (!l.source().equals(l.target()) && graph.containsVertex(l.source()) && graph.containsVertex(l.target())) {
                graph.addEdge(l.source(), l.target());
            }
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(SIZE, SIZE));
        Map<String, Point2D> out = new LinkedHashMap<>();
        if (graph.vertexSet().size() == 1) {
            out.put(graph.vertexSet().iterator().next(), Point2D.of(SIZE / 2, SIZE / 2));
            return out;
        }
        new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(seed)).layout(graph, model);
        for (String v : graph.vertexSet()) {
            Point2D p = model.get(v);
            // Rounded so that the last bits of floating point never change a byte of the package.
            out.put(v, Point2D.of(Math.round(p.getX() * 100) / 100.0, Math.round(p.getY() * 100) / 100.0));
        }
        return out;
    }
}
