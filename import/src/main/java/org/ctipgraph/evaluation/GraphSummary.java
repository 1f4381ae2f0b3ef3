package org.ctipgraph.evaluation;

import java.util.List;

/**
 * How the tool's person/organisation projection compares with the truth's {@code graph_analysis}.
 *
 * @param nodes              projection nodes (by truth id) against the truth's nodes
 * @param edges              projection edges (pairs of truth ids) against the truth's edges
 * @param predictedNodes     nodes of the tool's projection before mapping (split entities count twice)
 * @param missingNodes       truth nodes the projection lacks
 * @param missingEdges       truth edges the projection lacks (what to look at first when chains are wrong)
 * @param topBetweenness     the truth's top node by betweenness, and the tool's
 * @param betweennessWithinTolerance how many of the truth's top-5 normalised scores the tool matches to ±0.001
 * @param articulationPoints the tool's cut vertices against the truth's
 */
public record GraphSummary(Score nodes, Score edges, int predictedNodes, List<String> missingNodes,
                           List<String> missingEdges, List<String> topBetweenness, int betweennessWithinTolerance,
                           Score articulationPoints) {
}
