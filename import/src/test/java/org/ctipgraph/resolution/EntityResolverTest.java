package org.ctipgraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipgraph.extraction.PersonNameExtractor;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    @Test
    void romanisationVariantsAreSuggestedNotMerged() {
        var a = PersonNameExtractor.person("CHEAM", "Dalin");
        var b = PersonNameExtractor.person("CHHEAM", "Dalin");
        assertThat(a.key()).isNotEqualTo(b.key());
        assertThat(resolver.suggest(List.of(a, b))).singleElement()
                .satisfies(s -> assertThat(s.score()).isGreaterThan(0.9));
    }

    @Test
    void differentPeopleAreNotSuggested() {
        var rithy = PersonNameExtractor.person("NGET", "Rithy");
        var leak = PersonNameExtractor.person("KHIEV", "Sreyleak");
        assertThat(resolver.suggest(List.of(rithy, leak))).isEmpty();
    }

    @Test
    void aGivenNameSeenElsewhereIsSuggestedForItsFullName() {
        var full = PersonNameExtractor.person("CHEAM", "Dalin");
        var given = PersonNameExtractor.alias("doc5", "Dalin", full);
        assertThat(resolver.suggest(List.of(full, given))).singleElement()
                .satisfies(s -> assertThat(s.reasons()).isNotEmpty());
    }

    @Test
    void twoNicknamesThatShareOnlyTheirHonorificAreNotSuggested() {
        var leak = PersonNameExtractor.alias("doc3", "Bong Leak", null);
        var long_ = PersonNameExtractor.alias("doc5", "Bong Long", null);
        assertThat(resolver.suggest(List.of(leak, long_))).isEmpty();
    }
}
