package org.ctipgraph.evaluation;

import java.util.List;
import java.util.Set;

/**
 * The network the tool built for a case, seen through truth ids: what {@link GraphScorer} needs from the
 * analysis layer (which lives in the server) to score graph questions. Entities the tool found but the
 * truth does not list keep their own ids.
 */
public interface CaseNetwork {

    /** One node with its betweenness, normalised by (n-1)(n-2)/2 over the tool's own projection. */
    record RankedNode(String id, double normalized) {
    }

    /** A chain of entities; {@code hopSources} holds, per hop, the truth document ids of its facts. */
    record Chain(List<String> entities, List<Set<String>> hopSources) {
    }

    /** Projection nodes, as truth ids. */
    Set<String> nodes();

    /** How many nodes the projection has before mapping: an entity split in two counts twice. */
    int projectionSize();

    /** Projection edges as {@code "A-B"} with the two ids sorted. */
    Set<String> edges();

    /** Every node, highest betweenness first. */
    List<RankedNode> betweenness();

    Set<String> articulationPoints();

    /** The tool's shortest chains between two truth entities (empty if either is missing or unreachable). */
    List<Chain> shortestChains(String fromId, String toId, int max);
}
