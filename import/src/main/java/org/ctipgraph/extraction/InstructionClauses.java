package org.ctipgraph.extraction;

import java.util.List;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * {@code INSTRUCTED}: who gives orders to whom, the chain of command a case has to show. Stated as an order given
 * ("X told (ordered, asked) Y to ..."), as an act done on someone's order ("... on the order of X"), or as an order
 * relayed in a letter ("Lok Sokha says please send ..."), which goes to the person the letter greets ("Dear X," or
 * "X," opening it). The greeting holds for the sentences after it, so one instance reads one page.
 */
final class InstructionClauses {
    private static final Pattern TOLD_TO = Pattern.compile("(?i)\\b(?:told|ordered|instructed|asked)\\s*$");
    private static final Pattern ORDER_OF = Pattern.compile("(?i)\\b(?:on the orders? of|on the instructions? of|instructed by|ordered by|at the request of)\\s*$");
    private static final Pattern QUOTED_ORDER = Pattern.compile("(?i)^\\s+(?:says?|said|wants?|asks?|asked)\\s+(?:that\\s+)?(?:you\\s+)?(?:please|pls|to)\\b");

    private EntityRef greeted;

    void read(Clause c, ClauseClaims claims) {
        EntityRef greeting = greeting(c);
        if (greeting != null) {
            greeted = greeting;
        }
        String text = c.text();
        for (Party r : c.parties()) {
            String before = text.substring(Math.max(c.start(), r.start() - 25), r.start());
            String after = text.substring(r.end(), Math.min(c.end(), r.end() + 4));
            if (r.named() && TOLD_TO.matcher(before).find() && after.startsWith(" to ")) {
                // The one who told is the sentence's subject, not a party of a clause in between.
                Party boss = c.parties().stream().filter(x -> x.nominative() && x.end() <= r.start()).findFirst().orElse(null);
                if (boss != null && boss.named()) {
                    claims.add(c, boss, RelationType.INSTRUCTED, r);
                }
            }
            if (r.named() && greeted != null && greeted.key() != null && !greeted.key().equals(r.entities().get(0).key())
                    && QUOTED_ORDER.matcher(text.substring(r.end(), Math.min(c.end(), r.end() + 30))).find()) {
                Party addressee = new Party(List.of(greeted), r.start(), r.end(), true, true, true, r.anchor());
                claims.add(c, r, RelationType.INSTRUCTED, addressee);
            }
            if (r.named() && ORDER_OF.matcher(before).find()) {
                Party doer = c.parties().stream().filter(x -> x.nominative() && x.start() < r.start()).findFirst().orElse(null);
                if (doer != null) {
                    claims.add(c, r, RelationType.INSTRUCTED, doer);
                }
            }
        }
    }

    /** A salutation line "Dear X," or "X," that opens a message: later orders in it are addressed to X. */
    private static EntityRef greeting(Clause clause) {
        PageView page = clause.page();
        String original = page.original();
        for (Candidate c : clause.mentions()) {
            if (c.entity().label() != NodeLabel.Person) {
                continue;
            }
            int os = page.originalStart(c.start());
            int oe = page.originalEnd(c.end());
            String lineBefore = original.substring(original.lastIndexOf('\n', Math.max(0, os - 1)) + 1, os);
            String rest = original.substring(oe, Math.min(original.length(), oe + 3));
            if (lineBefore.matches("[>\\s]*(?:(?i:dear|hi|hello)\\s+)?") && rest.matches("(?s),\\s*(\\n.*)?")) {
                return c.entity();
            }
        }
        return null;
    }
}
