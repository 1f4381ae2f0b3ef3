package org.ctipgraph.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.ctipgraph.extraction.DocumentText;

/** Shared reading of delimited text files: lines without BOM, delimiter guess, header-cell normalisation. */
final class CsvText {
    private CsvText() {
    }

    /** True when the document is a delimited text file by media type or name. */
    static boolean isDelimitedText(DocumentText document) {
        String type = document.mediaType() == null ? "" : document.mediaType();
        String name = document.fileName() == null ? "" : document.fileName().toLowerCase(Locale.ROOT);
        return document.original() != null && (type.startsWith("text/csv") || type.startsWith("text/plain")
                || type.startsWith("text/tab-separated-values") || name.endsWith(".csv") || name.endsWith(".tsv"));
    }

    /** The lines of the original file read as UTF-8, without a leading byte-order mark. */
    static List<String> lines(DocumentText document) {
        try {
            String s = new String(Files.readAllBytes(document.original()), StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return List.of(s.split("\\r?\\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most frequent of {@code , ; TAB |} in a header line (comma on a tie with none). */
    static char delimiter(String line) {
        char best = ',';
        long max = -1;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = line.chars().filter(x -> x == c).count();
            if (n > max) {
                max = n;
                best = c;
            }
        }
        return best;
    }

    /** A header cell for matching: quotes dropped, {@code _} and {@code -} read as spaces, spaces collapsed, lower case. */
    static String normalise(String cell) {
        return cell.replace("\"", "").replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
