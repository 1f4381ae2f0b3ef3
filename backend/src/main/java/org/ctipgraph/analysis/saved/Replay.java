package org.ctipgraph.analysis.saved;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A saved analysis run again with its own parameters and seed. On an unchanged graph the answer must be
 * identical ({@code sameResult}); when the graph changed ({@code sameGraphState} false) the new answer is
 * given next to the fingerprint it ran on, and the saved one stays as it was.
 */
public record Replay(SavedAnalysis saved, boolean sameGraphState, boolean sameResult, String graphState,
                     JsonNode result) {
}
