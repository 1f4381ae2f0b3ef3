package org.ctipgraph.extraction;

import java.util.List;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * How a case reached the police, as their reports put it: {@code REPORTED} from a complaint by a victim's kin
 * ("complaint of X, father (mother, ...) of Y"), and {@code ARRESTED_IN} from "arrested [date] [at time] at / in
 * PLACE" for the person named before it. Arrest lists are often tables, so the arrested person may stand in an
 * earlier cell of the row rather than in the sentence.
 */
final class ArrestAndComplaintClauses {
    private static final Pattern COMPLAINT = Pattern.compile("(?i)\\b(?:complaint|report) (?:of|by|from)\\s*$");
    private static final Pattern KIN_OF = Pattern.compile("(?i)^,?\\s*(?:the\\s+)?(?:father|mother|brother|sister|husband|wife|uncle|aunt|parent|relative|son|daughter|cousin)\\s+of\\s*$");
    private static final Pattern ARRESTED_AT = Pattern.compile(
            "(?i)\\barrested\\b(?:\\s+on)?(?:\\s+\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\s+\\d{1,2} \\p{L}+ \\d{4})?(?:,?\\s+at \\d{1,2}:\\d{2})?\\s+(?:at|in)\\s+(?:the\\s+)?$");

    private ArrestAndComplaintClauses() {
    }

    /** "complaint of X, father of Y": X {@code REPORTED} Y. */
    static void reported(Clause c, ClauseClaims claims) {
        String text = c.text();
        List<Candidate> in = c.mentions();
        for (int i = 0; i + 1 < in.size(); i++) {
            Candidate a = in.get(i);
            Candidate b = in.get(i + 1);
            if (isPerson(a) && isPerson(b) && COMPLAINT.matcher(text.substring(Math.max(0, a.start() - 25), a.start())).find()
                    && KIN_OF.matcher(text.substring(a.end(), b.start())).find()) {
                claims.add(a, a.entity(), RelationType.REPORTED, b.entity());
            }
        }
    }

    /** A place after "arrested ... at / in" in the clause: the nearest full name before it on the page was arrested there. */
    static void arrested(Clause c, List<Candidate> pageMentions, ClauseClaims claims) {
        String text = c.text();
        for (Candidate place : pageMentions) {
            if (place.start() < c.start() || place.end() > c.end() || !Claims.isPlace(place.entity())) {
                continue;
            }
            if (!ARRESTED_AT.matcher(text.substring(Math.max(c.start(), place.start() - 60), place.start())).find()) {
                continue;
            }
            // The arrested person: the nearest full name before, in this sentence or the row's earlier cells.
            Candidate person = null;
            for (Candidate m : pageMentions) {
                if (m.end() <= place.start() && place.start() - m.end() <= 300 && isPerson(m)
                        && m.entity().key().startsWith("person:")) {
                    person = m;
                }
            }
            if (person != null) {
                claims.add(place, person.entity(), RelationType.ARRESTED_IN, place.entity());
            }
        }
    }

    private static boolean isPerson(Candidate c) {
        return c.entity().label() == NodeLabel.Person;
    }
}
