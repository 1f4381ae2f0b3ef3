package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.relations;

import org.junit.jupiter.api.Test;

/**
 * Links that no single verb states: a trip reported in a chat with a bare count, a worker handed over to whoever
 * takes on the worker's debt, and the keeper of a place where a report found people held.
 */
class HandOverRelationsTest {
    private static final String ANNOUNCED = "4 March 2026\n10:01\nVuthy HR\n3 more from Kampot on Friday: MEAS Bopha, LY Sreyla and "
            + "OUK Dara. OUK Dara is 16\n10:05\nBong Heng\nok\n10:06\nVuthy HR\ngood\n";

    @Test
    void aDriverReportingATripWithABareCountMovesThePeopleLastAnnouncedInThatNumber() {
        String chat = ANNOUNCED + "7 March 2026\n05:40\nBong Heng\nleaving Kampot now with 3\n";
        assertThat(relations(chat)).contains("Bong Heng TRANSPORTED MEAS Bopha", "Bong Heng TRANSPORTED LY Sreyla",
                "Bong Heng TRANSPORTED OUK Dara");
        String delivered = "4 March 2026\n10:01\nVuthy HR\nBong Heng, 2 boys from Takeo coming Monday. CHHAY Rotha and OUK Sambath.\n"
                + "10:05\nBong Heng\nok\n9 March 2026\n08:02\nBong Heng\ndelivered 2 to the farm. Vuthy HR pls pay\n10:06\nVuthy HR\nok\n";
        assertThat(relations(delivered)).contains("Bong Heng TRANSPORTED CHHAY Rotha", "Bong Heng TRANSPORTED OUK Sambath");
    }

    @Test
    void whoeverAnnouncesNewcomersByCountAndNameRecruitedThem() {
        String chat = ANNOUNCED + "10:08\nBong Heng\nok boss\n";
        assertThat(relations(chat)).contains("Vuthy HR RECRUITED MEAS Bopha", "Vuthy HR RECRUITED LY Sreyla",
                "Vuthy HR RECRUITED OUK Dara").doesNotContain("Vuthy HR RECRUITED Bong Heng");
        String miscounted = chat.replace("3 more", "4 more");
        assertThat(relations(miscounted)).noneMatch(r -> r.contains("RECRUITED"));
        String carried = chat.replace("3 more from Kampot on Friday:", "picked up 3 more in Kampot:");
        assertThat(relations(carried)).noneMatch(r -> r.contains("RECRUITED"));
    }

    @Test
    void theMemberWhoRepliesToAnAnnouncementOfNewcomersTakesThemIn() {
        String chat = "4 March 2026\n10:01\nVuthy HR\n2 more from Kampot on Friday: MEAS Bopha and OUK Dara. OUK Dara is 16\n"
                + "10:05\nLIM Sovann\nIn reply to this message\n16 is fine. No trouble please\n10:06\nVuthy HR\nok\n10:07\nLIM Sovann\nok\n";
        assertThat(relations(chat)).contains("LIM Sovann HARBOURED MEAS Bopha", "LIM Sovann HARBOURED OUK Dara");
    }

    @Test
    void aPlainAnswerADriversReplyOrAnAnnouncementForSomeoneNamedTakesNobodyIn() {
        String chat = "4 March 2026\n10:01\nVuthy HR\n2 more from Kampot on Friday: MEAS Bopha and OUK Dara\n"
                + "10:05\nLIM Sovann\nREPLY\n10:06\nVuthy HR\nok\n10:07\nLIM Sovann\nok\n";
        assertThat(relations(chat.replace("REPLY", "16 is fine"))).noneMatch(r -> r.contains("HARBOURED"));
        assertThat(relations(chat.replace("REPLY", "In reply to this message\nok, pick up Friday 6am")))
                .noneMatch(r -> r.contains("HARBOURED"));
        assertThat(relations(chat.replace("on Friday:", "for Bong Heng:").replace("REPLY", "In reply to this message\nok")))
                .noneMatch(r -> r.contains("HARBOURED"));
    }

    @Test
    void aTripOfAnotherSizeFromAnotherPlaceOrAtAnHourMovesNobody() {
        assertThat(relations(ANNOUNCED + "05:40\nBong Heng\nleaving Kampot now with 2\n")).noneMatch(r -> r.contains("TRANSPORTED"));
        assertThat(relations(ANNOUNCED + "05:40\nBong Heng\nleaving Takeo now with 3\n")).noneMatch(r -> r.contains("TRANSPORTED"));
        assertThat(relations(ANNOUNCED + "05:40\nBong Heng\nleaving at 3 pm\n")).noneMatch(r -> r.contains("TRANSPORTED"));
        assertThat(relations(ANNOUNCED + "05:40\nVuthy HR\nleaving Kampot now with 3\n")).noneMatch(r -> r.contains("TRANSPORTED"));
    }

