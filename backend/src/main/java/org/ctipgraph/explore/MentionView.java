package org.ctipgraph.explore;

/**
 * One place where a document names an entity.
 *
 * @param entityId  the entity
 * @param label     its label
 * @param name      its display name
 * @param sha256    document
 * @param document  document name
 * @param page      1-based page
 * @param spanStart start offset in the page text
 * @param spanEnd   end offset (exclusive)
 * @param surface   the words as written
 * @param role      role the document gives it there, if any
 * @param quote     the sentence
 */
public record MentionView(String entityId, String label, String name, String sha256, String document, Integer page,
                          Integer spanStart, Integer spanEnd, String surface, String role, String quote) {
}
