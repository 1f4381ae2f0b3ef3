package org.ctipgraph.cases;

import java.time.Instant;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A case compartment as stored in the graph; everything else in the graph carries its id. */
@Node("Case")
class CaseNode {
    @Id
    private final String id;
    @Version
    private Long version;
    private String name;
    private String description;
    private Instant createdAt;

    CaseNode(String id, String name, String description, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
    }

    String getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    CaseView toView() {
        return new CaseView(id, name, description, createdAt);
    }
}
