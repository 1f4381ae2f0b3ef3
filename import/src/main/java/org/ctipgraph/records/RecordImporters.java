package org.ctipgraph.records;

import java.util.ArrayList;
import java.util.List;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.RelationClaim;

/** Dispatches a document to every record importer that recognises it. */
public final class RecordImporters {
    private final List<RecordImporter> importers;

    public RecordImporters() {
        this(List.of(new CallRecordImporter(), new BankStatementImporter(), new DebtLedgerImporter(),
                new TransferLogImporter()));
    }

    public RecordImporters(List<RecordImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The records of {@code document}, or {@link Extraction#EMPTY} when it holds none. */
    public Extraction importRecords(DocumentText document) {
        List<EntityMention> mentions = new ArrayList<>();
        List<RelationClaim> relations = new ArrayList<>();
        for (RecordImporter importer : importers) {
            if (importer.accepts(document)) {
                Extraction x = importer.importRecords(document);
                mentions.addAll(x.mentions());
                relations.addAll(x.relations());
            }
        }
        return new Extraction(mentions, relations);
    }
}
