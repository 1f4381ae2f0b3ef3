/**
 * Evidence packages for prosecutors: a selection (a path, the network behind an entity, or hand-picked
 * entities and facts) becomes a reproducible ZIP with a PDF report, GraphML, GEXF, JSON, FollowTheMoney
 * and i2 CSV files, a SHA-256 manifest and optionally the cited originals. Every link cites its quotes,
 * pages and document hashes; victims are pseudonymised by default and minors always unless a named
 * requester explicitly includes them (audit-logged). {@link org.ctipgraph.evidence.PackageVerifier}
 * re-checks a package, with the evidence store when it is at hand.
 */
package org.ctipgraph.evidence;
