package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.relations;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where sites are and where people come from, read from addresses and home columns, never from nearness. */
class PlaceRelationsTest {
    @Test
    void anAddressAfterPremisesLocatesThemInEveryPlaceOfTheAddress() {
        assertThat(relations("Raid at Golden Lotus Karaoke, Phum 3, Sangkat 2, Kampong Trach, Kampot Province, at 22:00."))
                .contains("Golden Lotus Karaoke LOCATED_IN Kampong Trach", "Golden Lotus Karaoke LOCATED_IN Kampot");
        assertThat(relations("The workers were sent to Blue Lagoon Compound in Bavet and paid nothing."))
                .contains("Blue Lagoon Compound LOCATED_IN Bavet");
    }

    @Test
    void aListOfPlacesAfterPremisesIsNoAddress() {
        assertThat(relations("Recruits came to Golden Lotus Karaoke, Kampot and Takeo by bus.")).noneMatch(r -> r.contains("LOCATED_IN"));
        assertThat(relations("Staff of Golden Lotus Karaoke, who live in Takeo, were questioned.")).noneMatch(r -> r.contains("LOCATED_IN"));
    }

    @Test
    void aRegisteredOfficeFieldLocatesTheCompanyOfItsSection() {
        String register = "2. MEKONG BRIGHT LABOUR CO., LTD.\nRegistration No. 00012345\n"
                + "Registered office No. 8, Street 17, Khan Chamkar Mon,\n\n\nPhnom Penh\nTelephone +855 23 998 877\n";
        assertThat(relations(register)).contains("Mekong Bright Labour Co., Ltd. LOCATED_IN Phnom Penh",
                "Mekong Bright Labour Co., Ltd. USES_PHONE +85523998877");
    }

    @Test
    void aTableWithAHomeColumnGivesEachRowsPersonTheFirstPlaceOfTheRow() {
        String table = "Name Sex Age Home Since\nMEAS Bopha F 17 Chhuk, Kampot 02/03/2025\n"
                + "LIM Sovann M 20 Takeo 02/03/2025\n\n3. Persons arrested\nOUK Sambath, male, of Kep, was arrested.";
        assertThat(relations(table)).contains("MEAS Bopha FROM Chhuk", "LIM Sovann FROM Takeo")
                .doesNotContain("MEAS Bopha FROM Kampot").noneMatch(r -> r.startsWith("OUK Sambath FROM"));
    }

    @Test
    void aPersonWithAnAgeInBracketsOfAPlaceIsFromThere() {
        assertThat(relations("The complaint of LIM Sovann, mother of MEAS Bopha (19) of Chhuk district, was received."))
                .contains("MEAS Bopha FROM Chhuk");
        assertThat(relations("MEAS Bopha, born 2006, of Chhuk district, was heard.")).noneMatch(r -> r.contains(" FROM "));
    }

    @Test
    void aFromColumnIsNotAHomeColumn() {
        assertThat(relations("Name From To Amount\nMEAS Bopha Kampot Takeo 200\n")).noneMatch(r -> r.contains(" FROM "));
        assertThat(relations("Name Home address\nMEAS Bopha Phum 2, Takeo\n")).noneMatch(r -> r.contains(" FROM "));
    }

    @Test
    void aRegisterSectionAndItsTelephoneFieldGoOnOnTheNextPage() {
        var doc = new DocumentText("b".repeat(64), "register.pdf", "application/pdf", List.of(
                new PageText(1, "3. ANGKOR DELTA TRADING CO., LTD.\nRegistration No. 00054321\n"),
                new PageText(2, "Telephone +855 17 220 330\nShareholders Shares Holding\nCHHAY Rotha 500 100%\n")), Map.of(), null);
        assertThat(new DocumentExtractor().extract(doc).relations())
                .extracting(r -> r.subject().name() + " " + r.type() + " " + r.object().name())
                .contains("Angkor Delta Trading Co., Ltd. USES_PHONE +85517220330", "CHHAY Rotha OWNS Angkor Delta Trading Co., Ltd.");
    }

    @Test
    void aVictimTableIsReadInBothLayoutsTikaWritesAndAKilnIsAWorkplace() {
        String cellPerLine = "Victims\n\tName\n\tAge\n\tPlace of exploitation\n\n\tMEAS Bopha\n\t17\n\tGolden Lotus Karaoke\n\n"
                + "\tLIM Sovann\n\t30\n\tBlue Lagoon Compound, then Prey Khmer Brick Kiln\n\nEnd of table.";
        String nested = "Victims\n\tName\n\n\t\tAge\n\n\t\tPlace of exploitation\n\n\t\n\tMEAS Bopha\n\n\t\t17\n\n"
                + "\t\tGolden Lotus Karaoke\n\n\t\nEnd of table.";
        assertThat(relations(cellPerLine)).contains("MEAS Bopha EXPLOITED_AT Golden Lotus Karaoke",
                "LIM Sovann EXPLOITED_AT Blue Lagoon Compound", "LIM Sovann WORKS_AT Prey Khmer Brick Kiln")
                .doesNotContain("LIM Sovann EXPLOITED_AT Prey Khmer Brick Kiln");
        assertThat(relations(nested)).contains("MEAS Bopha EXPLOITED_AT Golden Lotus Karaoke");
    }
}
