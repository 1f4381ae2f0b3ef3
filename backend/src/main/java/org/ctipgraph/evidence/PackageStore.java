package org.ctipgraph.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ctipgraph.config.CtipSettings;
import org.springframework.stereotype.Component;

/**
 * Built packages on disk: {@code <data-dir>/packages/<case>/<id>.zip} and a small {@code <id>.json} summary.
 * The id is derived from the ZIP's SHA-256, so building the same package again finds the same file.
 */
@Component
class PackageStore {
    private final Path root;

    PackageStore(CtipSettings settings) {
        this.root = settings.dataDir().resolve("packages");
    }

    static String idOf(String sha256) {
        return "pkg-" + sha256.substring(0, 20);
    }

    void save(String caseId, String id, byte[] zip, PackageSummary summary) {
        try {
            Path dir = Files.createDirectories(dir(caseId));
            write(dir.resolve(id + ".zip"), zip);
            write(dir.resolve(id + ".json"), PackageJson.MAPPER.writeValueAsBytes(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store package " + id, e);
        }
    }

    List<PackageSummary> list(String caseId) {
        Path dir = dir(caseId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<PackageSummary> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(PackageJson.MAPPER.readValue(p.toFile(), PackageSummary.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(java.util.Comparator.comparing(PackageSummary::builtAt).reversed().thenComparing(PackageSummary::id));
        return out;
    }

    Optional<PackageSummary> summary(String caseId, String id) {
        Path p = file(caseId, id, ".json");
        if (p == null || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PackageJson.MAPPER.readValue(p.toFile(), PackageSummary.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Path> zip(String caseId, String id) {
        Path p = file(caseId, id, ".zip");
        return p != null && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private Path dir(String caseId) {
        return root.resolve(caseId);
    }

    /** Only well-formed ids reach the file system (no path tricks through the URL). */
    private Path file(String caseId, String id, String suffix) {
        return id.matches("pkg-[0-9a-f]{20}") ? dir(caseId).resolve(id + suffix) : null;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".pkg-", ".part");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
