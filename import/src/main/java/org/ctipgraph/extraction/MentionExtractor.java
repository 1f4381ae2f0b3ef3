package org.ctipgraph.extraction;

import java.util.List;

/**
 * One kind of entity found in running text. Implementations are stateless and thread-safe; they
 * propose {@link Candidate}s and the {@link DocumentExtractor} settles overlaps.
 *
 * <p>A page is read in two steps, because the {@link DocumentExtractor} reads every page twice and
 * only the names it has learnt in between change: {@link #scan} finds what the page says on its own
 * (computed once per page), {@link #lookup} adds or amends what the case's names and the document's
 * own keys make of it (run on each reading).
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

    /** Candidates on one page: {@link #lookup} over {@link #scan}. */
    default List<Candidate> find(PageView page, ExtractionContext context) {
        return lookup(page, context, scan(page, context));
    }

    /**
     * Candidates the page yields without any knowledge: it must not read {@link ExtractionContext#lexicon()} or
     * {@link ExtractionContext#documentKeys()} (only the document itself), so that one scan serves every reading.
     */
    List<Candidate> scan(PageView page, ExtractionContext context);

    /**
     * The candidates of one reading: {@code scanned} (this extractor's {@link #scan} of the page, not to be
     * modified) with what the lexicon and document keys of {@code context} add or change. The default adds nothing.
     */
    default List<Candidate> lookup(PageView page, ExtractionContext context, List<Candidate> scanned) {
        return scanned;
    }
}
