package org.ctipgraph.explore;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;

/** Converting driver values to plain JSON-ready Java values. */
final class Values {
    /** Evidence and bookkeeping lists on facts, shown as the evidence list rather than as attributes. */
    static final Set<String> EVIDENCE_KEYS = Set.of("id", "caseId", "evidenceIds", "sources", "pages", "spanStarts",
            "spanEnds", "quotes", "extractors", "extractorVersions", "confidences", "confidence");

    private Values() {
    }

    /** The properties of a node or relationship except the given keys, as plain values. */
    static Map<String, Object> properties(Entity entity, Set<String> except) {
        Map<String, Object> out = new LinkedHashMap<>();
        java.util.stream.StreamSupport.stream(entity.keys().spliterator(), false).sorted()
                .filter(k -> !except.contains(k)).forEach(k -> out.put(k, plain(entity.get(k).asObject())));
        return out;
    }

    /** Dates and times as ISO strings; anything the JSON mapper might not know as its text. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }

    static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(v -> v.isNull() ? null : v.asString());
    }

    static Double doubleOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asDouble();
    }

    static Integer intOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }
}
