package org.ctipgraph.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ctipgraph.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Builds, stores and lists evidence packages, and records each build in the audit log with the package's
 * SHA-256 (and, separately, every inclusion of victims' identities). Knows nothing of HTTP.
 */
@Service
public class EvidencePackageService {
    static final String BUILT = "evidence-package.built";
    static final String IDENTITIES = "evidence-package.identities-included";
    private final EvidencePackageBuilder builder;
    private final PackageStore store;
    private final AuditLog audit;

    EvidencePackageService(EvidencePackageBuilder builder, PackageStore store, AuditLog audit) {
        this.builder = builder;
        this.store = store;
        this.audit = audit;
    }

    /**
     * Builds and stores the package. Role checks for including identities plug in here once authentication
     * lands; until then the explicit flags and a named requester are required, and both are audit-logged.
     *
     * @return empty when an entity or relation of the selection is not in the case
     * @throws IllegalArgumentException when the selection is not valid
     */
    public Optional<PackageSummary> build(String caseId, String caseName, PackageSelection selection) {
        List<String> problems = selection.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return builder.build(caseId, caseName, selection).map(built -> {
            String id = PackageStore.idOf(built.sha256());
            PackageContent c = built.content();
            List<PackageSummary.PackageFile> files = new java.util.ArrayList<>(built.files().stream()
                    .map(f -> new PackageSummary.PackageFile(f.path(), f.bytes().length, f.sha256())).toList());
            byte[] manifest = PackageManifest.manifest(built.files());
            files.add(new PackageSummary.PackageFile(PackageManifest.NAME, manifest.length, PackageManifest.sha256(manifest)));
            PackageSummary summary = new PackageSummary(id, built.sha256(), built.zip().length, c.title(), c.date(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), c.author(), c.selection(), c.links().size(),
                    c.nodes().size(), c.documents().size(), files);
            store.save(caseId, id, built.zip(), summary);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("packageId", id);
            details.put("sha256", built.sha256());
            details.put("selection", c.selection());
            details.put("pseudonymised", c.protection().pseudonyms().size());
            audit.record(caseId, BUILT, selection.requestedBy(), details);
            if (selection.includeIdentities()) {
                audit.record(caseId, IDENTITIES, selection.requestedBy(), Map.of("packageId", id, "sha256", built.sha256(),
                        "adults", true, "minors", selection.includeMinorIdentities()));
            }
            return summary;
        });
    }

    public List<PackageSummary> list(String caseId) {
        return store.list(caseId);
    }

    public Optional<PackageSummary> find(String caseId, String id) {
        return store.summary(caseId, id);
    }

    public Optional<Path> zip(String caseId, String id) {
        return store.zip(caseId, id);
    }

    /** One file of a stored package, read from the ZIP itself (so what is shown is what was delivered). */
    public Optional<byte[]> file(String caseId, String id, String path) {
        Optional<Path> zip = store.zip(caseId, id);
        if (zip.isEmpty()) {
            return Optional.empty();
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.get()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(path)) {
                    return Optional.of(readAll(in));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
