package org.ctipgraph.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * {@code graph.json}: the whole package content (nodes with positions, numbered links with citations and
 * derivations, documents with custody, merges, parameters, protection), pretty-printed with a fixed
 * indenter and line ending so that equal content gives equal bytes. {@link PackageVerifier} reads it back.
 */
final class PackageJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PackageJson() {
    }

    static byte[] write(PackageContent c, Map<String, Point2D> layout) {
        Map<String, Object> positions = new LinkedHashMap<>();
        layout.forEach((id, p) -> positions.put(id, Map.of("x", p.getX(), "y", p.getY())));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "ctip-graph evidence package 1");
        root.put("content", c);
        root.put("layout", positions);
        return bytes(PRETTY, root);
    }

    /** One compact JSON object (for JSON lines). */
    static String line(Object value) {
        return new String(bytes(MAPPER.writer(), value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
