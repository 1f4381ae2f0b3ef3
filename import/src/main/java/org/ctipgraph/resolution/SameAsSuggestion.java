package org.ctipgraph.resolution;

import java.util.List;
import org.ctipgraph.extraction.EntityRef;

/**
 * A possible identity of two entities for an investigator to confirm or reject; never applied
 * automatically.
 *
 * @param a       one entity
 * @param b       the other (same label)
 * @param score   0..1, higher is likelier
 * @param reasons why they were paired, in words an investigator can check
 */
public record SameAsSuggestion(EntityRef a, EntityRef b, double score, List<String> reasons) {
    public SameAsSuggestion {
        reasons = List.copyOf(reasons);
    }
}
