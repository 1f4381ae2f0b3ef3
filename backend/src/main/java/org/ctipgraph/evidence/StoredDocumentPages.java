package org.ctipgraph.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.DocumentParser;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.store.EvidenceStore;

/**
 * The page texts of cited documents, recomputed from the evidence store: each original is re-hashed, then
 * parsed again by the product's parser (an archive member or attachment through the file it arrived in, as
 * at ingestion), so a quote is checked against the original bytes and not against what the graph says.
 */
public final class StoredDocumentPages implements PackageVerifier.DocumentPages {
    private final EvidenceStore store;
    private final DocumentParser parser;
    private final Map<String, List<ParsedDocument>> parsed = new HashMap<>();

    public StoredDocumentPages(EvidenceStore store, DocumentParser parser) {
        this.store = store;
        this.parser = parser;
    }

    @Override
    public Optional<Map<Integer, String>> pages(String sha256, String containerSha256) throws PackageVerifier.OriginalProblem {
        check(sha256);
        String root = containerSha256 == null ? sha256 : containerSha256;
        check(root);
        List<ParsedDocument> documents = parsed.computeIfAbsent(root,
                r -> parser.parse(store.path(r), r, r, ParseOptions.defaults()));
        return documents.stream().filter(d -> d.sha256().equals(sha256)).findFirst().map(d -> {
            Map<Integer, String> pages = new HashMap<>();
            for (PageText p : d.pages()) {
                pages.put(p.number(), p.text());
            }
            return pages;
        });
    }

    private void check(String sha256) throws PackageVerifier.OriginalProblem {
        try {
            if (!store.contains(sha256)) {
                throw new PackageVerifier.OriginalProblem("original " + sha256 + " is not in the evidence store");
            }
            if (!store.verify(sha256)) {
                throw new PackageVerifier.OriginalProblem("original " + sha256 + " no longer matches its SHA-256");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
