package org.ctipgraph.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ctipgraph.analysis.projection.Citation;
import org.ctipgraph.analysis.projection.EntityNode;
import org.ctipgraph.analysis.projection.FactEdge;

/** JSON shapes of the analysis API (records, stable field names). */
public final class AnalysisViews {
    private AnalysisViews() {
    }

    /** An entity in a result. */
    public record EntityRefView(String id, String label, String name, List<String> roles) {
        /** A node the projection lacks ({@code null}) stays {@code null} in the answer. */
        public static EntityRefView of(EntityNode node) {
            return node == null ? null : new EntityRefView(node.id(), node.label(), node.name(), node.roles());
        }

        /** Ordered by id, so that the same graph always lists a set of entities the same way. */
        public static List<EntityRefView> byId(Collection<EntityNode> nodes) {
            return nodes.stream().sorted(Comparator.comparing(EntityNode::id)).map(EntityRefView::of).toList();
        }
    }

    /** One fact supporting a hop, with every citation. */
    public record FactView(String relationId, String type, String subject, String object, double confidence,
                           Map<String, Object> attributes, List<Citation> evidence, List<String> liftedVia) {
        public static FactView of(FactEdge f) {
            return new FactView(f.id(), f.type(), f.subjectId(), f.objectId(), f.confidence(), f.attributes(),
                    f.citations(), f.liftedVia());
        }
    }

    /** Two consecutive entities of a path and every fact that links them. */
    public record HopView(EntityRefView from, EntityRefView to, List<FactView> facts) {
    }

    /** A chain of links; {@code length} counts hops. */
    public record PathView(int length, List<EntityRefView> entities, List<HopView> hops) {
    }

    /** {@code GET /api/cases/{case}/paths}. */
    public record PathsView(EntityRefView from, EntityRefView to, String cost, List<PathView> paths) {
    }

    /** A scored entity; {@code normalized} is comparable across graph sizes. */
    public record ScoreView(EntityRefView entity, double raw, double normalized, int rank) {
    }

    /** {@code GET /api/cases/{case}/analysis/centrality}. */
    public record CentralityView(int nodes, int edges, boolean exactBetweenness, List<ScoreView> betweenness,
                                 List<ScoreView> pageRank, List<ScoreView> degree,
                                 List<EntityRefView> articulationPoints) {
    }

    /** One community with its members. */
    public record CommunityView(int index, List<EntityRefView> members) {
    }

    /** {@code GET /api/cases/{case}/analysis/communities}. */
    public record CommunitiesView(String algorithm, long seed, double resolution, double modularity,
                                  List<CommunityView> communities) {
    }

    /** A phone, account or vehicle linked to more than one actor. */
    public record SharedIdentifierView(EntityRefView identifier, List<EntityRefView> users) {
    }

    /** Money between two actors, summed per currency, with the facts behind it. */
    public record MoneyFlowView(EntityRefView from, EntityRefView to, String currency, double total, int transfers,
                                List<String> relationIds) {
    }

    /** A key player: why it matters ({@code measure}) and how much. */
    public record KeyPlayerView(EntityRefView entity, String measure, double score) {
    }

    /** {@code GET /api/cases/{case}/entities/{id}/network}: who is behind this person. */
    public record NetworkView(EntityRefView subject, List<EntityRefView> community, List<KeyPlayerView> keyPlayers,
                              List<SharedIdentifierView> sharedIdentifiers, List<MoneyFlowView> moneyFlows,
                              List<PathView> chains, Map<String, Object> parameters) {
    }
}
