package org.ctipgraph.ingest.parsing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Framing between the parent and the worker process: the 4 bytes {@code CTIP}, a 4-byte big-endian
 * length, then that many bytes of JSON. Length-prefixed frames (rather than lines) survive any
 * character in the text and let the reader refuse an absurd frame before allocating it. The magic
 * lets the reader skip bytes the JVM itself writes to file descriptor 1 (e.g. "Terminating due to
 * java.lang.OutOfMemoryError"), which no {@code System.setOut} can redirect, and keep them as a
 * diagnostic.
 */
final class WorkerProtocol {

    /** Refuses frames above this size: a corrupted stream must not make the parent allocate gigabytes. */
    static final int MAX_FRAME_BYTES = 512 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkerProtocol() {
    }

    private static final int MAGIC = 0x43544950; // "CTIP"
    private static final int MAX_JUNK_KEPT = 2_000;

    static void write(DataOutputStream out, Object message) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(message);
        out.writeInt(MAGIC);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /**
     * @param junk receives any bytes found before the frame (as text), at most a few KB
     * @return the message, or {@code null} at the end of the stream
     */
    static <T> T read(DataInputStream in, Class<T> type, StringBuilder junk) throws IOException {
        int window = 0;
        int seen = 0;
        ByteArrayOutputStream skipped = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                for (int i = Math.min(seen, 4) - 1; i >= 0; i--) {
                    skipped.write((window >>> (8 * i)) & 0xff);
                }
                keep(junk, skipped);
                return null;
            }
            int dropped = (window >>> 24) & 0xff;
            if (seen >= 4 && skipped.size() < MAX_JUNK_KEPT) {
                skipped.write(dropped);
            }
            window = (window << 8) | b;
            seen++;
            if (seen >= 4 && window == MAGIC) {
                break;
            }
        }
        keep(junk, skipped);
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME_BYTES) {
            throw new IOException("bad frame length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return JSON.readValue(bytes, type);
    }

    private static void keep(StringBuilder junk, ByteArrayOutputStream skipped) {
        if (skipped.size() > 0 && junk != null) {
            junk.append(skipped.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
