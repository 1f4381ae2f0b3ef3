package org.ctipgraph.ingest.parsing;

import org.apache.tika.exception.TikaException;

/**
 * An embedded document sits deeper than {@code maxNestingDepth}. Only that document is refused;
 * its siblings and ancestors are still parsed, so this is an ordinary {@link TikaException}.
 */
public final class NestingTooDeepException extends TikaException {

    public NestingTooDeepException(String message) {
        super(message);
    }
}
