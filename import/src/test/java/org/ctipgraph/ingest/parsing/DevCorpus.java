package org.ctipgraph.ingest.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code shared/corpus/ctip-case-dev} by walking up from the working directory. */
final class DevCorpus {

    private DevCorpus() {
    }

    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/ctip-case-dev");
            if (Files.isDirectory(candidate.resolve("docs")) && Files.isRegularFile(candidate.resolve("truth.json"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static JsonNode truth(Path corpus) throws IOException {
        return new ObjectMapper().readTree(corpus.resolve("truth.json").toFile());
    }
}
