package org.ctipgraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The place names shipped with the importer ({@code gazetteer/places.tsv}, see the README next to
 * it for source and licence), matched as whole words, longest variant first.
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

    private final Map<String, Place> byVariant;
    private final Pattern pattern;

    private Gazetteer(Map<String, Place> byVariant) {
        this.byVariant = Map.copyOf(byVariant);
        String alternation = byVariant.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}_+])(?:" + alternation + ")(?![\\p{L}\\p{N}_])");
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

    /** Every place named in {@code text}, non-overlapping, longest first. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Match(byVariant.get(m.group()), m.start(), m.end()));
        }
        return out;
    }

    /** The place a written form stands for, if it is in the gazetteer. */
    public java.util.Optional<Place> lookup(String written) {
        return java.util.Optional.ofNullable(byVariant.get(written));
    }
}
