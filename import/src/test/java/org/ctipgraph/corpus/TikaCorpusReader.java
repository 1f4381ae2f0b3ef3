package org.ctipgraph.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.parsing.WorkbookGrids;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Test-only stand-in for the ingestion pipeline: parses a corpus file in-process with Tika's
 * {@link RecursiveParserWrapper} and returns one {@link CorpusPart} per part as the truth format
 * names them ({@code body}, {@code ocr}, {@code attachment:<name>}, {@code entry:<path>}). PDF
 * pages are split on Tika's {@code <div class="page">} elements.
 */
public final class TikaCorpusReader {

    /** One part of a corpus file, ready for extraction, or the reason it failed. */
    public record CorpusPart(String file, String part, DocumentText text, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private static final char PAGE_BREAK = '\f';

    private final AutoDetectParser parser = new AutoDetectParser();

    public List<CorpusPart> read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return List.of(new CorpusPart(fileName, "body", null, "empty"));
        }
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(new PageSplitterFactory(), -1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = Files.newInputStream(file)) {
            wrapper.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return List.of(new CorpusPart(fileName, "body", null, "encrypted"));
        } catch (TikaException | org.xml.sax.SAXException e) {
            return List.of(new CorpusPart(fileName, "body", null, "corrupt: " + e.getMessage()));
        }
        List<CorpusPart> parts = new ArrayList<>();
        List<Metadata> all = handler.getMetadataList();
        for (int i = 0; i < all.size(); i++) {
            Metadata m = all.get(i);
            String content = m.get(TikaCoreProperties.TIKA_CONTENT);
            if (content == null) {
                content = "";
            }
            String type = m.get(Metadata.CONTENT_TYPE);
            String part;
            String name;
            if (i == 0) {
                part = type != null && type.startsWith("image/") ? "ocr" : "body";
                name = fileName;
            } else {
                String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
                String resource = m.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                boolean fromMail = all.get(0).get(Metadata.CONTENT_TYPE) != null
                        && all.get(0).get(Metadata.CONTENT_TYPE).startsWith("message/");
                if (path != null && path.chars().filter(c -> c == '/').count() > 1 && !fromMail) {
                    continue; // resources inside an embedded file belong to it (e.g. images in a DOCX)
                }
                part = (fromMail ? "attachment:" : "entry:") + resource;
                name = resource;
            }
            List<PageText> pages = new ArrayList<>();
            String[] split = content.split(String.valueOf(PAGE_BREAK), -1);
            int n = 1;
            for (String s : split) {
                if (split.length > 1 && s.isBlank() && n == 1 && pages.isEmpty() && s == split[0]) {
                    continue; // text before the first page div
                }
                pages.add(new PageText(n++, s));
            }
            Map<String, List<String>> meta = new LinkedHashMap<>();
            for (String key : m.names()) {
                meta.put(key, List.of(m.getValues(key)));
            }
            byte[] own = i == 0 ? bytes : content.getBytes(StandardCharsets.UTF_8);
            parts.add(new CorpusPart(fileName, part,
                    new DocumentText(sha256(own), name, type == null ? "" : type, pages, meta, i == 0 ? file : null,
                            i == 0 && WorkbookGrids.isWorkbook(type) ? WorkbookGrids.read(file) : List.of()),
                    null));
        }
        return parts;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text handler that marks page boundaries and turns block elements into line breaks. */
    private static final class PageSplitterFactory implements ContentHandlerFactory {
        @Override
        public ContentHandler getNewContentHandler() {
            return new PageSplitter();
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            return new PageSplitter();
        }
    }

    private static final class PageSplitter extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private boolean sawPage;
        private boolean inTitle;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = localName.isEmpty() ? qName : localName;
            if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
                if (sawPage) {
                    text.append(PAGE_BREAK);
                } else if (!text.isEmpty()) {
                    text.append(PAGE_BREAK);
                }
                sawPage = true;
            }
            if ("title".equals(name)) {
                inTitle = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "title" -> inTitle = false;
                case "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table" -> text.append('\n');
                case "td", "th" -> text.append('\t');
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inTitle) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
