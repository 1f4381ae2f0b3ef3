package org.ctipgraph.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.SheetGrid;
import org.ctipgraph.ingest.RejectionReason;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev corpus parses the way its {@code truth.json} says a correct pipeline must: statuses per
 * {@code expected_extraction}, archive members and the e-mail attachment as their own stored
 * documents with the hashes given in the truth notes, and the 15-page report's page numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevCorpusParsingTest {

    @TempDir
    static Path storeRoot;

    private JsonNode truth;
    private Path docs;
    private EvidenceStore store;
    private IsolatedDocumentParser parser;
    private final Map<String, List<ParsedDocument>> parsedById = new LinkedHashMap<>();
    private final Map<String, StoredFile> storedById = new LinkedHashMap<>();

    @BeforeAll
    void parseCorpus() throws Exception {
        Optional<Path> corpus = DevCorpus.locate();
        Assumptions.assumeTrue(corpus.isPresent(), "shared/corpus/ctip-case-dev not found above the working directory");
        truth = DevCorpus.truth(corpus.get());
        docs = corpus.get().resolve("docs");
        store = new EvidenceStore(storeRoot);
        parser = new IsolatedDocumentParser(store, WorkerOptions.forCurrentClasspath());
        for (JsonNode d : truth.get("documents")) {
            StoredFile stored;
            try (InputStream in = Files.newInputStream(docs.resolve(d.get("file").asText()))) {
                stored = store.store(in, 100L * 1024 * 1024);
            }
            storedById.put(d.get("id").asText(), stored);
            parsedById.put(d.get("id").asText(),
                    parser.parse(stored.path(), stored.sha256(), d.get("file").asText(), ParseOptions.defaults()));
        }
    }

    @AfterAll
    void stop() {
        if (parser != null) {
            parser.close();
        }
    }

    @Test
    void contentAddressesAreTheShippedHashes() {
        for (JsonNode d : truth.get("documents")) {
            String id = d.get("id").asText();
            assertThat(storedById.get(id).sha256()).as(id).isEqualTo(d.get("sha256").asText());
            assertThat(parsedById.get(id).get(0).sha256()).as(id).isEqualTo(d.get("sha256").asText());
            assertThat(parsedById.get(id).get(0).parentSha256()).as(id).isNull();
        }
    }

    @Test
    void onlyTheArchiveAndTheEmailHaveEmbeddedDocuments() {
        for (String id : parsedById.keySet()) {
            int expected = switch (id) {
                case "D10" -> 2;
                case "D13" -> 3;
                default -> 1;
            };
            assertThat(parsedById.get(id)).as(id).hasSize(expected);
        }
    }

    @Test
    void everyFileGetsTheStatusTheTruthExpects() {
        boolean tesseract = parser.ocr().available();
        for (JsonNode d : truth.get("documents")) {
            String id = d.get("id").asText();
            ParsedDocument root = parsedById.get(id).get(0);
            String expected = d.get("expected_extraction").asText();
            switch (expected) {
                case "ok" -> {
                    assertThat(root.status()).as(id + " " + root.message())
                            .isIn(DocumentStatus.INGESTED, DocumentStatus.PARTIAL);
                    assertThat(allText(root)).as(id).isNotBlank();
                }
                case "ocr" -> {
                    if (tesseract) {
                        assertThat(root.status()).as(id).isEqualTo(DocumentStatus.INGESTED);
                        assertThat(allText(root)).as(id).isNotBlank();
                    } else {
                        assertThat(root.status()).as(id).isEqualTo(DocumentStatus.PARTIAL);
                        assertThat(root.warnings()).as(id).anyMatch(w -> w.contains("OCR"));
                    }
                }
                case "error_corrupt" -> assertRejected(root, RejectionReason.CORRUPT, id);
                case "error_encrypted" -> assertRejected(root, RejectionReason.ENCRYPTED, id);
                case "error_empty" -> assertRejected(root, RejectionReason.EMPTY, id);
                default -> throw new AssertionError("unknown expected_extraction " + expected);
            }
        }
    }

    @Test
    void truncatedXlsxIsCorruptWithTikasMessage() {
        ParsedDocument d16 = parsedById.get("D16").get(0);
        assertThat(d16.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(d16.reason()).isEqualTo(RejectionReason.CORRUPT);
        assertThat(d16.message()).contains("Couldn't find core part");
        assertThat(parsedById.get("D16")).hasSize(1);
    }

    @Test
    void typesComeFromTheBytesNotTheName() {
        assertThat(parsedById.get("D15").get(0).mediaType()).isEqualTo("application/pdf");
        assertThat(parsedById.get("D06").get(0).mediaType()).isEqualTo("text/csv");
        assertThat(parsedById.get("D13").get(0).mediaType()).isEqualTo("application/zip");
        assertThat(parsedById.get("D10").get(0).mediaType()).isEqualTo("message/rfc822");
    }

    @Test
    void zipMembersAreTheirOwnStoredDocuments() throws Exception {
        List<ParsedDocument> zip = parsedById.get("D13");
        String zipSha = zip.get(0).sha256();
        Map<String, String> expected = hashesInNote(truth("D13").get("note").asText());
        assertThat(expected).hasSize(2);

        List<ParsedDocument> members = zip.subList(1, zip.size());
        assertThat(members).extracting(ParsedDocument::pathInParent)
                .containsExactlyElementsOf(expected.keySet());
        for (ParsedDocument member : members) {
            assertThat(member.sha256()).isEqualTo(expected.get(member.pathInParent()));
            assertThat(member.parentSha256()).isEqualTo(zipSha);
            assertThat(member.status()).isEqualTo(DocumentStatus.INGESTED);
            assertThat(store.verify(member.sha256())).isTrue();
        }
        ParsedDocument docx = members.get(0);
        assertThat(docx.fileName()).isEqualTo("agreement_SCL-KK-2025-031.docx");
        assertThat(docx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(allText(docx)).contains("ROEUN SREYNUCH").contains("Khiev Srey Leak");
        assertThat(allText(members.get(1))).contains("TGmfFuoDgYPtMuEnnGUndxxGVavD1jvqNQ");
        // The container's own text does not swallow its members' text.
        assertThat(allText(zip.get(0))).doesNotContain("ROEUN SREYNUCH");
    }

    @Test
    void emailAttachmentIsItsOwnDocumentAndHeadersAreMetadata() throws Exception {
        List<ParsedDocument> mail = parsedById.get("D10");
        assertThat(mail).hasSize(2);
        ParsedDocument message = mail.get(0);
        ParsedDocument attachment = mail.get(1);

        String note = truth("D10").get("note").asText();
        Matcher sha = Pattern.compile("Attachment SHA-256: ([0-9a-f]{64})").matcher(note);
        assertThat(sha.find()).isTrue();
        assertThat(attachment.sha256()).isEqualTo(sha.group(1));
        assertThat(attachment.parentSha256()).isEqualTo(message.sha256());
        assertThat(attachment.pathInParent()).isEqualTo("INV-RR-2025-014.pdf");
        assertThat(attachment.mediaType()).isEqualTo("application/pdf");
        assertThat(attachment.pages()).hasSize(1);
        assertThat(store.verify(attachment.sha256())).isTrue();

        assertThat(message.pages()).hasSize(1);
        assertThat(message.metadata().get("Message-From")).anyMatch(v -> v.contains("Vannak Khem"));
        assertThat(message.metadata().get("Message-To")).anyMatch(v -> v.contains("KK Horizon"));
        assertThat(message.metadata().get("dc:title")).anyMatch(v -> v.contains("December invoice INV-RR-2025-014"));
        assertThat(message.metadata()).containsKey("dcterms:created");
        assertThat(allText(message)).doesNotContain("%PDF");
    }

    @Test
    void annualReportHasFifteenPagesWithCaseEntitiesOnTheRightOnes() {
        ParsedDocument report = parsedById.get("D14").get(0);
        assertThat(report.pages()).hasSize(15);
        assertThat(report.pages()).extracting(PageText::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());

        JsonNode q11 = question("Q11").get("answer");
        Set<String> exact = new TreeSet<>();
        question("Q11").get("network_entities_only").forEach(n -> exact.add(n.asText()));
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) q11::fields) {
            if (!e.getValue().has("pages")) {
                continue;
            }
            Set<Integer> expectedPages = new TreeSet<>();
            e.getValue().get("pages").forEach(p -> expectedPages.add(p.asInt()));
            List<String> surfaces = surfaces(e.getKey());
            Set<Integer> found = new TreeSet<>();
            for (PageText page : report.pages()) {
                String text = page.text().replaceAll("\\s+", " ");
                if (surfaces.stream().anyMatch(text::contains)) {
                    found.add(page.number());
                }
            }
            assertThat(found).as(e.getKey() + " " + surfaces).containsAll(expectedPages);
            if (exact.contains(e.getKey())) {
                assertThat(found).as(e.getKey()).isEqualTo(expectedPages);
            }
        }
    }

    @Test
    void spreadsheetsHaveOnePagePerSheet() {
        ParsedDocument statement = parsedById.get("D08").get(0);
        assertThat(statement.pages()).hasSize(3);
        assertThat(statement.pages()).allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void workbooksComeWithTheirCellsReadInTheWorkerSoTheServerNeverOpensThem() {
        ParsedDocument statement = parsedById.get("D08").get(0);
        assertThat(statement.sheets()).extracting(SheetGrid::index).containsExactly(1, 2, 3);
        assertThat(statement.sheets()).allSatisfy(sheet -> assertThat(sheet.text()).isNotEmpty());
        assertThat(statement.sheets().stream().flatMap(sheet -> sheet.numbers().stream()).flatMap(List::stream)
                .filter(java.util.Objects::nonNull)).as("amounts as numbers").isNotEmpty();
        assertThat(parsedById.values().stream().flatMap(List::stream)
                .filter(d -> !WorkbookGrids.isWorkbook(d.mediaType()))).allSatisfy(d -> assertThat(d.sheets()).isEmpty());
    }

    @Test
    void imageIsReadByOcrWhenTesseractIsInstalled() {
        Assumptions.assumeTrue(parser.ocr().available(), "tesseract not installed");
        ParsedDocument png = parsedById.get("D04").get(0);
        String text = allText(png).replaceAll("\\s+", " ");
        List<String> ocrSurfaces = new ArrayList<>();
        for (JsonNode m : truth.get("mentions")) {
            if (m.get("document").asText().equals("D04") && m.get("part").asText().equals("ocr")) {
                ocrSurfaces.add(m.get("surface").asText());
            }
        }
        assertThat(ocrSurfaces).isNotEmpty();
        long found = ocrSurfaces.stream().filter(text::contains).count();
        assertThat(found).as("OCR surfaces found in %s", text).isGreaterThanOrEqualTo((ocrSurfaces.size() * 3 + 3) / 4);
    }

    @Test
    void imageWithoutOcrIsPartialWithTheReason() throws Exception {
        StoredFile png = storedById.get("D04");
        List<ParsedDocument> parsed = parser.parse(png.path(), png.sha256(), "04.png", ParseOptions.defaults().withOcr(false));
        assertThat(parsed.get(0).status()).isEqualTo(DocumentStatus.PARTIAL);
        assertThat(parsed.get(0).warnings()).singleElement().asString().contains("OCR");
        assertThat(parsed.get(0).mediaType()).isEqualTo("image/png");
    }

    private static void assertRejected(ParsedDocument d, RejectionReason reason, String id) {
        assertThat(d.status()).as(id).isEqualTo(DocumentStatus.REJECTED);
        assertThat(d.reason()).as(id).isEqualTo(reason);
        assertThat(d.pages()).as(id).isEmpty();
        assertThat(d.message()).as(id).isNotBlank();
    }

    private static String allText(ParsedDocument d) {
        return d.pages().stream().map(PageText::text).collect(Collectors.joining("\n"));
    }

    private JsonNode truth(String id) {
        for (JsonNode d : truth.get("documents")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError(id);
    }

    private JsonNode question(String id) {
        for (JsonNode q : truth.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError(id);
    }

    private List<String> surfaces(String entityId) {
        for (JsonNode e : truth.get("entities")) {
            if (e.get("id").asText().equals(entityId)) {
                List<String> s = new ArrayList<>();
                e.get("surfaces").forEach(n -> s.add(n.asText()));
                return s;
            }
        }
        throw new AssertionError(entityId);
    }

    /** "path sha; path sha" pairs from the D13 note. */
    private static Map<String, String> hashesInNote(String note) {
        Map<String, String> result = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(SHV-05/\\S+) ([0-9a-f]{64})").matcher(note);
        while (m.find()) {
            result.put(m.group(1), m.group(2));
        }
        return result;
    }
}
