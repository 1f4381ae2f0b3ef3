package org.ctipgraph.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.PersonNameExtractor;
import org.ctipgraph.schema.NodeLabel;

/**
 * Suggests {@code SAME_AS} pairs over all entities of a case. It never merges: the only merges are
 * the natural keys of {@link EntityRef} (see the package documentation). Candidate pairs come from
 * blocking, so the work stays near-linear: persons by family name and by the first letters of
 * every name token, organisations and places by their first token, nicknames and given names by
 * the full name the extractor proposed for them. Pairs are scored with Jaro-Winkler over the
 * token-sorted names ("Sokha Chhay" and "Chhay Sokha" compare equal).
 */
public final class EntityResolver {
    /** Pairs scoring below this are not shown. */
    public static final double THRESHOLD = 0.86;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final Set<NodeLabel> RESOLVED = Set.of(NodeLabel.Person, NodeLabel.Company, NodeLabel.BrickKiln,
            NodeLabel.Location);

    /** Suggestions over the given entities (duplicates by key are ignored), best first. */
    public List<SameAsSuggestion> suggest(Collection<EntityRef> entities) {
        Map<String, EntityRef> byKey = new LinkedHashMap<>();
        entities.forEach(e -> byKey.putIfAbsent(e.key(), e));
        Map<String, List<EntityRef>> blocks = new HashMap<>();
        for (EntityRef e : byKey.values()) {
            if (RESOLVED.contains(e.label())) {
                for (String b : blockKeys(e)) {
                    blocks.computeIfAbsent(e.label() + "|" + b, k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<String, SameAsSuggestion> out = new LinkedHashMap<>();
        for (List<EntityRef> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    EntityRef a = block.get(i);
                    EntityRef b = block.get(j);
                    String pair = a.key().compareTo(b.key()) < 0 ? a.key() + "|" + b.key() : b.key() + "|" + a.key();
                    if (!out.containsKey(pair)) {
                        SameAsSuggestion s = score(a, b);
                        if (s != null) {
                            out.put(pair, s);
                        }
                    }
                }
            }
        }
        List<SameAsSuggestion> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingDouble(SameAsSuggestion::score).reversed());
        return list;
    }

    /** Token-sorted, lower-cased name: the form compared. */
    static String sortedName(String name) {
        String[] t = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
        Arrays.sort(t);
        return String.join(" ", t);
    }

    static String withoutHonorifics(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> kept = Arrays.stream(words).filter(w -> !PersonNameExtractor.isHonorific(w)).toList();
        return kept.isEmpty() ? name : String.join(" ", kept);
    }

    private SameAsSuggestion score(EntityRef a, EntityRef b) {
        List<String> reasons = new ArrayList<>();
        Object ca = a.properties().get("candidate");
        Object cb = b.properties().get("candidate");
        if (b.key().equals(ca) || a.key().equals(cb)) {
            reasons.add("written as a given name or nickname of this full name elsewhere in the case");
            return new SameAsSuggestion(a, b, 0.7, reasons);
        }
        boolean aliasA = a.key().startsWith("alias:");
        boolean aliasB = b.key().startsWith("alias:");
        if (aliasA && aliasB && a.name().equals(b.name())) {
            reasons.add("same nickname \"" + a.name() + "\" in two documents (nicknames are often shared)");
            return new SameAsSuggestion(a, b, 0.5, reasons);
        }
        // Honorifics carry no identity: "Bong Leak" and "Bong Long" share only the "Bong".
        double sim = JW.apply(sortedName(withoutHonorifics(a.name())), sortedName(withoutHonorifics(b.name())));
        if (sim < THRESHOLD) {
            return null;
        }
        reasons.add(String.format(Locale.ROOT, "token-sorted Jaro-Winkler %.2f (\"%s\" / \"%s\")", sim, a.name(), b.name()));
        Object fa = a.properties().get("family");
        Object fb = b.properties().get("family");
        if (fa != null && fa.equals(fb)) {
            reasons.add("same family name " + fa);
        }
        return new SameAsSuggestion(a, b, Math.round(sim * 1000) / 1000.0, reasons);
    }

    private static Set<String> blockKeys(EntityRef e) {
        Set<String> keys = new TreeSet<>();
        Object family = e.properties().get("family");
        if (family != null) {
            keys.add("family:" + family.toString().toLowerCase(Locale.ROOT));
        }
        Object candidate = e.properties().get("candidate");
        if (candidate != null) {
            keys.add("key:" + candidate);
        }
        keys.add("key:" + e.key());
        for (String t : sortedName(e.name()).split(" ")) {
            if (t.length() >= 3) {
                keys.add("tok:" + t.substring(0, 3));
            }
        }
        return keys;
    }
}
