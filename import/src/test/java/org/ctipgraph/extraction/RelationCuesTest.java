package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations in running text come from verb cues between named parties, with the sentence as evidence. */
class RelationCuesTest {
    @Test
    void aPassiveCollectionNamesTheDriverAfterBy() {
        assertThat(relations("MEAS Sokha and LY Dara were collected in Kampot on 2 May 2025 by a driver called PRAK Vuthy."))
                .contains("PRAK Vuthy TRANSPORTED MEAS Sokha", "PRAK Vuthy TRANSPORTED LY Dara");
    }

    @Test
    void aStatementParagraphResolvesHeAndTheirToItsSpeakerAndCompanion() {
        String text = "B2. Statement of MEAS Sokha (summary). He saw an advertisement and wrote to @jobs_kh_88. "
                + "On 3 May 2025 he and LY Dara took the bus. A driver called PRAK Vuthy brought them to the farm, "
                + "where SOK Pisey took their passports.";
        assertThat(relations(text)).contains("@jobs_kh_88 RECRUITED MEAS Sokha", "PRAK Vuthy TRANSPORTED MEAS Sokha",
                "PRAK Vuthy TRANSPORTED LY Dara", "SOK Pisey HARBOURED MEAS Sokha", "SOK Pisey HARBOURED LY Dara");
    }

    @Test
    void aTripToldWithoutItsDriverWasDrivenByTheOneWhoDrivesPeopleFromThatPlace() {
        String report = "B2. Statement of MEAS Sokha (summary). He and LY Dara answered an advertisement. "
                + "Both were driven from Kampot on 8 May 2025.\n"
                + "B3. Statement of PRAK Vuthy (summary). He admits driving workers from the bus station to the farm for Bong Heng, "
                + "and driving girls from Takeo and Kampot to Kep for Bong Sreyla.";
        assertThat(relations(report)).contains("PRAK Vuthy TRANSPORTED MEAS Sokha", "PRAK Vuthy TRANSPORTED LY Dara")
                .doesNotContain("Bong Heng TRANSPORTED MEAS Sokha", "Bong Sreyla TRANSPORTED MEAS Sokha");
        assertThat(relations(report.replace("driven from Kampot", "driven from Kep"))).noneMatch(r -> r.contains("TRANSPORTED"));
        String twoDrivers = report + "\nB4. Statement of OUK Sambath (summary). He says that he drove people from Kampot twice.";
        assertThat(relations(twoDrivers)).noneMatch(r -> r.contains("TRANSPORTED MEAS Sokha"));
    }

    @Test
    void whoeverSaysADebtIsOwedIsTheCreditorAndWhoeverIsToldToActIsInstructed() {
        assertThat(relations("On 1 June 2025 SOK Pisey said that LY Dara owed USD 900 and told PRAK Vuthy to take him away."))
                .contains("LY Dara OWES_DEBT_TO SOK Pisey", "SOK Pisey INSTRUCTED PRAK Vuthy")
                .doesNotContain("LY Dara INSTRUCTED PRAK Vuthy");
    }

    @Test
    void anArrestInATableRowGoesToThePersonOfThatRow() {
        assertThat(relations("Name\tStatus\nMEAS Sokha\tarrested 02/03/2026 in Kampot\n")).contains("MEAS Sokha ARRESTED_IN Kampot");
    }

    @Test
    void anOrderQuotedInALetterGoesToThePersonGreeted() {
        assertThat(relations("> Bong Dara,\n> Lok Sokha says please send the invoice for May.\n> Accounts"))
                .contains("Lok Sokha INSTRUCTED Bong Dara");
    }

    @Test
    void anIntakeFormsNarrativeIsAboutItsClient() {
        String text = "Client\n\t\tMEAS Sokha\n\nShe wrote to the Telegram account @nary_jobs of a woman. "
                + "SOK Nary said that the work was good. On 7 May 2025 the driver PRAK Vuthy collected her in Kampot.";
        assertThat(relations(text)).contains("@nary_jobs RECRUITED MEAS Sokha", "PRAK Vuthy TRANSPORTED MEAS Sokha")
                .doesNotContain("PRAK Vuthy TRANSPORTED SOK Nary");
    }

