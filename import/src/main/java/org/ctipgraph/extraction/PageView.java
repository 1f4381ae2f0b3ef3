package org.ctipgraph.extraction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One page as the extractors read it: every run of whitespace collapsed to a single space (so a
 * name broken across two PDF lines is still one name, as the truth format counts it), Khmer digits
 * folded to ASCII (one character for one, so offsets survive), and a map back to offsets in the
 * original page text for the {@link Evidence}. Sentences come from ICU's sentence break iterator;
 * table cells and lines of the original text also end a sentence, because tables and chat exports
 * have no full stops.
 */
public final class PageView {
    /** English sentences that do not end after common abbreviations ("Ms.", "No.", "Dr."): ICU's standard suppressions. */
    private static final ULocale SENTENCES = new ULocale("en@ss=standard");
    private static final int WRAPPED_LINE = 50;
    private static final Pattern FUNCTION_WORD_END = Pattern.compile(
            "\\s(?:of|the|a|an|and|or|to|in|at|on|by|for|with|from|as|that|his|her|their)$");
    private final int page;
    private final String original;
    private final String text;
    private final String matchText;
    private final int[] toOriginal;
    private final List<int[]> sentences;

    private PageView(int page, String original) {
        this.page = page;
        this.original = original;
        StringBuilder sb = new StringBuilder(original.length());
        List<Integer> map = new ArrayList<>(original.length());
        List<Integer> hardBreaks = new ArrayList<>();
        boolean pendingSpace = false;
        int newlines = 0;
        boolean tab = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                if (c == '\n') {
                    newlines++;
                }
                if (c == '\t') {
                    tab = true;
                }
                continue;
            }
            if (pendingSpace && !sb.isEmpty()) {
                // Tabs (table cells) and blank lines separate units that are never one sentence, except a
                // blank line inside a wrapped PDF paragraph (see wrapsOn).
                if (tab || (newlines >= 2 && !wrapsOn(original, map.get(map.size() - 1), i))) {
                    hardBreaks.add(sb.length());
                }
                sb.append(' ');
                map.add(i - 1);
            }
            pendingSpace = false;
            newlines = 0;
            tab = false;
            sb.append(c);
            map.add(i);
        }
        this.text = sb.toString();
        this.toOriginal = map.stream().mapToInt(Integer::intValue).toArray();
        this.matchText = foldDigits(text);
        this.sentences = splitSentences(text, hardBreaks);
    }

    /**
     * Whether the blank line between original offsets {@code last} (last character before it) and
     * {@code next} (first character after it) only wraps a paragraph: PDF text extraction often puts
     * blank lines after the first line of a paragraph. It does when the line before is a long line of
     * running text that stops mid-sentence (no closing punctuation) and the text goes on in lower case,
     * after a comma, or after a function word ("of", "the", ...).
     */
    static boolean wrapsOn(String original, int last, int next) {
        int lineStart = original.lastIndexOf('\n', last) + 1;
        String line = original.substring(lineStart, last + 1).strip();
        if (line.length() < WRAPPED_LINE || ".!?:;".indexOf(original.charAt(last)) >= 0) {
            return false;
        }
        char first = original.charAt(next);
        return Character.isLowerCase(first) || original.charAt(last) == ','
                || FUNCTION_WORD_END.matcher(line).find();
    }

    /** Builds the view of one page. */
    public static PageView of(PageText page) {
        return new PageView(page.number(), page.text() == null ? "" : page.text());
    }

    /** Builds the view of an arbitrary text (e-mail headers, a single cell) as page {@code page}. */
    public static PageView of(int page, String text) {
        return new PageView(page, text == null ? "" : text);
    }

    public int page() {
        return page;
    }

    /** The whitespace-collapsed text, as written (Khmer digits kept). */
    public String text() {
        return text;
    }

    /** The same text with Khmer digits folded to ASCII; same length and offsets as {@link #text()}. */
    public String matchText() {
        return matchText;
    }

    public String original() {
        return original;
    }

    /** Offset in the original page text of collapsed offset {@code i} (end-exclusive aware). */
    public int originalStart(int i) {
        if (toOriginal.length == 0) {
            return 0;
        }
        return toOriginal[Math.min(i, toOriginal.length - 1)];
    }

    /** Collapsed offset of the first character at or after original offset {@code originalIndex}. */
    public int collapsedOffset(int originalIndex) {
        int i = java.util.Arrays.binarySearch(toOriginal, originalIndex);
        return i >= 0 ? i : Math.min(-i - 1, text.length());
    }

    public int originalEnd(int end) {
        if (end <= 0 || toOriginal.length == 0) {
            return 0;
        }
        return toOriginal[Math.min(end, toOriginal.length) - 1] + 1;
    }

    /**
     * Where a run of words that ends at {@code end} may start at the earliest: after the last layout
     * break (line break, tab or a run of spaces, i.e. a new cell or line) inside [start, end).
     * Names never run across cells: "Battambang | Rung Roeung Brick Kiln" is not one kiln. A single
     * line break counts only when {@code lineBreaks} is set: PDF text wraps names across lines.
     */
    public int startAfterLastBreak(int start, int end, boolean lineBreaks) {
        int result = start;
        for (int i = start; i < end && i < text.length(); i++) {
            if (text.charAt(i) == ' ' && i > 0 && i + 1 < text.length()) {
                String gap = original.substring(toOriginal[i - 1] + 1, toOriginal[i + 1]);
                boolean newline = gap.indexOf('\n') >= 0;
                boolean blankLine = gap.indexOf('\n') != gap.lastIndexOf('\n');
                if ((lineBreaks && newline) || blankLine || gap.indexOf('\t') >= 0 || gap.contains("  ")) {
                    result = i + 1;
                }
            }
        }
        return result;
    }

    /**
     * Whether collapsed offset {@code at} opens a line whose previous line is short: a heading, a table header or
     * row, which no wrapping of running text produces, so the words before it are no part of what starts here
     * even in a PDF ("Province Villages Participants" above "Kampong Cham 19 57").
     */
    public boolean followsShortLine(int at) {
        int os = originalStart(at);
        int lineStart = original.lastIndexOf('\n', Math.max(0, os - 1)) + 1;
        if (lineStart == 0 || !original.substring(lineStart, os).isBlank()) {
            return false;
        }
        int previousStart = original.lastIndexOf('\n', lineStart - 2) + 1;
        String previous = original.substring(previousStart, lineStart - 1).strip();
        return !previous.isEmpty() && previous.length() < WRAPPED_LINE;
    }

    /** [start, end) of the sentence containing collapsed offset {@code i}. */
    public int[] sentenceAt(int i) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) { // sentences are sorted and do not overlap
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (i < s[0]) {
                hi = mid - 1;
            } else if (i >= s[1]) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new int[] {0, text.length()};
    }

    /** All sentences as [start, end) pairs over {@link #text()}. */
    public List<int[]> sentences() {
        return sentences;
    }

    /** Evidence for the collapsed span [start, end) quoting its sentence. */
    public Evidence evidence(String sha256, int start, int end, String extractor, String version, double confidence) {
        int[] s = sentenceAt(start);
        String quote = text.substring(s[0], Math.max(s[1], Math.min(end, text.length()))).strip();
        return new Evidence(sha256, page, originalStart(start), Math.max(originalStart(start), originalEnd(end)),
                quote, extractor, version, confidence);
    }

    private static List<int[]> splitSentences(String text, List<Integer> hardBreaks) {
        List<int[]> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(SENTENCES);
        it.setText(text);
        int start = it.first();
        int hb = 0;
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            while (hb < hardBreaks.size() && hardBreaks.get(hb) <= s) {
                hb++;
            }
            while (hb < hardBreaks.size() && hardBreaks.get(hb) < end) {
                out.add(new int[] {s, hardBreaks.get(hb)});
                s = hardBreaks.get(hb);
                hb++;
            }
            out.add(new int[] {s, end});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, text.length()});
        }
        return List.copyOf(out);
    }

    /** Khmer digits U+17E0..U+17E9 to ASCII, one for one. */
    static String foldDigits(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= '\u17E0' && cs[i] <= '\u17E9') {
                cs[i] = (char) ('0' + (cs[i] - '\u17E0'));
            }
        }
        return new String(cs);
    }
}
