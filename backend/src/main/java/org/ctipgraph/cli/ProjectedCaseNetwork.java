package org.ctipgraph.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctipgraph.analysis.AnalysisKind;
import org.ctipgraph.analysis.AnalysisParameters;
import org.ctipgraph.analysis.AnalysisService;
import org.ctipgraph.analysis.AnalysisViews.CentralityView;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.PathView;
import org.ctipgraph.analysis.AnalysisViews.PathsView;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.ctipgraph.evaluation.CaseNetwork;
import org.ctipgraph.evaluation.TruthCase;
import org.jgrapht.Graph;

/**
 * The case network exactly as the analysis API computes it (default projection: network actors, calls
 * lifted through single-user phones, officers left out), translated to truth ids for scoring. An entity
 * the tool split in two (a nickname beside the full name) maps both parts to one truth id; the chain
 * search starts from the best-connected of them.
 */
final class ProjectedCaseNetwork implements CaseNetwork {
    private final AnalysisService analysis;
    private final String caseId;
    private final Map<String, String> truthIds;
    private final TruthCase truth;
    private final Projection projection;
    private final CentralityView centrality;

    ProjectedCaseNetwork(AnalysisService analysis, String caseId, Map<String, String> truthIdsByGraphId, TruthCase truth) {
        this.analysis = analysis;
        this.caseId = caseId;
        this.truthIds = truthIdsByGraphId;
        this.truth = truth;
        this.projection = analysis.project(ProjectionRequest.network(caseId));
        this.centrality = (CentralityView) analysis.run(AnalysisKind.CENTRALITY, caseId, new AnalysisParameters(Map.of()))
                .result();
    }

    private String truthId(String graphId) {
        return truthIds.getOrDefault(graphId, graphId);
    }

    @Override
    public Set<String> nodes() {
        Set<String> nodes = new TreeSet<>();
        projection.graph().vertexSet().forEach(n -> nodes.add(truthId(n.id())));
        return nodes;
    }

    @Override
    public int projectionSize() {
        return projection.graph().vertexSet().size();
    }

    @Override
    public Set<String> edges() {
        Graph<EntityNode, FactEdge> g = projection.graph();
        Set<String> edges = new TreeSet<>();
        for (FactEdge e : g.edgeSet()) {
            String a = truthId(g.getEdgeSource(e).id());
            String b = truthId(g.getEdgeTarget(e).id());
            if (!a.equals(b)) {
                edges.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
            }
        }
        return edges;
    }

    @Override
    public List<RankedNode> betweenness() {
        return centrality.betweenness().stream().map(s -> new RankedNode(truthId(s.entity().id()), s.normalized())).toList();
    }

    @Override
    public Set<String> articulationPoints() {
        Set<String> cuts = new TreeSet<>();
        centrality.articulationPoints().forEach(e -> cuts.add(truthId(e.id())));
        return cuts;
    }

    @Override
    public List<Chain> shortestChains(String fromId, String toId, int max) {
        String from = graphNode(fromId);
        String to = graphNode(toId);
        if (from == null || to == null) {
            return List.of();
        }
        PathsView paths = (PathsView) analysis.run(AnalysisKind.PATHS, caseId, new AnalysisParameters(Map.of(
                "from", from, "to", to, "k", String.valueOf(Math.min(max, 20))))).result();
        List<Chain> chains = new ArrayList<>();
        for (PathView p : paths.paths()) {
            List<String> entities = p.entities().stream().map(EntityRefView::id).map(this::truthId).toList();
            List<Set<String>> sources = p.hops().stream().map(h -> {
                Set<String> docs = new HashSet<>();
                h.facts().forEach(f -> f.evidence().forEach(c -> {
                    String doc = truth.documentIdBySha256(c.sha256());
                    docs.add(doc == null ? c.sha256() : doc);
                }));
                return docs;
            }).toList();
            chains.add(new Chain(entities, sources));
        }
        return chains;
    }

    /** The projection node standing for a truth entity: the best connected of those mapped to it. */
    private String graphNode(String truthEntity) {
        return projection.graph().vertexSet().stream().filter(n -> truthEntity.equals(truthIds.get(n.id())))
                .max(Comparator.<EntityNode>comparingInt(n -> projection.graph().degreeOf(n)).thenComparing(EntityNode::id,
                        Comparator.reverseOrder()))
                .map(EntityNode::id).orElse(null);
    }
}
