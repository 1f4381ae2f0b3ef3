package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.RejectionReason;
import org.ctipgraph.ingest.SheetGrid;

/**
 * Parses one received file with Tika inside the worker process: the file and its embedded
 * documents, text per page, metadata, language, and a status for each.
 *
 * <p>Runs in the worker only; hangs, native crashes and OOMs here are the parent's problem to
 * contain. One instance is reused for every file (building Tika's parser registry is the slow part).
 */
public final class TikaExtraction {

    private static final int MAX_METADATA_VALUE = 2_000;
    private static final int MAX_METADATA_VALUES = 100;
    private static final int LANGUAGE_SAMPLE = 20_000;
    private static final int LANGUAGE_MIN_CHARS = 40;

    private final AutoDetectParser autoDetect = new AutoDetectParser();
    private final OcrAvailability ocr;
    private final LanguageDetector languageDetector;

    /** @param ocr what {@link OcrAvailability#detect()} found on this machine */
    public TikaExtraction(OcrAvailability ocr) {
        this.ocr = ocr;
        this.languageDetector = loadLanguageDetector();
    }

    /** Whether a Tika language detector implementation is on the classpath. */
    public boolean detectsLanguage() {
        return languageDetector != null;
    }

    /** Parses {@code request}; never throws for a bad file (only for an I/O failure of the worker itself). */
    public List<WorkerDocument> extract(WorkerRequest request) throws IOException {
        ParseOptions options = request.options();
        Path file = Path.of(request.file());
        long size = Files.size(file);
        ParseBudget budget = new ParseBudget(options, size, Path.of(request.spoolDirectory()));
        boolean ocrActive = options.ocr() && ocr.available();

        autoDetect.setAutoDetectParserConfig(secureConfig(options));
        ParseContext context = context(options, budget, ocrActive);
        CollectingRecursiveHandler handler = new CollectingRecursiveHandler(budget, options.maxEmbeddedCount() + 1);
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(new EmbeddedCapturingParser(autoDetect), true);

        Metadata rootMetadata = new Metadata();
        rootMetadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.fileName());
        try (TikaInputStream in = TikaInputStream.get(file, rootMetadata)) {
            wrapper.parse(in, handler, rootMetadata, context);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // Usually already classified by EmbeddedCapturingParser; this covers failures around it.
            InternalMetadata.reject(rootMetadata, Failure.of(e, options.password() != null));
        }

        List<CollectingRecursiveHandler.Finished> finished = new ArrayList<>(handler.finished());
        finished.removeIf(f -> f.metadata().get(InternalMetadata.INDEX) == null);
        if (finished.stream().noneMatch(f -> indexOf(f.metadata()) == 0)) {
            rootMetadata.set(InternalMetadata.INDEX, "0");
            rootMetadata.set(InternalMetadata.PARENT, "-1");
            finished.add(new CollectingRecursiveHandler.Finished(rootMetadata, new PageCollectingHandler(budget)));
        }
        finished.sort(Comparator.comparingInt(f -> indexOf(f.metadata())));

        if (budget.bombExplanation() != null) {
            // A zip bomb is an attack on the pipeline: refuse the whole file, keep none of its members.
            CollectingRecursiveHandler.Finished root = finished.get(0);
            return List.of(document(root, request, size, ocrActive,
                    new Failure(RejectionReason.ZIP_BOMB, budget.bombExplanation())));
        }

