package org.ctipgraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
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

    private final CtipSettings settings;
    private final List<ApiRoutes> routes;
    private volatile Javalin app;

    HttpServer(CtipSettings settings, List<ApiRoutes> routes) {
        this.settings = settings;
        this.routes = routes;
    }

    /** Builds the Javalin app; also used by API tests that wire routes by hand, without Spring. */
    public static Javalin create(List<ApiRoutes> routes, CtipSettings settings) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            // Large uploads spool to disk next to the evidence store, never to the heap. The size limit is
            // enforced per file by the evidence store, so one file too large does not fail the others.
            cfg.jetty.multipartConfig.cacheDirectory(settings.dataDir().resolve("tmp").toAbsolutePath().toString());
            cfg.jetty.multipartConfig.maxFileSize(-1, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(-1, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            ErrorMapping.addTo(cfg.routes);
            routes.forEach(r -> r.addTo(cfg.routes));
            new WebAssets().addTo(cfg.routes);
        });
    }

    @Override
    public void start() {
        CtipSettings.Http http = settings.http();
        PortCheck.requireFree("HTTP", http.host(), http.port(), "CTIP_HTTP_PORT (ctip.http.port)");
        try {
            java.nio.file.Files.createDirectories(settings.dataDir().resolve("tmp"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        app = create(routes, settings).start(http.host(), http.port());
        log.info("HTTP API and UI on {}", url());
    }

    @Override
    public boolean isAutoStartup() {
        return settings.http().enabled();
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
        return "http://" + settings.http().host() + ":" + port() + "/";
    }
}
