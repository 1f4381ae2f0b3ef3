package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ctipgraph.schema.NodeLabel;
import org.junit.jupiter.api.Test;

class PersonParticularsTest {

    @Test
    void aTableRowGivesTheAgeAndBirthDateOfTheNameBeforeItAndAnAgeUnder18MakesAMinor() {
        Map<String, Object> p = person("No. Name Sex Age\n1 NHOEK Vannda M 17 (ID card, born 25/06/2008) Puok, Siem Reap",
                "NHOEK Vannda");
        assertThat(p).containsEntry("birthDates", List.of("2008-06-25")).containsEntry("ages", List.of(17L))
                .containsEntry("minor", true);
    }

    @Test
    void aBirthYearInProseIsKeptAndAnAdultIsNoMinor() {
        Map<String, Object> p = person("SUON Chanmony, female, born 1984, Cambodian, was arrested.", "SUON Chanmony");
        assertThat(p).containsEntry("birthYears", List.of(1984L)).doesNotContainKey("minor");
    }

    @Test
    void everyBirthDateAfterTheNameCountsAndTheWordMinorBeforeItToo() {
        Map<String, Object> p = person("The case of the minor ROEUN Sreynuch: date of birth 03/05/2009; papers say "
                + "date of birth 2006-02-14.", "ROEUN Sreynuch");
        assertThat(p).containsEntry("birthDates", List.of("2006-02-14", "2009-05-03")).containsEntry("minor", true);
    }

    @Test
    void aDateAfterAnotherPersonsNameIsNotTheirs() {
        Extraction x = new DocumentExtractor().extract(Texts.doc("KHIEV Sreyleak met CHEAM Dalin, born 18/04/2006."));
        assertThat(x.mentions()).filteredOn(m -> m.surface().equals("KHIEV Sreyleak"))
                .allSatisfy(m -> assertThat(m.entity().properties()).doesNotContainKey("birthDates"));
    }

    @Test
    void theWordMinorRightBeforeTheNextNameIsTheNextPersonsNotTheRecruiters() {
        Extraction x = new DocumentExtractor().extract(Texts.doc("MEAS Chantrea recruited the minor SAO Pisey in May."));
        assertThat(x.mentions()).filteredOn(m -> m.surface().equals("MEAS Chantrea"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.entity().properties()).doesNotContainKey("minor"));
        assertThat(x.mentions()).filteredOn(m -> m.surface().equals("SAO Pisey"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.entity().properties()).containsEntry("minor", true));
    }

    private static Map<String, Object> person(String text, String surface) {
        Extraction x = new DocumentExtractor().extract(Texts.doc(text));
        return x.mentions().stream().filter(m -> m.entity().label() == NodeLabel.Person && m.surface().equals(surface))
                .findFirst().orElseThrow(() -> new AssertionError("no mention of " + surface + " in " + x.mentions()))
                .entity().properties();
    }
}
