package org.ctipgraph.extraction;

import java.util.Set;

/**
 * What an extractor may know beyond the page: the document, the names already known in the case
 * (see {@link CaseLexicon}) and the keys of entities already found in this document on the first
 * reading (a given name alone may join a full name written in the same document).
 *
 * @param document     the document being read
 * @param lexicon      names learnt from the case so far; {@link CaseLexicon#EMPTY} on a first pass
 * @param documentKeys entity keys found in this document by the first reading
 */
public record ExtractionContext(DocumentText document, CaseLexicon lexicon, Set<String> documentKeys) {
    public ExtractionContext {
        documentKeys = Set.copyOf(documentKeys);
    }

    /** True unless the document is a PDF, whose single line breaks are only wrapping. */
    public boolean lineBreaksSeparate() {
        return document.mediaType() == null || !document.mediaType().startsWith("application/pdf");
    }

    public String sha256() {
        return document.sha256();
    }
}
