package org.ctipgraph.explore;

import java.util.List;
import java.util.Map;

/**
 * Answer of {@code GET /api/cases/{case}/timeline}: dated facts, oldest first.
 *
 * @param events    one entry per date a fact carries (a CALLED fact gives its first and last call)
 * @param truncated true when more facts existed than were read
 */
public record TimelineView(List<Event> events, boolean truncated) {
    /**
     * @param date       ISO date or date-time as recorded
     * @param what       which attribute the date comes from ({@code date}, {@code first}, {@code last}, …)
     * @param type       relationship type
     * @param relationId fact id (open its evidence with {@code /relations/{id}})
     * @param source     subject
     * @param target     object
     * @param attributes the fact's other properties (amount, currency, count, …)
     */
    public record Event(String date, String what, String type, String relationId, GraphView.Node source,
                        GraphView.Node target, Map<String, Object> attributes) {
    }
}
