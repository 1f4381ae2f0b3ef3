package org.ctipgraph.cases;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.ctipgraph.http.ApiRoutes;
import org.springframework.stereotype.Component;

/**
 * Case compartments over HTTP.
 * <ul>
 *   <li>{@code GET /api/cases} — all cases</li>
 *   <li>{@code POST /api/cases} {@code {"id","name","description"}} — 201 with the case; 409 if it exists</li>
 *   <li>{@code GET /api/cases/{case}} — one case; 404 if unknown</li>
 * </ul>
 */
@Component
public class CaseRoutes implements ApiRoutes {
    private final CaseService cases;

    public CaseRoutes(CaseService cases) {
        this.cases = cases;
    }

    /** Body of {@code POST /api/cases}. */
    public record NewCase(String id, String name, String description) {
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/cases", ctx -> ctx.json(cases.list()));
        routes.post("/api/cases", this::create);
        routes.get("/api/cases/{case}", ctx -> ctx.json(requireCase(cases, ctx)));
    }

    private void create(Context ctx) {
        NewCase body = ctx.bodyValidator(NewCase.class).check(b -> b.id() != null, "id is required").get();
        try {
            ctx.status(HttpStatus.CREATED).json(cases.create(body.id(), body.name(), body.description()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ConflictResponse(e.getMessage());
        }
    }

    /** The case named by the {@code {case}} path parameter, or a 404. Used by every case-scoped route. */
    public static CaseView requireCase(CaseService cases, Context ctx) {
        String id = ctx.pathParam("case");
        return cases.find(id).orElseThrow(() -> new NotFoundResponse("no case '" + id + "'"));
    }
}
