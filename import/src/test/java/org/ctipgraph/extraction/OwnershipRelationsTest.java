package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.relations;

import org.junit.jupiter.api.Test;

/** Who owns, holds, runs or works for what: a cue between two named ends, or an anaphor for the last one named. */
class OwnershipRelationsTest {
    @Test
    void aVehicleOrAccountRegisteredToSomeoneIsTheirs() {
        assertThat(relations("Police stopped the Toyota Hiace Kampot 2B-1234 near Bavet. The van is registered to Mekong Bright Labour Co., Ltd."))
                .contains("Mekong Bright Labour Co., Ltd. OWNS 2B-1234");
        assertThat(relations("LIM Sovann sent USD 500 to ABA account 001 234 567. The bank says this account is held in the name of "
                + "OUK Sambath.")).contains("OUK Sambath HOLDS_ACCOUNT ABA 001 234 567").doesNotContain("LIM Sovann HOLDS_ACCOUNT ABA 001 234 567");
        assertThat(relations("The pickup Takeo 3C-7788 of CHHAY Rotha was seized.")).contains("CHHAY Rotha OWNS 3C-7788");
        assertThat(relations("We request (1) call records of 012 345 678, whose user is believed to be OUK Sambath, director of "
                + "Mekong Bright Labour Co., Ltd.")).contains("OUK Sambath USES_PHONE +85512345678");
    }

    @Test
    void anAnaphorWithNothingNamedBeforeItClaimsNothing() {
        assertThat(relations("The van is registered to Mekong Bright Labour Co., Ltd.")).noneMatch(r -> r.contains(" OWNS "));
        assertThat(relations("The driver of the Toyota Hiace Kampot 2B-1234, CHHAY Rotha, was arrested."))
                .noneMatch(r -> r.contains(" OWNS "));
    }

    @Test
    void shareholdersAndOperatorsOwnWhatTheyHoldOrTradeAs() {
        assertThat(relations("CHHAY Rotha is the sole shareholder and director of Angkor Delta Trading Co., Ltd., which owns 55% of "
                + "Mekong Bright Labour Co., Ltd.")).contains("CHHAY Rotha OWNS Angkor Delta Trading Co., Ltd.",
                "Angkor Delta Trading Co., Ltd. OWNS Mekong Bright Labour Co., Ltd.");
        assertThat(relations("Registered office Phum 2, Kampot (premises trading as Golden Lotus Karaoke)\n"
                .replace("Registered", "1. LOTUS LEISURE CO., LTD.\nRegistered"))).contains("Lotus Leisure Co., Ltd. OWNS Golden Lotus Karaoke");
        assertThat(relations("CHHAY Rotha visited Angkor Delta Trading Co., Ltd. twice.")).isEmpty();
    }

    @Test
    void aRepresentativeWorksForTheCompanyAndADirectorDirectsIt() {
        assertThat(relations("Agreement between Mekong Bright Labour Co., Ltd., represented by Mr. LIM Sovann, placement agent "
                + "(\"the Company\"), and MEAS Bopha, female, of Takeo (\"the Worker\").")).contains(
                "LIM Sovann EMPLOYED_BY Mekong Bright Labour Co., Ltd.", "MEAS Bopha SIGNED_CONTRACT Mekong Bright Labour Co., Ltd.")
                .doesNotContain("LIM Sovann SIGNED_CONTRACT Mekong Bright Labour Co., Ltd.");
        assertThat(relations("Angkor Delta Trading Co., Ltd., represented by CHHAY Rotha, managing director, signed the lease."))
                .contains("CHHAY Rotha DIRECTS Angkor Delta Trading Co., Ltd.");
        assertThat(relations("OUK Sambath, cashier of Angkor Delta Trading Co., Ltd., and LIM Sovann, manager of Golden Lotus "
                + "Karaoke, were heard.")).contains("OUK Sambath EMPLOYED_BY Angkor Delta Trading Co., Ltd.",
                "LIM Sovann MANAGES Golden Lotus Karaoke");
    }

    @Test
    void theManagerOfTheBarManagesThePremisesOfThatKindTheReportNamed() {
        String report = "Operation at Golden Star KTV, Kampot.\nPerson arrested: MEAS Bopha, female, born 1980, known as Bong Bopha, "
                + "manager of the bar, was arrested at 22:00.";
        assertThat(relations(report)).contains("MEAS Bopha MANAGES Golden Star KTV");
        assertThat(relations(report.replace("manager of the bar", "manager of the compound")))
                .noneMatch(r -> r.contains("MANAGES"));
        assertThat(relations("Person arrested: MEAS Bopha, born 1980, manager of the bar, was arrested."))
                .noneMatch(r -> r.contains("MANAGES"));
    }

    @Test
    void theManagerOfAPartManagesThePremisesThePageHasThatPartIn() {
        String report = "A1. The team entered Building 4 of the Golden Palm Compound at 06:00.\n"
                + "A3. Arrested: LIM Sovann, male, born 1980, manager of Building 4, called Ah Sovann by the workers.";
        assertThat(relations(report)).contains("LIM Sovann MANAGES Golden Palm Compound");
        assertThat(relations(report.replace("manager of Building 4", "manager of Building 7"))).noneMatch(r -> r.contains("MANAGES"));
    }
}
