package org.ctipgraph.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ctipgraph.extraction.PersonNameExtractor;

/**
 * Links a document-scoped alias (a nickname, a chat display name, a given name alone) to the one full
 * name the case's own documents tie it to. Unlike a name-similarity suggestion, each link rests on
 * something written that an investigator can cite, and on that evidence pointing at exactly one person:
 * <ol>
 *   <li><b>bound form</b>: the alias's written form is, in another document, bound to a full name
 *       ("TAING Sophanith | Lok Nith; Boss T") and to no other full name in the case. A nickname bound to
 *       two people ("Ah Long" for the manager and for the driver) links nobody;</li>
 *   <li><b>same handle</b>: the alias and exactly one full name hold the same online handle ("I use
 *       @leak_hr88 now" in the chat, "KHIEV Sreyleak | Bong Leak; @kk_restaurant_jobs; @leak_hr88" in the
 *       submission);</li>
 *   <li><b>phone and name</b>: the alias contains the given name of a full name and both use the same phone,
 *       which no other full name uses ("Rithy HR": "call me on 097 318 2264"). A shared phone alone never
 *       links two people;</li>
 *   <li><b>only given name</b>: the alias is a given name alone, or with an honorific ("Vannda", "Bong Vannak"),
 *       and exactly one full name of the case has that given name. This is what extraction already does for
 *       names it knows when a document arrives; the link makes it independent of the order of arrival;</li>
 *   <li><b>spelling</b>: two full names that differ only by doubled letters ("VANN Kosal" / "VAN Kosal") are
 *       one romanised Khmer name; the less written one links to the other.</li>
 * </ol>
 * When an alias's written form is bound to two full names, rules 2 to 4 are not tried: the documents
 * themselves say the nickname is shared.
 * Links are not merges: the graph keeps both nodes; analysis treats them as one actor unless an
 * investigator rejected the pair, and merge review lists them with these reasons.
 */
public final class IdentityLinks {
    /** Score of a link: above any name-similarity suggestion. */
    public static final double SCORE = 0.95;
    private static final int MIN_FORM = 3;

    private IdentityLinks() {
    }

    /**
     * A person of the case.
     *
     * @param id      graph id
     * @param key     natural key ({@code person:...} for full names, {@code alias:...} otherwise)
     * @param name    display name
     * @param given   the given name of a full name, or {@code null}
     * @param written every written form the case's documents used for it
     */
    public record Person(String id, String key, String name, String given, Collection<String> written) {
        boolean full() {
            return key.startsWith("person:");
        }

        boolean alias() {
            return key.startsWith("alias:");
        }
    }

    /** A person's use of an identifier: {@code kind} is {@code handle} or {@code phone}. */
    public record Holding(String personId, String identifierId, String identifier, String kind) {
    }

    /** A link from an alias to a full name, with its reason. */
    public record Link(String aliasId, String fullId, String reason) {
    }

    /** The links of a case, sorted by the linked entity; each entity links to at most one full name. */
    public static List<Link> find(Collection<Person> persons, Collection<Holding> holdings) {
        Map<String, Person> byId = new LinkedHashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        Map<String, Link> links = new TreeMap<>();
        Map<String, String> canonical = spellingVariants(byId.values(), links);
        Map<String, Set<String>> fullsByForm = new HashMap<>();
        Map<String, Set<String>> fullsByGiven = new HashMap<>();
        for (Person p : byId.values()) {
            String actor = canonical.getOrDefault(p.id(), p.id());
            if (p.full() && p.given() != null) {
                fullsByGiven.computeIfAbsent(norm(p.given()), k -> new LinkedHashSet<>()).add(actor);
            }
            if (p.full()) {
                for (String form : p.written()) {
                    fullsByForm.computeIfAbsent(norm(form), k -> new LinkedHashSet<>()).add(actor);
                }
            }
        }
        Map<String, Set<String>> holdersById = new HashMap<>();
        Map<String, Holding> identifiers = new HashMap<>();
        for (Holding h : holdings) {
            if (byId.containsKey(h.personId())) {
                holdersById.computeIfAbsent(h.identifierId(), k -> new LinkedHashSet<>()).add(h.personId());
                identifiers.putIfAbsent(h.identifierId(), h);
            }
        }
        for (Person alias : byId.values()) {
            if (!alias.alias()) {
                continue;
            }
            Set<String> bound = boundTo(alias, fullsByForm);
            Link link = null;
            if (bound.size() == 1) {
                link = boundForm(alias, byId.get(bound.iterator().next()));
            } else if (bound.isEmpty()) {
                link = sharedIdentifier(alias, byId, holdersById, identifiers, canonical);
                if (link == null) {
                    link = onlyGivenName(alias, byId, fullsByGiven);
                }
            }
            if (link != null) {
                links.put(alias.id(), link);
            }
        }
        return List.copyOf(links.values());
    }

