/** Path queries returning immutable path records; "no path" is an empty result. */
package org.ctipgraph.analysis.paths;
