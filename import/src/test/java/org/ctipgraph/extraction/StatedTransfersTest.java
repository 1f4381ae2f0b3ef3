package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipgraph.schema.RelationType;
import org.junit.jupiter.api.Test;

/**
 * A total paid in several transfers into an account, as a prosecutor's summary states it, is an aggregate from
 * the payer to the account's holder, when the same document names that holder.
 */
class StatedTransfersTest {
    private static final String WALLET = "TXy7pQa2LmRr8sVkZ3nW5cD9fGh4JbE6uK";
    private static final String SUMMARY = "LIM Sovann paid 9,000 USDT in three transfers (2 May 2025, 6 June 2025 and 1 July 2025) "
            + "into the TRC-20 wallet " + WALLET + ". The exchange that hosts this wallet holds a KYC record in the name of "
            + "OUK Dara, with registered mobile 012 555 014.";

    private static List<RelationClaim> transfers(String text) {
        return new DocumentExtractor().extract(Texts.doc(text)).relations().stream()
                .filter(r -> r.type() == RelationType.TRANSFERRED_TO).toList();
    }

    @Test
    void aTotalInSeveralTransfersGoesFromThePayerToTheHolderOfTheAccount() {
        List<RelationClaim> paid = transfers(SUMMARY);
        assertThat(paid).singleElement().satisfies(t -> {
            assertThat(t.subject().name()).isEqualTo("LIM Sovann");
            assertThat(t.object().name()).isEqualTo("OUK Dara");
            assertThat(t.properties()).containsEntry("amount_total", 9000.0).containsEntry("currency", "USDT")
                    .containsEntry("n_transfers", 3)
                    .containsEntry("dates", List.of("2025-05-02", "2025-06-06", "2025-07-01"));
        });
    }

    @Test
    void aTotalIntoAnAccountWhoseHolderTheDocumentDoesNotNameClaimsNothing() {
        assertThat(transfers(SUMMARY.substring(0, SUMMARY.indexOf(" The exchange")))).isEmpty();
    }

    @Test
    void aSinglePaymentWithoutReferenceIsNoTotal() {
        assertThat(transfers(SUMMARY.replace(" in three transfers (2 May 2025, 6 June 2025 and 1 July 2025)", ""))).isEmpty();
    }

    @Test
    void theDatesOfAListTakeTheYearWrittenAfterThem() {
        assertThat(StatedTransferExtractor.dates("(3 May and 10 June 2025, 2 January 2026)"))
                .containsExactly("2025-05-03", "2025-06-10", "2026-01-02");
    }
}
