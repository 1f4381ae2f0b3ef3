package org.ctipgraph.ingest.parsing;

import java.time.Duration;
import java.util.Map;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * How Tika is told to OCR: images, and PDF pages without a text layer, with every installed language
 * pack the product reads ({@link OcrAvailability#languages()}). One definition shared by the parse
 * worker and the throughput anchor of {@code ctip-graph bench ingest}, so both do the same OCR work.
 */
public final class TikaOcrConfiguration {

    /** Environment variable that caps the threads of Tesseract's OpenMP build. */
    public static final String THREAD_LIMIT_VARIABLE = "OMP_THREAD_LIMIT";

    private TikaOcrConfiguration() {
    }

    /**
     * Sets the PDF and Tesseract configurations of {@code context}.
     *
     * @param ocrActive OCR requested and Tesseract installed
     * @param timeout   the whole file's time limit; Tesseract gives up a second before it
     */
    public static void apply(ParseContext context, OcrAvailability ocr, boolean ocrActive, Duration timeout) {
        PDFParserConfig pdf = new PDFParserConfig();
        // AUTO: pages with (almost) no text layer are rendered and OCRed, others keep their text.
        pdf.setOcrStrategy(ocrActive ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);

        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocrActive);
        if (ocrActive) {
            tesseract.setLanguage(ocr.languages());
        }
        // Tesseract must give up before the parent kills the whole worker for this file.
        tesseract.setTimeoutSeconds((int) Math.max(1, Math.min(300, timeout.toSeconds() - 1)));
        context.set(TesseractOCRConfig.class, tesseract);
    }

    /**
     * Runs Tesseract single-threaded unless the operator chose otherwise. Parsing is already parallel
     * (one worker per core); Tesseract's OpenMP threads on top of that oversubscribe the cores and spin:
     * on the 2-core reference machine, under load, one screenshot took 2.2 s user + 1.4 s system CPU
     * with OpenMP and 1.0 s + 0.1 s with one thread, for the same text.
     */
    public static void limitThreads(Map<String, String> environment) {
        environment.putIfAbsent(THREAD_LIMIT_VARIABLE, "1");
    }
}
