package org.ctipgraph.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces what identifies a protected victim in any text with their pseudonym, whatever form it takes:
 * every written form of the name (case-insensitive, across line breaks and underscores, Khmer script
 * too), single name words that no one else in the case bears, any phone number whose digits end in one of
 * theirs (national, international, dashed, Khmer digits), and any date equal to one of their birth dates in
 * any common notation. Replacements are bracketed ({@code [V-03]}), so a reader sees that something was
 * removed and {@link PackageVerifier} can still match the quote against the original page.
 */
final class Redactor {
    /** What a replacement looks like: verification treats each as a wildcard. */
    static final Pattern MARK = Pattern.compile("\\[V-\\d{2,}(?: [a-z ]+)?]|\\[victim name]");
    private static final int PHONE_DIGITS = 8;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9\\u17E0-\\u17E9][0-9\\u17E0-\\u17E9 ().\\-]{6,}[0-9\\u17E0-\\u17E9]");
    private static final String MONTHS = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)? " + MONTHS + ",? \\d{4}|" + MONTHS + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b");
    private static final Pattern BORN_YEAR = Pattern.compile("(?i)\\b(born(?: in)?\\s+)(\\d{4})\\b");
    private static final int MIN_WORD = 3;
    private static final String KEEP = "";

    /** One protected person: pseudonym and what identifies them. */
    record Protected(String pseudonym, List<String> names, List<String> phones, List<LocalDate> birthDates,
                     List<Long> birthYears) {
    }

    private final Map<String, String> phoneTails = new LinkedHashMap<>();
    private final Map<LocalDate, String> dates = new HashMap<>();
    private final Map<Long, String> years = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Pattern namePattern;

    /**
     * @param people     the protected victims
     * @param otherNames names of everyone else in the case: a word of theirs is never redacted on its own
     */
    Redactor(List<Protected> people, List<String> otherNames) {
        Set<String> othersWords = otherNames.stream().flatMap(n -> words(n).stream()).collect(Collectors.toSet());
        Map<String, String> words = new HashMap<>();
        for (Protected p : people) {
            for (String name : p.names()) {
                String key = normalise(name);
                if (key.length() >= MIN_WORD) {
                    names.putIfAbsent(key, p.pseudonym());
                }
                for (String w : words(name)) {
                    if (!othersWords.contains(w)) {
                        words.merge(w, p.pseudonym(), (a, b) -> a.equals(b) ? a : "victim name");
                    }
                }
            }
            for (String phone : p.phones()) {
                String digits = digits(phone);
                if (digits.length() >= PHONE_DIGITS) {
                    phoneTails.putIfAbsent(digits.substring(digits.length() - PHONE_DIGITS), p.pseudonym());
                }
            }
            p.birthDates().forEach(d -> dates.putIfAbsent(d, p.pseudonym()));
            p.birthYears().forEach(y -> years.putIfAbsent(y, p.pseudonym()));
        }
        words.forEach(names::putIfAbsent);
        // Everyone else's full names match too, and are kept as written: the longer name wins, so a victim's
        // given name inside another person's full name is not mistaken for the victim.
        // A name that contains a victim's own written form is not kept, though: it is most likely the same victim
        // split into another entity ("Van Kosal" beside "VANN Kosal"), and protecting a victim outweighs
        // showing a name in full.
        Set<String> victimForms = new HashSet<>();
        people.forEach(p -> p.names().stream().map(Redactor::normalise).filter(n -> n.length() >= MIN_WORD)
                .forEach(victimForms::add));
        otherNames.stream().map(Redactor::normalise).filter(n -> n.length() >= MIN_WORD)
                .filter(n -> victimForms.stream().noneMatch(v -> containsWords(n, v)))
                .forEach(n -> names.putIfAbsent(n, KEEP));
        List<String> alternatives = names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(n -> Pattern.quote(n).replace(" ", "\\E[\\s_]+\\Q")).toList();
        namePattern = alternatives.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}+])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean containsWords(String text, String form) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    boolean isEmpty() {
        return names.values().stream().allMatch(KEEP::equals) && phoneTails.isEmpty() && dates.isEmpty() && years.isEmpty();
    }

    /** The text with every identifying form replaced; {@code null} stays {@code null}. */
    String redact(String text) {
        if (text == null || text.isEmpty() || isEmpty()) {
            return text;
        }
        String out = replace(text, PHONE, m -> {
            String digits = digits(m.group());
            return digits.length() >= PHONE_DIGITS ? mark(phoneTails.get(digits.substring(digits.length() - PHONE_DIGITS)), "phone") : null;
        });
        out = replace(out, DATE, m -> {
            LocalDate d = parseDate(m.group());
            return d == null ? null : mark(dates.get(d), "date of birth");
        });
        out = replace(out, BORN_YEAR, m -> {
            String who = years.get(Long.parseLong(m.group(2)));
            return who == null ? null : m.group(1) + mark(who, "birth year");
        });
        if (namePattern != null) {
            out = replace(out, namePattern, m -> {
                String who = names.get(normalise(m.group()));
                if (who == null || who.equals(KEEP)) {
                    return m.group();
                }
                return who.equals("victim name") ? "[victim name]" : "[" + who + "]";
            });
        }
        return out;
    }

    private static String mark(String pseudonym, String what) {
        return pseudonym == null ? null : "[" + pseudonym + " " + what + "]";
    }

    private static String replace(String text, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String r = replacement.apply(m);
            if (r != null) {
                sb.append(text, last, m.start()).append(r);
                last = m.end();
            }
        }
        return last == 0 ? text : sb.append(text, last, text.length()).toString();
    }

    static String normalise(String s) {
        return s.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    }

    /** Name words long enough to identify (short honorifics and initials are not). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : normalise(name).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (w.codePointCount(0, w.length()) >= MIN_WORD) {
                out.add(w);
            }
        }
        return out;
    }

    static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c >= '0' && c <= '9') {
                sb.append((char) c);
            } else if (c >= 0x17E0 && c <= 0x17E9) {
                sb.append((char) ('0' + c - 0x17E0));
            }
        });
        return sb.toString();
    }

    private static final List<DateTimeFormatter> FORMATS = List.of("d/M/uuuu", "d.M.uuuu", "d-M-uuuu", "uuuu-MM-dd",
            "d MMM uuuu", "d MMMM uuuu", "MMM d uuuu", "MMMM d uuuu").stream()
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();

    static LocalDate parseDate(String s) {
        String clean = s.replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1").replace(",", "").replaceAll("(\\p{L})\\.", "$1")
                .replaceAll("(?i)\\bsept\\b", "Sep").strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(capitaliseMonth(clean), f);
            } catch (DateTimeParseException e) {
                // not this notation
            }
        }
        return null;
    }

    private static String capitaliseMonth(String s) {
        Matcher m = Pattern.compile("\\p{L}+").matcher(s);
        return m.find() ? s.substring(0, m.start()) + s.substring(m.start(), m.start() + 1).toUpperCase(Locale.ROOT)
                + s.substring(m.start() + 1, m.end()).toLowerCase(Locale.ROOT) + s.substring(m.end()) : s;
    }
}
