package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Companies named with a legal form ("Sunrise Career Link Co., Ltd.", "NEAK MEAS ENTERTAINMENT CO.,
 * LTD."). The name is the run of capitalised words right before the legal form; the run stops at a
 * lower-case word, punctuation, a number or a narrative word ("TRF FROM ..."). Banks are
 * institutions, not case companies, and are skipped. The key is the lower-cased name without the
 * legal form, so "Sunrise Career Link" and "SUNRISE CAREER LINK CO., LTD." are one company; shorter
 * forms found elsewhere come through the {@link CaseLexicon}.
 */
public final class CompanyExtractor implements MentionExtractor {
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?<=\\s)(Co\\.,? ?Ltd\\.?|CO\\.,? ?LTD\\.?|Company Limited|COMPANY LIMITED|Limited|LIMITED|Ltd\\.|LTD\\.|Plc\\.|PLC|LLC|Inc\\.)");
    private static final Pattern WORD = Pattern.compile("[\\p{Lu}][\\p{L}&'\\-]*|&");
    private static final Set<String> NARRATIVE = Set.of("TRF", "FROM", "TO", "BY", "FOR", "OF", "THE", "AND", "PAY",
            "PAYMENT", "WITH", "IN", "AT", "ON", "BILL", "LICENSEE", "ACCOUNT", "NAME", "TRANSFER", "WING", "CASH",
            "DEPOSIT", "WITHDRAWAL", "SHAREHOLDERS", "DIRECTORS", "REGISTERED", "OWNER", "BETWEEN", "SEE", "AN", "A",
            "DEAR", "AGENCY");
    private static final int MAX_WORDS = 6;
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?i)[,\\s]*(co\\.,? ?ltd\\.?|company limited|limited|ltd\\.?|plc\\.?|llc|inc\\.?)\\s*$");
    private static final Pattern NOT_KEY_CHARS = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = LEGAL_FORM.matcher(text);
        while (m.find()) {
            boolean upper = m.group().equals(m.group().toUpperCase(Locale.ROOT));
            int nameStart = nameStartBefore(text, m.start() - 1, upper);
            if (nameStart < 0) {
                continue;
            }
            nameStart = page.startAfterLastBreak(nameStart, m.start(), context.lineBreaksSeparate());
            if (nameStart >= m.start() - 1) {
                continue;
            }
            String base = text.substring(nameStart, m.start()).strip();
            if (base.toLowerCase(Locale.ROOT).contains("bank") || base.split(" ").length < 1) {
                continue;
            }
            String surface = text.substring(nameStart, m.end());
            out.add(new Candidate(company(base), nameStart, m.end(), null, name(), 0.9, 8));
        }
        return out;
    }

    /** Short forms of the case's companies ("KK Horizon"). */
    @Override
    public List<Candidate> lookup(PageView page, ExtractionContext context, List<Candidate> scanned) {
        String text = page.text();
        List<Candidate> out = new ArrayList<>(scanned);
        for (CaseLexicon.Alias a : context.lexicon().companyShortForms()) {
            for (int[] span : CaseLexicon.occurrences(text, a.surface())) {
                out.add(new Candidate(a.entity(), span[0], span[1], null, name(), 0.75, 8));
            }
        }
        return out;
    }

    /** The entity of a company named {@code base} (legal form removed). */
    public static EntityRef company(String base) {
        String display = CaseLexicon.titleCase(base) + " Co., Ltd.";
        return new EntityRef(NodeLabel.Company, key(base), display, Map.of());
    }

    /** Graph key of a company name, with or without its legal form. */
    public static String key(String name) {
        return "company:" + NOT_KEY_CHARS.matcher(withoutLegalSuffix(name).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The name without "Co., Ltd." and similar. */
    public static String withoutLegalSuffix(String name) {
        return LEGAL_SUFFIX.matcher(name).replaceAll("").strip();
    }

    /** Start of the run of capitalised words ending at {@code end} (inclusive index of the space), or -1. */
    private static int nameStartBefore(String text, int end, boolean upper) {
        int i = end;
        int start = -1;
        int words = 0;
        while (i > 0 && words < MAX_WORDS) {
            int wEnd = i;
            int wStart = wEnd;
            while (wStart > 0 && !Character.isWhitespace(text.charAt(wStart - 1))) {
                wStart--;
            }
            String w = text.substring(wStart, wEnd);
            int lead = 0;
            while (lead < w.length() && "(\"'“[".indexOf(w.charAt(lead)) >= 0) {
                lead++; // "(Koh Kong Horizon ...": the bracket opens the name
            }
            w = w.substring(lead);
            boolean caseFits = !upper || w.equals(w.toUpperCase(Locale.ROOT));
            if (w.isEmpty() || !WORD.matcher(w).matches() || NARRATIVE.contains(w.toUpperCase(Locale.ROOT)) || !caseFits) {
                break;
            }
            start = wStart + lead;
            if (lead > 0) {
                break;
            }
            words++;
            i = wStart - 1;
            if (i < 0 || text.charAt(i) != ' ') {
                break;
            }
        }
        return start;
    }
}
