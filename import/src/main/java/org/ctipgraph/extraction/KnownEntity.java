package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An entity the case already knows, as the graph holds it: its ref, every written form seen so far
 * and the roles documents gave it. Documents arrive one by one in the product pipeline, so the
 * {@link CaseLexicon} for the next document is built from these ({@link CaseLexicon#of}) rather
 * than from earlier extractions kept in memory.
 *
 * @param entity   label, natural key, canonical name and properties
 * @param surfaces written forms, exactly as seen, in first-seen order
 * @param roles    roles given in any document (suspect, victim, officer, ...), possibly empty
 */
public record KnownEntity(EntityRef entity, List<String> surfaces, List<String> roles) {
    public KnownEntity {
        Objects.requireNonNull(entity, "entity");
        surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The entities of some extractions, one per key, with their surfaces and roles in first-seen order. */
    public static List<KnownEntity> from(Collection<Extraction> extractions) {
        Map<String, EntityRef> refs = new LinkedHashMap<>();
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (Extraction x : extractions) {
            for (EntityMention m : x.mentions()) {
                String key = m.entity().label() + "|" + m.entity().key();
                refs.putIfAbsent(key, m.entity());
                surfaces.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.surface());
                Set<String> r = roles.computeIfAbsent(key, k -> new LinkedHashSet<>());
                if (m.role() != null) {
                    r.add(m.role());
                }
            }
        }
        List<KnownEntity> out = new ArrayList<>();
        refs.forEach((k, e) -> out.add(new KnownEntity(e, List.copyOf(surfaces.get(k)), List.copyOf(roles.get(k)))));
        return out;
    }
}
