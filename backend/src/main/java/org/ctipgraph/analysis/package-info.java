/**
 * Graph analysis without Neo4j or HTTP: algorithms over JGraphT graphs and over
 * {@link org.ctipgraph.analysis.CompactGraph}, an immutable int-indexed array view of one.
 *
 * <ul>
 *   <li>{@code centrality}: Brandes betweenness (exact, sampled, parallel), articulation points
 *       and bridges, degree; PageRank is JGraphT's own {@code PageRank}.</li>
 *   <li>{@code community}: Leiden community detection and modularity.</li>
 *   <li>{@code paths}: shortest, k-shortest and bounded all-simple paths as records, one edge per
 *       hop so evidence can be attached.</li>
 *   <li>{@code bench}: planted-partition generator and {@code ctip-graph bench analysis}.</li>
 * </ul>
 * Projection from Neo4j and the HTTP routes live elsewhere; every class here is deterministic
 * given its inputs and seed.
 */
package org.ctipgraph.analysis;
