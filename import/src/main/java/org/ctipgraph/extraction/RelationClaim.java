package org.ctipgraph.extraction;

import java.util.Map;
import org.ctipgraph.schema.RelationType;

/**
 * A fact linking two entities, as stated by one sentence or one record.
 *
 * @param subject    e.g. the recruiter
 * @param type       relation type
 * @param object     e.g. the victim
 * @param properties attributes (amount, currency, date, count, first, last, ...)
 * @param evidence   the sentence or row that supports it
 */
public record RelationClaim(EntityRef subject, RelationType type, EntityRef object,
                            Map<String, Object> properties, Evidence evidence) {
    public RelationClaim {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
