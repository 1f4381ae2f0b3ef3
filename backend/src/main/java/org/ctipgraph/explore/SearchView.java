package org.ctipgraph.explore;

import java.util.List;

/**
 * Answer of {@code GET /api/cases/{case}/search}.
 *
 * @param query    the text searched
 * @param entities entities whose name or an alias matches, best first
 * @param pages    pages whose text matches, best first
 */
public record SearchView(String query, List<EntityHit> entities, List<PageHit> pages) {
    /**
     * @param id       entity id (use with {@code /entities/{id}})
     * @param label    Person, Company, …
     * @param name     display name
     * @param aliases  other written forms
     * @param roles    roles seen in documents
     * @param score    full-text score
     * @param mentions how many times documents name it
     */
    public record EntityHit(String id, String label, String name, List<String> aliases, List<String> roles,
                            double score, int mentions) {
    }

    /**
     * @param sha256   document
     * @param document document name
     * @param page     1-based page
     * @param snippet  text around the match
     * @param score    full-text score
     */
    public record PageHit(String sha256, String document, int page, String snippet, double score) {
    }
}
