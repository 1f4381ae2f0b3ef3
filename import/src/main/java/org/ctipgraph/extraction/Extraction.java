package org.ctipgraph.extraction;

import java.util.List;

/**
 * Everything extracted from one document.
 */
public record Extraction(List<EntityMention> mentions, List<RelationClaim> relations) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of());

    public Extraction {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }
}
