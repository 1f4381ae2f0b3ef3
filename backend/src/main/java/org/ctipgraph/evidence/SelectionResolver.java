package org.ctipgraph.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctipgraph.analysis.AnalysisService;
import org.ctipgraph.analysis.AnalysisViews.FactView;
import org.ctipgraph.analysis.AnalysisViews.NetworkView;
import org.ctipgraph.analysis.AnalysisViews.PathView;
import org.ctipgraph.analysis.AnalysisViews.PathsView;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.projection.Citation;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.ctipgraph.explore.RelationService;
import org.ctipgraph.explore.RelationView;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link PackageSelection} into the entities and facts it stands for, through the same analysis the
 * UI shows (so the package contains what the investigator saw), with the parameters that reproduce it.
 */
@Component
class SelectionResolver {
    private final AnalysisService analysis;
    private final RelationService relations;

    SelectionResolver(AnalysisService analysis, RelationService relations) {
        this.analysis = analysis;
        this.relations = relations;
    }

    /** The chosen entities (in a fixed order) and facts, and how they were chosen. */
    record SelectedGraph(List<String> entityIds, List<FactEdge> facts, Map<String, Object> parameters) {
    }

    /** Empty when an entity or relation of the selection is not in the case. */
    Optional<SelectedGraph> resolve(String caseId, PackageSelection selection) {
        return switch (selection.kind()) {
            case "path" -> path(caseId, selection);
            case "network" -> network(caseId, selection);
            default -> items(caseId, selection);
        };
    }

    private Optional<SelectedGraph> path(String caseId, PackageSelection s) {
        ProjectionRequest request = ProjectionRequest.network(caseId);
        Optional<PathsView> found = analysis.paths(request, s.from(), s.to(), s.alternatives(), PathCost.HOPS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, FactEdge> facts = new LinkedHashMap<>();
        for (PathView p : found.get().paths()) {
            p.entities().forEach(e -> ids.add(e.id()));
            p.hops().forEach(h -> h.facts().forEach(f -> facts.putIfAbsent(f.relationId(), edge(f))));
        }
        ids.add(s.from());
        ids.add(s.to());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", "k shortest simple paths (Yen), cost " + PathCost.HOPS.name());
        parameters.put("k", s.alternatives());
        parameters.put("pathsFound", found.get().paths().size());
        parameters.putAll(projectionParameters(request));
        return Optional.of(new SelectedGraph(List.copyOf(ids), List.copyOf(facts.values()), parameters));
    }

    private Optional<SelectedGraph> network(String caseId, PackageSelection s) {
        ProjectionRequest request = ProjectionRequest.network(caseId);
        Optional<NetworkView> found = analysis.network(request, s.entity(), s.seedOrDefault());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NetworkView n = found.get();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(n.subject().id());
        n.community().forEach(e -> ids.add(e.id()));
        n.keyPlayers().forEach(p -> ids.add(p.entity().id()));
        n.chains().forEach(c -> c.entities().forEach(e -> ids.add(e.id())));
        // Every fact among the chosen actors, not only those on the chains: the court sees the whole cluster.
        Projection projection = analysis.project(request);
        List<FactEdge> facts = projection.graph().edgeSet().stream()
                .filter(f -> ids.contains(f.subjectId()) && ids.contains(f.objectId()))
                .sorted(Comparator.comparing(FactEdge::id)).toList();
        Map<String, Object> parameters = new LinkedHashMap<>(n.parameters());
        parameters.put("subject", n.subject().id());
        parameters.put("keyPlayers", n.keyPlayers().stream().map(p -> p.entity().id() + " (" + p.measure() + ")").toList());
        parameters.putAll(projectionParameters(request));
        return Optional.of(new SelectedGraph(List.copyOf(ids), facts, parameters));
    }

    private Optional<SelectedGraph> items(String caseId, PackageSelection s) {
        Set<String> ids = new LinkedHashSet<>(s.entities().stream().sorted().toList());
        List<FactEdge> facts = new ArrayList<>();
        for (String relationId : s.relations().stream().sorted().distinct().toList()) {
            Optional<RelationView> r = relations.relation(caseId, relationId);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            RelationView v = r.get();
            ids.add(v.source().id());
            ids.add(v.target().id());
            facts.add(new FactEdge(v.id(), v.type(), v.source().id(), v.target().id(),
                    v.confidence() == null ? 1.0 : v.confidence(), v.attributes(),
                    v.evidence().stream().map(SelectionResolver::citation).toList(), List.of()));
        }
        return Optional.of(new SelectedGraph(List.copyOf(ids), facts, Map.of("chosenBy", "hand-picked entities and facts")));
    }

    private static Map<String, Object> projectionParameters(ProjectionRequest r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("labels", r.labels().stream().sorted().toList());
        p.put("minConfidence", r.minConfidence());
        p.put("liftIdentifiers", r.liftIdentifiers());
        p.put("networkOnly", r.networkOnly());
        p.put("followSuggested", r.followSuggested());
        return p;
    }

    private static FactEdge edge(FactView f) {
        return new FactEdge(f.relationId(), f.type(), f.subject(), f.object(), f.confidence(), f.attributes(), f.evidence(),
                f.liftedVia());
    }

    private static Citation citation(RelationView.Evidence e) {
        return new Citation(e.sha256(), e.document(), e.page() == null ? 0 : e.page(), e.spanStart() == null ? 0 : e.spanStart(),
                e.spanEnd() == null ? 0 : e.spanEnd(), e.quote(), e.extractor(), e.confidence() == null ? 0 : e.confidence());
    }
}
