package org.ctipgraph.extraction;

import java.util.Map;
import java.util.Objects;
import org.ctipgraph.schema.NodeLabel;

/**
 * An entity as extraction knows it: its label and a natural key that is stable across documents
 * (E.164 for phones, institution and number for accounts, the normalised plate for vehicles, a
 * normalised name for persons and organisations). Two refs with the same label and key are the same
 * node in the graph; anything looser is a {@code SAME_AS} suggestion for a human to decide.
 *
 * @param label      node label
 * @param key        natural key, normalised
 * @param name       display name (canonical written form)
 * @param properties further properties (e.g. {@code e164}, {@code carrier}, {@code minor})
 */
public record EntityRef(NodeLabel label, String key, String name, Map<String, Object> properties) {
    public EntityRef {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        if (!label.isEntity()) {
            throw new IllegalArgumentException(label + " is not an entity label");
        }
    }
}
