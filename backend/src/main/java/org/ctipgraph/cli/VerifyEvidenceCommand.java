package org.ctipgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ctipgraph.ingest.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctip-graph verify-evidence}: re-hashes stored originals and reports any whose bytes no
 * longer match their SHA-256 (exit code 1), so the chain of custody can be checked at any time.
 * Reads the store only; needs no database.
 */
@Command(name = "verify-evidence", mixinStandardHelpOptions = true,
        description = "Re-hash stored originals (all, or the given SHA-256s) and report any mismatch.")
public class VerifyEvidenceCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "${env:CTIP_DATA_DIR:-./data}", description = "data directory (default ./data)")
    Path dataDir;

    @Parameters(arity = "0..*", paramLabel = "SHA256")
    List<String> hashes;

    @Override
    public Integer call() throws Exception {
        EvidenceStore store = new EvidenceStore(dataDir.resolve("evidence"));
        List<String> toCheck = hashes != null && !hashes.isEmpty() ? hashes : all(store.root());
        int bad = 0;
        for (String sha : toCheck) {
            boolean ok = store.contains(sha) && store.verify(sha);
            if (!ok) {
                bad++;
                System.out.println("MISMATCH " + sha + (store.contains(sha) ? " (bytes changed)" : " (missing)"));
            }
        }
        System.out.println("verified " + toCheck.size() + " original(s): " + (toCheck.size() - bad) + " intact, "
                + bad + " bad");
        return bad == 0 ? 0 : 1;
    }

    private static List<String> all(Path root) throws java.io.IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("[0-9a-f]{64}")).sorted().toList();
        }
    }
}
