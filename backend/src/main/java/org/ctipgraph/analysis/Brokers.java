package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctipgraph.analysis.AnalysisViews.CentralityView;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.ScoreView;
import org.ctipgraph.analysis.centrality.ArticulationPoints;
import org.ctipgraph.analysis.centrality.BrandesBetweenness;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.stereotype.Service;

/**
 * Who holds a case's network together: brokers that sit on the chains between others (betweenness), actors
 * the rest point to (PageRank) or deal with directly (degree), and cut vertices whose arrest splits it.
 */
@Service
public class Brokers {
    /** Exact betweenness up to this many actors, sampled (seeded) above. */
    static final int EXACT_BETWEENNESS_LIMIT = 20_000;

    /** The {@code top} highest of each score, raw and normalised, and every cut vertex. */
    public CentralityView rank(Projection projection, int top) {
        Graph<EntityNode, DefaultWeightedEdge> links = projection.strongestLinks();
        int n = links.vertexSet().size();
        CompactGraph<EntityNode, DefaultWeightedEdge> compact = CompactGraph.of(links, false);
        boolean exact = n <= EXACT_BETWEENNESS_LIMIT;
        BrandesBetweenness<EntityNode> betweenness = exact ? BrandesBetweenness.exact(compact, false)
                : BrandesBetweenness.sampled(compact, false, 1000, 42L);
        double pairs = n > 2 ? (n - 1.0) * (n - 2.0) / 2.0 : 1.0;
        List<ScoreView> between = ranked(betweenness.getScores(), pairs, top);
        List<ScoreView> pageRank = ranked(new PageRank<>(links).getScores(), 1.0, top);
        Map<EntityNode, Double> degrees = new HashMap<>();
        links.vertexSet().forEach(v -> degrees.put(v, (double) links.degreeOf(v)));
        List<ScoreView> degree = ranked(degrees, Math.max(1, n - 1), top);
        List<EntityRefView> cuts = EntityRefView.byId(new ArticulationPoints<>(compact).articulationPoints());
        return new CentralityView(n, links.edgeSet().size(), exact, between, pageRank, degree, cuts);
    }

    /** Exact whatever the size, unlike {@link #rank}: the network view has always named key players from exact scores. */
    Map<EntityNode, Double> exactBetweenness(Graph<EntityNode, DefaultWeightedEdge> links) {
        return BrandesBetweenness.exact(CompactGraph.of(links, false), false).getScores();
    }

    private static List<ScoreView> ranked(Map<EntityNode, Double> scores, double normaliser, int top) {
        List<Map.Entry<EntityNode, Double>> sorted = scores.entrySet().stream()
                .sorted(Map.Entry.<EntityNode, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
                .limit(top).toList();
        List<ScoreView> views = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            views.add(new ScoreView(EntityRefView.of(sorted.get(i).getKey()), sorted.get(i).getValue(),
                    sorted.get(i).getValue() / normaliser, i + 1));
        }
        return views;
    }
}
