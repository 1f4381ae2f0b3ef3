package org.ctipgraph.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and switches for parsing one received file (and everything embedded in it).
 *
 * <p>Every limit applies to the whole received file, embedded documents included, because a zip
 * bomb is defeated only by a budget that its members cannot reset.
 *
 * @param timeout             wall-clock time for the whole file; the parser process is killed after it
 * @param maxNestingDepth     deepest embedded level parsed (the received file is level 0)
 * @param maxEmbeddedCount    most embedded documents; more is treated as a zip bomb
 *                            (Tika's own default is unlimited)
 * @param maxUnpackedBytes    most bytes unpacked from containers in total, and the largest single member
 * @param maxCompressionRatio unpacked bytes allowed per byte of the received file, once more than
 *                            {@link #RATIO_FLOOR_BYTES} have been unpacked
 * @param writeLimitChars     most characters of text kept for the whole file; the rest is cut and the
 *                            document marked PARTIAL
 * @param password            password for encrypted files, or {@code null}
 * @param ocr                 run Tesseract on images and image-only PDF pages when it is installed
 */
public record ParseOptions(Duration timeout, int maxNestingDepth, int maxEmbeddedCount,
                           long maxUnpackedBytes, long maxCompressionRatio, int writeLimitChars,
                           String password, boolean ocr) {

    /** Below this many unpacked bytes the compression ratio is not checked: small, very compressible files are normal. */
    public static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;

    public ParseOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxNestingDepth < 0 || maxEmbeddedCount < 0 || maxUnpackedBytes <= 0
                || maxCompressionRatio <= 0 || writeLimitChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits suited to seized office documents, mailboxes and archives on a small machine. */
    public static ParseOptions defaults() {
        return new ParseOptions(Duration.ofMinutes(2), 10, 10_000, 1024L * 1024 * 1024, 100,
                50_000_000, null, true);
    }

    public ParseOptions withTimeout(Duration value) {
        return new ParseOptions(value, maxNestingDepth, maxEmbeddedCount, maxUnpackedBytes,
                maxCompressionRatio, writeLimitChars, password, ocr);
    }

    public ParseOptions withMaxNestingDepth(int value) {
        return new ParseOptions(timeout, value, maxEmbeddedCount, maxUnpackedBytes,
                maxCompressionRatio, writeLimitChars, password, ocr);
    }

    public ParseOptions withMaxEmbeddedCount(int value) {
        return new ParseOptions(timeout, maxNestingDepth, value, maxUnpackedBytes,
                maxCompressionRatio, writeLimitChars, password, ocr);
    }

    public ParseOptions withMaxUnpackedBytes(long value) {
        return new ParseOptions(timeout, maxNestingDepth, maxEmbeddedCount, value,
                maxCompressionRatio, writeLimitChars, password, ocr);
    }

    public ParseOptions withMaxCompressionRatio(long value) {
        return new ParseOptions(timeout, maxNestingDepth, maxEmbeddedCount, maxUnpackedBytes,
                value, writeLimitChars, password, ocr);
    }

    public ParseOptions withWriteLimitChars(int value) {
        return new ParseOptions(timeout, maxNestingDepth, maxEmbeddedCount, maxUnpackedBytes,
                maxCompressionRatio, value, password, ocr);
    }

    /** The password to try on encrypted files (PDF, Office, archives). */
    public ParseOptions withPassword(String value) {
        return new ParseOptions(timeout, maxNestingDepth, maxEmbeddedCount, maxUnpackedBytes,
                maxCompressionRatio, writeLimitChars, value, ocr);
    }

    public ParseOptions withOcr(boolean value) {
        return new ParseOptions(timeout, maxNestingDepth, maxEmbeddedCount, maxUnpackedBytes,
                maxCompressionRatio, writeLimitChars, password, value);
    }

    /** Never prints the password: options end up in logs and job records. */
    @Override
    public String toString() {
        return "ParseOptions[timeout=" + timeout + ", maxNestingDepth=" + maxNestingDepth
                + ", maxEmbeddedCount=" + maxEmbeddedCount + ", maxUnpackedBytes=" + maxUnpackedBytes
                + ", maxCompressionRatio=" + maxCompressionRatio + ", writeLimitChars=" + writeLimitChars
                + ", password=" + (password == null ? "none" : "***") + ", ocr=" + ocr + "]";
    }
}
