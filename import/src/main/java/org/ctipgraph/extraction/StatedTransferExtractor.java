package org.ctipgraph.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Money totals stated in prose, as prosecutors and analysts summarise a ledger: "X paid 15,600 USDT in three
 * transfers (3 May, 2 June and 1 July 2025) into the TRC-20 wallet W", "X transferred a total of USD 4,000 to
 * account A". A total over several transfers is an entity-level aggregate ({@code amount_total}, {@code currency},
 * {@code n_transfers}, {@code dates}, {@code via}), so its payee is the holder of the receiving account; prose
 * without a transaction reference cannot name one account-level transaction. The holder comes from the same
 * document ({@link #toHolders}): a total into an account whose holder the document does not name claims nothing.
 */
final class StatedTransferExtractor {
    static final String NAME = "StatedTransferExtractor";
    private static final String CURRENCY = "USDT|USD|KHR|THB|CNY|EUR|riel|baht|dollars";
    private static final String AMOUNT = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** The verb and the total: "paid 15,600 USDT", "transferred a total of USD 4,000", "sent $900". */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:paid|transferred|sent|deposited|wired|remitted|moved)\\s+"
            + "(?:a\\s+total\\s+of\\s+|in\\s+total\\s+)?(?:(?<cur1>" + CURRENCY + "|US\\$|\\$)\\s?(?<amt1>" + AMOUNT + ")|(?<amt2>" + AMOUNT
            + ")\\s?(?<cur2>" + CURRENCY + "))\\b");
    /** What makes the amount a total: "in three transfers", "in 4 payments", "a total of". */
    private static final Pattern SEVERAL = Pattern.compile("(?i)\\bin\\s+(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve)\\s+(?:separate\\s+)?(?:transfers|payments|instalments|installments|transactions|deposits|remittances)\\b");
    private static final Pattern TOTAL_WORDS = Pattern.compile("(?i)\\b(?:a\\s+total\\s+of|in\\s+total)\\b");
    /** The words between the total (and its dates) and the receiving account: "into the TRC-20 wallet". */
    private static final Pattern INTO = Pattern.compile("(?i)\\b(?:into|to|on)\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?"
            + "(?:[\\p{L}\\d-]+\\s+){0,3}?(?:wallet|account|address)?\\s*(?:no\\.?\\s*|number\\s*)?$");
    private static final List<String> WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (\\p{Lu}\\p{Ll}+)(?=(?:,| and) )");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH);

    /** Totals paid into an account on one page, each claimed between the payer and that account (see {@link #toHolders}). */
    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        String text = page.text();
        List<RelationClaim> out = new ArrayList<>();
        for (int[] s : page.sentences()) {
            Matcher total = TOTAL.matcher(text.substring(s[0], s[1]));
            while (total.find()) {
                int verb = s[0] + total.start();
                int after = s[0] + total.end();
                Candidate payer = null;
                for (Candidate c : mentions) {
                    if (c.start() >= s[0] && c.end() <= verb && isParty(c.entity())) {
                        payer = c;
                    }
                }
                Candidate account = mentions.stream().filter(c -> c.start() >= after && c.end() <= s[1]
                        && c.entity().label() == NodeLabel.BankAccount).findFirst().orElse(null);
                // The payer is the clause's subject, right before the verb ("X, born 1980, paid ..."), not a name further back.
                if (payer == null || account == null || verb - payer.end() > 60) {
                    continue;
                }
                String between = text.substring(after, account.start());
                Matcher several = SEVERAL.matcher(between);
                boolean counted = several.find();
                boolean isTotal = counted || TOTAL_WORDS.matcher(total.group()).find();
                if (!isTotal || between.length() > 160 || !INTO.matcher(between.replaceAll("\\([^()]*\\)", " ")).find()) {
                    continue;
                }
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("amount_total", new BigDecimal(amount(total)).doubleValue());
                props.put("currency", currency(total));
                List<String> dates = dates(between);
                int n = counted ? count(several.group("n")) : dates.size();
                if (n > 0) {
                    props.put("n_transfers", n);
                }
                if (!dates.isEmpty()) {
                    props.put("dates", dates);
                }
                props.put("via", account.entity().name());
                out.add(Claims.of(page, doc, NAME, payer.start(), account.end(), payer.entity(), RelationType.TRANSFERRED_TO,
                        account.entity(), props));
            }
        }
        return out;
    }

    /**
     * The document's stated totals, each moved from the receiving account to its holder as the document names it
     * ({@code HOLDS_ACCOUNT}, exactly one holder other than the payer); totals whose holder it does not name are
     * dropped. Every other claim is returned unchanged.
     */
    static List<RelationClaim> toHolders(List<RelationClaim> claims) {
        List<RelationClaim> out = new ArrayList<>(claims.size());
        for (RelationClaim c : claims) {
            if (!NAME.equals(c.evidence().extractor()) || c.type() != RelationType.TRANSFERRED_TO) {
                out.add(c);
                continue;
            }
            List<EntityRef> holders = claims.stream()
                    .filter(h -> h.type() == RelationType.HOLDS_ACCOUNT && h.object().key().equals(c.object().key())
                            && isParty(h.subject()) && !h.subject().key().equals(c.subject().key()))
                    .map(RelationClaim::subject).distinct().toList();
            if (holders.size() == 1) {
                out.add(new RelationClaim(c.subject(), c.type(), holders.get(0), c.properties(), c.evidence()));
            }
        }
        return out;
    }

    private static boolean isParty(EntityRef e) {
        return e.label() == NodeLabel.Person || e.label() == NodeLabel.Company;
    }

    private static String amount(Matcher m) {
        return (m.group("amt1") != null ? m.group("amt1") : m.group("amt2")).replace(",", "");
    }

    private static String currency(Matcher m) {
        String c = m.group("cur1") != null ? m.group("cur1") : m.group("cur2");
        return switch (c.toLowerCase(Locale.ROOT)) {
            case "$", "us$", "dollars" -> "USD";
            case "riel" -> "KHR";
            case "baht" -> "THB";
            default -> c.toUpperCase(Locale.ROOT);
        };
    }

    private static int count(String n) {
        int i = WORDS.indexOf(n.toLowerCase(Locale.ROOT));
        return i >= 0 ? i + 2 : Integer.parseInt(n);
    }

    /**
     * ISO dates of a list such as "(3 November 2025, 2 December 2025 and 3 January 2026)"; a day and month without a
     * year ("3 May and 10 June 2025") take the year of the next full date.
     */
    static List<String> dates(String s) {
        List<String> out = new ArrayList<>();
        Matcher full = DATE.matcher(s);
        int from = 0;
        while (full.find()) {
            Matcher partial = DAY_MONTH.matcher(s.substring(from, full.start()));
            String year = full.group(1).substring(full.group(1).length() - 4);
            while (partial.find()) {
                add(out, partial.group(1) + " " + partial.group(2) + " " + year);
            }
            add(out, full.group(1));
            from = full.end();
        }
        return out;
    }

    private static void add(List<String> out, String date) {
        for (DateTimeFormatter f : List.of(LONG, SLASHED)) {
            try {
                out.add(LocalDate.parse(date, f).toString());
                return;
            } catch (DateTimeParseException e) {
                // not this form; the other may read it
            }
        }
    }
}
