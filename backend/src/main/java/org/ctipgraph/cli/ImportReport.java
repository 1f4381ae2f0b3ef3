package org.ctipgraph.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code ctip-graph import} did, file by file; written as JSON with {@code --report-json}.
 *
 * @param documents every received file and every file unpacked from one
 * @param counts    documents per status (INGESTED, PARTIAL, REJECTED, REFUSED, FAILED)
 */
public record ImportReport(List<Entry> documents, Map<String, Integer> counts) {

    /**
     * @param path   the path given (members: {@code container!/member})
     * @param sha256 content address, {@code null} when refused before storing
     * @param status INGESTED, PARTIAL, REJECTED, REFUSED (not accepted) or FAILED (internal error)
     * @param reason rejection code and message, or warnings of a PARTIAL document
     * @param parent SHA-256 of the container for unpacked files
     */
    public record Entry(String path, String sha256, String status, String reason, String parent) {
    }

    static ImportReport of(List<Entry> documents) {
        Map<String, Integer> counts = new TreeMap<>();
        documents.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
        return new ImportReport(List.copyOf(documents), counts);
    }
}
