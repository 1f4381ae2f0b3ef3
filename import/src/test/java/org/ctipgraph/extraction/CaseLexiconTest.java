package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lexicon a product pipeline builds from the graph's known entities equals the one learnt in memory. */
class CaseLexiconTest {
    private static DocumentText fixture(String name, String sha) {
        try (var in = CaseLexiconTest.class.getResourceAsStream("/fixtures/lexicon/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new DocumentText(sha.repeat(64), name, "text/plain", List.of(new PageText(1, text)), Map.of(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLexiconOfKnownEntitiesGivesTheSameSecondPassAsExtractCase() {
        var extractor = new DocumentExtractor();
        List<DocumentText> docs = List.of(fixture("report.txt", "a"), fixture("chat.txt", "b"));
        List<Extraction> firstPass = docs.stream().map(extractor::extract).toList();
        List<KnownEntity> known = KnownEntity.from(firstPass);

        CaseLexicon fromGraph = CaseLexicon.of(known);
        List<Extraction> secondPass = docs.stream().map(d -> extractor.extract(d, fromGraph)).toList();

        assertThat(secondPass).isEqualTo(extractor.extractCase(docs));
        // and the case knowledge mattered: the chat's short company form is only found with it
        assertThat(secondPass.get(1).mentions()).extracting(EntityMention::surface).contains("PV Star");
        assertThat(firstPass.get(1).mentions()).extracting(EntityMention::surface).doesNotContain("PV Star");
    }

    @Test
    void knownEntitiesCarryEverySurfaceAndRoleOnce() {
        var extractor = new DocumentExtractor();
        List<KnownEntity> known = KnownEntity.from(List.of(extractor.extract(fixture("report.txt", "a"))));
        KnownEntity sokha = known.stream().filter(k -> k.entity().key().equals("person:meas sokha")).findFirst().orElseThrow();
        assertThat(sokha.surfaces()).contains("MEAS Sokha");
        assertThat(sokha.roles()).containsExactly("suspect", "director"); // each role once, in first-seen order
    }

    @Test
    void occurrencesAreTheWholeWordMatchesOfTheRegularExpressionTheyReplace() {
        String text = "Dalin met Dalin_2 and +Dalin, @Dalin, 1Dalin, Dalin1, ដDalin, Dalinដ, (Dalin). DalinDalin Dalin"
                + " Boss T paid Boss To; Boss T² Boss TⅧ ⅧBoss T Boss T";
        for (String surface : List.of("Dalin", "Boss T", "in", "D", "T")) {
            assertThat(CaseLexicon.occurrences(text, surface)).as(surface)
                    .usingElementComparator((a, b) -> java.util.Arrays.compare(a, b))
                    .containsExactlyElementsOf(regexOccurrences(text, surface));
        }
    }

    private static List<int[]> regexOccurrences(String text, String surface) {
        List<int[]> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_+@])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}_])").matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
