package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ctipgraph.analysis.AnalysisViews.CommunitiesView;
import org.ctipgraph.analysis.AnalysisViews.CommunityView;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.community.Communities;
import org.ctipgraph.analysis.community.LeidenCommunityDetector;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.stereotype.Service;

/**
 * The groups a case's network falls into (Leiden): actors linked more among themselves than to the rest, such
 * as a recruiting cell and the kiln it supplies. The same seed and resolution give the same groups.
 */
@Service
public class CaseCommunities {

    /** Every community with its members, and the modularity of the partition. */
    public CommunitiesView of(Projection projection, long seed, double resolution) {
        Communities<EntityNode> found = detect(projection.strongestLinks(), seed, resolution);
        List<CommunityView> views = new ArrayList<>();
        for (int i = 0; i < found.communities().size(); i++) {
            views.add(new CommunityView(i, EntityRefView.byId(found.communities().get(i))));
        }
        return new CommunitiesView("leiden", seed, resolution, found.modularity(), views);
    }

    Communities<EntityNode> detect(Graph<EntityNode, DefaultWeightedEdge> links, long seed, double resolution) {
        LeidenCommunityDetector leiden = new LeidenCommunityDetector(resolution, LeidenCommunityDetector.DEFAULT_RANDOMNESS,
                LeidenCommunityDetector.DEFAULT_MAX_ITERATIONS, LeidenCommunityDetector.DEFAULT_TOLERANCE, seed);
        return leiden.detect(CompactGraph.of(links, false));
    }
}
