package org.ctipgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.RelationType;

/**
 * {@code HARBOURED} from identity documents taken away: "X kept / took / withheld their passports (ID cards,
 * papers)". Keeping a person's documents is how a keeper holds them, so the keeper harbours the owner of the
 * documents, the person the possessive means; the keeper must be named. The keeper of a place and the people found
 * held there are {@link PlaceKeeperExtractor}'s.
 */
final class HarbouringClauses {
    private static final Pattern DOCUMENTS_WITHHELD = Pattern.compile(
            "(?i)\\b(?:kept|took|confiscated|withheld|held|seized)\\s+(their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:passports?|ID cards?|identity cards?|identity documents?|documents|papers|ID)\\b");

    private HarbouringClauses() {
    }

    static void read(Clause c, ClauseClaims claims) {
        Matcher m = DOCUMENTS_WITHHELD.matcher(c.sentence());
        while (m.find()) {
            int v = c.start() + m.start();
            int owner = c.start() + m.start(1);
            Party keeper = c.subjectBefore(v);
            Party kept = c.parties().stream().filter(r -> r.start() == owner).findFirst().orElse(null);
            if (keeper != null && kept != null && keeper.named()) {
                claims.add(c, keeper, RelationType.HARBOURED, kept);
            }
        }
    }
}
