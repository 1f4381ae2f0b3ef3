package org.ctipgraph.analysis.projection;

import java.util.List;
import java.util.Map;

/**
 * An edge of a projection: one fact between two entities with every citation that supports it.
 * Lifted edges (a call between two phones shown between their users) keep the original fact's
 * citations and say through what they were lifted.
 *
 * @param id          fact id (suffixed for lifted edges)
 * @param type        relation type
 * @param subjectId   entity id of the subject (direction as stated)
 * @param objectId    entity id of the object
 * @param confidence  highest confidence among its citations
 * @param attributes  amount, currency, date, count, ...
 * @param citations   where it comes from
 * @param liftedVia   ids of the identifiers the edge was lifted through, empty if stated directly
 */
public record FactEdge(String id, String type, String subjectId, String objectId, double confidence,
                       Map<String, Object> attributes, List<Citation> citations, List<String> liftedVia) {
    public FactEdge {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        citations = List.copyOf(citations);
        liftedVia = liftedVia == null ? List.of() : List.copyOf(liftedVia);
    }

    /** Edge weight for "strongest evidence" paths: well-supported facts are short. */
    public double evidenceCost() {
        return 1.0 / (Math.max(confidence, 0.05) * Math.min(citations.size(), 5));
    }
}
