package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.MoneyFlowView;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.springframework.stereotype.Service;

/**
 * Where the money goes in a case: transfers and payments between actors, summed per payer, payee and currency,
 * each sum with the facts it adds up.
 */
@Service
public class MoneyFlows {

    /**
     * Largest sums first. A fact without a numeric {@code amount} (or {@code amount_total}) is left out rather
     * than guessed; one without a currency counts as USD.
     */
    public List<MoneyFlowView> in(Projection projection) {
        Map<String, MoneyFlowView> flows = new LinkedHashMap<>();
        for (FactEdge edge : projection.graph().edgeSet()) {
            if (!edge.type().equals("TRANSFERRED_TO") && !edge.type().equals("PAID")) {
                continue;
            }
            Object amount = edge.attributes().getOrDefault("amount", edge.attributes().get("amount_total"));
            if (!(amount instanceof Number number)) {
                continue;
            }
            String currency = String.valueOf(edge.attributes().getOrDefault("currency", "USD"));
            String key = edge.subjectId() + "|" + edge.objectId() + "|" + currency;
            MoneyFlowView previous = flows.get(key);
            List<String> ids = new ArrayList<>(previous == null ? List.of() : previous.relationIds());
            ids.add(edge.id());
            flows.put(key, new MoneyFlowView(EntityRefView.of(projection.node(edge.subjectId())),
                    EntityRefView.of(projection.node(edge.objectId())), currency,
                    (previous == null ? 0 : previous.total()) + number.doubleValue(),
                    (previous == null ? 0 : previous.transfers()) + 1, ids));
        }
        return flows.values().stream().sorted(Comparator.comparingDouble(MoneyFlowView::total).reversed()).toList();
    }
}
