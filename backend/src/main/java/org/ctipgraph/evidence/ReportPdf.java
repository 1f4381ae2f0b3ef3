package org.ctipgraph.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.DoubleSummaryStatistics;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * {@code report.pdf}: the case, author and graph-state date; the graph as a picture; every link numbered with
 * its relation, supporting quotes, document, page, SHA-256 and derivation; the source documents with hashes;
 * the chain of custody (uploads, merges); the analysis parameters. Reproducible: fixed document ID (from the
 * package content), creation date = graph-state time, no random ids, standard fonts (nothing embedded).
 */
final class ReportPdf {
    private static final float GRAPH_SIZE = PdfTextFlow.PAGE.getWidth() - 2 * PdfTextFlow.MARGIN;
    private static final Map<String, float[]> COLOURS = Map.of("Person", rgb(0x1f5fa8), "Company", rgb(0x7a3e9d),
            "BrickKiln", rgb(0xa4442a), "PhoneNumber", rgb(0x1c7a52), "BankAccount", rgb(0x8a6100),
            "Location", rgb(0x4a5a6a), "Vehicle", rgb(0x9c2f6b), "OnlineAccount", rgb(0x2d6f7d), "Arrest", rgb(0xb42318));

    private ReportPdf() {
    }

    static byte[] render(PackageContent c, Map<String, Point2D> layout, String contentHash) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfTextFlow flow = new PdfTextFlow(doc)) {
            info(doc, c, contentHash);
            flow.newPage();
            flow.paragraph("Evidence package", flow.bold, 20, 0);
            flow.paragraph(c.title(), flow.bold, 13, 0);
            flow.space(6);
            flow.paragraph("Case: " + c.caseName() + " (" + c.caseId() + ")", 10);
            flow.paragraph("Prepared by: " + c.author(), 10);
            flow.paragraph("Graph state as of: " + c.date(), 10);
            flow.paragraph("Selection: " + c.selection(), 9);
            flow.paragraph(c.links().size() + " link(s) between " + c.nodes().size() + " entities, citing "
                    + c.documents().size() + " source document(s).", 10);
            flow.paragraph(protection(c.protection()), 9);
            flow.paragraph("Every file of this package is listed with its SHA-256 in MANIFEST.sha256. "
                    + "'ctip-graph verify-package <zip>' re-checks the manifest and, with the evidence store, every quote.", 9);
            drawGraph(flow, c, layout);
            links(flow, c);
            documents(flow, c);
            custody(flow, c);
            flow.heading("Analysis parameters");
            if (c.parameters().isEmpty()) {
                flow.paragraph("No algorithm chose the contents: they were picked by hand.", 9);
            }
            for (var e : c.parameters().entrySet()) {
                flow.paragraph(e.getKey() + ": " + e.getValue(), flow.regular, 9, 10);
            }
            flow.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String protection(PackageContent.Protection p) {
        if (p.pseudonyms().isEmpty()) {
            return "Victim protection: no victim of this case needed a pseudonym"
                    + (p.identitiesIncluded() ? " (identities included at the request of " + p.requestedBy() + ")." : ".");
        }
        return "Victim protection: " + p.pseudonyms().size() + " victim(s) appear only under pseudonyms (V-01, V-02, ...) in "
                + "every file, quotes included; names, phone numbers and dates of birth are replaced by bracketed marks. "
                + (p.identitiesIncluded() ? "Adult victims' identities were included at the request of " + p.requestedBy()
                + (p.minorIdentitiesIncluded() ? ", minors' too." : "; minors stay pseudonymised.") : "");
    }

    private static void drawGraph(PdfTextFlow flow, PackageContent c, Map<String, Point2D> layout) throws IOException {
        PDPageContentStream s = flow.newPage();
        flow.paragraph("The graph", flow.bold, 13, 0);
        flow.paragraph("Force-directed layout (Fruchterman-Reingold, seeded). Lines carry the link numbers of the list "
                + "that follows; colours: persons blue, companies purple, kilns brown, phones green, accounts ochre.", 8);
        float top = PdfTextFlow.PAGE.getHeight() - 120;
        float left = PdfTextFlow.MARGIN;
        float pad = 30;
        // The layout leaves a wide margin in its box: fit the drawing's own bounds to the area instead.
        DoubleSummaryStatistics xs = layout.values().stream().mapToDouble(Point2D::getX).summaryStatistics();
        DoubleSummaryStatistics ys = layout.values().stream().mapToDouble(Point2D::getY).summaryStatistics();
        double minX = xs.getCount() == 0 ? 0 : xs.getMin();
        double minY = ys.getCount() == 0 ? 0 : ys.getMin();
        double span = Math.max(1, Math.max(xs.getMax() - minX, ys.getMax() - minY));
        double scale = (GRAPH_SIZE - 2 * pad - 90) / span;
        java.util.function.Function<Point2D, float[]> at = p -> new float[] {
                (float) (left + pad + (p.getX() - minX) * scale), (float) (top - pad - (p.getY() - minY) * scale)};
        List<float[]> segments = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (PackageContent.Link l : c.links()) {
            Point2D a = layout.get(l.source());
            Point2D b = layout.get(l.target());
            if (a != null && b != null) {
                float[] pa = at.apply(a);
                float[] pb = at.apply(b);
                segments.add(new float[] {pa[0], pa[1], pb[0], pb[1]});
                numbers.add(l.number());
            }
        }
        s.setLineWidth(0.6f);
        s.setStrokingColor(0.55f, 0.55f, 0.55f);
        for (float[] seg : segments) {
            s.moveTo(seg[0], seg[1]);
            s.lineTo(seg[2], seg[3]);
            s.stroke();
        }
        // Numbers after all lines, so no line is drawn across a number.
        s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        for (int i = 0; i < segments.size(); i++) {
            float[] seg = segments.get(i);
            text(s, flow, flow.regular, 5.5f, (seg[0] + seg[2]) / 2 + 1, (seg[1] + seg[3]) / 2 + 1, numbers.get(i));
        }
        for (PackageContent.Node n : c.nodes()) {
            Point2D p = layout.get(n.id());
            if (p == null) {
                continue;
            }
            float[] xy = at.apply(p);
            float[] colour = COLOURS.getOrDefault(n.label(), rgb(0x333333));
            s.setNonStrokingColor(colour[0], colour[1], colour[2]);
            circle(s, xy[0], xy[1], n.pseudonymised() ? 4.5f : 5.5f);
            s.fill();
            s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            String name = n.name().length() > 28 ? n.name().substring(0, 27) + "..." : n.name();
            text(s, flow, n.pseudonymised() ? flow.bold : flow.regular, 6.5f, xy[0] + 7, xy[1] - 2, name);
        }
        flow.moveTo(top - GRAPH_SIZE);
    }

    private static void links(PdfTextFlow flow, PackageContent c) throws IOException {
        flow.newPage();
        flow.paragraph("Links and their sources", flow.bold, 13, 0);
        Map<String, String> names = new java.util.HashMap<>();
        c.nodes().forEach(n -> names.put(n.id(), n.name()));
        for (PackageContent.Link l : c.links()) {
            flow.space(5);
            flow.paragraph(l.number() + "  " + names.getOrDefault(l.source(), l.source()) + "  " + l.type() + "  "
                    + names.getOrDefault(l.target(), l.target()) + "   (confidence " + String.format(java.util.Locale.ROOT, "%.2f",
                    l.confidence()) + ")", flow.bold, 9.5f, 0);
            if (!l.attributes().isEmpty()) {
                flow.paragraph("Attributes: " + l.attributes(), flow.regular, 8, 14);
            }
            for (String merge : l.merges()) {
                flow.paragraph("Rests on a " + merge + ".", flow.regular, 8, 14);
            }
            int i = 1;
            for (PackageContent.Cite cite : l.citations()) {
                flow.paragraph(l.number() + "." + i++ + "  \"" + cite.quote() + "\"", flow.regular, 8.5f, 14);
                flow.paragraph(cite.document() + ", page " + cite.page() + ", characters " + cite.spanStart() + "-"
                        + cite.spanEnd() + "; " + cite.derivation() + "; confidence "
                        + String.format(java.util.Locale.ROOT, "%.2f", cite.confidence()), flow.regular, 7.5f, 28);
                flow.paragraph("SHA-256 " + cite.sha256(), flow.mono, 7, 28);
            }
        }
    }

    private static void documents(PdfTextFlow flow, PackageContent c) throws IOException {
        flow.heading("Source documents");
        for (PackageContent.SourceDocument d : c.documents()) {
            flow.paragraph(d.name() + "  (" + d.mediaType() + ", " + d.size() + " bytes)", flow.bold, 8.5f, 0);
            flow.paragraph("SHA-256 " + d.sha256(), flow.mono, 7, 14);
            if (d.containerSha256() != null) {
                flow.paragraph("unpacked from " + d.uploadedAs() + " at " + d.pathInContainer() + " (SHA-256 "
                        + d.containerSha256() + ")", flow.regular, 7.5f, 14);
            }
            if (d.original() != null) {
                flow.paragraph("original included unmodified as " + d.original(), flow.regular, 7.5f, 14);
            } else if (d.withheld() != null) {
                flow.paragraph("original not included: " + d.withheld(), flow.regular, 7.5f, 14);
            }
        }
    }

    private static void custody(PdfTextFlow flow, PackageContent c) throws IOException {
        flow.heading("Chain of custody");
        for (PackageContent.SourceDocument d : c.documents()) {
            flow.paragraph(d.name() + ": received as '" + d.uploadedAs() + "' from " + orUnknown(d.uploadedBy()) + " on "
                    + orUnknown(d.uploadedAt()) + ", stored by SHA-256, ingested " + orUnknown(d.ingestedAt()) + ".",
                    flow.regular, 8, 0);
        }
        if (c.merges().isEmpty()) {
            flow.paragraph("No link rests on a merge of two entities.", 8);
        }
        for (PackageContent.Merge m : c.merges()) {
            flow.paragraph("Merge of " + m.a() + " and " + m.b() + " confirmed by " + orUnknown(m.decidedBy()) + " on "
                    + orUnknown(m.decidedAt()) + ".", flow.regular, 8, 0);
        }
    }

    private static String orUnknown(String s) {
        return s == null ? "(not recorded)" : s;
    }

    private static void text(PDPageContentStream s, PdfTextFlow flow, org.apache.pdfbox.pdmodel.font.PDType1Font font,
                             float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(flow.printable(text, font));
        s.endText();
    }

    /** A circle from four Bézier curves (kappa = 0.5523). */
    private static void circle(PDPageContentStream s, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        s.moveTo(x - r, y);
        s.curveTo(x - r, y + k, x - k, y + r, x, y + r);
        s.curveTo(x + k, y + r, x + r, y + k, x + r, y);
        s.curveTo(x + r, y - k, x + k, y - r, x, y - r);
        s.curveTo(x - k, y - r, x - r, y - k, x - r, y);
    }

    private static void info(PDDocument doc, PackageContent c, String contentHash) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(c.title());
        info.setAuthor(c.author());
        info.setSubject("Evidence package, case " + c.caseId());
        info.setCreator("CTIP Graph");
        info.setProducer("CTIP Graph with Apache PDFBox");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        date.setTimeInMillis(Instant.parse(c.date()).toEpochMilli());
        info.setCreationDate(date);
        info.setModificationDate(date);
        doc.setDocumentInformation(info);
        // Without a fixed /ID PDFBox derives one from the clock; the package's content hash makes it reproducible.
        COSArray id = new COSArray();
        byte[] bytes = contentHash.substring(0, 32).getBytes(StandardCharsets.US_ASCII);
        id.add(new COSString(bytes));
        id.add(new COSString(bytes));
        doc.getDocument().setDocumentID(id);
    }

    private static float[] rgb(int hex) {
        return new float[] {((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f};
    }
}
