package org.ctipgraph.ingest.parsing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Framing between the parent and the worker process: a 4-byte big-endian length, then that many
 * bytes of JSON. Length-prefixed frames (rather than lines) survive any character in the text and
 * let the reader refuse an absurd frame before allocating it.
 */
final class WorkerProtocol {

    /** Refuses frames above this size: a corrupted stream must not make the parent allocate gigabytes. */
    static final int MAX_FRAME_BYTES = 512 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkerProtocol() {
    }

    static void write(DataOutputStream out, Object message) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(message);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** @return the message, or {@code null} at a clean end of stream */
    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
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
}
