package org.ctipgraph.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.parsing.OcrAvailability;
import org.ctipgraph.ingest.parsing.TikaOcrConfiguration;

/**
 * The yardstick for ingest throughput: Tika's {@link AutoDetectParser} in this JVM, one thread (or as many as the pipeline has parse workers), a
 * body text handler, no isolation, no limits, no storage. Embedded documents are parsed inline (the
 * default {@code ParsingEmbeddedDocumentExtractor}), so the same bytes are read as by the pipeline.
 * OCR is configured as in the parse workers ({@link TikaOcrConfiguration}: images and PDF pages
 * without text, every language pack the product reads), so both do the same OCR work; Tesseract
 * inherits this JVM's environment ({@link TikaOcrConfiguration#THREAD_LIMIT_VARIABLE}).
 *
 * <p>{@code ctip-graph bench ingest} runs this and the real pipeline on the same files and reports
 * the ratio; failures are counted, not thrown, as the pipeline counts rejections.
 */
public final class BareTikaBaseline {

    /**
     * Outcome of one run.
     *
     * @param documents files parsed (failed ones included)
     * @param failed    files on which Tika threw
     * @param bytes     total size of the files
     * @param chars     text characters produced
     * @param nanos     wall-clock time of the parse loop
     */
    public record Result(int documents, int failed, long bytes, long chars, long nanos) {

        public double docsPerSecond() {
            return documents / seconds();
        }

        public double megabytesPerSecond() {
            return bytes / 1_048_576.0 / seconds();
        }

        private double seconds() {
            return Math.max(1, nanos) / 1e9;
        }

        @Override
        public String toString() {
            return String.format("%d docs (%d failed), %.1f MiB, %d chars in %.2f s: %.1f docs/s, %.2f MiB/s",
                    documents, failed, bytes / 1_048_576.0, chars, seconds(), docsPerSecond(), megabytesPerSecond());
        }
    }

    private final AutoDetectParser parser = new AutoDetectParser();
    private final OcrAvailability ocr = OcrAvailability.detect();

    /** Parses every file once before timing, so class loading and JIT are not measured. */
    public Result run(List<Path> files, int rounds) throws IOException {
        parseAll(files, 1);
        return parseAll(files, rounds);
    }

    /** One timed pass over the files (the caller warms up and repeats). */
    public Result runOnce(List<Path> files) throws IOException {
        return parseAll(files, 1);
    }

    /** The OCR this anchor does, for the benchmark's legend. */
    public String ocrDescription() {
        if (!ocr.available()) {
            return "no OCR (tesseract not installed)";
        }
        String limit = System.getenv(TikaOcrConfiguration.THREAD_LIMIT_VARIABLE);
        return "OCR " + ocr.languages() + ", " + TikaOcrConfiguration.THREAD_LIMIT_VARIABLE + "="
                + (limit == null ? "unset" : limit);
    }

    /**
     * One timed pass over the files on {@code threads} threads taking files from a shared list, as
     * the pipeline's parse workers do; {@link AutoDetectParser} is thread-safe.
     */
    public Result runOnce(List<Path> files, int threads) throws IOException {
        if (threads <= 1) {
            return runOnce(files);
        }
        AtomicInteger next = new AtomicInteger();
        Supplier<Path> shared = () -> {
            int i = next.getAndIncrement();
            return i < files.size() ? files.get(i) : null;
        };
        List<Callable<Result>> tasks = Collections.nCopies(threads, () -> parseEach(shared));
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int documents = 0;
            int failed = 0;
            long bytes = 0;
            long chars = 0;
            for (Future<Result> f : pool.invokeAll(tasks)) {
                Result r = f.get();
                documents += r.documents();
                failed += r.failed();
                bytes += r.bytes();
                chars += r.chars();
            }
            return new Result(documents, failed, bytes, chars, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Result parseAll(List<Path> files, int rounds) throws IOException {
        Iterator<Path> all = Collections.nCopies(rounds, files).stream().flatMap(List::stream).iterator();
        return parseEach(() -> all.hasNext() ? all.next() : null);
    }

    /** Parses files from {@code next} until it gives {@code null}. */
    private Result parseEach(Supplier<Path> next) throws IOException {
        int documents = 0;
        int failed = 0;
        long bytes = 0;
        long chars = 0;
        long start = System.nanoTime();
        for (Path file = next.get(); file != null; file = next.get()) {
            documents++;
            bytes += Files.size(file);
            long c = parse(file);
            failed += c < 0 ? 1 : 0;
            chars += Math.max(0, c);
        }
        return new Result(documents, failed, bytes, chars, System.nanoTime() - start);
    }

    /** Characters of body text, or -1 when Tika threw. */
    private long parse(Path file) {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            ParseContext context = new ParseContext();
            TikaOcrConfiguration.apply(context, ocr, ocr.available(), ParseOptions.defaults().timeout());
            parser.parse(in, text, metadata, context);
            return text.toString().length();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Every regular file under the given files or folders, in a stable order. */
    public static List<Path> collect(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** {@code BareTikaBaseline [--rounds N] <files or folders...>}: prints the result. */
    public static void main(String[] args) throws IOException {
        int rounds = 1;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                roots.add(Path.of(args[i]));
            }
        }
        System.out.println("bare Tika: " + new BareTikaBaseline().run(collect(roots), rounds));
    }
}
