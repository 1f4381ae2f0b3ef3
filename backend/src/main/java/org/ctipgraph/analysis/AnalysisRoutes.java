package org.ctipgraph.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.ctipgraph.analysis.projection.ProjectionTooLargeException;
import org.ctipgraph.cases.CaseRoutes;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.http.ApiError;
import org.ctipgraph.http.ApiRoutes;
import org.ctipgraph.http.ErrorMapping;
import org.springframework.stereotype.Component;

/**
 * Network analysis of a case. Every route takes the projection filters of {@link AnalysisParameters} as
 * query parameters: {@code types} (relation types, comma-separated), {@code labels} (entity labels; default
 * Person, Company, BrickKiln), {@code minConfidence} (0..1), {@code lift} (lift calls/transfers between
 * phones/accounts to their single user; default true), {@code networkOnly} (leave out officers, NGO staff,
 * bystanders; default true), {@code followSuggested} (treat undecided SAME_AS suggestions as one actor;
 * confirmed ones always are; default false), {@code since}/{@code until} (ISO dates), {@code maxEdges}.
 * A projection over {@code maxEdges} answers 422 with advice on narrowing it; a malformed parameter 400
 * naming it; an entity outside the projection 404. Each answer carries the fingerprint of the graph state
 * it ran on in the {@code X-Graph-State} header.
 * <ul>
 *   <li>{@code GET /api/cases/{case}/paths?from=&to=&k=3&cost=HOPS|WEIGHT} — {@link AnalysisViews.PathsView}:
 *       shortest and alternative chains; each hop lists its facts with quotes, documents, pages. The ends may
 *       be of any label (a chain from a victim to a phone number)</li>
 *   <li>{@code GET /api/cases/{case}/analysis/centrality?top=10} — {@link AnalysisViews.CentralityView}: betweenness
 *       (raw and normalised by (n-1)(n-2)/2), PageRank, degree (the {@code top} highest of each), articulation
 *       points</li>
 *   <li>{@code GET /api/cases/{case}/analysis/communities?seed=42&resolution=1.0} — Leiden communities</li>
 *   <li>{@code GET /api/cases/{case}/entities/{id}/network?seed=42} — {@link AnalysisViews.NetworkView}:
 *       the network behind an arrested person (community, key players, shared identifiers, money, chains)</li>
 *   <li>{@code GET /api/cases/{case}/analysis/shared-identifiers} — phones, accounts, vehicles used by several actors</li>
 * </ul>
 */
@Component
public class AnalysisRoutes implements ApiRoutes {
    private final AnalysisService analysis;
    private final SharedIdentifiers sharedIdentifiers;
    private final CaseService cases;

    public AnalysisRoutes(AnalysisService analysis, SharedIdentifiers sharedIdentifiers, CaseService cases) {
        this.analysis = analysis;
        this.sharedIdentifiers = sharedIdentifiers;
        this.cases = cases;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.exception(ProjectionTooLargeException.class, (e, ctx) -> ctx.status(422)
                .json(new ApiError("projection_too_large", e.getMessage(), null)));
        routes.exception(AnalysisParameters.InvalidParameterException.class,
                (e, ctx) -> ErrorMapping.respond(ctx, 400, e.getMessage(), null));
        routes.exception(SubjectNotInProjectionException.class,
                (e, ctx) -> ErrorMapping.respond(ctx, 404, e.getMessage(), null));
        routes.get("/api/cases/{case}/paths", ctx -> answer(ctx, AnalysisKind.PATHS, Map.of()));
        routes.get("/api/cases/{case}/analysis/centrality", ctx -> answer(ctx, AnalysisKind.CENTRALITY, Map.of()));
        routes.get("/api/cases/{case}/analysis/communities", ctx -> answer(ctx, AnalysisKind.COMMUNITIES, Map.of()));
        routes.get("/api/cases/{case}/analysis/shared-identifiers",
                ctx -> ctx.json(sharedIdentifiers.in(CaseRoutes.requireCase(cases, ctx).id())));
        routes.get("/api/cases/{case}/entities/{id}/network",
                ctx -> answer(ctx, AnalysisKind.NETWORK, Map.of("entity", ctx.pathParam("id"))));
    }

    private void answer(Context ctx, AnalysisKind kind, Map<String, String> fromPath) {
        String caseId = CaseRoutes.requireCase(cases, ctx).id();
        Map<String, String> values = new HashMap<>(AnalysisParameters.ofQuery(ctx.queryParamMap()).values());
        values.putAll(fromPath);
        AnalysisRun run = analysis.run(kind, caseId, new AnalysisParameters(values));
        ctx.header("X-Graph-State", run.graphState());
        ctx.json(run.result());
    }
}
