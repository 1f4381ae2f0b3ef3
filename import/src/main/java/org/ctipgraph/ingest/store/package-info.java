/**
 * The evidence store: originals kept write-once under their SHA-256, verifiable at any time.
 * See {@link org.ctipgraph.ingest.store.EvidenceStore}.
 */
package org.ctipgraph.ingest.store;
