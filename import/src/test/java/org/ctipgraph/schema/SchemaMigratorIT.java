package org.ctipgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

class SchemaMigratorIT {
    @TempDir
    static Path directory;
    static TestNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = new TestNeo4j(directory);
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void applyingTwiceChangesNothingAndTheConstraintsExist() {
        SchemaMigrator migrator = new SchemaMigrator(neo4j.driver(), null);
        List<Integer> first = migrator.migrate();
        Set<String> constraintsAfterFirst = names("SHOW CONSTRAINTS YIELD name RETURN name");
        Set<String> indexesAfterFirst = names("SHOW INDEXES YIELD name RETURN name");

        List<Integer> second = migrator.migrate();

        assertThat(first).isNotEmpty();
        assertThat(second).isEmpty();
        assertThat(migrator.appliedVersions()).containsExactlyInAnyOrderElementsOf(
                SchemaMigrations.bundled().stream().map(SchemaMigration::version).toList());
        assertThat(names("SHOW CONSTRAINTS YIELD name RETURN name")).isEqualTo(constraintsAfterFirst)
                .contains("case_id", "document_id", "person_id", "phone_number_id");
        assertThat(names("SHOW INDEXES YIELD name RETURN name")).isEqualTo(indexesAfterFirst)
                .contains("page_text", "entity_names");
        assertThat(names("MATCH (m:SchemaMigration) RETURN toString(m.version) AS name")).hasSize(first.size());
    }

    @Test
    void anAppliedVersionWhoseFileChangedStopsTheMigration() {
        SchemaMigrator migrator = new SchemaMigrator(neo4j.driver(), null);
        migrator.migrate();
        SchemaMigration original = SchemaMigrations.bundled().getFirst();
        SchemaMigration tampered = new SchemaMigration(original.version(), original.description(), "different",
                original.statements());

        assertThatThrownBy(() -> migrator.migrate(List.of(tampered)))
                .hasMessageContaining("applied with different contents");
    }

    private static Set<String> names(String query) {
        try (Session session = neo4j.driver().session()) {
            return session.run(query).list(r -> r.get("name").asString()).stream().collect(Collectors.toSet());
        }
    }
}
