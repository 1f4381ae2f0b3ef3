package org.ctipgraph.explore;

import java.util.Optional;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.schema.NodeLabel;

/**
 * Entity ids are {@code Label:hash} (see {@code GraphIds.entity}); the label part lets a lookup use the
 * label's unique-id constraint instead of scanning every node.
 */
final class EntityIds {
    private EntityIds() {
    }

    /** The entity label named by the id, if it is one. */
    static Optional<String> label(String entityId) {
        return GraphIds.entityLabel(entityId).map(NodeLabel::name);
    }

    /** Label names among the entity labels, ignoring blanks; unknown names fail. */
    static boolean isEntityLabel(String name) {
        return NodeLabel.ENTITIES.stream().anyMatch(l -> l.name().equals(name));
    }
}
