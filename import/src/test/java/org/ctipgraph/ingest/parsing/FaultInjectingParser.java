package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Test-only Tika parser for files starting with {@code CTIP-FAULT <kind>}: {@code hang} spins
 * forever ignoring interrupts, {@code exit} halts the JVM, {@code oom} exhausts the heap. Registered
 * through test resources and a {@code tika.custom-mimetypes} file, so it exists only in workers that
 * tests start with both.
 */
public final class FaultInjectingParser implements Parser {

    private static final MediaType FAULT = MediaType.application("x-ctip-fault");
    static volatile long spin;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(FAULT);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException {
        String content = new String(stream.readNBytes(64), StandardCharsets.US_ASCII);
        if (content.contains("hang")) {
            while (true) {
                spin++; // busy and uninterruptible, like a parser stuck in a loop
            }
        }
        if (content.contains("exit")) {
            Runtime.getRuntime().halt(3);
        }
        if (content.contains("oom")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
    }
}
