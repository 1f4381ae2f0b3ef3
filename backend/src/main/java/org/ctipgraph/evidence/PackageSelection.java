package org.ctipgraph.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What goes into an evidence package: the JSON body of {@code POST /api/cases/{case}/packages}.
 * <ul>
 *   <li>{@code {"kind":"path","from":id,"to":id,"k":3}} — the shortest and up to k-1 alternative chains</li>
 *   <li>{@code {"kind":"network","entity":id,"seed":42}} — the network behind an entity (community, key players,
 *       chains to them), exactly as {@code GET …/entities/{id}/network?seed=} computes it</li>
 *   <li>{@code {"kind":"items","entities":[ids],"relations":[fact ids]}} — hand-picked entities and facts</li>
 *   <li>{@code {"kind":"analysis","analysis":id}} — a saved {@code paths} or {@code network} analysis, replayed with
 *       its own parameters and seed (the report says whether the graph changed since it was saved)</li>
 * </ul>
 * Common fields: {@code title} (shown on the report), {@code requestedBy} (the author), {@code includeOriginals}
 * (add the cited originals, unmodified, except those that name a protected victim), {@code includeIdentities}
 * (show adult victims' identities; needs {@code requestedBy}) and {@code includeMinorIdentities} (also minors';
 * needs {@code includeIdentities}). Both identity flags are audit-logged.
 */
public record PackageSelection(String kind, String analysis, String from, String to, Integer k, String entity, Long seed,
                               List<String> entities, List<String> relations, String title, String requestedBy,
                               boolean includeOriginals, boolean includeIdentities, boolean includeMinorIdentities) {
    public static final List<String> KINDS = List.of("path", "network", "items", "analysis");
    static final int DEFAULT_K = 3;
    static final long DEFAULT_SEED = 42L;
    static final int MAX_ITEMS = 2000;

    public PackageSelection {
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** What is wrong with this selection (empty when it can be built). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == null || !KINDS.contains(kind)) {
            problems.add("kind must be one of " + KINDS);
        } else if (kind.equals("analysis") && blank(analysis)) {
            problems.add("an analysis selection needs the saved 'analysis' id");
        } else if (kind.equals("path") && (blank(from) || blank(to))) {
            problems.add("a path needs 'from' and 'to' entity ids");
        } else if (kind.equals("network") && blank(entity)) {
            problems.add("a network needs the 'entity' id it is built around");
        } else if (kind.equals("items") && entities.isEmpty() && relations.isEmpty()) {
            problems.add("items needs at least one entity or relation id");
        }
        if (k != null && (k < 1 || k > 20)) {
            problems.add("k must be between 1 and 20");
        }
        if (entities.size() + relations.size() > MAX_ITEMS) {
            problems.add("at most " + MAX_ITEMS + " items");
        }
        if ((includeIdentities || includeMinorIdentities) && blank(requestedBy)) {
            problems.add("including victims' identities needs a named 'requestedBy'");
        }
        if (includeMinorIdentities && !includeIdentities) {
            problems.add("includeMinorIdentities needs includeIdentities as well");
        }
        return problems;
    }

    int alternatives() {
        return k == null ? DEFAULT_K : k;
    }

    long seedOrDefault() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    /** The selection as written into the package: only what applies to its kind, defaults filled in. */
    Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        switch (kind) {
            case "path" -> {
                m.put("from", from);
                m.put("to", to);
                m.put("k", alternatives());
            }
            case "network" -> {
                m.put("entity", entity);
                m.put("seed", seedOrDefault());
            }
            case "analysis" -> m.put("analysis", analysis);
            default -> {
                m.put("entities", entities.stream().sorted().distinct().toList());
                m.put("relations", relations.stream().sorted().distinct().toList());
            }
        }
        m.put("title", title == null ? "" : title);
        m.put("requestedBy", requestedBy == null ? "" : requestedBy);
        m.put("includeOriginals", includeOriginals);
        m.put("includeIdentities", includeIdentities);
        m.put("includeMinorIdentities", includeMinorIdentities);
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
