package org.ctipgraph.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.resolution.IdentityLinks;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Who the tool says is behind a handle or a display name, over a whole case: a handle's holders (its
 * {@code HOLDS_ACCOUNT} claims), a display name's entities (its mentions), each followed through the
 * same {@link IdentityLinks} analysis applies to the graph to the full name the documents tie it to.
 */
final class AliasOwners {
    private final Map<String, EntityRef> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> bySurface = new HashMap<>();
    private final Map<String, Set<String>> holdersByHandle = new HashMap<>();
    private final Map<String, String> fullNameOf = new HashMap<>();

    AliasOwners(List<DocumentResult> results) {
        Map<String, Set<String>> written = new HashMap<>();
        List<IdentityLinks.Holding> holdings = new ArrayList<>();
        for (DocumentResult r : results) {
            for (EntityMention m : r.extraction().mentions()) {
                EntityRef e = m.entity();
                entities.putIfAbsent(e.key(), e);
                written.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).add(m.surface());
                bySurface.computeIfAbsent(m.surface(), k -> new TreeSet<>()).add(e.key());
            }
            for (RelationClaim c : r.extraction().relations()) {
                boolean handle = c.type() == RelationType.HOLDS_ACCOUNT && c.object().label() == NodeLabel.OnlineAccount;
                boolean phone = c.type() == RelationType.USES_PHONE;
                if ((handle || phone) && c.subject().label() == NodeLabel.Person) {
                    entities.putIfAbsent(c.subject().key(), c.subject());
                    holdings.add(new IdentityLinks.Holding(c.subject().key(), c.object().key(), c.object().name(),
                            handle ? "handle" : "phone"));
                }
                if (handle) {
                    holdersByHandle.computeIfAbsent(c.object().name().toLowerCase(java.util.Locale.ROOT), k -> new TreeSet<>())
                            .add(c.subject().key());
                }
            }
        }
        List<IdentityLinks.Person> persons = entities.values().stream().filter(e -> e.label() == NodeLabel.Person)
                .map(e -> new IdentityLinks.Person(e.key(), e.key(), e.name(), string(e.properties().get("given")),
                        written.getOrDefault(e.key(), Set.of()))).toList();
        IdentityLinks.find(persons, holdings).forEach(l -> fullNameOf.put(l.aliasId(), l.fullId()));
    }

    /** The entities behind a handle ({@code @...}) or a display name, followed to their full names. */
    Set<EntityRef> owners(String surface) {
        Set<String> keys = surface.startsWith("@")
                ? holdersByHandle.getOrDefault(surface.toLowerCase(java.util.Locale.ROOT), Set.of())
                : bySurface.getOrDefault(surface, Set.of());
        Set<EntityRef> out = new LinkedHashSet<>();
        keys.forEach(k -> out.add(entities.get(fullNameOf.getOrDefault(k, k))));
        return out;
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
