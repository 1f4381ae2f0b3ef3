package org.ctipgraph.schema;

/**
 * Relationship types of the CTIP graph. Facts between entities carry their evidence as
 * properties (see {@link PropertyKey}); {@link #MENTIONED_IN} ties an entity to the page and span
 * of the document that names it.
 */
public enum RelationType {
    RECRUITED,
    TRANSPORTED,
    HARBOURED,
    EMPLOYED_BY,
    WORKS_AT,
    EXPLOITED_AT,
    OWNS,
    DIRECTS,
    MANAGES,
    SHAREHOLDER_OF,
    SIGNATORY_OF,
    HOLDS_ACCOUNT,
    USES_PHONE,
    DROVE,
    CALLED,
    COMMUNICATED_WITH,
    TRANSFERRED_TO,
    PAID,
    OWES_DEBT_TO,
    ARRESTED_IN,
    ARRESTED,
    LOCATED_IN,
    RELATED_TO,
    /** Person to place of origin (home village, district, province). */
    FROM,
    LIVES_IN,
    SIGNED_CONTRACT,
    FALSIFIED_DOCUMENT_FOR,
    SUPPLIED_WORKERS_TO,
    INSTRUCTED,
    EMAILED,
    INTERVIEWED,
    REFERRED,
    REPORTED,
    PROCESSED,
    /** Entity to document: a mention at a page and character span, with the sentence quoted. */
    MENTIONED_IN,
    /** Embedded document to its container (archive member, e-mail attachment). */
    CONTAINED_IN,
    /** Document to case. */
    IN_CASE,
    /** Document to one of its pages. */
    HAS_PAGE,
    /** Resolution between two entities: suggested, confirmed or rejected, by whom. */
    SAME_AS
}
