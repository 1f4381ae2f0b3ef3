package org.ctipgraph.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipgraph.extraction.BankAccountExtractor;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.PersonNameExtractor;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;
import org.junit.jupiter.api.Test;

/** Money-transfer logs in CSV become one TRANSFERRED_TO per row between the accounts. */
class TransferLogImporterTest {
    private final TransferLogImporter importer = new TransferLogImporter();

    /** A CSV as the pipeline hands it over: the original file and its text as page 1. */
    private static DocumentText csv(String resource) throws Exception {
        Path p = Path.of(TransferLogImporterTest.class.getResource("/records/" + resource).toURI());
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return new DocumentText("c".repeat(64), resource, "text/csv", List.of(new PageText(1, text)), Map.of(), p);
    }

    private static List<RelationClaim> of(Extraction x, RelationType type) {
        return x.relations().stream().filter(c -> c.type() == type).toList();
    }

    @Test
    void eachRowIsOneTransferBetweenTheAccountsWithTxnIdDayFirstDateAmountAndCurrency() throws Exception {
        DocumentText doc = csv("transfer_log.csv");
        assertThat(importer.accepts(doc)).isTrue();

        List<RelationClaim> transfers = of(importer.importRecords(doc), RelationType.TRANSFERRED_TO);

        assertThat(transfers).hasSize(1);
        RelationClaim t = transfers.get(0);
        assertThat(t.subject().label()).isEqualTo(NodeLabel.BankAccount);
        assertThat(t.subject().key()).isEqualTo("acct:88123456");
        assertThat(t.subject().properties()).containsEntry("institution", "Wing");
        assertThat(t.object().key()).isEqualTo("acct:88654321");
        assertThat(t.properties()).containsEntry("txn_id", "WG-770011").containsEntry("date", "2026-01-02")
                .containsEntry("amount", 150.0).containsEntry("currency", "USD").containsEntry("narrative", "worker fee");
    }

    @Test
    void anAccountIsTheSameNodeAsTheOneBankStatementsAndTextsProduce() throws Exception {
        RelationClaim t = of(importer.importRecords(csv("transfer_log.csv")), RelationType.TRANSFERRED_TO).get(0);
        assertThat(t.subject().key()).isEqualTo(BankAccountExtractor.account("Wing", "88 123 456").key());
    }

    @Test
    void aNameBesideAnAccountHoldsThatAccount() throws Exception {
        List<RelationClaim> holds = of(importer.importRecords(csv("transfer_log.csv")), RelationType.HOLDS_ACCOUNT);

        assertThat(holds).extracting(c -> c.subject().key() + " -> " + c.object().key()).containsExactlyInAnyOrder(
                PersonNameExtractor.personFromWritten("LIM Chanthou").key() + " -> acct:88123456",
                PersonNameExtractor.personFromWritten("CHHORN Visal").key() + " -> acct:88654321");
        assertThat(holds.get(0).subject().label()).isEqualTo(NodeLabel.Person);
    }

    @Test
    void everyEntityIsMentionedExactlyAsWrittenInItsCell() throws Exception {
        DocumentText doc = csv("transfer_log.csv");
        List<EntityMention> mentions = importer.importRecords(doc).mentions();

        assertThat(mentions).extracting(EntityMention::surface).containsExactlyInAnyOrder(
                "LIM Chanthou", "Wing 88 123 456", "CHHORN Visal", "Wing 88 654 321");
        String page = doc.pages().get(0).text();
        for (EntityMention m : mentions) {
            assertThat(page.substring(m.evidence().start(), m.evidence().end())).isEqualTo(m.surface());
        }
    }

    @Test
    void evidenceQuotesTheRowWithItsNumberAndSpansItInThePageText() throws Exception {
        DocumentText doc = csv("transfer_log.csv");
        RelationClaim t = of(importer.importRecords(doc), RelationType.TRANSFERRED_TO).get(0);
        String row = "WG-770011,02/01/2026,LIM Chanthou,Wing 88 123 456,CHHORN Visal,Wing 88 654 321,150.00,USD,worker fee";

        assertThat(t.evidence().quote()).isEqualTo("transfer_log.csv row 2: " + row);
        assertThat(t.evidence().page()).isEqualTo(1);
        assertThat(doc.pages().get(0).text().substring(t.evidence().start(), t.evidence().end())).isEqualTo(row);
        assertThat(t.evidence().extractor()).isEqualTo("TransferLogImporter");
        assertThat(t.evidence().extractorVersion()).isEqualTo("1");
        assertThat(t.evidence().confidence()).isEqualTo(0.9);
    }

    @Test
    void aSemicolonLogWithBomAndFromToColumnsReadsNameAndAccountFromOneCell() throws Exception {
        DocumentText doc = csv("transfer_log_semicolon.csv");
        assertThat(importer.accepts(doc)).isTrue();
        Extraction x = importer.importRecords(doc);

        RelationClaim t = of(x, RelationType.TRANSFERRED_TO).get(0);
        assertThat(t.subject().key()).isEqualTo("acct:11112233333345");
        assertThat(t.subject().properties()).containsEntry("institution", "ACLEDA");
        assertThat(t.object().key()).isEqualTo("acct:000111222");
        assertThat(t.object().properties()).containsEntry("institution", "ABA");
        assertThat(t.properties()).containsEntry("txn_id", "R-1").containsEntry("date", "2026-03-15")
                .containsEntry("amount", 1250.5).containsEntry("currency", "USD");
        assertThat(of(x, RelationType.HOLDS_ACCOUNT)).extracting(c -> c.subject().name()).containsExactly("SOK Dara");
    }

    @Test
    void aCallDetailRecordIsNotATransferLog() throws Exception {
        assertThat(importer.accepts(csv("operator_cdr.csv"))).isFalse();
        assertThat(importer.accepts(csv("handset_log.csv"))).isFalse();
        assertThat(importer.accepts(csv("cdr_with_underscores.csv"))).isFalse();
    }

    @Test
    void theRegistryRunsTheTransferLogImporterButNotTheCallRecordImporterOnATransferLog() throws Exception {
        Extraction x = new RecordImporters().importRecords(csv("transfer_log.csv"));
        assertThat(x.relations()).extracting(RelationClaim::type).doesNotContain(RelationType.CALLED)
                .contains(RelationType.TRANSFERRED_TO);
    }
}
