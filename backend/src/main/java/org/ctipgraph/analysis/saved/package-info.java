/**
 * Saved analyses: an analysis run kept under a name with who ran it, its parameters and seed, the
 * fingerprint of the graph state it ran on and its answer, so that it can be shown again as it was and
 * replayed to check that it still holds.
 */
package org.ctipgraph.analysis.saved;
