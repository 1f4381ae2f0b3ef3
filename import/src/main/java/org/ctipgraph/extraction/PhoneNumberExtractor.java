package org.ctipgraph.extraction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Phone numbers with libphonenumber. Cambodia is the default region; a number written without a
 * leading {@code +} but starting with a country code of the region (855, 66, 84, 86) is read as
 * international, as operators export them ({@code 855973182264}). Written forms that are not
 * phones are refused: anything preceded by an identity, passport, IMEI, account or registration
 * cue, and digit strings without a trunk {@code 0}, a {@code +} or a country code (account numbers
 * like {@code 1126 5043} would otherwise parse as Cambodian mobiles). Khmer digits are folded by
 * {@link PageView}.
 */
public final class PhoneNumberExtractor implements MentionExtractor {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "KH";
    /** Operators and handset exports drop the '+': these country codes are accepted bare. */
    private static final List<String> BARE_COUNTRY_CODES = List.of("855", "66", "84", "86");
    private static final Pattern BARE_INTERNATIONAL = Pattern.compile("(?<![\\d+])(?:855|66|84|86)\\d{8,11}(?!\\d)");
    /** A cue shortly before a number that says it is not a phone. */
    private static final Pattern NOT_A_PHONE_CUE = Pattern.compile(
            "(?i)(\\bID\\b|identity|passport|IMEI|account|a/c|acct|registration|reg\\.|\\bNo\\.|wallet|serial|SEQ|invoice|ref\\.?|reference|order)"
                    + "[\\s:#.\\-]*(?:no\\.?|number|card)?[\\s:#.]*$");

    private static final Pattern DATE_INSIDE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    @Override
    public String version() {
        return "2";
    }

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.matchText();
        List<Candidate> out = new ArrayList<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(text, DEFAULT_REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            String raw = m.rawString();
            if (!looksLikePhone(raw) || refusedByContext(text, m.start()) || DATE_INSIDE.matcher(raw).find()
                    || (m.start() > 0 && "/-.".indexOf(text.charAt(m.start() - 1)) >= 0)) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            // libphonenumber keeps an opening bracket whose closing one is not part of the number.
            if (raw.startsWith("(") && !raw.contains(")")) {
                start++;
            }
            if (raw.endsWith(")") && !raw.contains("(")) {
                end--;
            }
            out.add(candidate(m.number(), start, end, 0.95));
        }
        Matcher bare = BARE_INTERNATIONAL.matcher(text);
        while (bare.find()) {
            if (refusedByContext(text, bare.start()) || overlapsAny(out, bare.start(), bare.end())) {
                continue;
            }
            parse("+" + bare.group()).ifPresent(n -> out.add(candidate(n, bare.start(), bare.end(), 0.9)));
        }
        return out;
    }

    /** The E.164 form of a written number, if it is a valid phone number (Cambodia by default). */
    public static Optional<String> e164(String written) {
        String s = PageView.foldDigits(written).strip();
        String digits = s.replaceAll("\\D", "");
        if (!s.startsWith("+") && !s.startsWith("(+") && !s.startsWith("0")) {
            for (String cc : BARE_COUNTRY_CODES) {
                if (digits.startsWith(cc) && digits.length() >= cc.length() + 8) {
                    s = "+" + digits;
                    break;
                }
            }
        }
        return parse(s).map(n -> UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** The graph entity for an E.164 number. */
    public static EntityRef entity(String e164) {
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("e164", e164);
        parse(e164).ifPresent(n -> {
            props.put("region", UTIL.getRegionCodeForNumber(n));
        });
        return new EntityRef(NodeLabel.PhoneNumber, e164, e164, props);
    }

    private Candidate candidate(PhoneNumber n, int start, int end, double confidence) {
        String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        return new Candidate(entity(e164), start, end, null, name(), confidence, 5);
    }

    private static Optional<PhoneNumber> parse(String s) {
        try {
            PhoneNumber n = UTIL.parse(s, DEFAULT_REGION);
            return UTIL.isValidNumber(n) ? Optional.of(n) : Optional.empty();
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Written forms a person would use for a phone: a '+', a trunk zero, or a bare country code. */
    private static boolean looksLikePhone(String raw) {
        String s = raw.strip();
        if (s.startsWith("+") || s.startsWith("(+") || s.startsWith("0") || s.startsWith("(0")) {
            return true;
        }
        String digits = s.replaceAll("\\D", "");
        return BARE_COUNTRY_CODES.stream().anyMatch(cc -> digits.startsWith(cc) && digits.length() >= cc.length() + 8);
    }

    private static boolean refusedByContext(String text, int start) {
        String before = text.substring(Math.max(0, start - 24), start);
        return NOT_A_PHONE_CUE.matcher(before).find();
    }

    private static boolean overlapsAny(List<Candidate> cs, int s, int e) {
        return cs.stream().anyMatch(c -> c.start() < e && s < c.end());
    }
}
