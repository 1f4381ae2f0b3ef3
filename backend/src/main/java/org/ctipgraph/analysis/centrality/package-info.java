/** Centrality: betweenness, articulation points and bridges, degree, top-k rankings. */
package org.ctipgraph.analysis.centrality;