        List<WorkerDocument> documents = new ArrayList<>();
        for (CollectingRecursiveHandler.Finished f : finished) {
            documents.add(document(f, request, size, ocrActive, null));
        }
        return propagateRejections(documents);
    }

    private WorkerDocument document(CollectingRecursiveHandler.Finished f, WorkerRequest request, long rootSize,
                                    boolean ocrActive, Failure override) {
        Metadata m = f.metadata();
        int index = indexOf(m);
        boolean root = index == 0;
        String mediaType = baseType(m.get(Metadata.CONTENT_TYPE));
        String path = root ? null : pathInParent(m, index);
        String fileName = root ? request.fileName() : lastSegment(path);
        long size = root ? rootSize : parseLong(m.get(InternalMetadata.SIZE));
        Map<String, List<String>> metadata = exportMetadata(m);

        Failure failure = override != null ? override : rejection(m, mediaType);
        if (failure != null) {
            return new WorkerDocument(index, parseInt(m.get(InternalMetadata.PARENT)), path, fileName,
                    m.get(InternalMetadata.SPOOL), m.get(InternalMetadata.SHA256), size, mediaType,
                    DocumentStatus.REJECTED, failure.reason(), failure.message(), List.of(), List.of(),
                    metadata, null, List.of());
        }
        List<PageText> pages = f.text().pages();
        List<String> warnings = new ArrayList<>();
        if ("true".equals(m.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
            warnings.add("text cut at the write limit of " + request.writeLimitChars() + " characters");
        }
        warnings.addAll(ocrWarnings(mediaType, pages, request.ocr(), ocrActive));
        List<SheetGrid> sheets = List.of();
        if (WorkbookGrids.isWorkbook(mediaType)) {
            Path bytes = root ? Path.of(request.file()) : Path.of(request.spoolDirectory(), m.get(InternalMetadata.SPOOL));
            try {
                sheets = WorkbookGrids.read(bytes);
            } catch (IOException | RuntimeException e) {
                warnings.add("workbook cells not readable, so its rows are not imported as records: " + Failure.describe(e));
            }
        }
        return new WorkerDocument(index, parseInt(m.get(InternalMetadata.PARENT)), path, fileName,
                m.get(InternalMetadata.SPOOL), m.get(InternalMetadata.SHA256), size, mediaType,
                warnings.isEmpty() ? DocumentStatus.INGESTED : DocumentStatus.PARTIAL, null,
                warnings.isEmpty() ? null : String.join("; ", warnings), warnings, pages, metadata,
                language(pages), sheets);
    }

    /** The recorded failure, or UNSUPPORTED when no real parser claimed the bytes. */
    private static Failure rejection(Metadata m, String mediaType) {
        String reason = m.get(InternalMetadata.REJECTION);
        if (reason != null) {
            return new Failure(RejectionReason.valueOf(reason), m.get(InternalMetadata.REJECTION_MESSAGE));
        }
        String[] parsedBy = m.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        boolean realParser = false;
        for (String p : parsedBy) {
            if (!p.endsWith(".DefaultParser") && !p.endsWith(".EmptyParser") && !p.endsWith(".CompositeParser")) {
                realParser = true;
            }
        }
        if (!realParser) {
            return new Failure(RejectionReason.UNSUPPORTED, "no parser reads " + mediaType);
        }
        return null;
    }

    private List<String> ocrWarnings(String mediaType, List<PageText> pages, boolean ocrRequested, boolean ocrActive) {
        if (ocrActive) {
            return List.of();
        }
        String why = ocrRequested
                ? "OCR unavailable (tesseract is not installed)"
                : "OCR switched off for this parse";
        if (mediaType.startsWith("image/") && !mediaType.equals("image/svg+xml")) {
            return List.of(why + ": text drawn in the image was not read");
        }
        if (mediaType.equals("application/pdf")) {
            List<Integer> blank = pages.stream().filter(p -> p.text().isBlank()).map(PageText::number).toList();
            if (!blank.isEmpty()) {
                return List.of(why + ": page(s) " + blank + " have no text layer and were not read");
            }
        }
        return List.of();
    }

    /** A rejected member makes every container above it PARTIAL, naming the member. */
    private static List<WorkerDocument> propagateRejections(List<WorkerDocument> documents) {
        Map<Integer, List<String>> extra = new LinkedHashMap<>();
        Map<Integer, WorkerDocument> byIndex = new LinkedHashMap<>();
        documents.forEach(d -> byIndex.put(d.index(), d));
        for (WorkerDocument d : documents) {
            if (d.status() != DocumentStatus.REJECTED || d.index() == 0) {
                continue;
            }
            String warning = "embedded file '" + d.pathInParent() + "' rejected: " + d.reason();
            for (int p = d.parentIndex(); p >= 0 && byIndex.containsKey(p); p = byIndex.get(p).parentIndex()) {
                extra.computeIfAbsent(p, k -> new ArrayList<>()).add(warning);
            }
        }
        List<WorkerDocument> result = new ArrayList<>();
        for (WorkerDocument d : documents) {
            List<String> more = extra.get(d.index());
            if (more == null || d.status() == DocumentStatus.REJECTED) {
                result.add(d);
                continue;
            }
            List<String> warnings = new ArrayList<>(d.warnings());
            warnings.addAll(more);
            result.add(new WorkerDocument(d.index(), d.parentIndex(), d.pathInParent(), d.fileName(), d.spoolFile(),
                    d.sha256(), d.size(), d.mediaType(), DocumentStatus.PARTIAL, null, String.join("; ", warnings),
                    warnings, d.pages(), d.metadata(), d.language(), d.sheets()));
        }
        return result;
    }

    private ParseContext context(ParseOptions options, ParseBudget budget, boolean ocrActive) {
        ParseContext context = new ParseContext();
        context.set(ParseBudget.class, budget);

        TikaOcrConfiguration.apply(context, ocr, ocrActive, options.timeout());

        if (options.password() != null) {
            String password = options.password();
            context.set(PasswordProvider.class, metadata -> password);
        }
        return context;
    }

    /** Tika's own zip-bomb guard (SecureContentHandler), per document, with our limits. */
    private static AutoDetectParserConfig secureConfig(ParseOptions options) {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setOutputThreshold(1_000_000);
        config.setMaximumCompressionRatio(options.maxCompressionRatio());
        config.setMaximumDepth(100);
        config.setMaximumPackageEntryDepth(Math.max(1, options.maxNestingDepth()));
        return config;
    }

    private String language(List<PageText> pages) {
        if (languageDetector == null) {
            return null;
        }
        StringBuilder sample = new StringBuilder();
        for (PageText p : pages) {
            if (sample.length() >= LANGUAGE_SAMPLE) {
                break;
            }
            sample.append(p.text(), 0, Math.min(p.text().length(), LANGUAGE_SAMPLE - sample.length())).append('\n');
        }
        if (sample.toString().strip().length() < LANGUAGE_MIN_CHARS) {
            return null;
        }
        languageDetector.reset();
        LanguageResult result = languageDetector.detect(sample);
        return result == null || result.isUnknown() ? null : result.getLanguage();
    }

    private static LanguageDetector loadLanguageDetector() {
        // tika-parsers-standard-package 3.3.1 ships no detector implementation (they live in
        // tika-langdetect-*); one found on the classpath is used, otherwise language stays null.
        try {
            List<LanguageDetector> detectors = LanguageDetector.getLanguageDetectors();
            if (detectors.isEmpty()) {
                return null;
            }
            return detectors.get(0).loadModels();
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Map<String, List<String>> exportMetadata(Metadata m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : m.names()) {
            if (name.startsWith(InternalMetadata.PREFIX)
                    || name.equals(TikaCoreProperties.TIKA_CONTENT.getName())) {
                continue;
            }
            boolean exception = name.startsWith(TikaCoreProperties.TIKA_META_EXCEPTION_PREFIX);
            List<String> values = new ArrayList<>();
            for (String v : m.getValues(name)) {
                if (values.size() >= MAX_METADATA_VALUES || v == null) {
                    break;
                }
                String value = exception ? firstLine(v) : v;
                values.add(value.length() > MAX_METADATA_VALUE ? value.substring(0, MAX_METADATA_VALUE) : value);
            }
            out.put(name, values);
        }
        return out;
    }

    private static String pathInParent(Metadata m, int index) {
        for (String key : new String[] {TikaCoreProperties.INTERNAL_PATH.getName(),
                TikaCoreProperties.RESOURCE_NAME_KEY, TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID}) {
            String value = m.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        String resourcePath = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        return resourcePath != null ? lastSegment(resourcePath) : "embedded-" + index;
    }

    private static String lastSegment(String path) {
        String p = path.replace('\\', '/');
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash >= 0 ? p.substring(slash + 1) : p;
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return MediaType.OCTET_STREAM.toString();
        }
        MediaType type = MediaType.parse(contentType);
        return type == null ? contentType.toLowerCase(Locale.ROOT) : type.getBaseType().toString();
    }

    private static String firstLine(String value) {
        int newline = value.indexOf('\n');
        return (newline >= 0 ? value.substring(0, newline) : value).strip();
    }

    private static int indexOf(Metadata m) {
        return parseInt(m.get(InternalMetadata.INDEX));
    }

    private static int parseInt(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static long parseLong(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }
}