    @Test
    void paymentsToANamedPersonAndTheDriverOfAPlateAreRead() {
        assertThat(relations("MEAS Sokha admits that she pays LY Dara USD 200 for each worker."))
                .contains("MEAS Sokha PAID LY Dara");
        assertThat(relations("Officers stopped PRAK Vuthy, born 1980, driving the Toyota Hiace Kampot 2B-1234 towards the border."))
                .anyMatch(r -> r.startsWith("PRAK Vuthy DROVE"));
    }

    @Test
    void aDocumentsRelationsGiveItsPeopleTheirRoles() {
        var x = new DocumentExtractor().extract(Texts.doc(
                "MEAS Sokha and LY Dara were collected in Kampot on 2 May 2025 by a driver called PRAK Vuthy."));
        assertThat(x.mentions()).filteredOn(m -> m.entity().key().startsWith("person:"))
                .extracting(m -> m.surface() + "=" + m.role())
                .contains("MEAS Sokha=victim", "LY Dara=victim", "PRAK Vuthy=driver");
    }

    @Test
    void aSentenceWrappedByABlankLineInAPdfIsStillOneSentence() {
        String pdf = "B1. At 09:10 on 4 March 2026 officers at the Bavet checkpoint stopped PRAK Vuthy,\n\n\n"
                + "male, born 1980, driving the Toyota Hiace Kampot 2B-1234 towards the border.";
        assertThat(relations(pdf)).anyMatch(r -> r.startsWith("PRAK Vuthy DROVE"));
        assertThat(PageView.of(1, "A short title line\n\nthen a new part").sentences()).hasSize(2);
        assertThat(PageView.of(1, "This long line of running text ends its sentence properly here.\n\nnext part").sentences())
                .hasSize(2);
    }

    @Test
    void aPossessiveNumberBelongsToThePersonThePronounMeans() {
        String text = "C2. Statement of MEAS Sokha (summary). A driver brought him to the farm, where LY Dara took "
                + "the phones of the workers (his own number was 017 555 010).";
        assertThat(relations(text)).contains("MEAS Sokha USES_PHONE +85517555010").doesNotContain("LY Dara USES_PHONE +85517555010");
        assertThat(relations("LY Dara keeps the boss in his phone as Big Brother (012 300 400)."))
                .noneMatch(r -> r.contains("USES_PHONE"));
    }

    @Test
    void aTelephoneFieldOfAWitnessRecordIsTheWitnesss() {
        String record = "Witness MEAS Sokha, female, born 1990, market seller in Kampot\n\n\nTelephone 012 777 404\n"
                + "Interviewed by Capt. LY Dara\n";
        assertThat(relations(record)).contains("MEAS Sokha USES_PHONE +85512777404").doesNotContain("LY Dara USES_PHONE +85512777404");
    }

    @Test
    void everyNumberOfAListBelongsToTheHolderOfTheFirst() {
        assertThat(relations("Arrested: LY Dara, born 1979, telephones +66 81 234 5678 (LINE) and 012 345 678; his brother OUK Sambath "
                + "was not present.")).contains("LY Dara USES_PHONE +66812345678", "LY Dara USES_PHONE +85512345678")
                .doesNotContain("OUK Sambath USES_PHONE +85512345678");
    }

    @Test
    void theAccountAPaymentGoesThroughIsThePayees() {
        assertThat(relations("MEAS Sokha admits that she pays LY Dara USD 200 for each worker, through Wing account 1055 2211."))
                .contains("MEAS Sokha PAID LY Dara", "LY Dara HOLDS_ACCOUNT Wing 1055 2211")
                .doesNotContain("MEAS Sokha HOLDS_ACCOUNT Wing 1055 2211");
    }

