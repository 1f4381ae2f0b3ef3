package org.ctipgraph.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared development case ({@code shared/corpus/ctip-case-dev}), found above the working directory. */
public final class DevCase {
    private DevCase() {
    }

    /** Its folder, or {@code null} when this checkout has no shared corpus next to it. */
    public static Path dir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/ctip-case-dev");
            if (Files.isRegularFile(candidate.resolve("truth.json"))) {
                return candidate;
            }
        }
        return null;
    }
}
