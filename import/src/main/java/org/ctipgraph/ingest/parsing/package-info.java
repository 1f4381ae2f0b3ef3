/**
 * Parsing received files with Apache Tika in worker processes.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link org.ctipgraph.ingest.parsing.IsolatedDocumentParser} (parent side) keeps a small pool of
 *       long-lived worker JVMs ({@link org.ctipgraph.ingest.parsing.WorkerOptions}), sends each file to
 *       one, waits with the file's timeout, kills and replaces the worker on timeout or crash, and
 *       stores every embedded document's bytes in the evidence store.</li>
 *   <li>{@link org.ctipgraph.ingest.parsing.ParseWorker} (child side) runs
 *       {@link org.ctipgraph.ingest.parsing.TikaExtraction}: {@code RecursiveParserWrapper} over an
 *       {@code AutoDetectParser}, with a decorator in between that spools and hashes each embedded
 *       document and enforces the file-wide budget (unpacked bytes, ratio, member count, depth).</li>
 *   <li>Protocol: length-prefixed JSON frames with a magic on stdin/stdout; stderr is drained and its
 *       tail kept for crash messages.</li>
 * </ul>
 *
 * <h2>Outcomes</h2>
 * <ul>
 *   <li>Zip bomb (bytes, ratio, or more members than allowed): the whole received file is REJECTED
 *       {@code ZIP_BOMB}, none of its members is stored.</li>
 *   <li>Too deep: the member beyond the depth limit is REJECTED {@code NESTING_TOO_DEEP} (its bytes
 *       are stored, it is not opened); its ancestors are PARTIAL.</li>
 *   <li>Any rejected member makes every container above it PARTIAL with a warning naming it.</li>
 *   <li>Timeout, crash, OOM: the received file is REJECTED {@code TIMEOUT}/{@code PARSER_CRASHED}
 *       with nothing from inside it; the next file gets a fresh worker.</li>
 *   <li>Image, or PDF page without a text layer, and no OCR: PARTIAL with an "OCR unavailable"
 *       warning.</li>
 * </ul>
 *
 * <p>Language detection: {@code tika-parsers-standard-package} 3.3.1 contains no language detector
 * implementation, so {@code language} is {@code null}; a {@code tika-langdetect-*} module on the
 * class path would be picked up without code changes.
 */
package org.ctipgraph.ingest.parsing;
