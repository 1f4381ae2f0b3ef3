package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.NodeLabel;

/**
 * Relation precision/recall per type. Identity: type, both ends (mapped to truth ids) and direction;
 * {@code CALLED} adds the source document (one relation per CDR file and direction);
 * {@code TRANSFERRED_TO} adds the transaction id, or the currency for aggregated relations. A claim
 * whose end is an unlisted place (scenery) is ignored, not counted as wrong; so is a claim whose two ends
 * are one truth entity (a person holding their own handle: the truth writes handles as that person's
 * mentions, not as entities).
 */
final class RelationScorer {
    private final TruthCase truth;
    private final EntityMapping mapping;

    RelationScorer(TruthCase truth, EntityMapping mapping) {
        this.truth = truth;
        this.mapping = mapping;
    }

    Map<String, Score> score(List<DocumentResult> results) {
        Map<String, Set<String>> truthKeys = truthKeys(null);
        Map<String, Set<String>> predicted = predictedKeys(results, null);
        Map<String, Score> out = new TreeMap<>();
        Set<String> types = new HashSet<>(truthKeys.keySet());
        types.addAll(predicted.keySet());
        int tpAll = 0;
        int fpAll = 0;
        int fnAll = 0;
        for (String t : types) {
            Set<String> tk = truthKeys.getOrDefault(t, Set.of());
            Set<String> pk = predicted.getOrDefault(t, Set.of());
            Set<String> tp = new HashSet<>(pk);
            tp.retainAll(tk);
            out.put(t, Score.of(tp.size(), pk.size() - tp.size(), tk.size() - tp.size()));
            tpAll += tp.size();
            fpAll += pk.size() - tp.size();
            fnAll += tk.size() - tp.size();
        }
        out.put("ALL", Score.of(tpAll, fpAll, fnAll));
        return out;
    }

    /**
     * The relations that did not match, one line each, sorted: {@code FN <key> <truth id> <names> <sources>} for
     * missed truth relations and {@code FP <key> <document> <quote>} for predictions without a truth relation.
     */
    List<String> misses(List<DocumentResult> results) {
        Map<String, String> truthInfo = new HashMap<>();
        Map<String, Set<String>> truthKeys = truthKeys(truthInfo);
        Map<String, String> predictedInfo = new HashMap<>();
        Map<String, Set<String>> predicted = predictedKeys(results, predictedInfo);
        Set<String> all = new TreeSet<>();
        truthKeys.values().forEach(all::addAll);
        Set<String> pred = new TreeSet<>();
        predicted.values().forEach(pred::addAll);
        List<String> out = new ArrayList<>();
        for (String k : all) {
            if (!pred.contains(k)) {
                out.add("FN\t" + k + "\t" + truthInfo.get(k));
            }
        }
        for (String k : pred) {
            if (!all.contains(k)) {
                out.add("FP\t" + k + "\t" + predictedInfo.get(k));
            }
        }
        return out;
    }

    private Map<String, Set<String>> truthKeys(Map<String, String> info) {
        Map<String, Set<String>> truthKeys = new TreeMap<>();
        for (JsonNode r : truth.relations()) {
            String type = r.path("type").asText();
            String doc = r.path("sources").path(0).asText();
            String k = key(type, r.path("subject").asText(), r.path("object").asText(), doc, text(r, "txn_id"),
                    r.has("amount_total") ? text(r, "currency") : null);
            truthKeys.computeIfAbsent(type, x -> new HashSet<>()).add(k);
            if (info != null) {
                info.merge(k, r.path("id").asText() + "\t" + name(r.path("subject").asText()) + " -> "
                        + name(r.path("object").asText()) + "\t" + r.path("sources") + " implicit=" + r.path("implicit_sources"),
                        (a, b) -> a + " | " + b);
            }
        }
        return truthKeys;
    }

    private String name(String id) {
        TruthCase.TruthEntity e = truth.entities().get(id);
        return e == null ? id : e.name();
    }

    private Map<String, Set<String>> predictedKeys(List<DocumentResult> results, Map<String, String> info) {
        Map<String, Set<String>> predicted = new TreeMap<>();
        for (DocumentResult res : results) {
            String doc = truth.documentId(res.file());
            for (RelationClaim c : res.extraction().relations()) {
                String s = mapping.truthId(c.subject());
                String o = mapping.truthId(c.object());
                if ((s == null && c.subject().label() == NodeLabel.Location)
                        || (o == null && c.object().label() == NodeLabel.Location) || (s != null && s.equals(o))) {
                    continue;
                }
                String type = c.type().name();
                Object txn = c.properties().get("txn_id");
                Object total = c.properties().get("amount_total");
                Object currency = c.properties().get("currency");
                String k = key(type, s == null ? "?" + c.subject().key() : s,
                        o == null ? "?" + c.object().key() : o, doc, txn == null ? null : txn.toString(),
                        total != null && currency != null ? currency.toString() : null);
                predicted.computeIfAbsent(type, x -> new HashSet<>()).add(k);
                if (info != null) {
                    info.putIfAbsent(k, doc + "\t" + c.evidence().quote().replace('\n', ' '));
                }
            }
        }
        return predicted;
    }

    private static String key(String type, String s, String o, String doc, String txn, String aggregateCurrency) {
        if (type.equals("COMMUNICATED_WITH") && s.compareTo(o) > 0) {
            String x = s;
            s = o;
            o = x;
        }
        StringBuilder k = new StringBuilder(type).append('|').append(s).append('|').append(o);
        if (type.equals("CALLED")) {
            k.append("|doc=").append(doc);
        }
        if (type.equals("TRANSFERRED_TO")) {
            if (txn != null) {
                k.append("|txn=").append(txn);
            } else if (aggregateCurrency != null) {
                k.append("|agg=").append(aggregateCurrency);
            }
        }
        return k.toString();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.path(field).asText() : null;
    }
}