    @Test
    void sendingAWorkerToWhoeverTakesTheDebtSuppliesHimToThatPerson() {
        String chat = "2 May 2026\n21:00\nBong Heng\nOUK Sambath is lazy. Owe 900. Send him to the Kampot farm, LIM Sokha takes the debt.\n"
                + "21:03\nVuthy HR\nok\n21:04\nBong Heng\ngood\n21:05\nVuthy HR\nok\n";
        assertThat(relations(chat)).contains("Bong Heng SUPPLIED_WORKERS_TO LIM Sokha")
                .doesNotContain("Bong Heng SUPPLIED_WORKERS_TO OUK Sambath");
        assertThat(relations(chat.replace("LIM Sokha takes the debt", "LIM Sokha knows the debt"))).noneMatch(r -> r.contains("SUPPLIED"));
    }

    @Test
    void theKeeperOfAPlaceHarboursThePeopleTheReportFoundHeldThere() {
        String report = "A2. 23 workers were found in Block C. Two victims were identified and rescued:\n\n"
                + "Name Sex Age Home\n\nMEAS Sokha M 17 Kampot\n\nLY Dara M 20 Takeo\n\n"
                + "OUK Sambath was not found. Workers said that he was moved out on 2 May 2026.\n"
                + "A3. Arrested: LIM Sovann, male, born 1980, manager of Block C; telephone 012 300 400. "
                + "Capt. PRAK Vuthy led the search.\n";
        assertThat(relations(report)).contains("LIM Sovann HARBOURED MEAS Sokha", "LIM Sovann HARBOURED LY Dara",
                "LIM Sovann HARBOURED OUK Sambath").doesNotContain("LIM Sovann HARBOURED PRAK Vuthy");
    }

    @Test
    void thePeopleHeldInAPartOfPremisesWereExploitedAtThePremises() {
        String report = "A1. The team entered Block C of the Golden Palm Compound at 06:00.\n"
                + "A2. 23 workers were found in Block C. Two victims were identified and rescued:\n\n"
                + "Name Sex Age Home\n\nMEAS Sokha M 17 Kampot\n\nLY Dara M 20 Takeo\n\n"
                + "A3. Arrested: LIM Sovann, male, born 1980, manager of Block C; telephone 012 300 400.\n";
        assertThat(relations(report)).contains("MEAS Sokha EXPLOITED_AT Golden Palm Compound", "LY Dara EXPLOITED_AT Golden Palm Compound",
                "LIM Sovann MANAGES Golden Palm Compound").doesNotContain("LIM Sovann EXPLOITED_AT Golden Palm Compound");
        assertThat(relations(report.replace("Block C of the Golden Palm Compound", "the Golden Palm Compound")))
                .noneMatch(r -> r.contains("EXPLOITED_AT"));
    }

    @Test
    void aKeeperOfAnotherPlaceOrOfAShelterHarboursNobody() {
        String report = "A2. 23 workers were found in Block C:\n\nMEAS Sokha M 17 Kampot\n\n"
                + "A3. Arrested: LIM Sovann, male, born 1980, manager of Block D.\n";
        assertThat(relations(report)).noneMatch(r -> r.contains("HARBOURED"));
        String shelter = "4. The two victims were kept at the Sunflower Shelter:\n\nMEAS Sokha F 17 Kampot\n\nLY Dara F 19 Takeo\n\n"
                + "5. Ms. LIM Sovann, manager of the Sunflower Shelter, signed the referral.\n";
        assertThat(relations(shelter)).noneMatch(r -> r.contains("HARBOURED"));
    }

    @Test
    void aCountOfDaysIsNoGroupOfPeople() {
        String chat = "4 March 2026\n10:01\nVuthy HR\n2 more days for MEAS Bopha and LY Sreyla\n10:05\nBong Heng\nok\n"
                + "10:06\nVuthy HR\ngood\n5 March 2026\n05:40\nBong Heng\nleaving Kampot now with 2\n";
        assertThat(relations(chat)).noneMatch(r -> r.contains("TRANSPORTED"));
    }
}
