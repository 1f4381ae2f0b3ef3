package org.ctipgraph.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Full-text search of a case over entity names and aliases ({@code entity_names}) and page text
 * ({@code page_text}). The investigator's words are escaped and each becomes a prefix term, all
 * required, so "sok dar" finds "SOK Dara" and Lucene syntax typed by accident cannot break the query.
 */
@Service
public class SearchService {
    /** Pseudo-type that selects page hits in the {@code types} filter. */
    public static final String DOCUMENT_TYPE = "Document";
    private static final int SNIPPET_RADIUS = 90;

    private final CaseGraph graph;

    SearchService(CaseGraph graph) {
        this.graph = graph;
    }

    /**
     * @param types entity labels to include, plus {@value #DOCUMENT_TYPE} for page hits; empty = everything
     */
    public SearchView search(String caseId, String text, Set<String> types, int limit) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return new SearchView(text, List.of(), List.of());
        }
        String lucene = String.join(" AND ", terms.stream().map(t -> escape(t) + "*").toList());
        List<String> labels = types.stream().filter(EntityIds::isEntityLabel).toList();
        boolean entities = types.isEmpty() || !labels.isEmpty();
        boolean pages = types.isEmpty() || types.contains(DOCUMENT_TYPE);
        // The full-text indexes are updated after commit (schema V004): take in what is pending first.
        graph.read("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", Map.of(), r -> r);
        List<SearchView.EntityHit> entityHits = entities ? graph.read("""
                CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
                WHERE node.caseId = $caseId AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
                RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, node.aliases AS aliases,
                       node.roles AS roles, score, COUNT { (node)-[:MENTIONED_IN]->() } AS mentions
                ORDER BY score DESC LIMIT $limit
                """, Map.of("q", lucene, "caseId", caseId, "labels", labels, "limit", limit),
                r -> new SearchView.EntityHit(r.get("id").asString(), r.get("label").asString(),
                        r.get("name").asString(null), Values.strings(r.get("aliases")), Values.strings(r.get("roles")),
                        r.get("score").asDouble(), r.get("mentions").asInt())) : List.of();
        List<SearchView.PageHit> pageHits = pages ? graph.read("""
                CALL db.index.fulltext.queryNodes('page_text', $q) YIELD node, score
                WHERE node.caseId = $caseId
                MATCH (d:Document)-[:HAS_PAGE]->(node)
                RETURN d.sha256 AS sha256, d.name AS name, node.number AS page, node.text AS text, score
                ORDER BY score DESC LIMIT $limit
                """, Map.of("q", lucene, "caseId", caseId, "limit", limit),
                r -> new SearchView.PageHit(r.get("sha256").asString(), r.get("name").asString(null),
                        r.get("page").asInt(), snippet(r.get("text").asString(""), terms), r.get("score").asDouble()))
                : List.of();
        return new SearchView(text, entityHits, pageHits);
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String t : text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
                if (!t.isBlank()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Backslash-escapes every Lucene query-syntax character. */
    static String escape(String term) {
        StringBuilder sb = new StringBuilder();
        for (char c : term.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A window of the page text around the first term found, on word boundaries where possible. */
    static String snippet(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = terms.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - SNIPPET_RADIUS);
        int end = Math.min(text.length(), at + SNIPPET_RADIUS);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && at - start < SNIPPET_RADIUS + 20) {
            start--;
        }
        String body = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
    }
}
