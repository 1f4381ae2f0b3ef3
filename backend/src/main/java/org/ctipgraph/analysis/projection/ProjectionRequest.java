package org.ctipgraph.analysis.projection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctipgraph.graph.GraphIds;

/**
 * What to project from a case into memory.
 *
 * @param caseId            the case compartment (always required)
 * @param seeds             entity ids to start from; empty = the whole case network
 * @param hops              neighbourhood radius around the seeds
 * @param labels            entity labels kept; empty = persons, companies and kilns (the network actors)
 * @param relationTypes     relation types kept; empty = every non-procedural type
 * @param minConfidence     facts below this confidence are left out
 * @param liftIdentifiers   show calls and transfers between phones/accounts as links between their users,
 *                          when an identifier has exactly one network user (a shared phone lifts nothing)
 * @param networkOnly       leave out persons whose only roles are officer, prosecutor, NGO worker, witness
 *                          or bystander: they appear in the case but are not part of the network
 * @param maxEdges          refuse (with advice) rather than load more facts than this
 * @param followSuggested   treat {@code SAME_AS} suggestions not yet decided as the same actor (confirmed
 *                          ones always are, rejected ones never)
 * @param since             leave out facts whose dates all fall before this day ({@code null} = open);
 *                          undated facts (who uses which phone) always stay
 * @param until             leave out facts whose dates all fall after this day ({@code null} = open)
 */
public record ProjectionRequest(String caseId, List<String> seeds, int hops, Set<String> labels,
                                Set<String> relationTypes, double minConfidence, boolean liftIdentifiers,
                                boolean networkOnly, int maxEdges, boolean followSuggested, LocalDate since,
                                LocalDate until) {
    public static final int DEFAULT_MAX_EDGES = 200_000;
    public static final Set<String> ACTORS = Set.of("Person", "Company", "BrickKiln");

    public ProjectionRequest {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        labels = labels == null || labels.isEmpty() ? ACTORS : Set.copyOf(labels);
        relationTypes = relationTypes == null ? Set.of() : Set.copyOf(relationTypes);
        if (hops < 0 || hops > 10) {
            throw new IllegalArgumentException("hops must be between 0 and 10");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since is after until");
        }
        if (maxEdges < 1) {
            throw new IllegalArgumentException("maxEdges must be positive");
        }
    }

    /** The whole network of a case with default filters. */
    public static ProjectionRequest network(String caseId) {
        return new ProjectionRequest(caseId, List.of(), 0, ACTORS, Set.of(), 0.0, true, true, DEFAULT_MAX_EDGES, false,
                null, null);
    }

    /**
     * The same request widened so that the given entities are projected whatever their label: asking for the
     * chain between a person and a phone number must not fail because phones are not network actors.
     */
    public ProjectionRequest reaching(String... entityIds) {
        Set<String> widened = new HashSet<>(labels);
        for (String id : entityIds) {
            GraphIds.entityLabel(id).ifPresent(label -> widened.add(label.name()));
        }
        return new ProjectionRequest(caseId, seeds, hops, widened, relationTypes, minConfidence, liftIdentifiers,
                networkOnly, maxEdges, followSuggested, since, until);
    }

    /** Whether a fact with these attributes falls in the time window. */
    public boolean inWindow(Map<String, ?> attributes) {
        return (since == null && until == null) || FactDates.of(attributes).overlaps(since, until);
    }

    public ProjectionRequest around(List<String> seedIds, int radius) {
        return new ProjectionRequest(caseId, seedIds, radius, labels, relationTypes, minConfidence, liftIdentifiers,
                networkOnly, maxEdges, followSuggested, since, until);
    }
}
