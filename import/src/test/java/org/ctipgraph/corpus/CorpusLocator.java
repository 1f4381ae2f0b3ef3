package org.ctipgraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code shared/corpus} by walking up from the working directory (tests skip without it). */
public final class CorpusLocator {
    private CorpusLocator() {
    }

    public static Optional<Path> devCase() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/corpus/ctip-case-dev");
            if (Files.isRegularFile(candidate.resolve("truth.json"))) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
