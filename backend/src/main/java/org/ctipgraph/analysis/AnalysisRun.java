package org.ctipgraph.analysis;

/**
 * One run of an analysis: its answer (one of the {@link AnalysisViews} records) and the fingerprint of
 * the graph state it ran on, so a saved run can later be told apart from a re-run on a changed graph.
 */
public record AnalysisRun(AnalysisKind kind, AnalysisParameters parameters, Object result, String graphState) {
}
