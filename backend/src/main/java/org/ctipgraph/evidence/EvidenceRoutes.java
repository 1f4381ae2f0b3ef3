package org.ctipgraph.evidence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.ctipgraph.cases.CaseRoutes;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.cases.CaseView;
import org.ctipgraph.http.ApiRoutes;
import org.springframework.stereotype.Component;

/**
 * Evidence packages of a case.
 * <ul>
 *   <li>{@code POST /api/cases/{case}/packages} — body a {@link PackageSelection}; builds and stores the package,
 *       answers {@code 201} with its {@link PackageSummary} (id, SHA-256, files); {@code 400} for a bad selection,
 *       {@code 404} when an entity or relation of it is not in the case</li>
 *   <li>{@code GET /api/cases/{case}/packages} — every package of the case, newest first</li>
 *   <li>{@code GET /api/cases/{case}/packages/{id}} — one package's summary and file listing</li>
 *   <li>{@code GET /api/cases/{case}/packages/{id}/zip} — the ZIP, with {@code X-Content-SHA256}</li>
 *   <li>{@code GET /api/cases/{case}/packages/{id}/files/<path>} — one file of the ZIP (to browse it)</li>
 * </ul>
 */
@Component
public class EvidenceRoutes implements ApiRoutes {
    private static final Map<String, String> TYPES = Map.of(".pdf", "application/pdf", ".json", "application/json",
            ".graphml", "application/xml", ".gexf", "application/xml", ".csv", "text/csv; charset=utf-8",
            ".sha256", "text/plain; charset=utf-8");
    private final EvidencePackageService packages;
    private final CaseService cases;

    public EvidenceRoutes(EvidencePackageService packages, CaseService cases) {
        this.packages = packages;
        this.cases = cases;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/cases/{case}/packages", this::build);
        routes.get("/api/cases/{case}/packages", ctx -> ctx.json(packages.list(caseId(ctx))));
        routes.get("/api/cases/{case}/packages/{id}", ctx -> ctx.json(packages.find(caseId(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> notFound(ctx))));
        routes.get("/api/cases/{case}/packages/{id}/zip", this::zip);
        routes.get("/api/cases/{case}/packages/{id}/files/<path>", this::file);
    }

    private void build(Context ctx) {
        CaseView c = CaseRoutes.requireCase(cases, ctx);
        PackageSelection selection;
        try {
            selection = ctx.bodyAsClass(PackageSelection.class);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("the body must be a selection: {\"kind\":\"path\"|\"network\"|\"items\", ...}");
        }
        PackageSummary built;
        try {
            built = packages.build(c.id(), c.name() == null ? c.id() : c.name(), selection)
                    .orElseThrow(() -> new NotFoundResponse("an entity or relation of the selection is not in case " + c.id()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        ctx.status(HttpStatus.CREATED).json(built);
    }

    private void zip(Context ctx) throws IOException {
        String caseId = caseId(ctx);
        PackageSummary summary = packages.find(caseId, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx));
        var path = packages.zip(caseId, summary.id()).orElseThrow(() -> notFound(ctx));
        ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"" + summary.id() + ".zip\"")
                .header("X-Content-SHA256", summary.sha256()).result(Files.newInputStream(path));
    }

    private void file(Context ctx) {
        String path = ctx.pathParam("path");
        byte[] bytes = packages.file(caseId(ctx), ctx.pathParam("id"), path)
                .orElseThrow(() -> new NotFoundResponse("no file '" + path + "' in package " + ctx.pathParam("id")));
        String type = TYPES.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("application/octet-stream");
        // Originals are seized files: never let a browser render or sniff them inside the application's origin.
        ctx.header("X-Content-Type-Options", "nosniff");
        if (path.startsWith("originals/")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + path.substring("originals/".length()) + "\"");
        }
        ctx.contentType(type).result(bytes);
    }

    private String caseId(Context ctx) {
        return CaseRoutes.requireCase(cases, ctx).id();
    }

    private static NotFoundResponse notFound(Context ctx) {
        return new NotFoundResponse("no package '" + ctx.pathParam("id") + "' in case " + ctx.pathParam("case"));
    }
}
