package org.ctipgraph.extraction;

/**
 * One occurrence of an entity in a document.
 *
 * @param entity   the entity meant
 * @param surface  the text exactly as written at the span
 * @param role     the role this document gives the entity (suspect, recruiter, victim, officer, ...)
 *                 or {@code null} when the document does not say
 * @param evidence where it occurs
 */
public record EntityMention(EntityRef entity, String surface, String role, Evidence evidence) {
}
