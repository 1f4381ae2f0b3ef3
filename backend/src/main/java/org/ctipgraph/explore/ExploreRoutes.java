package org.ctipgraph.explore;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctipgraph.cases.CaseRoutes;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.http.ApiRoutes;
import org.springframework.stereotype.Component;

/**
 * Exploring a case's graph. All routes answer {@code 404} for an unknown case or id and {@code 400} with
 * the list of what was wrong for a bad parameter.
 * <ul>
 *   <li>{@code GET /api/cases/{case}/search?q=&types=Person,Company,Document&limit=25} — {@link SearchView}:
 *       entities whose name or alias matches, and page hits {@code {sha256, document, page, snippet}};
 *       {@code types} filters entity labels, {@code Document} selects page hits</li>
 *   <li>{@code GET /api/cases/{case}/entities/{id}} — {@link EntityView}: properties, fact counts by type,
 *       mentions {@code {sha256, document, page, spanStart, spanEnd, surface, role, quote}}</li>
 *   <li>{@code GET /api/cases/{case}/entities/{id}/neighbours?types=&relations=&minConfidence=0&limit=200} —
 *       {@link GraphView} {@code {nodes:[{id,label,name,roles,minor,degree}],
 *       edges:[{id,type,source,target,confidence,sources,attributes}], truncated}}, ready for Cytoscape.js</li>
 *   <li>{@code GET /api/cases/{case}/relations/{id}} — {@link RelationView}: the fact, both ends, and its
 *       evidence {@code [{sha256, document, page, spanStart, spanEnd, quote, extractor, confidence}]}</li>
 *   <li>{@code GET /api/cases/{case}/documents/{sha256}/pages/{n}/mentions} — {@link MentionView}s on that
 *       page in text order, with spans for highlighting</li>
 *   <li>{@code GET /api/cases/{case}/timeline?entities=id1,id2} — {@link TimelineView}: dated facts, oldest
 *       first (whole case when {@code entities} is absent)</li>
 *   <li>{@code GET /api/cases/{case}/merges} — {@link MergeView}s: {@code SAME_AS} pairs, undecided first</li>
 *   <li>{@code POST /api/cases/{case}/merges/suggest} — runs the entity resolver over the case and stores
 *       its suggestions; {@code {"suggested": n, "merges": [...]}}</li>
 *   <li>{@code POST /api/cases/{case}/merges/{id}} {@code {"decision":"confirmed|rejected","by":"name"}} —
 *       records the decision, who and when; answers the updated {@link MergeView}</li>
 * </ul>
 */
@Component
public class ExploreRoutes implements ApiRoutes {
    private static final int MAX_LIMIT = 2000;
    private final CaseService cases;
    private final SearchService search;
    private final EntityService entities;
    private final RelationService relations;
    private final TimelineService timeline;
    private final MergeService merges;

    public ExploreRoutes(CaseService cases, SearchService search, EntityService entities, RelationService relations,
                         TimelineService timeline, MergeService merges) {
        this.cases = cases;
        this.search = search;
        this.entities = entities;
        this.relations = relations;
        this.timeline = timeline;
        this.merges = merges;
    }

    /** Body of {@code POST /api/cases/{case}/merges/{id}}. */
    public record Decision(String decision, String by) {
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/cases/{case}/search", this::search);
        routes.get("/api/cases/{case}/entities/{id}", ctx -> ctx.json(entities.entity(caseId(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> notFound("entity", ctx.pathParam("id")))));
        routes.get("/api/cases/{case}/entities/{id}/neighbours", this::neighbours);
        routes.get("/api/cases/{case}/relations/{id}", ctx -> ctx.json(relations.relation(caseId(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> notFound("relation", ctx.pathParam("id")))));
        routes.get("/api/cases/{case}/documents/{sha256}/pages/{page}/mentions", ctx -> {
            String caseId = caseId(ctx);
            String sha = ctx.pathParamAsClass("sha256", String.class)
                    .check(s -> s.matches("[0-9a-f]{64}"), "sha256 must be 64 lower-case hex digits").get();
            int page = ctx.pathParamAsClass("page", Integer.class).check(n -> n >= 1, "pages are numbered from 1").get();
            ctx.json(entities.pageMentions(caseId, sha, page));
        });
        routes.get("/api/cases/{case}/timeline", ctx -> ctx.json(timeline.timeline(caseId(ctx), list(ctx, "entities"))));
        routes.get("/api/cases/{case}/merges", ctx -> ctx.json(merges.list(caseId(ctx))));
        routes.post("/api/cases/{case}/merges/suggest", ctx -> {
            String caseId = caseId(ctx);
            int suggested = merges.suggest(caseId);
            ctx.json(Map.of("suggested", suggested, "merges", merges.list(caseId)));
        });
        routes.post("/api/cases/{case}/merges/{id}", this::decide);
    }

    private void search(Context ctx) {
        String caseId = caseId(ctx);
        String q = ctx.queryParamAsClass("q", String.class).check(s -> s != null && !s.isBlank(), "q is required").get();
        List<String> types = list(ctx, "types");
        for (String t : types) {
            if (!EntityIds.isEntityLabel(t) && !t.equals(SearchService.DOCUMENT_TYPE)) {
                throw new BadRequestResponse("unknown type '" + t + "'");
            }
        }
        ctx.json(search.search(caseId, q, new LinkedHashSet<>(types), limit(ctx, 25)));
    }

    private void neighbours(Context ctx) {
        String caseId = caseId(ctx);
        double minConfidence = ctx.queryParamAsClass("minConfidence", Double.class).getOrDefault(0.0);
        if (minConfidence < 0 || minConfidence > 1) {
            throw new BadRequestResponse("minConfidence must be between 0 and 1");
        }
        ctx.json(entities.neighbours(caseId, ctx.pathParam("id"), list(ctx, "types"), list(ctx, "relations"),
                minConfidence, limit(ctx, 200)).orElseThrow(() -> notFound("entity", ctx.pathParam("id"))));
    }

    private void decide(Context ctx) {
        String caseId = caseId(ctx);
        Decision body = ctx.bodyValidator(Decision.class)
                .check(d -> d.decision() != null && MergeService.DECISIONS.contains(d.decision()),
                        "decision must be one of " + MergeService.DECISIONS)
                .check(d -> d.by() != null && !d.by().isBlank(), "by (who decides) is required").get();
        ctx.json(merges.decide(caseId, ctx.pathParam("id"), body.decision(), body.by().strip())
                .orElseThrow(() -> notFound("merge suggestion", ctx.pathParam("id"))));
    }

    private String caseId(Context ctx) {
        return CaseRoutes.requireCase(cases, ctx).id();
    }

    private static int limit(Context ctx, int byDefault) {
        return ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT).getOrDefault(byDefault);
    }

    /** A comma-separated query parameter; absent or empty = no filter. */
    private static List<String> list(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
        return List.copyOf(values);
    }

    private static NotFoundResponse notFound(String what, String id) {
        return new NotFoundResponse("no " + what + " '" + id + "' in this case");
    }
}
