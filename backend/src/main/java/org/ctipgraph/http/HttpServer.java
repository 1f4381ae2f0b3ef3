package org.ctipgraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.ctipgraph.config.CtipSettings;
import org.ctipgraph.database.PortCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The only HTTP server: Javalin, built from every {@link ApiRoutes} bean plus the UI's static
 * assets ({@link WebAssets}), started after the Spring context is ready and stopped with it.
 */
@Component
public class HttpServer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final CtipSettings.Http settings;
    private final List<ApiRoutes> routes;
    private volatile Javalin app;

    HttpServer(CtipSettings settings, List<ApiRoutes> routes) {
        this.settings = settings.http();
        this.routes = routes;
    }

    /** Builds the Javalin app; also used by API tests that wire routes by hand, without Spring. */
    public static Javalin create(List<ApiRoutes> routes) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            ErrorMapping.addTo(cfg.routes);
            routes.forEach(r -> r.addTo(cfg.routes));
            new WebAssets().addTo(cfg.routes);
        });
    }

    @Override
    public void start() {
        PortCheck.requireFree("HTTP", settings.host(), settings.port(), "CTIP_HTTP_PORT (ctip.http.port)");
        app = create(routes).start(settings.host(), settings.port());
        log.info("HTTP API and UI on {}", url());
    }

    @Override
    public void stop() {
        Javalin running = app;
        if (running != null) {
            running.stop();
            app = null;
        }
    }

    @Override
    public boolean isRunning() {
        return app != null;
    }

    /** The port actually bound (useful when configured as 0). */
    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + settings.host() + ":" + port() + "/";
    }
}
