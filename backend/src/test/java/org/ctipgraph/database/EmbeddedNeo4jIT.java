package org.ctipgraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.kernel.api.impl.index.lucene.LuceneSettings;

class EmbeddedNeo4jIT {

    @Test
    void fullTextIndexesMergeTenSegmentsAtATimeRatherThanNeo4jsTwo(@TempDir Path directory) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, "127.0.0.1", PortCheck.freePort(), 64L << 20)) {
            // Measured with 1,500 transactions of 8 pages on top of 12,000 pages: 10.7-10.8 ms of CPU per
            // transaction with 10, 15.3-18.8 ms with Neo4j's default of 2 (the page text was merged over and over).
            assertThat(neo4j.setting(LuceneSettings.lucene_merge_factor)).isEqualTo(EmbeddedNeo4j.FULLTEXT_MERGE_FACTOR)
                    .isEqualTo(10);
        }
    }
}
