package org.ctipgraph.ingest.parsing;

import org.apache.tika.exception.CorruptedFileException;

/**
 * A container expands beyond the file's unpack budget (bytes, ratio or member count).
 *
 * <p>It extends {@link CorruptedFileException} on purpose: Tika's recursive wrapper and embedded
 * extractors rethrow that type instead of recording it and moving on to the next member, so the
 * whole parse stops at once rather than after walking a million bogus entries.
 */
public final class ZipBombException extends CorruptedFileException {

    public ZipBombException(String message) {
        super(message);
    }
}
