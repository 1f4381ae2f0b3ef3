package org.ctipgraph.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A scanned (image-only) PDF page is read by Tesseract when it is installed, and flagged when it is not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcrParsingTest {

    @TempDir
    static Path work;

    private EvidenceStore store;
    private IsolatedDocumentParser parser;
    private StoredFile scanned;

    @BeforeAll
    void start() throws Exception {
        store = new EvidenceStore(work.resolve("evidence"));
        parser = new IsolatedDocumentParser(store, WorkerOptions.forCurrentClasspath());
        Path pdf = work.resolve("scan.pdf");
        writeTypedThenScannedPdf(pdf);
        try (InputStream in = Files.newInputStream(pdf)) {
            scanned = store.store(in, 10_000_000);
        }
    }

    @AfterAll
    void stop() {
        parser.close();
    }

    @Test
    void imageOnlyPageIsOcredWhenTesseractIsInstalled() {
        Assumptions.assumeTrue(parser.ocr().available(), "tesseract not installed");
        List<ParsedDocument> docs = parser.parse(scanned.path(), scanned.sha256(), "scan.pdf", ParseOptions.defaults());

        ParsedDocument pdf = docs.get(0);
        assertThat(pdf.status()).isEqualTo(DocumentStatus.INGESTED);
        assertThat(pdf.pages()).hasSize(2);
        assertThat(pdf.pages().get(0).text()).contains("Typed page");
        assertThat(pdf.pages().get(1).text()).contains("SUNRISE").contains("CAREER");
    }

    @Test
    void imageOnlyPageWithoutOcrMakesThePdfPartialNamingThePage() {
        List<ParsedDocument> docs = parser.parse(scanned.path(), scanned.sha256(), "scan.pdf",
                ParseOptions.defaults().withOcr(false));

        ParsedDocument pdf = docs.get(0);
        assertThat(pdf.status()).isEqualTo(DocumentStatus.PARTIAL);
        assertThat(pdf.pages()).hasSize(2);
        assertThat(pdf.pages().get(0).text()).contains("Typed page");
        assertThat(pdf.warnings()).singleElement().asString().contains("OCR").contains("[2]");
    }

    private static void writeTypedThenScannedPdf(Path pdf) throws Exception {
        BufferedImage scan = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
        g.drawString("SUNRISE CAREER LINK", 60, 180);
        g.drawString("088 760 1593", 60, 320);
        g.dispose();

        try (PDDocument doc = new PDDocument()) {
            PDPage typed = new PDPage();
            doc.addPage(typed);
            try (PDPageContentStream text = new PDPageContentStream(doc, typed)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Typed page of the recruitment file");
                text.endText();
            }
            PDPage image = new PDPage();
            doc.addPage(image);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream drawing = new PDPageContentStream(doc, image)) {
                drawing.drawImage(xobject, 36, 500, 540, 135);
            }
            doc.save(pdf.toFile());
        }
    }
}
