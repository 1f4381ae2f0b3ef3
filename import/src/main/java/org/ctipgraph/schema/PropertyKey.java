package org.ctipgraph.schema;

/**
 * Property keys shared by importer and server. Kept as constants rather than an enum so they
 * read naturally in Cypher parameter maps.
 */
public final class PropertyKey {
    private PropertyKey() {
    }

    /** Deterministic id of an entity or fact within its case. */
    public static final String ID = "id";
    public static final String CASE_ID = "caseId";
    public static final String NAME = "name";
    public static final String SHA256 = "sha256";
    public static final String MEDIA_TYPE = "mediaType";
    public static final String STATUS = "status";

    // Provenance of every asserted fact.
    public static final String SOURCE_SHA256 = "sourceSha256";
    public static final String PAGE = "page";
    public static final String SPAN_START = "spanStart";
    public static final String SPAN_END = "spanEnd";
    public static final String QUOTE = "quote";
    public static final String EXTRACTOR = "extractor";
    public static final String EXTRACTOR_VERSION = "extractorVersion";
    public static final String CONFIDENCE = "confidence";
}
