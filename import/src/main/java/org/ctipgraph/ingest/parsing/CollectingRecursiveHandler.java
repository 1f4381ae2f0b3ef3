package org.ctipgraph.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Receives each document from Tika's {@code RecursiveParserWrapper} as it ends, with its own text
 * handler and metadata, and keeps them for classification once the whole file is parsed.
 */
final class CollectingRecursiveHandler extends AbstractRecursiveParserWrapperHandler {

    /** One finished document: Tika's metadata plus the pages its handler collected. */
    record Finished(Metadata metadata, PageCollectingHandler text) {
    }

    private final List<Finished> finished = new ArrayList<>();

    CollectingRecursiveHandler(ParseBudget budget, int maxEmbedded) {
        super(new PageHandlerFactory(budget), maxEmbedded);
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws SAXException {
        super.endEmbeddedDocument(handler, metadata);
        finished.add(new Finished(metadata, (PageCollectingHandler) handler));
    }

    @Override
    public void endDocument(ContentHandler handler, Metadata metadata) throws SAXException {
        super.endDocument(handler, metadata);
        finished.add(new Finished(metadata, (PageCollectingHandler) handler));
    }

    /** Documents in the order they ended (children before their container). */
    List<Finished> finished() {
        return finished;
    }

    /** Hands out one page-collecting handler per document, all drawing on the file's write budget. */
    private record PageHandlerFactory(ParseBudget budget) implements ContentHandlerFactory {
        @Override
        public ContentHandler getNewContentHandler() {
            return new PageCollectingHandler(budget);
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            return new PageCollectingHandler(budget);
        }
    }
}
