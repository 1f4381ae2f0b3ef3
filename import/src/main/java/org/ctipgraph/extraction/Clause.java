package org.ctipgraph.extraction;

import java.util.List;

/**
 * One sentence of a page with its parties, named or resolved from pronouns by {@link Antecedents}: what every
 * family of clause relations reads, so that none of them resolves a pronoun on its own terms.
 *
 * @param start      start offset of the sentence in {@link PageView#text()}
 * @param end        end offset (exclusive)
 * @param mentions   the page's settled mentions inside the sentence, parties or not (places, vehicles, numbers)
 * @param parties    the sentence's parties in order of their start
 * @param antecedent the one person "he", "she", "his" and "her" mean in this sentence, or {@code null}
 */
record Clause(PageView page, int start, int end, List<Candidate> mentions, List<Party> parties, Candidate antecedent) {
    String text() {
        return page.text();
    }

    String sentence() {
        return page.text().substring(start, end);
    }

    /** Whoever does what the verb at offset {@code verb} says: the last party before it that can be a subject. */
    Party subjectBefore(int verb) {
        Party best = null;
        for (Party p : parties) {
            if (p.end() <= verb && p.nominative()) {
                best = p;
            }
        }
        return best;
    }
}
