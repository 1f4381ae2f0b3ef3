package org.ctipgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Money between parties as statements tell it: {@code OWES_DEBT_TO} from a debt someone claims ("X said (told Y)
 * that Y owed ..."), the one who says so being the creditor, as it is the exploiter who tells a victim what they
 * owe; {@code PAID} from a payment with its amount right after the payee ("X pays Y USD 300") or money handed over
 * ("X hands the cash (80%, USD 500) to Y"), and {@code HOLDS_ACCOUNT} for the payee of the account the payment
 * went into ("... through Wing account 1093 7725").
 */
final class DebtAndPaymentClauses {
    private static final Pattern OWED = Pattern.compile("(?i)\\b(?:owed|owes|owe)\\b");
    private static final Pattern PAYS = Pattern.compile("(?i)\\b(?:pays|paid|pay|paying)\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)^\\s*(?:USD|KHR|THB|USDT|US\\$|\\$|riel|baht)\\s*[\\d,.]+|^\\s*[\\d,.]+\\s*(?:USD|KHR|THB|USDT|riel|baht|dollars)");
    private static final Pattern PAID_INTO = Pattern.compile(
            "(?i)\\b(?:through|via|into|to|on)\\s+(?:(?:the|his|her|their|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern HAND_OVER = Pattern.compile(
            "(?i)\\b(?:hand|hands|handed|handing|give|gives|gave|giving)\\b(?:\\s+over|\\s+back)?\\s+[^.]{0,40}?"
                    + "(?:\\bcash\\b|\\bmoney\\b|\\bUSD\\b|\\bKHR\\b|\\bTHB\\b|\\briel\\b|\\bdollars\\b|%|\\bpayment\\b|\\bcommission\\b)"
                    + "[^.]{0,20}?\\bto\\s+$");

    private DebtAndPaymentClauses() {
    }

    /** "X said that Y owed ...": Y {@code OWES_DEBT_TO} X, the one who said so. */
    static void owed(Clause c, ClauseClaims claims) {
        String sentence = c.sentence();
        Matcher m = OWED.matcher(sentence);
        while (m.find()) {
            int v = c.start() + m.start();
            int that = sentence.lastIndexOf(" that ", m.start());
            if (that < 0) {
                continue;
            }
            int thatAt = c.start() + that;
            Party debtor = c.parties().stream().filter(r -> r.start() > thatAt && r.end() <= v).reduce((a, b) -> b).orElse(null);
            Party creditor = c.parties().stream().filter(r -> r.end() <= thatAt && r.nominative()).reduce((a, b) -> b).orElse(null);
            if (debtor == null || creditor == null) {
                continue;
            }
            // "told each of them that she owed": the debtor is whoever was told.
            Party told = c.parties().stream()
                    .filter(r -> r.start() > creditor.end() && r.end() <= thatAt && r.objective() && !r.named())
                    .findFirst().orElse(null);
            if (!debtor.named() && told != null) {
                debtor = told;
            }
            if (!c.text().substring(creditor.end(), thatAt).matches("(?is).*\\b(said|told|says|tells|claimed|stated)\\b.*")) {
                continue;
            }
            claims.add(c, debtor, RelationType.OWES_DEBT_TO, creditor);
        }
    }

    /** "X pays Y USD 300 (through ACCOUNT)" and "X hands the cash to Y": X {@code PAID} Y. */
    static void paid(Clause c, ClauseClaims claims) {
        String text = c.text();
        Matcher pay = PAYS.matcher(c.sentence());
        while (pay.find()) {
            int v = c.start() + pay.start();
            int after = c.start() + pay.end();
            Party payer = c.subjectBefore(v);
            Party payee = c.parties().stream().filter(r -> r.named() && r.start() >= after).findFirst().orElse(null);
            if (payer != null && payee != null && payee.start() - after <= 2
                    && MONEY.matcher(text.substring(payee.end(), Math.min(c.end(), payee.end() + 25))).find()) {
                claims.add(c, payer, RelationType.PAID, payee);
                paidInto(c, payee, claims);
            }
        }
        for (Party payee : c.parties()) {
            Matcher hand = HAND_OVER.matcher(text.substring(Math.max(c.start(), payee.start() - 80), payee.start()));
            if (payee.named() && hand.find()) {
                Party payer = c.subjectBefore(Math.max(c.start(), payee.start() - 80) + hand.start());
                if (payer != null) {
                    claims.add(c, payer, RelationType.PAID, payee);
                }
            }
        }
    }

    /** "pays X USD 300 ... through Wing account 1093 7725": the first account after the payee is the one paid into. */
    private static void paidInto(Clause c, Party payee, ClauseClaims claims) {
        for (Candidate account : c.mentions()) {
            if (account.entity().label() == NodeLabel.BankAccount && account.start() > payee.end() && payee.named()
                    && PAID_INTO.matcher(c.text().substring(Math.max(payee.end(), account.start() - 40), account.start())).find()) {
                claims.add(account, payee.entities().get(0), RelationType.HOLDS_ACCOUNT, account.entity());
                break;
            }
        }
    }
}
