package org.ctipgraph.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * {@code graph.graphml}: GraphML 1.0 with typed keys, read by yEd, Gephi, Cytoscape and JGraphT's importer.
 * Nodes carry label, type, roles, properties and layout position; edges carry their link number, relation,
 * confidence and citations (document, page, SHA-256, quote), so the file alone answers "where does this
 * link come from?".
 */
final class GraphMlWriter {
    private GraphMlWriter() {
    }

    static byte[] write(PackageContent c, Map<String, Point2D> layout) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        key(x, "n_label", "node", "label", "string");
        key(x, "n_type", "node", "type", "string");
        key(x, "n_roles", "node", "roles", "string");
        key(x, "n_properties", "node", "properties", "string");
        key(x, "n_pseudonymised", "node", "pseudonymised", "boolean");
        key(x, "n_x", "node", "x", "double");
        key(x, "n_y", "node", "y", "double");
        key(x, "e_label", "edge", "label", "string");
        key(x, "e_relation", "edge", "relation", "string");
        key(x, "e_confidence", "edge", "confidence", "double");
        key(x, "e_fact", "edge", "factId", "string");
        key(x, "e_attributes", "edge", "attributes", "string");
        key(x, "e_citations", "edge", "citations", "string");
        x.append("  <graph id=\"").append(Xml.escape(c.caseId())).append("\" edgedefault=\"directed\">\n");
        for (PackageContent.Node n : c.nodes()) {
            Point2D p = layout.get(n.id());
            x.append("    <node id=\"").append(Xml.escape(n.id())).append("\">\n");
            data(x, "n_label", n.name());
            data(x, "n_type", n.label());
            data(x, "n_roles", String.join(", ", n.roles()));
            data(x, "n_properties", n.properties().toString());
            data(x, "n_pseudonymised", String.valueOf(n.pseudonymised()));
            if (p != null) {
                data(x, "n_x", String.valueOf(p.getX()));
                data(x, "n_y", String.valueOf(p.getY()));
            }
            x.append("    </node>\n");
        }
        for (PackageContent.Link l : c.links()) {
            x.append("    <edge id=\"").append(l.number()).append("\" source=\"").append(Xml.escape(l.source()))
                    .append("\" target=\"").append(Xml.escape(l.target())).append("\">\n");
            data(x, "e_label", l.number() + " " + l.type());
            data(x, "e_relation", l.type());
            data(x, "e_confidence", String.valueOf(l.confidence()));
            if (l.factId() != null) {
                data(x, "e_fact", l.factId());
            }
            data(x, "e_attributes", l.attributes().toString());
            data(x, "e_citations", citations(l));
            x.append("    </edge>\n");
        }
        x.append("  </graph>\n</graphml>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Citations as one readable string per link (graph tools show a data value, not a nested list). */
    static String citations(PackageContent.Link l) {
        StringBuilder sb = new StringBuilder();
        for (PackageContent.Cite cite : l.citations()) {
            if (!sb.isEmpty()) {
                sb.append(" | ");
            }
            sb.append(cite.document()).append(" p.").append(cite.page()).append(" sha256:").append(cite.sha256())
                    .append(" \"").append(cite.quote()).append("\" (").append(cite.derivation()).append(')');
        }
        return sb.toString();
    }

    private static void key(StringBuilder x, String id, String scope, String name, String type) {
        x.append("  <key id=\"").append(id).append("\" for=\"").append(scope).append("\" attr.name=\"").append(name)
                .append("\" attr.type=\"").append(type).append("\"/>\n");
    }

    private static void data(StringBuilder x, String key, String value) {
        x.append("      <data key=\"").append(key).append("\">").append(Xml.escape(value)).append("</data>\n");
    }
}
