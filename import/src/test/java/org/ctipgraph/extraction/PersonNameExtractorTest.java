package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.keys;
import static org.ctipgraph.extraction.Texts.mentions;
import static org.ctipgraph.extraction.Texts.surfaces;

import org.ctipgraph.schema.NodeLabel;
import org.junit.jupiter.api.Test;

class PersonNameExtractorTest {
    @Test
    void familyNameFirstGivenNameFirstUpperCaseAndSplitGivenNamesAreOnePerson() {
        String text = "KHIEV Sreyleak signed. Khiev Srey Leak, recruitment officer. Shareholder KHIEV SREYLEAK.";
        assertThat(keys(text, NodeLabel.Person)).containsOnly("person:khiev sreyleak").hasSize(3);
        assertThat(keys("The KYC names Sophanith Taing; the registry TAING SOPHANITH.", NodeLabel.Person))
                .containsOnly("person:taing sophanith");
    }

    @Test
    void nicknamesAreKeptPerDocumentUntilTheTextTiesThemToAName() {
        String text = "Requested: identification of Bong Leak, believed to be KHIEV Sreyleak, born 1996. "
                + "Later Bong Leak called again.";
        assertThat(mentions(text)).filteredOn(m -> m.surface().equals("Bong Leak"))
                .allSatisfy(m -> assertThat(m.entity().key()).isEqualTo("person:khiev sreyleak")).hasSize(2);
        assertThat(keys("The driver Bong Long drove the van.", NodeLabel.Person)).singleElement()
                .satisfies(k -> assertThat(k).startsWith("alias:"));
    }

    @Test
    void aSharedNicknameBoundToTwoPeopleIsOnlyRewrittenWhereTheTextSaysWho() {
        String text = "CHEN Haolong, manager, called Ah Long by the workers. PEN Long, also called Ah Long by the bosses. "
                + "Then Ah Long left.";
        var ahLong = mentions(text).stream().filter(m -> m.surface().equals("Ah Long")).map(m -> m.entity().key()).toList();
        assertThat(ahLong).containsExactly("person:chen haolong", "person:pen long", ahLong.get(2));
        assertThat(ahLong.get(2)).startsWith("alias:");
    }

    @Test
    void everyNicknameOfAListAfterAFullNameIsThatPerson() {
        String table = "Name\tOther names\n\tLIM Sovann\n\tLok Sambo; Bong Heng; Boss K\n\tOUK Dara\n\t-\n";
        assertThat(mentions(table)).filteredOn(m -> !m.surface().equals("OUK Dara")).extracting(m -> m.entity().key())
                .containsOnly("person:lim sovann").hasSize(4);
    }

    @Test
    void khmerScriptNamesNextToALatinNameAreThatPerson() {
        assertThat(mentions("TAING Sophanith (តាំង សុផានិត) is the director."))
                .filteredOn(m -> m.surface().equals("តាំង សុផានិត"))
                .singleElement().satisfies(m -> assertThat(m.entity().key()).isEqualTo("person:taing sophanith"));
    }

    @Test
    void placeNamesAndHeadingsAreNotPeople() {
        assertThat(surfaces("KINGDOM OF CAMBODIA. Kampong Som, Kang Meas and Koh Kong Province. OPERATION REPORT.",
                NodeLabel.Person)).isEmpty();
    }

    @Test
    void telegramHandlesAreOnlineAccounts() {
        assertThat(keys("contacted on Telegram by @kk_restaurant_jobs, mail sunrise.careerlink.kh@gmail.com",
                NodeLabel.OnlineAccount)).containsExactly("handle:@kk_restaurant_jobs");
    }
}