    @Test
    void aCountedGroupIntroducedWithAListIsWhomAllOfThemAndTheyMean() {
        String report = "Four workers who said that they had been cheated were taken to the station:\n\n"
                + "1 MEAS Sokha M 19\n2 LY Dara M 22\n3 OUK Sambath M 17\n4 CHHAY Rotha M 30\n\n"
                + "5. Statements\nAll four answered an advertisement on Facebook. They were recruited by @farm_jobs_kp, "
                + "a man who called himself Bong Heng.";
        assertThat(relations(report)).contains("@farm_jobs_kp RECRUITED MEAS Sokha", "@farm_jobs_kp RECRUITED CHHAY Rotha");
        String miscounted = report.replace("All four", "All three");
        assertThat(relations(miscounted)).noneMatch(r -> r.contains("RECRUITED"));
    }

    @Test
    void aChatMessageAnnouncingPeopleToSomeoneSuppliesThemToThatPerson() {
        String chat = "4 March 2026\n10:01\nVuthy HR\nBong Heng, 3 girls from Takeo coming Friday.\n10:05\nBong Heng\nok\n"
                + "10:07\nVuthy HR\n2 new workers for Bong Heng: CHHAY Rotha and OUK Sambath from Kep\n10:09\nBong Heng\nthe workers are waiting for Vuthy HR\n";
        assertThat(relations(chat)).contains("Vuthy HR SUPPLIED_WORKERS_TO Bong Heng", "Vuthy HR RECRUITED CHHAY Rotha", "Vuthy HR RECRUITED OUK Sambath")
                .doesNotContain("Bong Heng SUPPLIED_WORKERS_TO Vuthy HR", "Vuthy HR RECRUITED Bong Heng");
    }

    @Test
    void inAnEmailIIsTheSenderButNotOnTheQuotedLines() {
        String body = "Dear Sir,\n\nAs agreed I will hand the 70% in cash to Lok Heng on Friday.\n\nOUK Sambath\n\n"
                + "On Mon, 2 Mar 2026 at 09:00, Accounts <acc@example.com> wrote:\n> I gave the money to MEAS Bopha yesterday.\n";
        var doc = new DocumentText("c".repeat(64), "mail.eml", "message/rfc822", List.of(new PageText(1, body)),
                java.util.Map.of("Message-From", List.of("OUK Sambath <ouk@example.com>"), "Message-To",
                        List.of("Accounts <acc@example.com>")), null);
        assertThat(new DocumentExtractor().extract(doc).relations()).extracting(r -> r.subject().name() + " " + r.type() + " "
                + r.object().name()).contains("OUK Sambath PAID Lok Heng").doesNotContain("OUK Sambath PAID MEAS Bopha");
        assertThat(relations("As agreed I will hand the 70% in cash to Lok Heng on Friday.")).noneMatch(r -> r.contains("PAID"));
    }

    @Test
    void theTickedIndicatorRowsOfAnIntakeRecordTieTheirPartyToTheClient() {
        String form = "B. Client\n\tName (Latin script)\n\tMEAS Bopha\n\n\tSex\n\tFemale\n\n"
                + "C. Indicators\n\tIndicator\n\tPresent\n\tNotes\n\n"
                + "\tDebt\n\t\u2612 yes\n\tUSD 300 advance; contract with Mekong Bright Labour Co., Ltd.\n\n"
                + "\tIdentity documents withheld\n\t\u2612 yes\n\tpassport kept by LIM Sovann\n\n"
                + "\tTransport arranged by recruiter\n\t\u2610 no\n\tOUK Sambath offered a lift\n\n";
        assertThat(relations(form)).contains("MEAS Bopha OWES_DEBT_TO Mekong Bright Labour Co., Ltd.", "LIM Sovann HARBOURED MEAS Bopha")
                .doesNotContain("OUK Sambath TRANSPORTED MEAS Bopha");
    }

    @Test
    void coOccurrenceAloneClaimsNothing() {
        assertThat(relations("MEAS Sokha and PRAK Vuthy were seen in Kampot.")).isEmpty();
    }
}
