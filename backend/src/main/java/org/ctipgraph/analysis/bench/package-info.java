/** Seeded graph generators and the analysis benchmark (not timed tests). */
package org.ctipgraph.analysis.bench;
