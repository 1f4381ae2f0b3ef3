package org.ctipgraph.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageVerifierTest {
    private static final String SHEET = "Date\tRef\tDescription\tDebit\n05/01/2026\tFT26005A11\tTransfer to SOK Dara 012 906 447\t1,200.00";

    @Test
    void aRecordRowIsOnItsPageWhenItsIdentifiersAreWhateverTheirNotation() {
        assertThat(PackageVerifier.recordOnPage(
                "statement.xlsx sheet USD row 2: 05/01/2026 | FT26005A11 | Transfer to SOK Dara +85512906447 | 1200", SHEET)).isTrue();
        assertThat(PackageVerifier.recordOnPage("calls.csv rows 2-4: 3 calls +85512906447 -> +85512906447", SHEET)).isTrue();
    }

    @Test
    void aRecordRowWithAnIdentifierThatIsNotOnThePageIsNot() {
        assertThat(PackageVerifier.recordOnPage(
                "statement.xlsx sheet USD row 2: 05/01/2026 | FT26005A11 | Transfer to SOK Dara +85599999999 | 1200", SHEET)).isFalse();
        assertThat(PackageVerifier.recordOnPage("statement.xlsx sheet 1 transactions FT26005A11, FT26999Z99", SHEET)).isFalse();
    }
}
