package org.ctipgraph.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctipgraph.analysis.AnalysisKind;
import org.ctipgraph.analysis.AnalysisParameters;
import org.ctipgraph.analysis.AnalysisRun;
import org.ctipgraph.analysis.AnalysisService;
import org.ctipgraph.analysis.SubjectNotInProjectionException;
import org.ctipgraph.analysis.AnalysisViews.FactView;
import org.ctipgraph.analysis.AnalysisViews.NetworkView;
import org.ctipgraph.analysis.AnalysisViews.PathView;
import org.ctipgraph.analysis.AnalysisViews.PathsView;
import org.ctipgraph.analysis.projection.Citation;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.ctipgraph.analysis.saved.SavedAnalysis;
import org.ctipgraph.analysis.saved.SavedAnalysisService;
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
    private final SavedAnalysisService savedAnalyses;

    SelectionResolver(AnalysisService analysis, RelationService relations, SavedAnalysisService savedAnalyses) {
        this.analysis = analysis;
        this.relations = relations;
        this.savedAnalyses = savedAnalyses;
    }

    /** The chosen entities (in a fixed order) and facts, and how they were chosen. */
    record SelectedGraph(List<String> entityIds, List<FactEdge> facts, Map<String, Object> parameters) {
        SelectedGraph with(Map<String, Object> more) {
            Map<String, Object> all = new LinkedHashMap<>(parameters);
            all.putAll(more);
            return new SelectedGraph(entityIds, facts, all);
        }
    }

    /** Empty when an entity, relation or saved analysis of the selection is not in the case. */
    Optional<SelectedGraph> resolve(String caseId, PackageSelection selection) {
        return switch (selection.kind()) {
            case "path" -> path(caseId, new AnalysisParameters(Map.of("from", selection.from(), "to", selection.to(),
                    "k", String.valueOf(selection.alternatives())))).map(g -> g.with(Map.of()));
            case "network" -> network(caseId, new AnalysisParameters(Map.of("entity", selection.entity(),
                    "seed", String.valueOf(selection.seedOrDefault())))).map(g -> g.with(Map.of()));
            case "analysis" -> saved(caseId, selection.analysis());
            default -> items(caseId, selection);
        };
    }

    private Optional<SelectedGraph> saved(String caseId, String id) {
        Optional<SavedAnalysis> found = savedAnalyses.find(caseId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SavedAnalysis saved = found.get();
        AnalysisParameters parameters = new AnalysisParameters(saved.parameters());
        Optional<SelectedGraph> graph = switch (AnalysisKind.parse(saved.kind())) {
            case PATHS -> path(caseId, parameters);
            case NETWORK -> network(caseId, parameters);
            default -> throw new AnalysisParameters.InvalidParameterException("only saved paths and network analyses can "
                    + "be packaged; '" + saved.name() + "' is a " + saved.kind() + " analysis");
        };
        return graph.map(g -> g.with(Map.of("savedAnalysis", saved.id(), "savedAnalysisName", saved.name(),
                "savedBy", saved.createdBy(), "savedAt", saved.createdAt(), "savedGraphState", saved.graphState())));
    }

    private Optional<SelectedGraph> path(String caseId, AnalysisParameters request) {
        AnalysisRun run;
        try {
            run = analysis.run(AnalysisKind.PATHS, caseId, request);
        } catch (SubjectNotInProjectionException e) {
            return Optional.empty();
        }
        PathsView found = (PathsView) run.result();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, FactEdge> facts = new LinkedHashMap<>();
        for (PathView p : found.paths()) {
            p.entities().forEach(e -> ids.add(e.id()));
            p.hops().forEach(h -> h.facts().forEach(f -> facts.putIfAbsent(f.relationId(), edge(f))));
        }
        ids.add(found.from().id());
        ids.add(found.to().id());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", "k shortest simple paths (Yen), cost " + found.cost());
        parameters.put("k", (int) request.number("k", 3, 1, 20));
        parameters.put("pathsFound", found.paths().size());
        parameters.put("graphState", run.graphState());
        parameters.putAll(projectionParameters(request.projection(caseId)));
        return Optional.of(new SelectedGraph(List.copyOf(ids), List.copyOf(facts.values()), parameters));
    }

    private Optional<SelectedGraph> network(String caseId, AnalysisParameters request) {
        AnalysisRun run;
        try {
            run = analysis.run(AnalysisKind.NETWORK, caseId, request);
        } catch (SubjectNotInProjectionException e) {
            return Optional.empty();
        }
        NetworkView n = (NetworkView) run.result();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(n.subject().id());
        n.community().forEach(e -> ids.add(e.id()));
        n.keyPlayers().forEach(p -> ids.add(p.entity().id()));
        n.chains().forEach(c -> c.entities().forEach(e -> ids.add(e.id())));
        // Every fact among the chosen actors, not only those on the chains: the court sees the whole cluster.
        ProjectionRequest projectionRequest = request.projection(caseId);
        Projection projection = analysis.project(projectionRequest);
        List<FactEdge> facts = projection.graph().edgeSet().stream()
                .filter(f -> ids.contains(f.subjectId()) && ids.contains(f.objectId()))
                .sorted(Comparator.comparing(FactEdge::id)).toList();
        Map<String, Object> parameters = new LinkedHashMap<>(n.parameters());
        parameters.put("subject", n.subject().id());
        parameters.put("keyPlayers", n.keyPlayers().stream().map(p -> p.entity().id() + " (" + p.measure() + ")").toList());
        parameters.put("graphState", run.graphState());
        parameters.putAll(projectionParameters(projectionRequest));
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
