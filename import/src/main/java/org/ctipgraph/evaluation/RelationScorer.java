package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.NodeLabel;

/**
 * Relation precision/recall per type. Identity: type, both ends (mapped to truth ids) and direction;
 * {@code CALLED} adds the source document (one relation per CDR file and direction);
 * {@code TRANSFERRED_TO} adds the transaction id, or the currency for aggregated relations. A claim
 * whose end is an unlisted place (scenery) is ignored, not counted as wrong.
 */
final class RelationScorer {
    private final TruthCase truth;
    private final EntityMapping mapping;

    RelationScorer(TruthCase truth, EntityMapping mapping) {
        this.truth = truth;
        this.mapping = mapping;
    }

    Map<String, Score> score(List<DocumentResult> results) {
        Map<String, Set<String>> truthKeys = new TreeMap<>();
        for (JsonNode r : truth.relations()) {
            String type = r.path("type").asText();
            String doc = r.path("sources").path(0).asText();
            truthKeys.computeIfAbsent(type, k -> new HashSet<>()).add(key(type, r.path("subject").asText(),
                    r.path("object").asText(), doc, text(r, "txn_id"), r.has("amount_total") ? text(r, "currency") : null));
        }
        Map<String, Set<String>> predicted = new TreeMap<>();
        for (DocumentResult res : results) {
            String doc = truth.documentId(res.file());
            for (RelationClaim c : res.extraction().relations()) {
                String s = mapping.truthId(c.subject());
                String o = mapping.truthId(c.object());
                if ((s == null && c.subject().label() == NodeLabel.Location)
                        || (o == null && c.object().label() == NodeLabel.Location)) {
                    continue;
                }
                String type = c.type().name();
                Object txn = c.properties().get("txn_id");
                Object total = c.properties().get("amount_total");
                Object currency = c.properties().get("currency");
                predicted.computeIfAbsent(type, k -> new HashSet<>()).add(key(type, s == null ? "?" + c.subject().key() : s,
                        o == null ? "?" + c.object().key() : o, doc, txn == null ? null : txn.toString(),
                        total != null && currency != null ? currency.toString() : null));
            }
        }
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
