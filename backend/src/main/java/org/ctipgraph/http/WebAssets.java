package org.ctipgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the UI (the {@code web} module's jar, folder {@code /web} on the classpath). Done here
 * rather than with Jetty's resource handler because that handler cannot read resources inside the
 * nested jars of the executable jar.
 */
final class WebAssets implements ApiRoutes {
    private static final String ROOT = "/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "map", "application/json");

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/", ctx -> serve(ctx, "index.html"));
        routes.get("/<path>", ctx -> {
            if (ctx.path().startsWith("/api/")) {
                throw new NotFoundResponse("no such endpoint: GET " + ctx.path());
            }
            serve(ctx, ctx.pathParam("path"));
        });
    }

    private static void serve(Context ctx, String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (path.contains("..") || path.contains("//") || type == null) {
            throw new NotFoundResponse("no such file: " + path);
        }
        InputStream in = WebAssets.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new NotFoundResponse("no such file: " + path);
        }
        ctx.contentType(type).header("Cache-Control", "no-cache").result(in);
    }
}
