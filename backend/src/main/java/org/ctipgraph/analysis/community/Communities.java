package org.ctipgraph.analysis.community;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable partition of a graph's vertices into communities, with its modularity and the
 * parameters that produced it (so a saved analysis can be rerun).
 *
 * @param communities   disjoint vertex sets covering the graph; community {@code i} is
 *                      {@code communities.get(i)}, ordered by their smallest vertex index
 * @param membership    community index of every vertex
 * @param modularity    modularity of the partition at {@code resolution}
 * @param resolution    resolution parameter γ used
 * @param seed          random seed used
 * @param iterations    Leiden iterations run (each a full local-move/refine/aggregate cycle)
 * @param <V> vertex type
 */
public record Communities<V>(List<Set<V>> communities, Map<V, Integer> membership, double modularity,
                             double resolution, long seed, int iterations) {

    public Communities {
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(membership, "membership");
        List<Set<V>> copy = new ArrayList<>(communities.size());
        for (Set<V> c : communities) {
            copy.add(Collections.unmodifiableSet(new LinkedHashSet<>(c)));
        }
        communities = Collections.unmodifiableList(copy);
        membership = Collections.unmodifiableMap(new HashMap<>(membership));
    }

    /** Number of communities. */
    public int count() {
        return communities.size();
    }

    /** The community index of {@code v}, or -1 if {@code v} was not in the graph. */
    public int communityOf(V v) {
        Integer c = membership.get(v);
        return c == null ? -1 : c;
    }

    /** The community containing {@code v}, or an empty set. */
    public Set<V> communityContaining(V v) {
        int c = communityOf(v);
        return c < 0 ? Set.of() : communities.get(c);
    }
}
