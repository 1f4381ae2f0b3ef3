package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Bank accounts and wallets. Local account numbers are not IBANs and look like any other digits,
 * so plain digit groups count only when an account cue (bank name, "account", "Wing", "wallet")
 * precedes them in the same clause and no identity/registration cue sits closer. Two formats are
 * distinctive enough to stand alone: ACLEDA's {@code dddd-dd-dddddd-d-d} and TRON (TRC-20)
 * addresses. An abbreviated address ({@code TGmfFu...vqNQ}) is tied to the full address known in
 * the document or case when exactly one matches its head and tail.
 */
public final class BankAccountExtractor implements MentionExtractor {
    private static final Pattern TRON = Pattern.compile("(?<![A-Za-z0-9])T[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9])");
    private static final Pattern TRON_SHORT = Pattern.compile(
            "(?<![A-Za-z0-9])(T[1-9A-HJ-NP-Za-km-z]{3,10})(?:\\.{2,3}|…)([1-9A-HJ-NP-Za-km-z]{3,10})(?![A-Za-z0-9])");
    private static final Pattern ACLEDA = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{6}-\\d-\\d(?![\\d-])");
    private static final Pattern DIGIT_GROUPS = Pattern.compile(
            "(?<![\\d+./-])(?:\\d{3,4}(?: \\d{3,4}){1,3}|\\d{7,16})(?![\\d/-])(?!\\.\\d)");
    private static final Pattern ACCOUNT_CUE = Pattern.compile(
            "(?i)\\b(ABA|ACLEDA|Wing|Canadia|Prince|Sathapana|Wing Bank|TrueMoney|Pi Pay|account(?:s| number| no\\.?)?|a/c|acct\\.?|wallet)\\b");
    private static final Pattern BLOCKING_CUE = Pattern.compile(
            "(?i)\\b(ID|identity|passport|IMEI|registration|reg\\.|invoice|order|ref|reference|tel|phone|mobile|hotline|USD|KHR|THB|riel|\\$)\\b[^\\d]*$");

    @Override
    public String version() {
        return "2";
    }

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.matchText();
        List<Candidate> out = new ArrayList<>();
        Matcher m = TRON.matcher(text);
        while (m.find()) {
            out.add(new Candidate(tronWallet(m.group()), m.start(), m.end(), null, name(), 0.95, 6));
        }
        Matcher shortForm = TRON_SHORT.matcher(text);
        while (shortForm.find()) {
            Matcher sm = shortForm;
            String head = sm.group(1);
            String tail = sm.group(2);
            String written = sm.group();
            Optional<String> full = fullAddressOnPage(text, head, tail);
            EntityRef ref = full.map(BankAccountExtractor::tronWallet)
                    .orElseGet(() -> new EntityRef(NodeLabel.BankAccount, "acct:TRC20:" + head + "..." + tail,
                            written, Map.of("institution", "USDT (TRC-20)", "abbreviated", true)));
            out.add(new Candidate(ref, sm.start(), sm.end(), null, name(), full.isPresent() ? 0.8 : 0.6, 6));
        }
        m = ACLEDA.matcher(text);
        while (m.find()) {
            out.add(new Candidate(account("ACLEDA", m.group()), m.start(), m.end(), null, name(), 0.9, 6));
        }
        m = DIGIT_GROUPS.matcher(text);
        while (m.find()) {
            int s = m.start();
            if (overlaps(out, s, m.end()) || (s >= 2 && text.charAt(s - 1) == ' ' && Character.isDigit(text.charAt(s - 2)))
                    || (m.group().startsWith("0") && !m.group().startsWith("00")
                        && PhoneNumberExtractor.e164(m.group()).isPresent())) {
                continue; // the tail of a longer number, or a phone written with its trunk zero
            }
            String clause = text.substring(clauseStart(text, s), s);
            Matcher cue = ACCOUNT_CUE.matcher(clause);
            String institution = null;
            int cueEnd = -1;
            while (cue.find()) {
                institution = cue.group(1);
                cueEnd = cue.end();
            }
            if (institution == null || BLOCKING_CUE.matcher(clause.substring(cueEnd)).find()) {
                continue;
            }
            out.add(new Candidate(account(institutionName(institution, clause), m.group()), s, m.end(), null, name(),
                    0.85, 6));
        }
        return out;
    }

    /**
     * An abbreviated address stands for the one full address the case knows with its head and tail, before one
     * written on the same page ({@link #scan} settles it with the page alone).
     */
    @Override
    public List<Candidate> lookup(PageView page, ExtractionContext context, List<Candidate> scanned) {
        if (!context.lexicon().hasWallets()) {
            return scanned;
        }
        List<Candidate> out = new ArrayList<>(scanned.size());
        for (Candidate c : scanned) {
            Matcher sm = TRON_SHORT.matcher(page.matchText().substring(c.start(), c.end()));
            Optional<String> full = sm.matches()
                    ? context.lexicon().walletMatching(sm.group(1), sm.group(2)) : Optional.empty();
            out.add(full.map(w -> new Candidate(tronWallet(w), c.start(), c.end(), null, name(), 0.8, 6)).orElse(c));
        }
        return out;
    }

    /** The entity of an account number; the key is the digits alone (see {@code resolution} package docs). */
    public static EntityRef account(String institution, String written) {
        String digits = written.replaceAll("\\D", "");
        Map<String, Object> props = new HashMap<>();
        props.put("account_no", digits);
        if (institution != null) {
            props.put("institution", institution);
        }
        String name = (institution == null ? "" : institution + " ") + written;
        return new EntityRef(NodeLabel.BankAccount, "acct:" + digits, name, props);
    }

    /** The entity of a TRON (TRC-20) address, e.g. a USDT wallet. */
    public static EntityRef tronWallet(String address) {
        return new EntityRef(NodeLabel.BankAccount, "acct:TRC20:" + address, "USDT (TRC-20) " + address,
                Map.of("institution", "USDT (TRC-20)", "account_no", address));
    }

    private static Optional<String> fullAddressOnPage(String text, String head, String tail) {
        Matcher m = TRON.matcher(text);
        String found = null;
        while (m.find()) {
            if (m.group().startsWith(head) && m.group().endsWith(tail)) {
                if (found != null && !found.equals(m.group())) {
                    return Optional.empty();
                }
                found = m.group();
            }
        }
        return Optional.ofNullable(found);
    }

    private static String institutionName(String cue, String clause) {
        String c = cue.toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("aba")) {
            return "ABA";
        }
        if (c.startsWith("acleda")) {
            return "ACLEDA";
        }
        if (c.startsWith("wing")) {
            return "Wing";
        }
        // "account" alone: the nearest bank named earlier in the clause, if any.
        Matcher bank = Pattern.compile("\\b(ABA|ACLEDA|Wing)\\b").matcher(clause);
        String last = null;
        while (bank.find()) {
            last = bank.group(1);
        }
        return last;
    }

    /** Start of the clause containing {@code pos}: back to a sentence end or at most 48 characters. */
    private static int clauseStart(String text, int pos) {
        int limit = Math.max(0, pos - 48);
        for (int i = pos - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == ';' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 0
                    && Character.isLowerCase(text.charAt(i - 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean overlaps(List<Candidate> cs, int s, int e) {
        return cs.stream().anyMatch(c -> c.start() < e && s < c.end());
    }
}
