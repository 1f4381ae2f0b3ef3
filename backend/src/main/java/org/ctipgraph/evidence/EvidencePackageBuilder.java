package org.ctipgraph.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctipgraph.evidence.PackageManifest.Entry;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.jgrapht.alg.drawing.model.Point2D;
import org.springframework.stereotype.Component;

/**
 * Builds the bytes of an evidence package from a selection: resolve it to entities and facts, assemble the
 * redacted content, lay the graph out, write every file, zip them with the manifest. Nothing in it depends on
 * the clock or on randomness that is not seeded, so the same selection on the same graph gives the same bytes.
 */
@Component
class EvidencePackageBuilder {
    private final SelectionResolver resolver;
    private final PackageAssembler assembler;
    private final EvidenceStore store;

    EvidencePackageBuilder(SelectionResolver resolver, PackageAssembler assembler, EvidenceStore store) {
        this.resolver = resolver;
        this.assembler = assembler;
        this.store = store;
    }

    /** A built package: its bytes, their SHA-256, and what it says. */
    record Built(byte[] zip, String sha256, PackageContent content, List<Entry> files) {
    }

    /** Empty when the selection names something the case does not have. */
    Optional<Built> build(String caseId, String caseName, PackageSelection selection) {
        return resolver.resolve(caseId, selection).map(selected -> {
            PackageContent content = assembler.assemble(caseId, caseName, selection, selected);
            return zip(content, selection.seedOrDefault());
        });
    }

    private Built zip(PackageContent content, long seed) {
        Map<String, Point2D> layout = GraphLayout.of(content, seed);
        byte[] json = PackageJson.write(content, layout);
        List<Entry> files = new ArrayList<>();
        try {
            files.add(new Entry("report.pdf", ReportPdf.render(content, layout, PackageManifest.sha256(json))));
        } catch (IOException e) {
            throw new UncheckedIOException("could not render report.pdf", e);
        }
        files.add(new Entry("graph.graphml", GraphMlWriter.write(content, layout)));
        files.add(new Entry("graph.gexf", GexfWriter.write(content, layout)));
        files.add(new Entry("graph.json", json));
        files.add(new Entry("entities.ftm.json", FtmWriter.write(content)));
        files.add(new Entry("nodes.csv", AnalystNotebookCsv.nodes(content)));
        files.add(new Entry("edges.csv", AnalystNotebookCsv.edges(content)));
        for (PackageContent.SourceDocument d : content.documents()) {
            if (d.original() != null) {
                files.add(new Entry(d.original(), original(d.sha256())));
            }
        }
        byte[] zip = PackageManifest.zip(files, content.date());
        return new Built(zip, PackageManifest.sha256(zip), content, files);
    }

    private byte[] original(String sha256) {
        try {
            if (!store.verify(sha256)) {
                throw new IllegalStateException("the stored original " + sha256 + " no longer matches its SHA-256");
            }
            return Files.readAllBytes(store.path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the original " + sha256 + " from the evidence store", e);
        }
    }
}
