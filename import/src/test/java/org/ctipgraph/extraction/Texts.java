package org.ctipgraph.extraction;

import java.util.List;
import java.util.Map;

/** Builds small documents for specification tests. */
final class Texts {
    private Texts() {
    }

    static DocumentText doc(String text) {
        return new DocumentText("a".repeat(64), "fixture.txt", "text/plain", List.of(new PageText(1, text)), Map.of(), null);
    }

    /** The facts extracted from {@code text}, each as "subject TYPE object" by name. */
    static List<String> relations(String text) {
        return new DocumentExtractor().extract(doc(text)).relations().stream()
                .map(r -> r.subject().name() + " " + r.type() + " " + r.object().name()).toList();
    }

    static List<EntityMention> mentions(String text) {
        return new DocumentExtractor().extract(doc(text)).mentions();
    }

    static List<String> surfaces(String text, org.ctipgraph.schema.NodeLabel label) {
        return mentions(text).stream().filter(m -> m.entity().label() == label).map(EntityMention::surface).toList();
    }

    static List<String> keys(String text, org.ctipgraph.schema.NodeLabel label) {
        return mentions(text).stream().filter(m -> m.entity().label() == label).map(m -> m.entity().key()).toList();
    }
}
