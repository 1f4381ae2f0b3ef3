package org.ctipgraph.cases;

import java.time.Instant;

/**
 * A case as the API shows it.
 *
 * @param id          short stable id used in every URL ({@code /api/cases/{id}/...})
 * @param name        display name
 * @param description free text
 * @param createdAt   creation time
 */
public record CaseView(String id, String name, String description, Instant createdAt) {
}
