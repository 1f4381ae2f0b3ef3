package org.ctipgraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipgraph.resolution.IdentityLinks.Holding;
import org.ctipgraph.resolution.IdentityLinks.Link;
import org.ctipgraph.resolution.IdentityLinks.Person;
import org.junit.jupiter.api.Test;

/** An alias joins a full name only on written evidence that points at exactly one person. */
class IdentityLinksTest {
    private static final Person VUTHY = new Person("p1", "person:meas vuthy", "MEAS Vuthy", "Vuthy", List.of("MEAS Vuthy", "Bong Vuthy"));
    private static final Person HENG = new Person("p2", "person:lim heng", "LIM Heng", "Heng", List.of("LIM Heng", "Ah Long"));
    private static final Person LONG = new Person("p3", "person:pen long", "PEN Long", "Long", List.of("PEN Long", "Ah Long"));

    private static Person alias(String id, String name) {
        return new Person(id, "alias:doc" + id + ":" + name.toLowerCase(), name, null, List.of(name));
    }

    @Test
    void anAliasBoundToOneFullNameInAnotherDocumentIsThatPerson() {
        List<Link> links = IdentityLinks.find(List.of(VUTHY, HENG, LONG, alias("a1", "Bong Vuthy")), List.of());
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.aliasId()).isEqualTo("a1");
            assertThat(l.fullId()).isEqualTo("p1");
            assertThat(l.reason()).contains("Bong Vuthy", "MEAS Vuthy");
        });
    }

    @Test
    void aNicknameBoundToTwoPeopleLinksNobody() {
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, LONG, alias("a1", "Ah Long")), List.of())).isEmpty();
    }

    @Test
    void aHandleHeldByTheAliasAndOneFullNameLinksThem() {
        Person sender = alias("a1", "Leak HR");
        List<Holding> holdings = List.of(new Holding("a1", "h1", "@leak_jobs", "handle"), new Holding("p2", "h1", "@leak_jobs", "handle"));
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, sender), holdings)).extracting(Link::fullId).containsExactly("p2");
        List<Holding> shared = List.of(new Holding("a1", "h1", "@office", "handle"), new Holding("p2", "h1", "@office", "handle"),
                new Holding("p1", "h1", "@office", "handle"));
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, sender), shared)).isEmpty();
    }

    @Test
    void aSharedPhoneLinksOnlyWhenTheAliasAlsoCarriesTheGivenName() {
        List<Holding> phone = List.of(new Holding("a1", "ph", "+855975550142", "phone"), new Holding("p1", "ph", "+855975550142", "phone"));
        assertThat(IdentityLinks.find(List.of(VUTHY, alias("a1", "Vuthy HR")), phone)).extracting(Link::fullId).containsExactly("p1");
        // Two people who share a phone stay two people.
        assertThat(IdentityLinks.find(List.of(VUTHY, alias("a1", "Sokha HR")), phone)).isEmpty();
    }

    @Test
    void aGivenNameAloneJoinsTheOnlyFullNameWithThatGivenName() {
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, alias("a1", "Heng")), List.of())).extracting(Link::fullId)
                .containsExactly("p2");
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, alias("a1", "Bong Heng")), List.of())).extracting(Link::fullId)
                .containsExactly("p2");
        Person otherHeng = new Person("p4", "person:sok heng", "SOK Heng", "Heng", List.of("SOK Heng"));
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, otherHeng, alias("a1", "Heng")), List.of())).isEmpty();
        // A display name is not a given name alone: it needs a shared phone or handle.
        assertThat(IdentityLinks.find(List.of(VUTHY, HENG, alias("a1", "Heng HR")), List.of())).isEmpty();
    }

    @Test
    void aNicknameTheDocumentsBindToTwoPeopleIsNotGuessedFromAGivenName() {
        // "Ah Long" is written for LIM Heng and for PEN Long; PEN Long's given name must not decide it.
        assertThat(IdentityLinks.find(List.of(HENG, LONG, alias("a1", "Ah Long")), List.of())).isEmpty();
    }

    @Test
    void fullNamesThatDifferByADoubledLetterAreOneNameAndShareTheirGivenName() {
        Person vann = new Person("p5", "person:vann kosal", "VANN Kosal", "Kosal", List.of("VANN Kosal", "Kosal"));
        Person van = new Person("p6", "person:van kosal", "VAN Kosal", "Kosal", List.of("VAN Kosal"));
        List<Link> links = IdentityLinks.find(List.of(vann, van, alias("a1", "Kosal")), List.of());
        assertThat(links).extracting(Link::aliasId, Link::fullId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("p6", "p5"), org.assertj.core.groups.Tuple.tuple("a1", "p5"));
        Person vanna = new Person("p7", "person:vann sokha", "VANN Sokha", "Sokha", List.of("VANN Sokha"));
        assertThat(IdentityLinks.find(List.of(vann, vanna), List.of())).isEmpty();
    }
}
