/**
 * Network analysis of a case, one class per answer, each over an in-memory projection of the case:
 * {@link org.ctipgraph.analysis.EvidenceChains} (chains of links with their evidence),
 * {@link org.ctipgraph.analysis.Brokers} (centrality and cut vertices),
 * {@link org.ctipgraph.analysis.CaseCommunities} (Leiden communities),
 * {@link org.ctipgraph.analysis.MoneyFlows}, {@link org.ctipgraph.analysis.SharedIdentifiers} (the one
 * that reads the stored graph instead) and {@link org.ctipgraph.analysis.NetworkBehind}, which puts them
 * together around one entity. {@link org.ctipgraph.analysis.AnalysisService} runs them by
 * {@link org.ctipgraph.analysis.AnalysisKind}; {@link org.ctipgraph.analysis.AnalysisRoutes} serves them.
 *
 * <p>The algorithms underneath work without Neo4j or HTTP, over JGraphT graphs and over
 * {@link org.ctipgraph.analysis.CompactGraph}, an immutable int-indexed array view of one:
 * <ul>
 *   <li>{@code centrality}: Brandes betweenness (exact, sampled, parallel), articulation points
 *       and bridges, degree; PageRank is JGraphT's own {@code PageRank}.</li>
 *   <li>{@code community}: Leiden community detection and modularity.</li>
 *   <li>{@code paths}: shortest, k-shortest and bounded all-simple paths as records, one edge per
 *       hop so evidence can be attached.</li>
 *   <li>{@code bench}: planted-partition generator and {@code ctip-graph bench analysis}.</li>
 * </ul>
 * Projection from Neo4j lives in {@code projection}; every algorithm is deterministic given its inputs
 * and seed.
 */
package org.ctipgraph.analysis;
