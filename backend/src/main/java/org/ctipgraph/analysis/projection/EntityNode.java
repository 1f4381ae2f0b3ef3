package org.ctipgraph.analysis.projection;

import java.util.List;

/**
 * A vertex of a projection: one entity of the case.
 *
 * @param id    graph id of the entity
 * @param label Person, Company, BrickKiln, PhoneNumber, ...
 * @param name  display name
 * @param roles roles the documents give it
 */
public record EntityNode(String id, String label, String name, List<String> roles) {
    public EntityNode {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
