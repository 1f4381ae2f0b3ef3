package org.ctipgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.documents.DocumentService;

/**
 * The fictional demo case bundled in the jar ({@code /demo}), ingested through the normal upload
 * path into case {@code demo}. Loading it again changes nothing: the same bytes are the same documents.
 */
final class DemoCase {
    static final String CASE_ID = "demo";
    private static final String ROOT = "/demo/";

    private DemoCase() {
    }

    /** Queues every demo file; returns how many files were submitted. */
    static int load(CaseService cases, DocumentService documents) {
        if (cases.find(CASE_ID).isEmpty()) {
            cases.create(CASE_ID, "Demo: Kampong Speu kiln recruitment (fictional)",
                    "Bundled fictional case for trying CTIP Graph");
        }
        int count = 0;
        for (String name : read("files.txt").split("\n")) {
            if (name.isBlank()) {
                continue;
            }
            try (InputStream in = DemoCase.class.getResourceAsStream(ROOT + name.strip())) {
                if (in == null) {
                    throw new IllegalStateException("demo file missing from the jar: " + name);
                }
                documents.receive(CASE_ID, name.strip(), in, "demo", null);
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    private static String read(String name) {
        try (InputStream in = DemoCase.class.getResourceAsStream(ROOT + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
