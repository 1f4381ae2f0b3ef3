package org.ctipgraph.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.RelationType;
import org.junit.jupiter.api.Test;

class CallRecordImporterTest {
    private final CallRecordImporter importer = new CallRecordImporter();

    private static DocumentText csv(String resource) throws Exception {
        Path p = Path.of(CallRecordImporterTest.class.getResource("/records/" + resource).toURI());
        return new DocumentText("b".repeat(64), resource, "text/csv", List.of(new PageText(1, "")), Map.of(), p);
    }

    @Test
    void aHandsetLogIsAggregatedPerDirectionAroundTheSeizedPhone() throws Exception {
        var claims = importer.importRecords(csv("handset_log.csv")).relations();
        assertThat(claims).extracting(c -> c.subject().key() + ">" + c.object().key() + " " + c.properties().get("count")
                + "/" + c.properties().get("answered") + " " + c.properties().get("total_duration_s"))
                .containsExactlyInAnyOrder("+85581339260>+85516728814 2/1 230", "+85516728814>+85581339260 2/1 403");
        RelationClaim in = claims.stream().filter(c -> c.object().key().equals("+85581339260")).findFirst().orElseThrow();
        assertThat(in.type()).isEqualTo(RelationType.CALLED);
        assertThat(in.properties()).containsEntry("first", "2025-09-15 09:20:14").containsEntry("last", "2025-09-16 10:00:00");
        assertThat(in.evidence().quote()).contains("rows 7-8");
    }

    @Test
    void anOperatorCdrUsesItsCallerAndCalleeColumnsAndIgnoresTheImei() throws Exception {
        var claims = importer.importRecords(csv("operator_cdr.csv")).relations();
        assertThat(claims).extracting(c -> c.subject().key() + ">" + c.object().key() + " " + c.properties().get("count"))
                .containsExactly("+855887601593>+855973182264 2", "+855973182264>+855887601593 1");
    }

    @Test
    void headersWithUnderscoresAndExtraWordsAreRecognised() throws Exception {
        DocumentText doc = csv("cdr_with_underscores.csv");
        assertThat(importer.accepts(doc)).isTrue();
        var claims = importer.importRecords(doc).relations();
        assertThat(claims).hasSize(1);
        RelationClaim c = claims.get(0);
        assertThat(c.properties()).containsEntry("count", 2).containsEntry("answered", 1).containsEntry("total_duration_s", 65L)
                .containsEntry("first", "2026-01-05 08:00:00").containsEntry("last", "2026-01-06 09:30:00");
    }

    @Test
    void aTransferLogWithFromAndToColumnsIsNotACallRecord() throws Exception {
        assertThat(importer.accepts(csv("transfer_log_semicolon.csv"))).isFalse();
    }
}
