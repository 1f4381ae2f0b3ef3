package org.ctipgraph.extraction;

import java.util.List;

/**
 * One kind of entity found in running text. Implementations are stateless and thread-safe; they
 * propose {@link Candidate}s and the {@link DocumentExtractor} settles overlaps.
 */
public interface MentionExtractor {
    /** Name recorded in {@link Evidence#extractor()}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Rule version recorded in {@link Evidence#extractorVersion()}; bump it when output changes. */
    default String version() {
        return "1";
    }

    /** Candidates on one page. */
    List<Candidate> find(PageView page, ExtractionContext context);
}
