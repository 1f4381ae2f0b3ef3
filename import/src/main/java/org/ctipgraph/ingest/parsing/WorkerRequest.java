package org.ctipgraph.ingest.parsing;

import java.time.Duration;
import org.ctipgraph.ingest.ParseOptions;

/**
 * One file to parse, as sent to the worker process.
 *
 * @param file           absolute path of the stored original
 * @param fileName       the name it was received under (a hint for Tika's detector)
 * @param spoolDirectory where the worker writes the bytes of embedded documents
 */
public record WorkerRequest(String file, String fileName, String spoolDirectory, long timeoutMillis,
                            int maxNestingDepth, int maxEmbeddedCount, long maxUnpackedBytes,
                            long maxCompressionRatio, int writeLimitChars, String password, boolean ocr) {

    static WorkerRequest of(String file, String fileName, String spoolDirectory, ParseOptions o) {
        return new WorkerRequest(file, fileName, spoolDirectory, o.timeout().toMillis(), o.maxNestingDepth(),
                o.maxEmbeddedCount(), o.maxUnpackedBytes(), o.maxCompressionRatio(), o.writeLimitChars(),
                o.password(), o.ocr());
    }

    ParseOptions options() {
        return new ParseOptions(Duration.ofMillis(timeoutMillis), maxNestingDepth, maxEmbeddedCount,
                maxUnpackedBytes, maxCompressionRatio, writeLimitChars, password, ocr);
    }

    @Override
    public String toString() {
        return "WorkerRequest[file=" + file + ", fileName=" + fileName + "]";
    }
}
