package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.FactView;
import org.ctipgraph.analysis.AnalysisViews.HopView;
import org.ctipgraph.analysis.AnalysisViews.PathView;
import org.ctipgraph.analysis.AnalysisViews.PathsView;
import org.ctipgraph.analysis.paths.Path;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.paths.PathFinder;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.stereotype.Service;

/**
 * Chains of links between entities of a case, each hop with every fact (and so every citation) that links
 * its two ends: what an investigator shows to say how a victim reaches the person behind the operation.
 */
@Service
public class EvidenceChains {

    /**
     * The shortest chain between two entities, then alternatives up to {@code k} in all.
     *
     * @throws SubjectNotInProjectionException either end is not in the projection
     */
    public PathsView between(Projection projection, String fromId, String toId, int k, PathCost cost) {
        EntityNode from = projection.node(fromId);
        EntityNode to = projection.node(toId);
        if (from == null || to == null) {
            throw new SubjectNotInProjectionException("both entities must be in the case's network projection: "
                    + fromId + ", " + toId);
        }
        List<PathView> paths = new PathFinder<>(projection.strongestLinks()).kShortest(from, to, k, cost).stream()
                .map(p -> withEvidence(p, projection)).toList();
        return new PathsView(EntityRefView.of(from), EntityRefView.of(to), cost.name(), paths);
    }

    /** The fewest-hop chain from {@code from} to each target in turn; a target it cannot reach has none. */
    List<PathView> shortestFrom(Projection projection, Graph<EntityNode, DefaultWeightedEdge> links, EntityNode from,
                                List<EntityNode> targets) {
        PathFinder<EntityNode, DefaultWeightedEdge> finder = new PathFinder<>(links);
        List<PathView> chains = new ArrayList<>();
        targets.forEach(target -> finder.shortest(from, target, PathCost.HOPS)
                .ifPresent(p -> chains.add(withEvidence(p, projection))));
        return chains;
    }

    /** The path runs on collapsed links; each hop gets back all the facts of the projection between its ends. */
    private static PathView withEvidence(Path<EntityNode, DefaultWeightedEdge> path, Projection projection) {
        List<HopView> hops = new ArrayList<>();
        List<EntityNode> vertices = path.vertices();
        for (int i = 0; i + 1 < vertices.size(); i++) {
            EntityNode a = vertices.get(i);
            EntityNode b = vertices.get(i + 1);
            List<FactView> facts = projection.graph().getAllEdges(a, b).stream()
                    .sorted(Comparator.comparing(FactEdge::id)).map(FactView::of).toList();
            hops.add(new HopView(EntityRefView.of(a), EntityRefView.of(b), facts));
        }
        return new PathView(path.hops(), vertices.stream().map(EntityRefView::of).toList(), hops);
    }
}
