package org.ctipgraph.schema;

import java.util.List;

/**
 * One versioned schema file: its version (from the file name {@code V001__name.cypher}), a
 * description, a checksum of its text, and the Cypher statements it holds.
 */
public record SchemaMigration(int version, String description, String checksum, List<String> statements) {
    public SchemaMigration {
        statements = List.copyOf(statements);
    }
}
