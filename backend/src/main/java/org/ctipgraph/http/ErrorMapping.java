package org.ctipgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to an {@link ApiError} in one place, so all errors share one shape. */
public final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void addTo(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) ->
                respond(ctx, e.getStatus(), e.getMessage(), e.getDetails().isEmpty() ? null : e.getDetails()));
        routes.exception(ValidationException.class, (e, ctx) ->
                respond(ctx, HttpStatus.BAD_REQUEST.getCode(), "the request is not valid", e.getErrors()));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error; see the server log", null);
        });
        routes.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/") && !ctx.result().startsWith("{")) {
                respond(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), null);
            }
        });
    }

    /** The one error shape of the API: {@code {"error": code, "message", "details"}}. */
    public static void respond(Context ctx, int status, String message, Object details) {
        ctx.status(status).json(new ApiError(code(status), message, details));
    }

    private static String code(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "error_" + status : known.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, String> detail(String key, String value) {
        return Map.of(key, value);
    }
}
