/**
 * Exploring a case's graph over HTTP: full-text search, entities with their mentions, neighbourhoods
 * shaped for Cytoscape.js, facts with their evidence, mentions per page for highlighting, a timeline
 * of dated facts, and the review of {@code SAME_AS} merge suggestions. Every query is read through the
 * Neo4j driver, parameterised and scoped to one case id; only merge decisions write.
 */
package org.ctipgraph.explore;
