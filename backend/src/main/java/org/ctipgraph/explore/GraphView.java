package org.ctipgraph.explore;

import java.util.List;
import java.util.Map;

/**
 * A neighbourhood shaped for Cytoscape.js: {@code nodes} and {@code edges}, each usable as an element's
 * {@code data} as it is.
 *
 * @param nodes     the centre entity first, then its neighbours
 * @param edges     facts between the centre and the neighbours
 * @param truncated true when {@code limit} cut off further facts
 */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean truncated) {
    /**
     * @param id     entity id
     * @param label  Person, Company, …
     * @param name   display name
     * @param roles  roles seen in documents
     * @param minor  true for a person recorded as a minor (the UI marks and may redact them)
     * @param degree number of facts touching it in the whole case (expandable if larger than shown)
     */
    public record Node(String id, String label, String name, List<String> roles, boolean minor, long degree) {
    }

    /**
     * @param id         fact id (use with {@code /relations/{id}})
     * @param type       relationship type
     * @param source     subject entity id
     * @param target     object entity id
     * @param confidence highest confidence of its evidence
     * @param sources    sha256 of each supporting document (one per evidence entry)
     * @param attributes the fact's own properties (amount, date, count, …)
     */
    public record Edge(String id, String type, String source, String target, Double confidence, List<String> sources,
                       Map<String, Object> attributes) {
    }
}
