package org.ctipgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctipgraph.documents.ParserWorkerLaunch;
import org.ctipgraph.evidence.PackageVerifier;
import org.ctipgraph.evidence.StoredDocumentPages;
import org.ctipgraph.ingest.parsing.IsolatedDocumentParser;
import org.ctipgraph.ingest.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctip-graph verify-package <zip>}: re-checks an evidence package's manifest and, when the evidence
 * store is at hand ({@code --data-dir}, default {@code ./data}), that every cited quote is really on that page
 * of that original (re-hashed and re-parsed). Exit 0 when everything holds, 1 otherwise. Needs no database.
 */
@Command(name = "verify-package", mixinStandardHelpOptions = true,
        description = "Re-check an evidence package: manifest hashes, and every cited quote against the stored originals.")
public class VerifyPackageCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ZIP", description = "the evidence package")
    Path zip;

    @Option(names = "--data-dir", defaultValue = "${env:CTIP_DATA_DIR:-./data}",
            description = "data directory with the evidence store (default ./data)")
    Path dataDir;

    @Option(names = "--manifest-only", description = "check the manifest only, not the quotes")
    boolean manifestOnly;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(zip)) {
            System.err.println("ctip-graph: no such file " + zip);
            return 2;
        }
        Path evidence = dataDir.resolve("evidence");
        PackageVerifier.Result result;
        if (manifestOnly || !Files.isDirectory(evidence)) {
            if (!manifestOnly) {
                System.err.println("no evidence store at " + evidence + ": checking the manifest only");
            }
            result = PackageVerifier.verify(zip, null);
        } else {
            EvidenceStore store = new EvidenceStore(evidence);
            try (IsolatedDocumentParser parser = new IsolatedDocumentParser(store, ParserWorkerLaunch.options(1))) {
                result = PackageVerifier.verify(zip, new StoredDocumentPages(store, parser));
            }
        }
        result.problems().forEach(p -> System.out.println("PROBLEM " + p));
        long confirmed = result.citations().stream().filter(PackageVerifier.CitationCheck::confirmed).count();
        long linksConfirmed = result.links().values().stream().filter(b -> b).count();
        System.out.println("manifest: " + result.files() + " file(s)" + (result.problems().stream()
                .anyMatch(p -> p.contains("file")) ? " with problems" : " intact"));
        if (!result.citations().isEmpty()) {
            System.out.println("quotes: " + confirmed + " of " + result.citations().size() + " confirmed on their page; links: "
                    + linksConfirmed + " of " + result.links().size() + " with a confirmed source");
        }
        System.out.println(result.ok() ? "VERIFIED" : "NOT VERIFIED");
        return result.ok() ? 0 : 1;
    }
}
