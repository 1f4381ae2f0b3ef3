package org.ctipgraph.explore;

import java.util.List;
import java.util.Map;

/**
 * Answer of {@code GET /api/cases/{case}/entities/{id}}.
 *
 * @param id         entity id
 * @param label      Person, Company, …
 * @param name       display name
 * @param aliases    other written forms
 * @param roles      roles seen in documents
 * @param properties every other property (e164, minor, plate, …)
 * @param relations  how many facts of each type touch it (what expanding would show)
 * @param mentions   where documents name it, in document and page order
 */
public record EntityView(String id, String label, String name, List<String> aliases, List<String> roles,
                         Map<String, Object> properties, Map<String, Long> relations, List<MentionView> mentions) {
}
