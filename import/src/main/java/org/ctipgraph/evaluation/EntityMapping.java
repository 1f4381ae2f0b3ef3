package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.NodeLabel;

/**
 * Maps predicted entities (by key) to truth entity ids: first by strong identifiers (E.164, account
 * number or wallet address, plate), otherwise by the majority vote of their mentions' (document,
 * surface) truth rows, and finally by a canonical name equal to exactly one truth surface.
 */
final class EntityMapping {
    private final TruthCase truth;
    private final Map<String, Map<String, List<TruthCase.TruthMention>>> rows;
    private final Map<String, String> byKey = new HashMap<>();

    private EntityMapping(TruthCase truth, Map<String, Map<String, List<TruthCase.TruthMention>>> rows) {
        this.truth = truth;
        this.rows = rows;
    }

    static EntityMapping build(TruthCase truth, Map<String, Map<String, List<TruthCase.TruthMention>>> rows,
                               List<DocumentResult> results) {
        EntityMapping m = new EntityMapping(truth, rows);
        Map<String, Map<String, Double>> votes = new HashMap<>();
        Map<String, EntityRef> refs = new HashMap<>();
        for (DocumentResult r : results) {
            String doc = truth.documentId(r.file());
            for (EntityMention em : r.extraction().mentions()) {
                refs.putIfAbsent(em.entity().key(), em.entity());
                List<String> ids = m.candidates(doc, em);
                for (String id : ids) {
                    votes.computeIfAbsent(em.entity().key(), k -> new HashMap<>()).merge(id, 1.0 / ids.size(), Double::sum);
                }
            }
            for (RelationClaim c : r.extraction().relations()) {
                refs.putIfAbsent(c.subject().key(), c.subject());
                refs.putIfAbsent(c.object().key(), c.object());
            }
        }
        for (EntityRef ref : refs.values()) {
            String strong = m.byIdentifier(ref);
            if (strong != null) {
                m.byKey.put(ref.key(), strong);
                continue;
            }
            Map<String, Double> v = votes.get(ref.key());
            if (v != null && !v.isEmpty()) {
                m.byKey.put(ref.key(), v.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).get().getKey());
                continue;
            }
            String byName = m.byName(ref);
            if (byName != null) {
                m.byKey.put(ref.key(), byName);
            }
        }
        return m;
    }

    /** Truth id of a predicted entity, or {@code null}. */
    String truthId(EntityRef ref) {
        String id = byKey.get(ref.key());
        return id != null ? id : byIdentifier(ref);
    }

    /** Truth id of one predicted mention in a document, or {@code null} when its surface has no row there. */
    String mentionTruthId(String doc, EntityMention m) {
        List<String> ids = candidates(doc, m);
        if (ids.isEmpty()) {
            return null;
        }
        if (ids.size() == 1) {
            return ids.get(0);
        }
        String global = byKey.get(m.entity().key());
        return ids.contains(global) ? global : ids.get(0);
    }

    /** Person clusters whose unambiguous mentions belong to several truth persons; persons split over full names. */
    EvaluationReport.ResolutionSummary resolution(List<DocumentResult> results) {
        Map<String, Set<String>> clusterTruth = new HashMap<>();
        Map<String, Set<String>> truthClusters = new HashMap<>();
        for (DocumentResult r : results) {
            String doc = truth.documentId(r.file());
            for (EntityMention m : r.extraction().mentions()) {
                if (m.entity().label() != NodeLabel.Person) {
                    continue;
                }
                List<String> ids = candidates(doc, m);
                if (ids.size() == 1) {
                    clusterTruth.computeIfAbsent(m.entity().key(), k -> new TreeSet<>()).add(ids.get(0));
                    if (m.entity().key().startsWith("person:")) {
                        truthClusters.computeIfAbsent(ids.get(0), k -> new HashSet<>()).add(m.entity().key());
                    }
                }
            }
        }
        List<String> details = new ArrayList<>();
        clusterTruth.forEach((key, ids) -> {
            if (ids.size() > 1) {
                details.add(key + " -> " + ids);
            }
        });
        int splits = (int) truthClusters.values().stream().filter(s -> s.size() > 1).count();
        details.sort(String::compareTo);
        return new EvaluationReport.ResolutionSummary(details.size(), details, splits);
    }

    private List<String> candidates(String doc, EntityMention m) {
        if (doc == null) {
            return List.of();
        }
        List<TruthCase.TruthMention> r = rows.getOrDefault(doc, Map.of()).getOrDefault(m.surface(), List.of());
        String type = CaseEvaluator.typeOf(m.entity());
        List<String> ids = new ArrayList<>(new TreeSet<>(r.stream().map(TruthCase.TruthMention::entity).toList()));
        List<String> sameType = ids.stream().filter(id -> truth.entities().get(id) != null
                && truth.entities().get(id).type().equals(type)).toList();
        return sameType.isEmpty() ? ids : sameType;
    }

    private String byIdentifier(EntityRef ref) {
        for (TruthCase.TruthEntity e : truth.entities().values()) {
            JsonNode raw = e.raw();
            switch (ref.label()) {
                case PhoneNumber -> {
                    if (e.type().equals("PhoneNumber") && ref.key().equals(raw.path("e164").asText())) {
                        return e.id();
                    }
                }
                case BankAccount -> {
                    Object no = ref.properties().get("account_no");
                    String acct = raw.path("account_no").asText();
                    if (e.type().equals("BankAccount") && no != null && !acct.isEmpty()) {
                        String n = no.toString();
                        if (n.equals(acct) || (ref.name().contains("...") && wildcard(ref.name(), acct))) {
                            return e.id();
                        }
                    }
                    if (e.type().equals("BankAccount") && ref.key().contains("...") && wildcard(ref.name(), acct)) {
                        return e.id();
                    }
                }
                case Vehicle -> {
                    Object plate = ref.properties().get("plate");
                    if (e.type().equals("Vehicle") && plate != null && plate.toString().equals(raw.path("plate").asText())) {
                        return e.id();
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    private static boolean wildcard(String abbreviated, String full) {
        String s = abbreviated.substring(abbreviated.lastIndexOf(' ') + 1);
        int dots = s.indexOf("...");
        return dots > 0 && full.startsWith(s.substring(0, dots)) && full.endsWith(s.substring(dots + 3));
    }

    private String byName(EntityRef ref) {
        String type = CaseEvaluator.typeOf(ref);
        List<String> hits = truth.entities().values().stream()
                .filter(e -> e.type().equals(type) && (e.name().equalsIgnoreCase(ref.name())
                        || e.surfaces().stream().anyMatch(s -> s.equalsIgnoreCase(ref.name()))))
                .map(TruthCase.TruthEntity::id).toList();
        return hits.size() == 1 ? hits.get(0) : null;
    }
}
