package org.ctipgraph.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.ctipgraph.analysis.projection.ProjectionTooLargeException;
import org.ctipgraph.cases.CaseRoutes;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.http.ApiRoutes;
import org.springframework.stereotype.Component;

/**
 * Network analysis of a case. Every route takes the projection filters as query parameters:
 * {@code types} (relation types, comma-separated), {@code labels} (entity labels; default Person,
 * Company, BrickKiln), {@code minConfidence} (0..1), {@code lift} (lift calls/transfers between
 * phones/accounts to their single user; default true), {@code networkOnly} (leave out officers,
 * NGO staff, bystanders; default true), {@code followSuggested} (treat undecided SAME_AS suggestions as one
 * actor; confirmed ones always are; default false), {@code maxEdges}. A projection over {@code maxEdges}
 * answers 422 with advice on narrowing it.
 * <ul>
 *   <li>{@code GET /api/cases/{case}/paths?from=&to=&k=3&cost=HOPS|WEIGHT} — {@link AnalysisViews.PathsView}:
 *       shortest and alternative chains; each hop lists its facts with quotes, documents, pages</li>
 *   <li>{@code GET /api/cases/{case}/analysis/centrality} — {@link AnalysisViews.CentralityView}: betweenness
 *       (raw and normalised by (n-1)(n-2)/2), PageRank, degree, articulation points</li>
 *   <li>{@code GET /api/cases/{case}/analysis/communities?seed=42&resolution=1.0} — Leiden communities</li>
 *   <li>{@code GET /api/cases/{case}/entities/{id}/network?seed=42&hops=} — {@link AnalysisViews.NetworkView}:
 *       the network behind an arrested person (community, key players, shared identifiers, money, chains)</li>
 *   <li>{@code GET /api/cases/{case}/analysis/shared-identifiers} — phones, accounts, vehicles used by several actors</li>
 * </ul>
 */
@Component
public class AnalysisRoutes implements ApiRoutes {
    private final AnalysisService analysis;
    private final CaseService cases;

    public AnalysisRoutes(AnalysisService analysis, CaseService cases) {
        this.analysis = analysis;
        this.cases = cases;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.exception(ProjectionTooLargeException.class, (e, ctx) -> ctx.status(422)
                .json(new org.ctipgraph.http.ApiError("projection_too_large", e.getMessage(), null)));
        routes.get("/api/cases/{case}/paths", this::paths);
        routes.get("/api/cases/{case}/analysis/centrality", ctx -> ctx.json(analysis.centrality(request(ctx))));
        routes.get("/api/cases/{case}/analysis/communities", ctx -> ctx.json(analysis.communities(request(ctx),
                ctx.queryParamAsClass("seed", Long.class).getOrDefault(42L), number(ctx, "resolution", 1.0, 0.001, 100))));
        routes.get("/api/cases/{case}/analysis/shared-identifiers",
                ctx -> ctx.json(analysis.sharedIdentifiers(CaseRoutes.requireCase(cases, ctx).id())));
        routes.get("/api/cases/{case}/entities/{id}/network", ctx -> {
            String id = ctx.pathParam("id");
            ctx.json(analysis.network(request(ctx), id, ctx.queryParamAsClass("seed", Long.class).getOrDefault(42L))
                    .orElseThrow(() -> new NotFoundResponse("entity '" + id + "' is not in this case's network projection")));
        });
    }

    private void paths(Context ctx) {
        String from = ctx.queryParamAsClass("from", String.class).get();
        String to = ctx.queryParamAsClass("to", String.class).get();
        int k = (int) number(ctx, "k", 3, 1, 20);
        PathCost cost;
        try {
            cost = PathCost.valueOf(ctx.queryParamAsClass("cost", String.class).getOrDefault("HOPS"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("cost must be one of " + Arrays.toString(PathCost.values()));
        }
        ctx.json(analysis.paths(request(ctx), from, to, k, cost).orElseThrow(() ->
                new NotFoundResponse("both entities must be in the case's network projection: " + from + ", " + to)));
    }

    private ProjectionRequest request(Context ctx) {
        String caseId = CaseRoutes.requireCase(cases, ctx).id();
        String seedList = ctx.queryParam("seeds");
        List<String> seeds = seedList == null || seedList.isBlank() ? List.of() : List.of(seedList.split(","));
        return new ProjectionRequest(caseId, seeds, (int) number(ctx, "hops", 2, 0, 10),
                AnalysisService.split(ctx.queryParam("labels")), AnalysisService.split(ctx.queryParam("types")),
                number(ctx, "minConfidence", 0.0, 0.0, 1.0),
                ctx.queryParamAsClass("lift", Boolean.class).getOrDefault(true),
                ctx.queryParamAsClass("networkOnly", Boolean.class).getOrDefault(true),
                (int) number(ctx, "maxEdges", ProjectionRequest.DEFAULT_MAX_EDGES, 1, 50_000_000),
                ctx.queryParamAsClass("followSuggested", Boolean.class).getOrDefault(false));
    }

    /** A numeric query parameter within bounds, or its default when absent; a 400 names the parameter otherwise. */
    private static double number(Context ctx, String name, double defaultValue, double min, double max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(raw);
            if (value < min || value > max) {
                throw new BadRequestResponse(name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number: '" + raw + "'");
        }
    }
}
