package org.ctipgraph.analysis.saved;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An analysis kept under a name. {@code result} is the answer exactly as it was given when saved
 * (same JSON shape as the live route of its {@code kind}); it is left out of listings.
 *
 * @param graphState fingerprint of the projection the analysis ran on (see {@code Projection.state()})
 */
public record SavedAnalysis(String id, String caseId, String name, String kind, Map<String, String> parameters,
                            String graphState, String createdAt, String createdBy, JsonNode result) {

    SavedAnalysis withoutResult() {
        return new SavedAnalysis(id, caseId, name, kind, parameters, graphState, createdAt, createdBy, null);
    }
}
