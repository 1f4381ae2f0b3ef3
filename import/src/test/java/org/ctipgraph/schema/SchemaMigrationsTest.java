package org.ctipgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void bundledMigrationsAreOrderedAndNonEmpty() {
        List<SchemaMigration> migrations = SchemaMigrations.bundled();
        assertThat(migrations).isNotEmpty();
        assertThat(migrations).extracting(SchemaMigration::version).isSorted().doesNotHaveDuplicates();
        assertThat(migrations).allSatisfy(m -> assertThat(m.statements()).isNotEmpty());
    }

    @Test
    void statementsSplitAtLineEndingSemicolonsAndSkipComments() {
        List<String> statements = SchemaMigrations.statements("""
                // a comment
                CREATE CONSTRAINT a IF NOT EXISTS
                  FOR (n:A) REQUIRE n.id IS UNIQUE;

                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);
                """);
        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)");
    }

    @Test
    void everyEntityLabelHasAUniqueIdConstraint() {
        String all = allStatements();
        for (NodeLabel label : NodeLabel.ENTITIES) {
            assertThat(all).as(label.name()).contains("FOR (n:" + label.name() + ") REQUIRE n.id IS UNIQUE");
        }
    }

    @Test
    void everyEntityLabelIsIndexedByCaseBecauseEveryIngestReadsTheCasesNames() {
        String all = allStatements();
        for (NodeLabel label : NodeLabel.ENTITIES) {
            assertThat(all).as(label.name()).containsPattern("FOR \\(n:" + label.name() + "\\) ON \\(n\\.caseId\\)");
        }
    }

    @Test
    void anEntityOfAnyTypeIsFoundByItsIdAndTheEntitiesOfACaseByTheCase() {
        String all = allStatements();
        assertThat(all).contains("FOR (n:Entity) REQUIRE n.id IS UNIQUE").contains("FOR (n:Entity) ON (n.caseId)");
        // Every existing entity gets the label before its constraint is created.
        String labelling = SchemaMigrations.bundled().stream().flatMap(m -> m.statements().stream())
                .filter(statement -> statement.endsWith("SET n:Entity")).findFirst().orElseThrow();
        for (NodeLabel label : NodeLabel.ENTITIES) {
            assertThat(labelling).as(label.name()).containsPattern("[:|]" + label.name() + "[|)]");
        }
    }

    private static String allStatements() {
        return String.join("\n", SchemaMigrations.bundled().stream().flatMap(m -> m.statements().stream()).toList());
    }
}
