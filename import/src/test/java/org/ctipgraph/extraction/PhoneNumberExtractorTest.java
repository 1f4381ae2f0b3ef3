package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.keys;
import static org.ctipgraph.extraction.Texts.surfaces;

import org.ctipgraph.schema.NodeLabel;
import org.junit.jupiter.api.Test;

class PhoneNumberExtractorTest {
    @Test
    void everyWrittenFormOfACambodianNumberIsOneE164Number() {
        String text = "Call 012 906 447 or +855 12 906 447; the CDR says 85512906447 and the phone 012906447.";
        assertThat(keys(text, NodeLabel.PhoneNumber)).containsOnly("+85512906447").hasSize(4);
    }

    @Test
    void dashedBracketedAndKhmerDigitFormsAreRead() {
        assertThat(keys("Hotline 088-760-1593, registry (+855) 88 7601593, note ០៨៨ ៧៦០ ១៥៩៣.", NodeLabel.PhoneNumber))
                .containsOnly("+855887601593").hasSize(3);
    }

    @Test
    void foreignNumbersKeepTheirCountry() {
        assertThat(keys("telephones +86 138 2745 6610 (WeChat) and +84912604377", NodeLabel.PhoneNumber))
                .containsExactly("+8613827456610", "+84912604377");
    }

    @Test
    void identityImeiAndAccountNumbersAreNotPhones() {
        String text = "NGET RITHY Director Cambodian ID 010556218. IMEI 356938110472915. Wing account 1126 5043.";
        assertThat(surfaces(text, NodeLabel.PhoneNumber)).isEmpty();
    }

    @Test
    void aBracketBeforeTheNumberIsNotPartOfIt() {
        assertThat(surfaces("saved as Boss T (012 906\n447).", NodeLabel.PhoneNumber)).containsExactly("012 906 447");
    }
}
