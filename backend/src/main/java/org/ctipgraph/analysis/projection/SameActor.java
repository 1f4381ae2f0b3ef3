package org.ctipgraph.analysis.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities linked by accepted {@code SAME_AS} decisions collapse to one actor for analysis (the
 * graph itself keeps both nodes and the decision). The representative is the member an identity link
 * names as the full name ("PEN Long", not "Bong Long"), then the one with the longest name, then the
 * smallest id, so results do not depend on load order.
 */
final class SameActor {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, EntityNode> nodes;

    SameActor(List<String[]> pairs, Map<String, EntityNode> nodes, Set<String> preferred) {
        this.nodes = nodes;
        for (String[] pair : pairs) {
            if (nodes.containsKey(pair[0]) && nodes.containsKey(pair[1])) {
                union(pair[0], pair[1]);
            }
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String id : new ArrayList<>(parent.keySet())) {
            groups.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id);
        }
        for (List<String> members : groups.values()) {
            String representative = members.stream().sorted(Comparator
                    .comparing((String id) -> !preferred.contains(id))
                    .thenComparingInt(id -> -name(id).length()).thenComparing(id -> id)).findFirst().orElseThrow();
            Set<String> roles = new LinkedHashSet<>();
            members.forEach(m -> roles.addAll(nodes.get(m).roles()));
            EntityNode rep = nodes.get(representative);
            EntityNode merged = new EntityNode(rep.id(), rep.label(), rep.name(), List.copyOf(roles));
            for (String member : members) {
                parent.put(member, representative);
                nodes.put(member, merged);
            }
        }
    }

    /** The fact with both ends replaced by their representatives. */
    FactEdge resolve(FactEdge fact) {
        String s = parent.getOrDefault(fact.subjectId(), fact.subjectId());
        String o = parent.getOrDefault(fact.objectId(), fact.objectId());
        if (s.equals(fact.subjectId()) && o.equals(fact.objectId())) {
            return fact;
        }
        return new FactEdge(fact.id(), fact.type(), s, o, fact.confidence(), fact.attributes(), fact.citations(),
                fact.liftedVia());
    }

    private String name(String id) {
        String name = nodes.get(id).name();
        return name == null ? "" : name;
    }

    private String find(String id) {
        String p = parent.getOrDefault(id, id);
        if (p.equals(id)) {
            parent.putIfAbsent(id, id);
            return id;
        }
        String root = find(p);
        parent.put(id, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
