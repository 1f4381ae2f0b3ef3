package org.ctipgraph.evidence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * {@code graph.gexf}: GEXF 1.2 (Gephi's format) with declared node and edge attributes; the layout's positions
 * are node attributes {@code x} and {@code y} (the {@code viz} extension is left out because JGraphT's GEXF
 * schema rejects it).
 */
final class GexfWriter {
    private static final List<String> NODE_ATTRIBUTES = List.of("type", "roles", "properties", "pseudonymised", "x", "y");
    private static final List<String> EDGE_ATTRIBUTES = List.of("relation", "confidence", "factId", "attributes", "citations");

    private GexfWriter() {
    }

    static byte[] write(PackageContent c, Map<String, Point2D> layout) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n");
        x.append("  <meta lastmodifieddate=\"").append(c.date(), 0, 10).append("\">\n    <creator>CTIP Graph</creator>\n")
                .append("    <description>").append(Xml.escape(c.title())).append("</description>\n  </meta>\n");
        x.append("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        attributes(x, "node", NODE_ATTRIBUTES, Map.of("pseudonymised", "boolean", "x", "double", "y", "double"));
        attributes(x, "edge", EDGE_ATTRIBUTES, Map.of("confidence", "double"));
        x.append("    <nodes>\n");
        for (PackageContent.Node n : c.nodes()) {
            x.append("      <node id=\"").append(Xml.escape(n.id())).append("\" label=\"").append(Xml.escape(n.name())).append("\">\n");
            Point2D p = layout.getOrDefault(n.id(), Point2D.of(0, 0));
            values(x, List.of(n.label(), String.join(", ", n.roles()), n.properties().toString(), String.valueOf(n.pseudonymised()),
                    String.valueOf(p.getX()), String.valueOf(p.getY())));
            x.append("      </node>\n");
        }
        x.append("    </nodes>\n    <edges>\n");
        for (PackageContent.Link l : c.links()) {
            x.append("      <edge id=\"").append(l.number()).append("\" source=\"").append(Xml.escape(l.source()))
                    .append("\" target=\"").append(Xml.escape(l.target())).append("\" label=\"").append(l.number()).append(' ')
                    .append(Xml.escape(l.type())).append("\" weight=\"").append(l.confidence()).append("\">\n");
            values(x, java.util.Arrays.asList(l.type(), String.valueOf(l.confidence()), l.factId() == null ? "" : l.factId(),
                    l.attributes().toString(), GraphMlWriter.citations(l)));
            x.append("      </edge>\n");
        }
        x.append("    </edges>\n  </graph>\n</gexf>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void attributes(StringBuilder x, String scope, List<String> names, Map<String, String> types) {
        x.append("    <attributes class=\"").append(scope).append("\">\n");
        for (int i = 0; i < names.size(); i++) {
            x.append("      <attribute id=\"").append(i).append("\" title=\"").append(names.get(i)).append("\" type=\"")
                    .append(types.getOrDefault(names.get(i), "string")).append("\"/>\n");
        }
        x.append("    </attributes>\n");
    }

    private static void values(StringBuilder x, List<String> values) {
        x.append("        <attvalues>\n");
        for (int i = 0; i < values.size(); i++) {
            x.append("          <attvalue for=\"").append(i).append("\" value=\"").append(Xml.escape(values.get(i))).append("\"/>\n");
        }
        x.append("        </attvalues>\n");
    }
}