    /**
     * Full names that differ only by doubled letters ("VANN Kosal" / "VAN Kosal", "CHEAM Dalin" / "CHHEAM Dalin")
     * are spellings of one Khmer name: each variant links to the most-written one. Returns variant → canonical.
     */
    private static Map<String, String> spellingVariants(Collection<Person> persons, Map<String, Link> links) {
        Map<String, List<Person>> groups = new TreeMap<>();
        persons.stream().filter(Person::full).forEach(p -> groups.computeIfAbsent(
                p.key().replaceAll("(\\p{L})\\1+", "$1"), k -> new ArrayList<>()).add(p));
        Map<String, String> canonical = new HashMap<>();
        for (List<Person> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Person main = group.stream().min(java.util.Comparator.comparingInt((Person p) -> -p.written().size())
                    .thenComparing(Person::id)).orElseThrow();
            for (Person p : group) {
                if (p != main) {
                    canonical.put(p.id(), main.id());
                    links.put(p.id(), new Link(p.id(), main.id(), String.format(Locale.ROOT,
                            "%s and %s are spellings of one name (a doubled letter is a romanisation variant)", p.name(), main.name())));
                }
            }
        }
        return canonical;
    }

    /** The full names the alias's written forms are bound to elsewhere in the case. */
    private static Set<String> boundTo(Person alias, Map<String, Set<String>> fullsByForm) {
        Set<String> fulls = new LinkedHashSet<>();
        for (String w : forms(alias)) {
            if (w.length() >= MIN_FORM) {
                fulls.addAll(fullsByForm.getOrDefault(norm(w), Set.of()));
            }
        }
        return fulls;
    }

    private static Link boundForm(Person alias, Person full) {
        String form = forms(alias).stream().filter(w -> full.written().stream().anyMatch(x -> norm(x).equals(norm(w))))
                .findFirst().orElse(alias.name());
        return new Link(alias.id(), full.id(), String.format(Locale.ROOT,
                "\"%s\" is written for %s in the case's documents, and for no other person", form, full.name()));
    }

    private static Link onlyGivenName(Person alias, Map<String, Person> byId, Map<String, Set<String>> fullsByGiven) {
        String[] words = alias.name().strip().split("\\s+");
        boolean honorific = words.length == 2 && PersonNameExtractor.isHonorific(words[0]);
        if (words.length != 1 && !honorific) {
            return null;
        }
        String given = words[words.length - 1];
        Set<String> fulls = fullsByGiven.getOrDefault(norm(given), Set.of());
        if (given.length() < MIN_FORM || fulls.size() != 1) {
            return null;
        }
        Person full = byId.get(fulls.iterator().next());
        return new Link(alias.id(), full.id(), String.format(Locale.ROOT,
                "%s is the only person of the case with the given name %s", full.name(), given));
    }

    private static Link sharedIdentifier(Person alias, Map<String, Person> byId, Map<String, Set<String>> holdersById,
                                         Map<String, Holding> identifiers, Map<String, String> canonical) {
        Map<String, String> reasons = new TreeMap<>();
        for (var e : holdersById.entrySet()) {
            if (!e.getValue().contains(alias.id())) {
                continue;
            }
            Holding identifier = identifiers.get(e.getKey());
            List<Person> fulls = e.getValue().stream().map(byId::get).filter(Person::full)
                    .map(p -> byId.get(canonical.getOrDefault(p.id(), p.id()))).distinct().toList();
            if (fulls.size() != 1) {
                continue; // nobody, or a phone or handle several people use
            }
            Person full = fulls.getFirst();
            if (identifier.kind().equals("handle")) {
                reasons.merge(full.id(), String.format(Locale.ROOT, "%s and %s both hold the handle %s", alias.name(),
                        full.name(), identifier.identifier()), (a, b) -> a + "; " + b);
            } else if (full.given() != null && containsWord(alias.name(), full.given())) {
                reasons.merge(full.id(), String.format(Locale.ROOT, "%s carries the given name of %s and both use the phone %s",
                        alias.name(), full.name(), identifier.identifier()), (a, b) -> a + "; " + b);
            }
        }
        if (reasons.size() != 1) {
            return null;
        }
        var only = reasons.entrySet().iterator().next();
        return new Link(alias.id(), only.getKey(), only.getValue());
    }

    private static List<String> forms(Person p) {
        List<String> out = new ArrayList<>();
        out.add(p.name());
        out.addAll(p.written());
        return out;
    }

    private static boolean containsWord(String name, String word) {
        for (String t : name.split("[\\s\\p{Punct}]+")) {
            if (t.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
