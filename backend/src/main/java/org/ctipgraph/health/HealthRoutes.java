package org.ctipgraph.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import org.ctipgraph.http.ApiRoutes;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/health}: 200 with {@link HealthView} when Neo4j answers, 503 with the same shape
 * when it does not, so load balancers and scripts can rely on the status code alone.
 */
@Component
public class HealthRoutes implements ApiRoutes {
    private final HealthService health;

    public HealthRoutes(HealthService health) {
        this.health = health;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/health", ctx -> {
            HealthView view = health.check();
            ctx.status(view.neo4j().up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(view);
        });
    }
}
