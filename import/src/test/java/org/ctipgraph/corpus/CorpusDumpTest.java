package org.ctipgraph.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ctipgraph.extraction.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Developer aid: writes the parsed text of every dev-corpus part to a folder for reading. */
@EnabledIfSystemProperty(named = "ctip.dump", matches = ".+")
class CorpusDumpTest {
    @Test
    void dumpsParsedText() throws Exception {
        var dev = CorpusLocator.devCase();
        assumeTrue(dev.isPresent());
        Path out = Path.of(System.getProperty("ctip.dump"));
        Files.createDirectories(out);
        TikaCorpusReader reader = new TikaCorpusReader();
        try (Stream<Path> files = Files.list(dev.get().resolve("docs")).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                StringBuilder sb = new StringBuilder();
                for (var part : reader.read(f)) {
                    sb.append("=== PART ").append(part.part()).append(" error=").append(part.error()).append('\n');
                    if (part.text() != null) {
                        sb.append("type=").append(part.text().mediaType()).append('\n');
                        sb.append("meta=").append(part.text().metadata()).append('\n');
                        for (PageText p : part.text().pages()) {
                            sb.append("--- page ").append(p.number()).append('\n').append(p.text()).append('\n');
                        }
                    }
                }
                Files.writeString(out.resolve(f.getFileName() + ".txt"), sb);
            }
        }
    }
}
