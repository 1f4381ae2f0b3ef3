package org.ctipgraph.analysis.saved;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.ctipgraph.analysis.AnalysisKind;
import org.ctipgraph.analysis.AnalysisParameters;
import org.ctipgraph.cases.CaseRoutes;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.http.ApiRoutes;
import org.springframework.stereotype.Component;

/**
 * Saved analyses of a case.
 * <ul>
 *   <li>{@code POST /api/cases/{case}/analyses} {@code {"name", "kind": "paths|centrality|communities|network",
 *       "parameters": {...the query parameters of that analysis, as strings...}, "by": "who"}} — runs it and
 *       keeps it: {@code 201} with the {@link SavedAnalysis}, answer included</li>
 *   <li>{@code GET /api/cases/{case}/analyses} — saved analyses, newest first, without answers</li>
 *   <li>{@code GET /api/cases/{case}/analyses/{id}} — one, with its answer as it was</li>
 *   <li>{@code GET /api/cases/{case}/analyses/{id}/replay} — {@link Replay}: run again with the same parameters
 *       and seed; says whether the graph state and the answer are unchanged</li>
 * </ul>
 */
@Component
public class SavedAnalysisRoutes implements ApiRoutes {
    private final SavedAnalysisService saved;
    private final CaseService cases;

    SavedAnalysisRoutes(SavedAnalysisService saved, CaseService cases) {
        this.saved = saved;
        this.cases = cases;
    }

    /** Body of {@code POST /api/cases/{case}/analyses}. */
    public record SaveRequest(String name, String kind, Map<String, String> parameters, String by) {
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/cases/{case}/analyses", this::save);
        routes.get("/api/cases/{case}/analyses", ctx -> ctx.json(saved.list(caseId(ctx))));
        routes.get("/api/cases/{case}/analyses/{id}", ctx -> ctx.json(saved.find(caseId(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> notFound(ctx))));
        routes.get("/api/cases/{case}/analyses/{id}/replay", ctx -> ctx.json(saved.replay(caseId(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> notFound(ctx))));
    }

    private void save(Context ctx) {
        String caseId = caseId(ctx);
        SaveRequest body = ctx.bodyValidator(SaveRequest.class)
                .check(b -> b.name() != null && !b.name().isBlank(), "name is required")
                .check(b -> b.kind() != null, "kind is required")
                .check(b -> b.by() != null && !b.by().isBlank(), "by (who runs the analysis) is required").get();
        AnalysisParameters parameters = new AnalysisParameters(body.parameters() == null ? Map.of() : body.parameters());
        ctx.status(201).json(saved.save(caseId, body.name().strip(), AnalysisKind.parse(body.kind()), parameters,
                body.by().strip()));
    }

    private String caseId(Context ctx) {
        return CaseRoutes.requireCase(cases, ctx).id();
    }

    private static NotFoundResponse notFound(Context ctx) {
        return new NotFoundResponse("no saved analysis '" + ctx.pathParam("id") + "' in this case");
    }
}
