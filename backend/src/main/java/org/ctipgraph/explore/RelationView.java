package org.ctipgraph.explore;

import java.util.List;
import java.util.Map;

/**
 * Answer of {@code GET /api/cases/{case}/relations/{id}}: a fact and every source that states it.
 *
 * @param id         fact id
 * @param type       relationship type
 * @param source     subject entity
 * @param target     object entity
 * @param confidence highest confidence among its evidence
 * @param attributes the fact's own properties (amount, date, count, …)
 * @param evidence   one entry per supporting document passage
 */
public record RelationView(String id, String type, GraphView.Node source, GraphView.Node target, Double confidence,
                           Map<String, Object> attributes, List<Evidence> evidence) {
    /**
     * @param sha256     document
     * @param document   document name
     * @param page       1-based page
     * @param spanStart  start offset in the page text
     * @param spanEnd    end offset (exclusive)
     * @param quote      the sentence or record row, verbatim
     * @param extractor  what produced it
     * @param confidence 0..1
     */
    public record Evidence(String sha256, String document, Integer page, Integer spanStart, Integer spanEnd,
                           String quote, String extractor, Double confidence) {
    }
}
