package org.ctipgraph.explore;

import java.util.List;

/**
 * A {@code SAME_AS} pair for review.
 *
 * @param id        pair id (use with {@code POST /merges/{id}})
 * @param status    {@code suggested}, {@code confirmed} or {@code rejected}
 * @param score     0..1, higher is likelier
 * @param reasons   why they were paired, in words an investigator can check
 * @param a         one entity
 * @param b         the other
 * @param decidedBy who confirmed or rejected it
 * @param decidedAt when (ISO date-time)
 */
public record MergeView(String id, String status, Double score, List<String> reasons, GraphView.Node a,
                        GraphView.Node b, String decidedBy, String decidedAt) {
}
