package org.ctipgraph.extraction;

import java.util.regex.Matcher;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * {@code USES_PHONE} from "(his / her) own number was PHONE": the number is the person the pronoun means (the
 * speaker of a statement paragraph, or the previous sentence's subject), not the nearest name before it, which in
 * "LY Dara took the phones of the workers (his own number was ...)" is someone else. A number after "my" or
 * "their" claims nothing here, nor in {@link TextRelationExtractor}, which leaves every possessive number alone.
 */
final class OwnNumberClauses {
    private OwnNumberClauses() {
    }

    static void read(Clause c, ClauseClaims claims) {
        Candidate owner = c.antecedent();
        if (owner == null) {
            return;
        }
        for (Candidate phone : c.mentions()) {
            if (phone.entity().label() != NodeLabel.PhoneNumber) {
                continue;
            }
            String before = c.text().substring(Math.max(c.start(), phone.start() - 30), phone.start());
            Matcher m = TextRelationExtractor.POSSESSIVE_PHONE.matcher(before);
            if (m.find() && !m.group(1).equalsIgnoreCase("my") && !m.group(1).equalsIgnoreCase("their")) {
                claims.add(phone, owner.entity(), RelationType.USES_PHONE, phone.entity());
            }
        }
    }
}
