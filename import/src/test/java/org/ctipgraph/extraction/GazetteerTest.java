package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer PLACES = Gazetteer.parse(List.of(
            "# name\tkind\tparent\tvariants",
            "Koh Kong\tprovince\tCambodia\tKoh Kong City|KK",
            "Kong\tdistrict\tKoh Kong\t",
            "Poipet\ttown\tBanteay Meanchey\tPoi Pet"));

    private static List<String> found(String text) {
        return PLACES.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.place().name()).toList();
    }

    @Test
    void theLongestWholeWordVariantWinsAndTheSearchGoesOnAfterIt() {
        assertThat(found("From Koh Kong Province to Koh Kong City, then Kong and Poi Pet."))
                .containsExactly("Koh Kong Province=Koh Kong", "Koh Kong City=Koh Kong", "Kong=Kong", "Poi Pet=Poipet");
    }

    @Test
    void aVariantInsideAWordOrAfterAPlusIsNoPlace() {
        assertThat(found("Kongs KKK xKong Kong_1 +Kong 2Kong Kong2")).isEmpty();
        assertThat(found("(Kong), Kong-Poipet/KK")).containsExactly("Kong=Kong", "Kong=Kong", "Poipet=Poipet", "KK=Koh Kong");
    }

    @Test
    void aLongerVariantThatIsNotAWholeWordGivesWayToAShorterOne() {
        assertThat(found("Koh Kong Cityscape")).containsExactly("Koh Kong=Koh Kong");
    }
}
