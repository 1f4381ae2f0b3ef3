package org.ctipgraph.records;

import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.Extraction;

/**
 * A structured-record importer (call logs, bank statements, ledgers). It reads the original file,
 * recognises its layout from its header row, and turns rows into relation claims whose evidence is
 * the file, the sheet (as page) and the row number in the quote.
 */
public interface RecordImporter {
    /** True when this importer recognises the document's layout. */
    boolean accepts(DocumentText document);

    /** The relations (and the entities they need) of the records. */
    Extraction importRecords(DocumentText document);
}
