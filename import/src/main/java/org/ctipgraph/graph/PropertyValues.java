package org.ctipgraph.graph;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts extractor attributes to values Neo4j can store on a node or relationship: strings,
 * numbers, booleans and lists of them. Nested maps become strings rather than failing the write.
 */
final class PropertyValues {
    private PropertyValues() {
    }

    static Map<String, Object> sanitize(Map<String, Object> properties) {
        Map<String, Object> clean = new TreeMap<>();
        properties.forEach((key, value) -> {
            Object converted = convert(value);
            if (converted != null) {
                clean.put(key, converted);
            }
        });
        return clean;
    }

    private static Object convert(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double || value instanceof TemporalAccessor) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            List<Object> items = c.stream().map(PropertyValues::convert).filter(v -> v != null && !(v instanceof List)).toList();
            return items;
        }
        return value.toString();
    }
}
