package org.ctipgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipgraph.analysis.AnalysisViews.EntityRefView;
import org.ctipgraph.analysis.AnalysisViews.KeyPlayerView;
import org.ctipgraph.analysis.AnalysisViews.MoneyFlowView;
import org.ctipgraph.analysis.AnalysisViews.NetworkView;
import org.ctipgraph.analysis.AnalysisViews.PathView;
import org.ctipgraph.analysis.community.Communities;
import org.ctipgraph.analysis.community.LeidenCommunityDetector;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.stereotype.Service;

/**
 * Who is behind one entity, typically an arrested person: its community, the brokers and financiers around it,
 * shared phones and accounts, money flows, and the shortest evidence-backed chains to the key players. Puts
 * the other analyses together on one projection, and lists the parameters that reproduce the answer.
 */
@Service
public class NetworkBehind {
    private final CaseCommunities communities;
    private final Brokers brokers;
    private final MoneyFlows money;
    private final SharedIdentifiers sharedIdentifiers;
    private final EvidenceChains chains;

    NetworkBehind(CaseCommunities communities, Brokers brokers, MoneyFlows money, SharedIdentifiers sharedIdentifiers,
                  EvidenceChains chains) {
        this.communities = communities;
        this.brokers = brokers;
        this.money = money;
        this.sharedIdentifiers = sharedIdentifiers;
        this.chains = chains;
    }

    /**
     * The five strongest brokers and three largest recipients of money are the key players.
     *
     * @param request the request {@code projection} was taken with, echoed in the answer's parameters
     * @throws SubjectNotInProjectionException the entity is not in the projection
     */
    public NetworkView of(Projection projection, ProjectionRequest request, String entityId, long seed) {
        EntityNode subject = projection.node(entityId);
        if (subject == null) {
            throw new SubjectNotInProjectionException("entity '" + entityId + "' is not in this case's network projection");
        }
        Graph<EntityNode, DefaultWeightedEdge> links = projection.strongestLinks();
        Communities<EntityNode> found = communities.detect(links, seed, LeidenCommunityDetector.DEFAULT_RESOLUTION);
        List<EntityRefView> community = EntityRefView.byId(found.communityContaining(subject));
        Map<EntityNode, Double> betweenness = brokers.exactBetweenness(links);
        List<MoneyFlowView> flows = money.in(projection);
        Map<String, Double> received = new HashMap<>();
        flows.forEach(f -> received.merge(f.to().id(), f.total(), Double::sum));

        List<KeyPlayerView> keyPlayers = new ArrayList<>();
        betweenness.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<EntityNode, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
                .limit(5).forEach(e -> keyPlayers.add(new KeyPlayerView(EntityRefView.of(e.getKey()),
                        "broker (betweenness)", e.getValue())));
        received.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(3).forEach(e -> keyPlayers.add(new KeyPlayerView(EntityRefView.of(projection.node(e.getKey())),
                        "financier (money received, all currencies)", e.getValue())));

        List<EntityNode> targets = keyPlayers.stream().map(p -> projection.node(p.entity().id())).distinct()
                .filter(p -> !p.equals(subject)).toList();
        List<PathView> toKeyPlayers = chains.shortestFrom(projection, links, subject, targets);
        return new NetworkView(EntityRefView.of(subject), community, keyPlayers, sharedIdentifiers.in(request.caseId()),
                flows, toKeyPlayers, parameters(request, seed, links, found));
    }

    private static Map<String, Object> parameters(ProjectionRequest request, long seed,
                                                  Graph<EntityNode, DefaultWeightedEdge> links,
                                                  Communities<EntityNode> found) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("caseId", request.caseId());
        parameters.put("seed", seed);
        parameters.put("algorithm", "leiden + brandes betweenness");
        parameters.put("minConfidence", request.minConfidence());
        parameters.put("liftIdentifiers", request.liftIdentifiers());
        parameters.put("networkOnly", request.networkOnly());
        parameters.put("graph", Map.of("nodes", links.vertexSet().size(), "edges", links.edgeSet().size(),
                "modularity", found.modularity()));
        parameters.put("since", String.valueOf(request.since()));
        parameters.put("until", String.valueOf(request.until()));
        return parameters;
    }
}
