package org.ctipgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ctipgraph.extraction.CaseLexicon;
import org.ctipgraph.extraction.DocumentExtractor;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.DocumentGraphWriter.DocumentTree;
import org.ctipgraph.ingest.jobs.IngestJob;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One received file from stored original to graph: parse (isolated, with limits) → extract entities
 * and facts from every document that yielded text → write everything in one transaction. The same
 * pipeline serves uploads, the bulk CLI and the evaluation harness.
 */
public final class IngestionPipeline {
    private static final Logger log = LoggerFactory.getLogger(IngestionPipeline.class);
    /** Reads of a case's knowledge that run beside a parse: a virtual thread each. */
    private static final Executor KNOWLEDGE_READS = task -> Thread.ofVirtual().name("case-knowledge").start(task);

    private final EvidenceStore store;
    private final DocumentParser parser;
    private final Extractor extractor;
    private final Function<String, CaseLexicon> caseKnowledge;
    private final DocumentGraphWriter writer;

    /**
     * @param extractor     turns a document's text into entities and facts; a failure there leaves the
     *                      document PARTIAL with a warning, never fails the job
     * @param caseKnowledge the names already known in a case (by case id), so a document uploaded later
     *                      recognises the nicknames and short forms that earlier documents established
     */
    public IngestionPipeline(EvidenceStore store, DocumentParser parser, Extractor extractor,
                             Function<String, CaseLexicon> caseKnowledge, DocumentGraphWriter writer) {
        this.store = store;
        this.parser = parser;
        this.extractor = extractor;
        this.caseKnowledge = caseKnowledge;
        this.writer = writer;
    }

    /** Entities and facts of one document, given the names its case already knows ({@link DocumentExtractor}). */
    @FunctionalInterface
    public interface Extractor {
        Extraction extract(DocumentText document, CaseLexicon known);
    }

    /** Extracts nothing: documents and pages only (what the pipeline costs without extraction, for benchmarks). */
    public static final Extractor NO_EXTRACTION = (document, known) -> Extraction.EMPTY;

    /**
     * What became of one received file.
     *
     * @param documents   the file and everything unpacked from it
     * @param extractions what was extracted, by document SHA-256
     * @param written     counts of what the graph write touched
     */
    public record Outcome(List<ParsedDocument> documents, Map<String, Extraction> extractions,
                          DocumentGraphWriter.WriteSummary written) {
        public ParsedDocument received() {
            return documents.getFirst();
        }
    }

    /**
     * What parsing and extraction made of one received file, ready to be written in one transaction.
     *
     * @param documents   the file and everything unpacked from it
     * @param extractions what was extracted, by document SHA-256
     * @param tree        the graph write, which also marks the job done
     */
    public record Prepared(List<ParsedDocument> documents, Map<String, Extraction> extractions, DocumentTree tree) {
        public Outcome written(DocumentGraphWriter.WriteSummary summary) {
            return new Outcome(documents, extractions, summary);
        }
    }

    /**
     * Runs a job to completion and marks it done in the graph write's transaction.
     *
     * @param stage called with "parsing", "extracting", "writing" as the job advances
     */
    public Outcome run(IngestJob job, ParseOptions options, Consumer<String> stage) {
        return write(prepare(job, options, stage), stage);
    }

    /**
     * Parses and extracts a job's file without writing it: the caller writes {@link Prepared#tree()}, alone
     * ({@link DocumentGraphWriter#write}) or with other files' ({@link org.ctipgraph.graph.GroupCommitWriter}).
     *
     * @param stage called with "parsing", then "extracting"
     */
    public Prepared prepare(IngestJob job, ParseOptions options, Consumer<String> stage) {
        Path original = store.path(job.sha256());
        // The case's names are read from the graph while the worker parses: both wait on something else
        // (the graph, the worker process), and nothing of this job is written before its extraction.
        CompletableFuture<CaseLexicon> knowledge = CompletableFuture.supplyAsync(() -> caseKnowledge.apply(job.caseId()),
                KNOWLEDGE_READS);
        List<ParsedDocument> parsed;
        try {
            parsed = parser.parse(original, job.sha256(), job.fileName(), options, () -> stage.accept("parsing"));
        } catch (RuntimeException e) {
            knowledge.cancel(false);
            throw e;
        }
        stage.accept("extracting");
        return extract(job, parsed, known(knowledge));
    }

    /**
     * Extraction with the case's current knowledge, then the graph write, for already parsed documents:
     * used to re-extract them once the case knows more names.
     */
    public Outcome extractAndWrite(IngestJob job, List<ParsedDocument> parsed, Consumer<String> stage) {
        stage.accept("extracting");
        return write(extract(job, parsed, caseKnowledge.apply(job.caseId())), stage);
    }

    /** Writes a prepared file alone, in its own transaction. */
    private Outcome write(Prepared prepared, Consumer<String> stage) {
        stage.accept("writing");
        return prepared.written(writer.write(prepared.tree()));
    }

    private static CaseLexicon known(CompletableFuture<CaseLexicon> knowledge) {
        try {
            return knowledge.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Prepared extract(IngestJob job, List<ParsedDocument> parsed, CaseLexicon lexicon) {
        List<ParsedDocument> documents = new ArrayList<>(parsed.size());
        Map<String, Extraction> extractions = new HashMap<>();
        for (ParsedDocument doc : parsed) {
            if (doc.status() == DocumentStatus.REJECTED || doc.pages().isEmpty()) {
                documents.add(doc);
                continue;
            }
            try {
                extractions.put(doc.sha256(), extractor.extract(new DocumentText(doc.sha256(), doc.fileName(),
                        doc.mediaType(), doc.pages(), doc.metadata(), store.path(doc.sha256()), doc.sheets()), lexicon));
                documents.add(doc);
            } catch (RuntimeException e) {
                log.warn("Entity extraction failed on {} ({}); document kept without entities", doc.fileName(),
                        doc.sha256(), e);
                documents.add(withWarning(doc, "entity extraction failed: " + e));
            }
        }
        return new Prepared(documents, extractions, new DocumentTree(job.caseId(), documents, extractions, job.id()));
    }

    private static ParsedDocument withWarning(ParsedDocument doc, String warning) {
        List<String> warnings = new ArrayList<>(doc.warnings());
        warnings.add(warning);
        return new ParsedDocument(doc.sha256(), doc.fileName(), doc.parentSha256(), doc.pathInParent(),
                doc.mediaType(), doc.size(), DocumentStatus.PARTIAL, doc.reason(), doc.message(), warnings,
                doc.pages(), doc.metadata(), doc.language(), doc.sheets());
    }
}
