package org.ctipgraph.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Birth dates, birth years, ages and "minor" cues a document states right after a person's name
 * ("ROEUN Sreynuch … 16 (family book, born 03/05/2009)", "SUON Chanmony, female, born 1984",
 * "Date of birth … 03/05/2009 - 16 years old - MINOR", "Under 18 ☒ yes") or right before it ("the
 * minor ROEUN Sreynuch"). They are what identifies a victim beyond the name and what decides that a
 * victim is a child, so evidence packages can protect them. A cue counts for the nearest person named
 * before it on the page, never across another person's name; every date a document gives is kept
 * (papers falsify birth dates, and each one written down identifies the person).
 */
final class PersonParticulars {
    /** Birth-date property on a Person: every ISO date a document states as the person's birth date. */
    static final String BIRTH_DATES = "birthDates";
    /** Birth years stated without a full date. */
    static final String BIRTH_YEARS = "birthYears";
    /** Ages stated (at the time of the document). */
    static final String AGES = "ages";
    /** True once any document says the person is under 18. */
    static final String MINOR = "minor";

    private static final int WINDOW = 240;
    private static final String DATE = "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})";
    private static final Pattern BORN = Pattern.compile("(?i)\\b(?:born|date of birth|d\\.?o\\.?b\\.?)\\b[^0-9\\n]{0,40}?(?:"
            + DATE + "|(\\d{4})\\b)");
    private static final Pattern AGE = Pattern.compile("(?i)(?:\\b(\\d{1,2})\\s*(?:years?|yrs?)[ -]old\\b"
            + "|\\bage[d:]?\\s*(\\d{1,2})\\b|\\b(\\d{1,2})\\s*\\((?=[^)]{0,40}\\bborn\\b))");
    private static final Pattern MINOR_AFTER = Pattern.compile("(?i)\\bMINOR\\b|\\bunder 18\\b[^.\\n]{0,12}(?:☒|\\[x]|\\byes\\b)");
    private static final Pattern MINOR_BEFORE = Pattern.compile("(?i)\\b(?:the |a )?(?:rescued )?minor(?: victim| girl| boy)?\\s*$");
    private static final int ADULT = 18;

    private PersonParticulars() {
    }

    /** What one document says about the age of each person key it names. */
    record Particulars(TreeSet<String> birthDates, TreeSet<Long> birthYears, TreeSet<Long> ages, boolean minor) {
        Map<String, Object> asProperties() {
            Map<String, Object> p = new LinkedHashMap<>();
            if (!birthDates.isEmpty()) {
                p.put(BIRTH_DATES, List.copyOf(birthDates));
            }
            if (!birthYears.isEmpty()) {
                p.put(BIRTH_YEARS, List.copyOf(birthYears));
            }
            if (!ages.isEmpty()) {
                p.put(AGES, List.copyOf(ages));
            }
            if (minor) {
                p.put(MINOR, true);
            }
            return p;
        }

        boolean isEmpty() {
            return birthDates.isEmpty() && birthYears.isEmpty() && ages.isEmpty() && !minor;
        }
    }

    /** Person key to what the document states about them. */
    static Map<String, Particulars> find(Map<Integer, List<Candidate>> byPage, Map<Integer, PageView> pages) {
        Map<String, Particulars> found = new HashMap<>();
        for (var e : byPage.entrySet()) {
            PageView view = pages.get(e.getKey());
            if (view == null) {
                continue;
            }
            String text = view.text();
            List<Candidate> persons = e.getValue().stream().filter(c -> c.entity().label() == NodeLabel.Person).toList();
            for (int i = 0; i < persons.size(); i++) {
                Candidate c = persons.get(i);
                int limit = Math.min(text.length(), c.end() + WINDOW);
                if (i + 1 < persons.size() && persons.get(i + 1).start() <= limit) {
                    limit = persons.get(i + 1).start();
                    // "X recruited the minor Y": the cue right before the next name is that person's.
                    Matcher theirs = MINOR_BEFORE.matcher(text.substring(c.end(), Math.max(c.end(), limit)));
                    if (theirs.find()) {
                        limit = c.end() + theirs.start();
                    }
                }
                String after = text.substring(c.end(), Math.max(c.end(), limit));
                String before = text.substring(Math.max(0, c.start() - 40), c.start());
                Particulars p = read(after, MINOR_BEFORE.matcher(before).find());
                if (!p.isEmpty()) {
                    found.merge(c.entity().key(), p, PersonParticulars::union);
                }
            }
        }
        return found;
    }

    /** The extraction with every reference to a person carrying what the document says about their age. */
    static Extraction enrich(Extraction x, Map<String, Particulars> particulars) {
        if (particulars.isEmpty()) {
            return x;
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : x.mentions()) {
            mentions.add(new EntityMention(with(m.entity(), particulars), m.surface(), m.role(), m.evidence()));
        }
        List<RelationClaim> claims = new ArrayList<>();
        for (RelationClaim c : x.relations()) {
            claims.add(new RelationClaim(with(c.subject(), particulars), c.type(), with(c.object(), particulars),
                    c.properties(), c.evidence()));
        }
        return new Extraction(mentions, claims);
    }

    private static EntityRef with(EntityRef ref, Map<String, Particulars> particulars) {
        Particulars p = ref.label() == NodeLabel.Person ? particulars.get(ref.key()) : null;
        if (p == null) {
            return ref;
        }
        Map<String, Object> properties = new HashMap<>(ref.properties());
        properties.putAll(p.asProperties());
        return new EntityRef(ref.label(), ref.key(), ref.name(), properties);
    }

    static Particulars read(String after, boolean minorBefore) {
        TreeSet<String> dates = new TreeSet<>();
        TreeSet<Long> years = new TreeSet<>();
        TreeSet<Long> ages = new TreeSet<>();
        Matcher born = BORN.matcher(after);
        while (born.find()) {
            LocalDate date = date(born);
            if (date != null) {
                dates.add(date.toString());
            } else if (born.group(7) != null) {
                years.add(Long.parseLong(born.group(7)));
            }
        }
        Matcher age = AGE.matcher(after);
        while (age.find()) {
            for (int g = 1; g <= 3; g++) {
                if (age.group(g) != null) {
                    ages.add(Long.parseLong(age.group(g)));
                }
            }
        }
        boolean minor = minorBefore || MINOR_AFTER.matcher(after).find() || ages.stream().anyMatch(a -> a < ADULT);
        return new Particulars(dates, years, ages, minor);
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (m.group(4) != null) {
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Particulars union(Particulars a, Particulars b) {
        TreeSet<String> dates = new TreeSet<>(a.birthDates());
        dates.addAll(b.birthDates());
        TreeSet<Long> years = new TreeSet<>(a.birthYears());
        years.addAll(b.birthYears());
        TreeSet<Long> ages = new TreeSet<>(a.ages());
        ages.addAll(b.ages());
        return new Particulars(dates, years, ages, a.minor() || b.minor());
    }
}
