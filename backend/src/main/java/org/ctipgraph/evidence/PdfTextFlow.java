package org.ctipgraph.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Flowing text on A4 pages with PDFBox's standard fonts: wraps lines, starts new pages, numbers them.
 * The standard fonts cover Latin text only; any run of characters they cannot encode (Khmer, Chinese,
 * arrows) is written visibly as {@code [Khmer text]} and the like, and the package's JSON and graph files
 * keep the exact Unicode text.
 */
final class PdfTextFlow implements AutoCloseable {
    static final float MARGIN = 50;
    static final PDRectangle PAGE = PDRectangle.A4;
    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final PDDocument document;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfTextFlow(PDDocument document) {
        this.document = document;
    }

    /** A fresh page; the caller may draw on {@link #stream()} before flowing text below {@code top}. */
    PDPageContentStream newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
        return stream;
    }

    PDPageContentStream stream() {
        return stream;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void heading(String text) throws IOException {
        space(8);
        paragraph(text, bold, 13, 0);
        space(2);
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, regular, size, 0);
    }

    /** Wrapped text; {@code indent} in points from the left margin. */
    void paragraph(String text, PDType1Font font, float size, float indent) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(printable(text == null ? "" : text, font), font, size, width)) {
            if (stream == null || y - size < MARGIN) {
                newPage();
            }
            y -= size * 1.3f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(line);
            stream.endText();
        }
    }

    void space(float points) throws IOException {
        if (stream == null) {
            newPage();
        }
        y -= points;
    }

    /** Text the font can show: unencodable runs become a visible note of their script. */
    String printable(String text, PDType1Font font) {
        StringBuilder sb = new StringBuilder();
        Character.UnicodeScript run = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                cp = ' ';
            }
            if (cp == 0x2192) {
                sb.append("->");
                run = null;
                continue;
            }
            if (canEncode(cp, font)) {
                sb.appendCodePoint(cp);
                run = null;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.INHERITED || script == run) {
                continue;
            }
            run = script;
            sb.append('[').append(script == Character.UnicodeScript.COMMON ? "symbol" : title(script.name()) + " text").append(']');
        }
        return sb.toString();
    }

    private boolean canEncode(int cp, PDType1Font font) {
        return encodable.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String title(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
