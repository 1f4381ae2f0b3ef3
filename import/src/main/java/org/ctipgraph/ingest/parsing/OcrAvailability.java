package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether Tesseract can be run here and with which language packs.
 *
 * @param available  {@code tesseract} is on the PATH and answered
 * @param languages  the language string handed to Tesseract: {@code eng+khm} when the Khmer pack is
 *                   installed, else {@code eng}; empty when unavailable
 * @param installed  every language pack Tesseract listed
 */
public record OcrAvailability(boolean available, String languages, List<String> installed) {

    public OcrAvailability {
        installed = installed == null ? List.of() : List.copyOf(installed);
    }

    /** Asks {@code tesseract --list-langs}; any failure means OCR is unavailable. */
    public static OcrAvailability detect() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(15, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return unavailable();
            }
            List<String> langs = new ArrayList<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.contains(" ") && !l.contains(":")) {
                    langs.add(l);
                }
            }
            if (!langs.contains("eng")) {
                return new OcrAvailability(false, "", langs);
            }
            return new OcrAvailability(true, langs.contains("khm") ? "eng+khm" : "eng", langs);
        } catch (IOException e) {
            return unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable();
        }
    }

    /** No Tesseract. */
    public static OcrAvailability unavailable() {
        return new OcrAvailability(false, "", List.of());
    }
}
