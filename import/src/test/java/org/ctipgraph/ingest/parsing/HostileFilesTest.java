package org.ctipgraph.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.RejectionReason;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt the parser: each is refused (or defused) in bounded time by the worker
 * process, and the next ordinary file still parses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesTest {

    private static final Duration SLACK = Duration.ofSeconds(20);

    @TempDir
    static Path work;

    private EvidenceStore store;
    private IsolatedDocumentParser parser;

    @BeforeAll
    void start() throws Exception {
        store = new EvidenceStore(work.resolve("evidence"));
        // Teaches the worker's Tika the test-only fault file type claimed by FaultInjectingParser.
        Path faultTypes = Path.of(HostileFilesTest.class.getResource("/ctip-fault-mimetypes.xml").toURI());
        parser = new IsolatedDocumentParser(store, WorkerOptions.forCurrentClasspath().withMaxHeap("256m")
                .withExtraJvmArgs(List.of("-Dtika.custom-mimetypes=" + faultTypes)));
    }

    @AfterAll
    void stop() {
        parser.close();
    }

    @AfterEach
    void scratchIsCleanedUp() throws IOException {
        try (Stream<Path> left = Files.list(store.scratchDirectory())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void zipBombWithOneHugeMemberIsRejectedAndNothingOfItIsStored() throws Exception {
        Path bomb = work.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        long before = storedOriginals();
        Timed<List<ParsedDocument>> parsed = timed(() -> parse(bomb, ParseOptions.defaults()));

        assertThat(parsed.value()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(d.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
            assertThat(d.mediaType()).isEqualTo("application/zip");
        });
        assertThat(parsed.elapsed()).isLessThan(ParseOptions.defaults().timeout());
        assertThat(storedOriginals()).isEqualTo(before + 1); // the bomb itself, no member
        assertStillParses();
    }

    @Test
    void zipBombWithManyMembersIsRejected() throws Exception {
        Path many = work.resolve("many.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 3_000; i++) {
                zip.putNextEntry(new ZipEntry("m/" + i + ".txt"));
                zip.write(("member " + i).getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        Timed<List<ParsedDocument>> parsed = timed(() -> parse(many, ParseOptions.defaults().withMaxEmbeddedCount(500)));

        assertThat(parsed.value()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
            assertThat(d.message()).contains("500");
        });
        assertThat(parsed.elapsed()).isLessThan(SLACK);
    }

    @Test
    void deeplyNestedArchiveStopsAtTheDepthLimit() throws Exception {
        byte[] bytes = "the innermost file".getBytes(StandardCharsets.UTF_8);
        String name = "inner.txt";
        for (int level = 30; level >= 1; level--) {
            bytes = zipOf(name, bytes);
            name = "level-" + level + ".zip";
        }
        Path nested = work.resolve("nested.zip");
        Files.write(nested, bytes);

        Timed<List<ParsedDocument>> parsed = timed(() -> parse(nested, ParseOptions.defaults().withMaxNestingDepth(5)));
        List<ParsedDocument> docs = parsed.value();

        assertThat(docs).hasSize(7); // levels 0..5 parsed, level 6 refused, nothing below it
        ParsedDocument tooDeep = docs.get(6);
        assertThat(tooDeep.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(tooDeep.reason()).isEqualTo(RejectionReason.NESTING_TOO_DEEP);
        assertThat(store.contains(tooDeep.sha256())).isTrue(); // still citable
        assertThat(docs.get(0).status()).isEqualTo(DocumentStatus.PARTIAL);
        assertThat(docs.get(0).warnings()).anyMatch(w -> w.contains("NESTING_TOO_DEEP"));
        for (int i = 1; i < docs.size(); i++) {
            assertThat(docs.get(i).parentSha256()).isEqualTo(docs.get(i - 1).sha256());
        }
        assertThat(parsed.elapsed()).isLessThan(SLACK);
    }

    @Test
    void hangingParserTimesOutAndTheNextFileParses() throws Exception {
        Path hang = work.resolve("hang.bin");
        Files.writeString(hang, "CTIP-FAULT hang");
        Duration timeout = Duration.ofSeconds(3);

        Timed<List<ParsedDocument>> parsed = timed(() -> parse(hang, ParseOptions.defaults().withTimeout(timeout)));

        assertThat(parsed.value()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(d.reason()).isEqualTo(RejectionReason.TIMEOUT);
        });
        assertThat(parsed.elapsed()).isBetween(timeout, timeout.plus(SLACK));
        assertStillParses();
    }

    @Test
    void workerThatKillsItsJvmCostsOnlyThatFile() throws Exception {
        Path exit = work.resolve("exit.bin");
        Files.writeString(exit, "CTIP-FAULT exit");

        assertThat(parse(exit, ParseOptions.defaults())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(d.reason()).isEqualTo(RejectionReason.PARSER_CRASHED);
            assertThat(d.message()).contains("exit code 3");
        });
        assertStillParses();
    }

    @Test
    void workerOutOfMemoryCostsOnlyThatFile() throws Exception {
        Path oom = work.resolve("oom.bin");
        Files.writeString(oom, "CTIP-FAULT oom");

        Timed<List<ParsedDocument>> parsed = timed(() -> parse(oom, ParseOptions.defaults()));

        assertThat(parsed.value()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(RejectionReason.PARSER_CRASHED);
            assertThat(d.message()).contains("out of memory");
        });
        assertThat(parsed.elapsed()).isLessThan(SLACK);
        assertStillParses();
    }

    @Test
    void xxeInXmlDoesNotReadLocalFiles() throws Exception {
        String token = "XXE-" + UUID.randomUUID();
        Path secret = work.resolve("secret.txt");
        Files.writeString(secret, token);
        Path xml = work.resolve("xxe.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<r>before &xxe; after</r>\n");

        Timed<List<ParsedDocument>> parsed = timed(() -> parse(xml, ParseOptions.defaults()));

        assertThat(parsed.value()).isNotEmpty().allSatisfy(d -> assertNoTrace(d, token));
        assertThat(parsed.value().get(0).reason()).isNotIn(RejectionReason.TIMEOUT, RejectionReason.PARSER_CRASHED);
        assertThat(parsed.elapsed()).isLessThan(SLACK);
    }

    @Test
    void xxeInsideADocxDoesNotReadLocalFiles() throws Exception {
        String token = "XXE-" + UUID.randomUUID();
        Path secret = work.resolve("secret-docx.txt");
        Files.writeString(secret, token);
        Path docx = work.resolve("xxe.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \""
                    + secret.toUri() + "\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>hello &xxe;</w:t></w:r></w:p></w:body></w:document>");
        }

        Timed<List<ParsedDocument>> parsed = timed(() -> parse(docx, ParseOptions.defaults()));

        assertThat(parsed.value()).isNotEmpty().allSatisfy(d -> assertNoTrace(d, token));
        assertThat(parsed.elapsed()).isLessThan(SLACK);
    }

    @Test
    void billionLaughsIsDefused() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        Path laughs = work.resolve("laughs.xml");
        Files.writeString(laughs, xml);

        Timed<List<ParsedDocument>> parsed = timed(() -> parse(laughs, ParseOptions.defaults()));

        ParsedDocument d = parsed.value().get(0);
        assertThat(d.reason()).isNotIn(RejectionReason.TIMEOUT, RejectionReason.PARSER_CRASHED);
        assertThat(d.pages().stream().mapToInt(p -> p.text().length()).sum()).isLessThan(1_000_000);
        assertThat(parsed.elapsed()).isLessThan(SLACK);
    }

    @Test
    void encryptedPdfIsRejectedUntilItsPasswordIsSupplied() throws Exception {
        Path pdf = work.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Kiln advance ledger for SOUN Thy");
                text.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }

        assertThat(parse(pdf, ParseOptions.defaults())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(d.reason()).isEqualTo(RejectionReason.ENCRYPTED);
        });
        assertThat(parse(pdf, ParseOptions.defaults().withPassword("wrong"))).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(RejectionReason.ENCRYPTED));
        assertThat(parse(pdf, ParseOptions.defaults().withPassword("user-pw"))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.INGESTED);
            assertThat(d.pages()).extracting(PageText::text).containsExactly("Kiln advance ledger for SOUN Thy");
        });
    }

    @Test
    void passwordProtectedDocxIsRejectedUntilItsPasswordIsSupplied() throws Exception {
        Path plain = work.resolve("plain.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(plain)) {
            doc.createParagraph().createRun().setText("Placement fee USD 450 owed to Bong Leak");
            doc.write(out);
        }
        Path locked = work.resolve("locked.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("kiln2025");
            try (org.apache.poi.openxml4j.opc.OPCPackage opc = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(parse(locked, ParseOptions.defaults())).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(RejectionReason.ENCRYPTED));
        assertThat(parse(locked, ParseOptions.defaults().withPassword("kiln2025"))).first().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.INGESTED);
            assertThat(d.pages().get(0).text()).contains("Placement fee USD 450 owed to Bong Leak");
        });
    }

    @Test
    void textBeyondTheWriteLimitIsCutAndFlagged() throws Exception {
        Path log = work.resolve("chat-log.txt");
        Files.writeString(log, "Bong Long pick up at 18:00. ".repeat(20_000));

        assertThat(parse(log, ParseOptions.defaults().withWriteLimitChars(50_000))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.PARTIAL);
            assertThat(d.warnings()).anyMatch(w -> w.contains("write limit"));
            assertThat(d.pages().get(0).text().length()).isBetween(40_000, 50_000);
        });
    }

    @Test
    void emptyAndUnknownFilesAreRejectedWithTheirReason() throws Exception {
        Path empty = work.resolve("empty.docx");
        Files.write(empty, new byte[0]);
        assertThat(parse(empty, ParseOptions.defaults())).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(RejectionReason.EMPTY));

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x01;
        Path unknown = work.resolve("unknown.bin");
        Files.write(unknown, noise);
        assertThat(parse(unknown, ParseOptions.defaults())).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(RejectionReason.UNSUPPORTED));
    }

    @Test
    void aBrokenMemberMakesItsArchivePartialAndSparesItsSiblings() throws Exception {
        Path zip = work.resolve("mixed.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "notes.txt", "Boss T paid the driver");
            put(out, "broken.pdf", "%PDF-1.4\n1 0 obj garbage that is not a pdf");
        }
        List<ParsedDocument> docs = parse(zip, ParseOptions.defaults());

        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).status()).isEqualTo(DocumentStatus.PARTIAL);
        assertThat(docs.get(0).warnings()).anyMatch(w -> w.contains("broken.pdf"));
        assertThat(docs.get(1).status()).isEqualTo(DocumentStatus.INGESTED);
        assertThat(docs.get(1).pages().get(0).text()).contains("Boss T paid the driver");
        assertThat(docs.get(2).status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(docs.get(2).reason()).isEqualTo(RejectionReason.CORRUPT);
        assertThat(store.verify(docs.get(2).sha256())).isTrue();
    }

    private void assertStillParses() throws Exception {
        Path ok = work.resolve("ok-" + UUID.randomUUID() + ".txt");
        Files.writeString(ok, "PEN Long drove the van Preah Sihanouk 2A-6093");
        assertThat(parse(ok, ParseOptions.defaults())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.INGESTED);
            assertThat(d.pages().get(0).text()).contains("2A-6093");
        });
    }

    private static void assertNoTrace(ParsedDocument d, String token) {
        String text = d.pages().stream().map(PageText::text).collect(Collectors.joining());
        assertThat(text).doesNotContain(token);
        assertThat(d.metadata().values().stream().flatMap(List::stream)).noneMatch(v -> v.contains(token));
        assertThat(String.valueOf(d.message())).doesNotContain(token);
    }

    private List<ParsedDocument> parse(Path file, ParseOptions options) throws IOException {
        StoredFile stored;
        try (InputStream in = Files.newInputStream(file)) {
            stored = store.store(in, 1L << 30);
        }
        return parser.parse(stored.path(), stored.sha256(), file.getFileName().toString(), options);
    }

    private long storedOriginals() throws IOException {
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(store.root().resolve("tmp"))).count();
        }
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private record Timed<T>(T value, Duration elapsed) {
    }

    private interface Action<T> {
        T run() throws Exception;
    }

    private static <T> Timed<T> timed(Action<T> action) throws Exception {
        long start = System.nanoTime();
        T value = action.run();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
