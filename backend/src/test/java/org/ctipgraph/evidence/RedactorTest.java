package org.ctipgraph.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor(List.of(new Redactor.Protected("V-01",
            List.of("ROEUN Sreynuch", "Roeun Srey Nuch", "Sreynuch", "រឿន ស្រីនុច"), List.of("+85597318226"),
            List.of(LocalDate.of(2009, 5, 3)), List.of())), List.of("ROEUN Dara", "KHIEV Sreyleak"));

    @Test
    void everyWrittenFormOfTheNameIsReplacedAcrossLineBreaksAndUnderscores() {
        assertThat(redactor.redact("The minor ROEUN\nSreynuch (រឿន ស្រីនុច), called Sreynuch, file Roeun_Srey_Nuch.docx"))
                .isEqualTo("The minor [V-01] ([V-01]), called [V-01], file [V-01].docx");
    }

    @Test
    void phonesInAnyNotationAndTheBirthDateInAnyNotationAreReplaced() {
        assertThat(redactor.redact("Tel 097 318 226, +855 97 318 226, ០៩៧៣១៨២២៦; born 03/05/2009 (2009-05-03, 3 May 2009)"))
                .isEqualTo("Tel [V-01 phone], [V-01 phone], [V-01 phone]; born [V-01 date of birth] ([V-01 date of birth], "
                        + "[V-01 date of birth])");
    }

    @Test
    void otherPeoplesNamesSurviveEvenWhenTheyShareAWordWithTheVictim() {
        assertThat(redactor.redact("ROEUN Dara and KHIEV Sreyleak met ROEUN Sreynuch on 04/05/2009."))
                .isEqualTo("ROEUN Dara and KHIEV Sreyleak met [V-01] on 04/05/2009.");
    }

    @Test
    void aNameThatContainsTheVictimsOwnFormIsNotKeptForAnotherPerson() {
        // "Srey Sreynuch" is another entity only because resolution split the victim: it must not shield her name.
        Redactor split = new Redactor(List.of(new Redactor.Protected("V-02", List.of("ROEUN Sreynuch", "Sreynuch"),
                List.of(), List.of(), List.of())), List.of("Srey Sreynuch", "KHIEV Sreyleak"));

        assertThat(split.redact("Srey Sreynuch met KHIEV Sreyleak.")).doesNotContain("Sreynuch").contains("KHIEV Sreyleak");
    }

    @Test
    void aRedactedQuoteStillMatchesTheOriginalPage() {
        String page = "Statement.\nThe minor ROEUN Sreynuch,\nborn 03/05/2009, was  recruited by KHIEV Sreyleak.";
        String quote = redactor.redact("The minor ROEUN Sreynuch, born 03/05/2009, was recruited by KHIEV Sreyleak.");
        assertThat(PackageVerifier.quoteOnPage(quote, page)).isTrue();
        assertThat(PackageVerifier.quoteOnPage(quote.replace("KHIEV", "SOK"), page)).isFalse();
    }
}
