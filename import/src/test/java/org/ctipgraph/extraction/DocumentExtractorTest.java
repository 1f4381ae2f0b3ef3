package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.mentions;

import org.ctipgraph.schema.NodeLabel;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {
    @Test
    void theLongestNameWinsSoAPlaceInsideACompanyOrPlateIsNoPlace() {
        var found = mentions("The van Preah Sihanouk 2A-6093 is registered to Koh Kong Horizon Trading Co., Ltd. in Phnom Penh.");
        assertThat(found).extracting(m -> m.entity().label() + ":" + m.surface()).containsExactly(
                "Vehicle:Preah Sihanouk 2A-6093", "Company:Koh Kong Horizon Trading Co., Ltd.", "Location:Phnom Penh");
    }

    @Test
    void everyMentionQuotesItsSentenceAndPointsAtTheOriginalSpan() {
        String text = "Header line\n\nSUON Chanmony, born 1984, was arrested.\nThe bar closed.";
        EntityMention m = mentions(text).stream().filter(x -> x.entity().label() == NodeLabel.Person).findFirst().orElseThrow();
        assertThat(m.evidence().quote()).isEqualTo("SUON Chanmony, born 1984, was arrested.");
        assertThat(text.substring(m.evidence().start(), m.evidence().end())).isEqualTo("SUON Chanmony");
        assertThat(m.role()).isEqualTo("suspect");
    }

    @Test
    void aPlaceOpeningATableRowIsAPlaceEvenUnderACapitalisedHeader() {
        String table = "District Schools Pupils Teachers\nKampot 12 340 28\nThe Kep Seaside Shelter opened in May.";
        assertThat(mentions(table)).extracting(m -> m.entity().label() + ":" + m.surface()).contains("Location:Kampot");
        assertThat(mentions("Visit the Seaside Shelter Kampot office.")).noneMatch(m -> m.surface().equals("Kampot"));
    }

    @Test
    void aNameBrokenAcrossLinesIsStillOneName() {
        assertThat(mentions("victim ROEUN\nSreynuch and the hotline 088 760\n1593"))
                .extracting(EntityMention::surface).containsExactly("ROEUN Sreynuch", "088 760 1593");
    }

    @Test
    void shortFormsOfCaseNamesAreFoundOnTheSecondPass() {
        var extractor = new DocumentExtractor();
        var first = extractor.extract(Texts.doc("CHEAM Dalin was sent to Chey Mongkol Brick Kiln by Koh Kong Horizon Trading Co., Ltd."));
        var lexicon = CaseLexicon.learn(java.util.List.of(first));
        var chat = extractor.extract(Texts.doc("Dalin delivered to Chey Mongkol. KK Horizon pays."), lexicon);
        assertThat(chat.mentions()).extracting(m -> m.entity().label() + ":" + m.surface())
                .containsExactly("Person:Dalin", "BrickKiln:Chey Mongkol", "Company:KK Horizon");
        assertThat(chat.mentions().get(0).entity().key()).startsWith("alias:"); // never merged across documents
    }

    @Test
    void aVenueNamedByAGivenNameTheCaseKnowsIsThatPerson() {
        String contacts = "Contacts: Mony KTV, Moonlight KTV";
        assertThat(mentions(contacts)).extracting(m -> m.entity().label() + ":" + m.surface())
                .containsExactly("Location:Mony KTV", "Location:Moonlight KTV");
        var lexicon = CaseLexicon.of(java.util.List.of(
                new KnownEntity(PersonNameExtractor.person("SOK", "Mony"), java.util.List.of("SOK Mony"), java.util.List.of())));
        assertThat(new DocumentExtractor().extract(Texts.doc(contacts), lexicon).mentions())
                .extracting(m -> m.entity().label() + ":" + m.surface())
                .containsExactly("Person:Mony", "Location:Moonlight KTV");
    }

    @Test
    void aNicknameTheTextAlsoGivesToAnotherPersonIsThatPersonsFromThereOn() {
        String statement = "Q: Do you know PEN Dara?\nA: Yes, I know him as Bong Dara. He drives the van.\n"
                + "A: At the gate a Thai man came out. The guards called him Ah Dara. He took our phones.\n"
                + "Q: Is that name used for anybody else?\nA: Yes. The bosses also call Bong Dara \"Ah Dara\". When they phone him "
                + "they say \"Ah Dara, come to the gate\".";
        var found = mentions(statement);
        assertThat(found).filteredOn(m -> m.surface().equals("Bong Dara")).extracting(m -> m.entity().key())
                .containsOnly("person:pen dara");
        assertThat(found).filteredOn(m -> m.surface().equals("Ah Dara")).extracting(m -> m.entity().key())
                .containsExactly("alias:" + "a".repeat(12) + ":ah dara", "person:pen dara", "person:pen dara");
    }

    @Test
    void aNicknameGivenToANicknameNoFullNameBacksStaysAsWritten() {
        String statement = "The guards called him Ah Dara. The bosses also call Bong Dara \"Ah Dara\". They say \"Ah Dara, come\".";
        assertThat(mentions(statement)).filteredOn(m -> m.surface().equals("Ah Dara")).extracting(m -> m.entity().key())
                .containsOnly("alias:" + "a".repeat(12) + ":ah dara");
    }

    @Test
    void aNicknameAfterForIsNotBoundAsIfAfterOr() {
        var found = mentions("OUK Sambath arrived from Kep and waited for Bong Heng at the gate.");
        assertThat(found).filteredOn(m -> m.surface().equals("Bong Heng")).allMatch(m -> m.entity().key().startsWith("alias:"));
        assertThat(mentions("OUK Sambath or Bong Heng")).filteredOn(m -> m.surface().equals("Bong Heng"))
                .allMatch(m -> m.entity().key().equals("person:ouk sambath"));
    }
}
