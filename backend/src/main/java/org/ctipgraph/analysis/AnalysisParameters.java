package org.ctipgraph.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ctipgraph.analysis.projection.ProjectionRequest;

/**
 * The parameters of one analysis, as text, exactly as a user gave them (query string or saved analysis).
 * Kept as text so that a saved analysis replays the very request that produced it; read through typed
 * accessors that name the parameter in the error when a value is wrong.
 *
 * <p>Projection parameters: {@code seeds} (comma-separated entity ids), {@code hops} (0..10, default 2),
 * {@code labels}, {@code types} (comma-separated), {@code minConfidence} (0..1), {@code lift} (default true),
 * {@code networkOnly} (default true), {@code followSuggested} (default false), {@code maxEdges},
 * {@code since} and {@code until} (ISO dates: facts dated wholly outside are left out; undated facts stay).
 */
public record AnalysisParameters(Map<String, String> values) {

    /** A parameter is missing or malformed; the message names it. */
    public static final class InvalidParameterException extends IllegalArgumentException {
        public InvalidParameterException(String message) {
            super(message);
        }
    }

    public AnalysisParameters {
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sorted.put(k, v.trim());
            }
        });
        values = Collections.unmodifiableMap(sorted);
    }

    /** From a query string: the first value of each parameter. */
    public static AnalysisParameters ofQuery(Map<String, List<String>> query) {
        Map<String, String> first = new TreeMap<>();
        query.forEach((k, v) -> {
            if (!v.isEmpty()) {
                first.put(k, v.getFirst());
            }
        });
        return new AnalysisParameters(first);
    }

    public String text(String name) {
        return values.get(name);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new InvalidParameterException(name + " is required");
        }
        return value;
    }

    public double number(String name, double defaultValue, double min, double max) {
        String raw = values.get(name);
        if (raw == null) {
            return defaultValue;
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a number: '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name + " must be between " + min + " and " + max);
        }
        return value;
    }

    public long seed() {
        String raw = values.get("seed");
        try {
            return raw == null ? 42L : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("seed must be a whole number: '" + raw + "'");
        }
    }

    public boolean flag(String name, boolean defaultValue) {
        String raw = values.get(name);
        if (raw == null) {
            return defaultValue;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name + " must be true or false: '" + raw + "'");
        };
    }

    public LocalDate date(String name) {
        String raw = values.get(name);
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name + " must be an ISO date (2026-01-31): '" + raw + "'");
        }
    }

    public List<String> list(String name) {
        String raw = values.get(name);
        return raw == null ? List.of() : Arrays.stream(raw.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** What to project from the case, with the defaults documented on {@link ProjectionRequest}. */
    public ProjectionRequest projection(String caseId) {
        LocalDate since = date("since");
        LocalDate until = date("until");
        if (since != null && until != null && since.isAfter(until)) {
            throw new InvalidParameterException("since (" + since + ") is after until (" + until + ")");
        }
        return new ProjectionRequest(caseId, list("seeds"), (int) number("hops", 2, 0, 10), Set.copyOf(list("labels")),
                Set.copyOf(list("types")), number("minConfidence", 0.0, 0.0, 1.0), flag("lift", true),
                flag("networkOnly", true), (int) number("maxEdges", ProjectionRequest.DEFAULT_MAX_EDGES, 1, 50_000_000),
                flag("followSuggested", false), since, until);
    }
}
