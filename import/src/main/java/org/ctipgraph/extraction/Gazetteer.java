package org.ctipgraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The place names shipped with the importer ({@code gazetteer/places.tsv}, see the README next to
 * it for source and licence), matched as whole words, longest variant first. Matching walks a
 * character trie of the variants from each word start, not one alternation of every variant: that
 * regular expression tried all of them at every position and was the largest cost of extraction.
 */
public final class Gazetteer {
    /** One place of the gazetteer. */
    public record Place(String name, String kind, String parent) {
        /** Graph key: stable across spellings. */
        public String key() {
            return "place:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        }
    }

    /** A place found in a text. */
    public record Match(Place place, int start, int end) {
    }

    private static final String RESOURCE = "gazetteer/places.tsv";

    /** One node of the variant trie: the place whose variant ends here, if any, and the next characters. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private Place place;
    }

    private final Map<String, Place> byVariant;
    private final Node root = new Node();

    private Gazetteer(Map<String, Place> byVariant) {
        this.byVariant = Map.copyOf(byVariant);
        byVariant.forEach((variant, place) -> {
            if (variant.isEmpty()) {
                return;
            }
            Node node = root;
            for (int i = 0; i < variant.length(); i++) {
                node = node.next.computeIfAbsent(variant.charAt(i), c -> new Node());
            }
            node.place = place;
        });
    }

    /** The gazetteer shipped in the jar. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a gazetteer from TSV lines (name, kind, parent, variants). */
    public static Gazetteer parse(List<String> lines) {
        Map<String, Place> map = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Place p = new Place(f[0].strip(), f.length > 1 ? f[1].strip() : "", f.length > 2 ? f[2].strip() : "");
            List<String> variants = new ArrayList<>();
            variants.add(p.name());
            if (f.length > 3 && !f[3].isBlank()) {
                for (String v : f[3].split("\\|")) {
                    variants.add(v.strip());
                }
            }
            if (p.kind().equals("province")) {
                for (String v : List.copyOf(variants)) {
                    variants.add(v + " Province");
                }
            }
            for (String v : variants) {
                map.putIfAbsent(v, p);
            }
        }
        return new Gazetteer(map);
    }

    /**
     * Every place named in {@code text}, left to right, non-overlapping: at each start the longest variant that
     * is a whole word (not preceded by a letter, digit, {@code _} or {@code +}, not followed by a letter, digit
     * or {@code _}); the search goes on after it.
     */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            Node node = root.next.get(text.charAt(at));
            if (node == null || !startsWord(text, at)) {
                at++;
                continue;
            }
            Place place = null;
            int end = -1;
            for (int i = at + 1; node != null; i++) {
                if (node.place != null && (i == text.length() || !CaseLexicon.isWordCodePoint(text.codePointAt(i)))) {
                    place = node.place;
                    end = i;
                }
                node = i < text.length() ? node.next.get(text.charAt(i)) : null;
            }
            if (place == null) {
                at++;
            } else {
                out.add(new Match(place, at, end));
                at = end;
            }
        }
        return out;
    }

    private static boolean startsWord(String text, int at) {
        if (at == 0) {
            return true;
        }
        int c = text.codePointBefore(at);
        return c != '+' && !CaseLexicon.isWordCodePoint(c);
    }

    /** The place a written form stands for, if it is in the gazetteer. */
    public java.util.Optional<Place> lookup(String written) {
        return java.util.Optional.ofNullable(byVariant.get(written));
    }
}
