package org.ctipgraph.evidence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code nodes.csv} and {@code edges.csv} for i2 Analyst's Notebook (and spreadsheets): one entity per row
 * with an identity column, one link per row with both ends' identities, type, label, date and sources — the
 * shape the Notebook's import specifications map to entity and link types. RFC 4180 quoting, CRLF line ends,
 * UTF-8 with a byte-order mark so Khmer names survive the import.
 */
final class AnalystNotebookCsv {
    private static final String BOM = "\uFEFF";

    private AnalystNotebookCsv() {
    }

    static byte[] nodes(PackageContent c) {
        StringBuilder sb = new StringBuilder(BOM);
        row(sb, List.of("Entity ID", "Entity Type", "Label", "Roles", "Properties", "Pseudonymised"));
        for (PackageContent.Node n : c.nodes()) {
            row(sb, List.of(n.id(), n.label(), n.name(), String.join("; ", n.roles()), n.properties().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")), n.pseudonymised() ? "yes" : "no"));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] edges(PackageContent c) {
        StringBuilder sb = new StringBuilder(BOM);
        row(sb, List.of("Link ID", "From Entity ID", "To Entity ID", "Link Type", "Label", "Date", "Confidence",
                "Sources", "Documents"));
        for (PackageContent.Link l : c.links()) {
            String date = l.attributes().getOrDefault("date", l.attributes().getOrDefault("first", ""));
            row(sb, List.of(l.number(), l.source(), l.target(), l.type(), l.number() + " " + l.type(), date,
                    String.valueOf(l.confidence()), GraphMlWriter.citations(l), l.citations().stream()
                            .map(x -> x.sha256()).distinct().collect(Collectors.joining("; "))));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append(cells.stream().map(AnalystNotebookCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(String v) {
        String s = v == null ? "" : v;
        return s.matches("[^\",\r\n]*") && !s.startsWith("=") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
