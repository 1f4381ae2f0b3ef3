package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Names already known in a case, learnt from a first extraction pass, so that a second pass finds
 * short forms that cannot be recognised on their own: a company without its legal suffix or by its
 * initials ("KK Horizon"), a kiln without "Brick Kiln", a compound without "Garden", a person by a
 * given name alone ("Dalin"), a nickname or chat display name seen in another document
 * ("Boss T"), the full TRC-20 address behind an abbreviated one.
 *
 * <p>Short forms of persons get a document-scoped key (they are suggestions for the resolver, not
 * merges): a given name alone never proves identity across documents. Short forms of companies,
 * kilns and venues keep the full entity's key because they are derived mechanically from that one
 * name and are only used when exactly one known entity yields them.
 */
public final class CaseLexicon {
    /** A written form and the entity it stands for. */
    public record Alias(String surface, EntityRef entity) {
    }

    /** No knowledge: the first pass. */
    public static final CaseLexicon EMPTY = new CaseLexicon(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Words that are also Khmer name syllables; alone they are far more often English. */
    private static final Set<String> ENGLISH_HOMOGRAPHS = Set.of("Long", "Leak", "Mean", "Thy", "Sok", "Pen", "Van",
            "Chan", "Som", "Son", "Sun", "Kim", "Lim", "Ly", "Boss", "Ah", "Bong", "Lok", "Ta", "Neak", "Madam", "Mr", "Ms",
            "Sam", "Tan", "Bun", "May", "Nit", "Dara", "Mao", "Ma", "He", "Yu", "Hu", "Li", "Le", "Do", "Ho", "Vo");

    private static final Pattern BRICK_KILN_SUFFIX = Pattern.compile("(?i)\\s*brick\\s+kiln$");

    private final List<Alias> companyShortForms;
    private final List<Alias> kilnShortForms;
    private final List<Alias> venueShortForms;
    private final List<Alias> personShortForms;
    private final List<String> wallets;
    private final List<KnownEntity> sources;

    private CaseLexicon(List<Alias> companies, List<Alias> kilns, List<Alias> venues, List<Alias> persons,
                        List<String> wallets, List<KnownEntity> sources) {
        this.sources = List.copyOf(sources);
        this.companyShortForms = List.copyOf(companies);
        this.kilnShortForms = List.copyOf(kilns);
        this.venueShortForms = List.copyOf(venues);
        this.personShortForms = List.copyOf(persons);
        this.wallets = List.copyOf(wallets);
    }

    /** Learns the names of a first pass over the case's documents. */
    public static CaseLexicon learn(Collection<Extraction> extractions) {
        return of(KnownEntity.from(extractions));
    }

    /**
     * The lexicon of the entities a case already holds, e.g. read back from the graph when documents
     * arrive one by one. Gives the same lexicon as {@link #learn} over the extractions those entities
     * came from.
     */
    public static CaseLexicon of(Collection<KnownEntity> entities) {
        Map<String, EntityRef> companies = new LinkedHashMap<>();
        Map<String, EntityRef> kilns = new LinkedHashMap<>();
        Map<String, EntityRef> venues = new LinkedHashMap<>();
        Map<String, EntityRef> fullPersons = new LinkedHashMap<>();
        Map<String, String> aliasSurfaces = new LinkedHashMap<>();
        List<String> wallets = new ArrayList<>();
        for (KnownEntity known : entities) {
            EntityRef e = known.entity();
            switch (e.label()) {
                case Company -> companies.putIfAbsent(e.key(), e);
                case BrickKiln -> kilns.putIfAbsent(e.key(), e);
                case Location -> {
                    if (e.key().startsWith("venue:")) {
                        venues.putIfAbsent(e.key(), e);
                    }
                }
                case Person -> {
                    if (e.key().startsWith("person:")) {
                        fullPersons.putIfAbsent(e.key(), e);
                    } else {
                        for (String surface : known.surfaces()) {
                            if (!surface.startsWith("@") && surface.length() >= 4) {
                                aliasSurfaces.putIfAbsent(surface, e.name());
                            }
                        }
                    }
                }
                case BankAccount -> {
                    Object no = e.properties().get("account_no");
                    if (e.key().startsWith("acct:TRC20:") && no != null && !wallets.contains(no.toString())) {
                        wallets.add(no.toString());
                    }
                }
                default -> { }
            }
        }
        return new CaseLexicon(unique(companyForms(companies)), unique(kilnForms(kilns)), unique(venueForms(venues)),
                personForms(fullPersons, aliasSurfaces), wallets, List.copyOf(entities));
    }

    /** This lexicon plus the names of one more extraction. */
    public CaseLexicon plus(Extraction extraction) {
        List<KnownEntity> all = new ArrayList<>(sources);
        all.addAll(KnownEntity.from(List.of(extraction)));
        return of(all);
    }

    public List<Alias> companyShortForms() {
        return companyShortForms;
    }

    public List<Alias> kilnShortForms() {
        return kilnShortForms;
    }

    public List<Alias> venueShortForms() {
        return venueShortForms;
    }

    /** Given names and nicknames; their entities carry a placeholder key made document-scoped by the caller. */
    public List<Alias> personShortForms() {
        return personShortForms;
    }

    /** Whether the case knows any full TRC-20 address. */
    public boolean hasWallets() {
        return !wallets.isEmpty();
    }

    /** The one known full TRC-20 address with this head and tail. */
    public Optional<String> walletMatching(String head, String tail) {
        List<String> hits = wallets.stream().filter(w -> w.startsWith(head) && w.endsWith(tail)).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /**
     * Whole-word, case-sensitive occurrences of {@code surface} in {@code text}, as [start, end), left
     * to right and not overlapping: not preceded by a letter, digit, {@code _}, {@code +} or {@code @},
     * not followed by a letter, digit or {@code _}. A plain search rather than a regular expression:
     * it runs for every known alias on every page, so compiling a pattern each time dominated extraction.
     */
    public static List<int[]> occurrences(String text, String surface) {
        List<int[]> out = new ArrayList<>();
        if (surface.isEmpty()) {
            return out;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(surface, from)) >= 0) {
            int end = at + surface.length();
            if (boundedBefore(text, at) && boundedAfter(text, end)) {
                out.add(new int[] {at, end});
                from = end;
            } else {
                from = at + 1;
            }
        }
        return out;
    }

    private static boolean boundedBefore(String text, int at) {
        if (at == 0) {
            return true;
        }
        int c = text.codePointBefore(at);
        return !isWordCodePoint(c) && c != '+' && c != '@';
    }

    private static boolean boundedAfter(String text, int end) {
        return end >= text.length() || !isWordCodePoint(text.codePointAt(end));
    }

    /** {@code [\p{L}\p{N}_]}: a letter or number of any script, or the underscore. */
    static boolean isWordCodePoint(int c) {
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<String, List<EntityRef>> companyForms(Map<String, EntityRef> companies) {
        Map<String, List<EntityRef>> forms = new HashMap<>();
        for (EntityRef c : companies.values()) {
            String base = CompanyExtractor.withoutLegalSuffix(c.name());
            for (String v : caseVariants(base)) {
                forms.computeIfAbsent(v, k -> new ArrayList<>()).add(c);
            }
            String[] t = titleCase(base).split(" ");
            if (t.length >= 3) {
                // "Koh Kong Horizon Trading" -> "KK Horizon": initials of a leading place name + next word
                String abbrev = "" + t[0].charAt(0) + t[1].charAt(0) + " " + t[2];
                forms.computeIfAbsent(abbrev, k -> new ArrayList<>()).add(c);
            }
        }
        return forms;
    }

    private static Map<String, List<EntityRef>> kilnForms(Map<String, EntityRef> kilns) {
        Map<String, List<EntityRef>> forms = new HashMap<>();
        for (EntityRef k : kilns.values()) {
            String base = BRICK_KILN_SUFFIX.matcher(k.name()).replaceAll("").strip();
            if (base.equals(k.name()) || base.isEmpty()) {
                continue;
            }
            for (String v : caseVariants(base)) {
                forms.computeIfAbsent(v, x -> new ArrayList<>()).add(k);
            }
        }
        return forms;
    }

    private static Map<String, List<EntityRef>> venueForms(Map<String, EntityRef> venues) {
        Map<String, List<EntityRef>> forms = new HashMap<>();
        for (EntityRef v : venues.values()) {
            String[] t = v.name().split(" ");
            // Only a head word that is not an English word can stand alone ("Xinghai", not "Moonlight").
            if (t.length == 2 && !EnglishWords.contains(t[0])) {
                forms.computeIfAbsent(t[0], x -> new ArrayList<>()).add(v);
            }
        }
        return forms;
    }

    private static List<Alias> personForms(Map<String, EntityRef> persons, Map<String, String> aliasSurfaces) {
        Map<String, List<EntityRef>> forms = new HashMap<>();
        for (EntityRef p : persons.values()) {
            Object given = p.properties().get("given");
            if (given == null) {
                continue;
            }
            String g = given.toString();
            for (String v : List.of(g, titleCase(g))) {
                if (v.length() >= 4 && !ENGLISH_HOMOGRAPHS.contains(v) && !EnglishWords.contains(v)) {
                    forms.computeIfAbsent(v, x -> new ArrayList<>()).add(p);
                }
            }
        }
        List<Alias> out = new ArrayList<>();
        forms.forEach((surface, refs) -> out.add(new Alias(surface, refs.size() == 1 ? refs.get(0) : null)));
        aliasSurfaces.forEach((surface, name) -> {
            if (forms.containsKey(surface)) {
                return;
            }
            out.add(new Alias(surface, null));
            // The name inside a nickname ("Mony" of "Bong Mony") is a given-name short form too.
            String[] t = surface.split(" ");
            if (t.length == 2 && PersonNameExtractor.isHonorific(t[0]) && t[1].length() >= 4
                    && !ENGLISH_HOMOGRAPHS.contains(t[1]) && !EnglishWords.contains(t[1]) && !forms.containsKey(t[1])) {
                out.add(new Alias(t[1], null));
            }
        });
        return out.stream().distinct().toList();
    }

    private static List<Alias> unique(Map<String, List<EntityRef>> forms) {
        List<Alias> out = new ArrayList<>();
        forms.forEach((surface, refs) -> {
            if (refs.stream().map(EntityRef::key).distinct().count() == 1) {
                out.add(new Alias(surface, refs.get(0)));
            }
        });
        return out;
    }

    static List<String> caseVariants(String s) {
        return List.of(s, s.toUpperCase(Locale.ROOT), titleCase(s)).stream().distinct().toList();
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            if (w.length() <= 1 || !w.chars().allMatch(Character::isLetter)) {
                sb.append(w);
            } else if (w.equals(w.toUpperCase(Locale.ROOT)) || w.equals(w.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
            } else {
                sb.append(w);
            }
        }
        return sb.toString();
    }

    static NodeLabel labelOf(Alias a) {
        return a.entity() == null ? NodeLabel.Person : a.entity().label();
    }
}
