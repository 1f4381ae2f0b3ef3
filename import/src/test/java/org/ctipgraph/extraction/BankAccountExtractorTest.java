package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.keys;
import static org.ctipgraph.extraction.Texts.surfaces;

import java.util.List;
import org.ctipgraph.schema.NodeLabel;
import org.junit.jupiter.api.Test;

class BankAccountExtractorTest {
    @Test
    void accountNumbersCountOnlyAfterAnAccountCue() {
        String text = "freeze accounts 002 418 733 (ABA Bank), 2101-15-377024-1-3 (ACLEDA Bank Plc.), Wing 1126 5043 and 1093 7725.";
        assertThat(surfaces(text, NodeLabel.BankAccount))
                .containsExactly("002 418 733", "2101-15-377024-1-3", "1126 5043", "1093 7725");
        assertThat(surfaces("Registration No. 00071842, ID 100934771", NodeLabel.BankAccount)).isEmpty();
    }

    @Test
    void anAbbreviatedWalletJoinsTheOneFullAddressWithItsHeadAndTail() {
        String text = "boss wallet: TGmfFuoDgYPtMuEnnGUndxxGVavD1jvqNQ. Paid only to his wallet TGmfFu...vqNQ not bank.";
        assertThat(keys(text, NodeLabel.BankAccount)).containsOnly("acct:TRC20:TGmfFuoDgYPtMuEnnGUndxxGVavD1jvqNQ").hasSize(2);
    }

    @Test
    void anAbbreviatedWalletJoinsTheOneFullAddressTheCaseKnows() {
        CaseLexicon lexicon = CaseLexicon.of(List.of(new KnownEntity(
                BankAccountExtractor.tronWallet("TGmfFuoDgYPtMuEnnGUndxxGVavD1jvqNQ"), List.of(), List.of())));
        Extraction x = new DocumentExtractor().extract(Texts.doc("Paid only to his wallet TGmfFu...vqNQ not bank."), lexicon);
        assertThat(x.mentions()).singleElement().satisfies(m -> {
            assertThat(m.entity().key()).isEqualTo("acct:TRC20:TGmfFuoDgYPtMuEnnGUndxxGVavD1jvqNQ");
            assertThat(m.evidence().confidence()).isEqualTo(0.8);
        });
        assertThat(keys("Paid only to his wallet TGmfFu...vqNQ not bank.", NodeLabel.BankAccount))
                .containsExactly("acct:TRC20:TGmfFu...vqNQ");
    }
}
