/** Community detection (Leiden) and modularity. */
package org.ctipgraph.analysis.community;
