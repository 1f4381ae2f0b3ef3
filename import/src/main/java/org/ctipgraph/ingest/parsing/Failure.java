package org.ctipgraph.ingest.parsing;

import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.ctipgraph.ingest.RejectionReason;

/**
 * Why a parser gave up on a document, as a stable reason code plus a short human message.
 *
 * @param reason  the code reports and the API expose
 * @param message one line naming the exception and its message, never a stack trace
 */
public record Failure(RejectionReason reason, String message) {

    private static final int MAX_MESSAGE = 400;

    /**
     * Classifies a parser exception. Walks the cause chain because Tika wraps the interesting
     * exception (e.g. POI's encryption error inside a TikaException inside an IOException).
     */
    public static Failure of(Throwable thrown, boolean passwordSupplied) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            RejectionReason reason = reasonOf(t);
            if (reason != null) {
                String text = describe(t);
                if (reason == RejectionReason.ENCRYPTED && passwordSupplied) {
                    text = "the supplied password did not open it (" + text + ")";
                }
                return new Failure(reason, text);
            }
        }
        if (thrown instanceof Error) {
            return new Failure(RejectionReason.PARSER_CRASHED, describe(thrown));
        }
        return new Failure(RejectionReason.CORRUPT, describe(rootMost(thrown)));
    }

    private static RejectionReason reasonOf(Throwable t) {
        if (t instanceof ZipBombException) {
            return RejectionReason.ZIP_BOMB;
        }
        if (t instanceof NestingTooDeepException) {
            return RejectionReason.NESTING_TOO_DEEP;
        }
        if (t instanceof EncryptedDocumentException
                || t.getClass().getName().equals("org.apache.poi.EncryptedDocumentException")
                || t.getClass().getName().equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")
                || t.getClass().getName().equals("org.apache.commons.compress.PasswordRequiredException")) {
            return RejectionReason.ENCRYPTED;
        }
        if (t instanceof ZeroByteFileException) {
            return RejectionReason.EMPTY;
        }
        if (t instanceof TikaMemoryLimitException) {
            return RejectionReason.TOO_LARGE;
        }
        if (t instanceof UnsupportedFormatException) {
            return RejectionReason.UNSUPPORTED;
        }
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        // SecureContentHandler reports both the output ratio and XML nesting as "zip bomb".
        if (message.contains("zip bomb")) {
            return RejectionReason.ZIP_BOMB;
        }
        return null;
    }

    /** The deepest cause usually names the real problem ("Couldn't find core part", "Truncated ZIP file"). */
    private static Throwable rootMost(Throwable thrown) {
        Throwable best = thrown;
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t;
                break;
            }
        }
        return best;
    }

    static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        String text = t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }
}
