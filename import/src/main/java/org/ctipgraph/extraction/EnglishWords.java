package org.ctipgraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small list of common English words ({@code english-words.txt}). The tool has no English
 * dictionary or NER model; this list stops capitalised English words (headings, sentence starts,
 * venue names like "Moonlight") from being read as personal names or short forms on their own.
 */
final class EnglishWords {
    private static final Set<String> WORDS = load();

    private EnglishWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream("english-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing english-words.txt");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
