package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Brick kilns: "Rung Roeung Brick Kiln", "CHEY MONGKOL BRICK KILN", and the Khmer form
 * {@code ឡឥដ្ឋ<name>} ("brick kiln" + name). A Khmer form written right next to a Latin one
 * ("ឡឥដ្ឋរុងរឿង - RUNG ROEUNG BRICK KILN") is the same kiln; otherwise it keeps its own key.
 * Short forms without "Brick Kiln" come through the {@link CaseLexicon}.
 */
public final class BrickKilnExtractor implements MentionExtractor {
    private static final Pattern LATIN = Pattern.compile(
            "(?<![\\p{L}])((?:(?!Brick |BRICK )\\p{Lu}[\\p{L}'-]+ ){1,3})(Brick Kiln|BRICK KILN|brick kiln|Kiln|KILN)(?![\\p{L}])");
    /** ឡឥដ្ឋ = brick kiln; the name follows without a space. */
    private static final Pattern KHMER = Pattern.compile("ឡឥដ្ឋ[\\x{1780}-\\x{17FF}]+");

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            int start = page.startAfterLastBreak(m.start(1), m.start(2), context.lineBreaksSeparate());
            String suffix = m.group(2);
            boolean upper = suffix.equals(suffix.toUpperCase(Locale.ROOT));
            String[] words = text.substring(start, m.start(2)).strip().split(" ");
            // A kiln name is written in the case of its "Brick Kiln": drop leading words that are not.
            int skip = 0;
            while (skip < words.length && (words[skip].isEmpty()
                    || upper != words[skip].equals(words[skip].toUpperCase(Locale.ROOT)))) {
                start += words[skip].length() + 1;
                skip++;
            }
            String head = text.substring(start, m.start(2)).strip();
            if (head.isEmpty() || EnglishWords.contains(head.split(" ")[0]) || head.equalsIgnoreCase("the")) {
                continue;
            }
            out.add(new Candidate(kiln(head), start, m.end(), null, name(), 0.9, 8));
        }
        Matcher k = KHMER.matcher(text);
        while (k.find()) {
            EntityRef latin = nearestLatin(out, k.end(), k.start());
            EntityRef ref = latin != null ? latin
                    : new EntityRef(NodeLabel.BrickKiln, "kiln:km:" + k.group(), k.group(), Map.of("script", "Khmr"));
            out.add(new Candidate(ref, k.start(), k.end(), null, name(), 0.8, 8));
        }
        return out;
    }

    /** Kilns of the case named without "Brick Kiln". */
    @Override
    public List<Candidate> lookup(PageView page, ExtractionContext context, List<Candidate> scanned) {
        String text = page.text();
        List<Candidate> out = new ArrayList<>(scanned);
        for (CaseLexicon.Alias a : context.lexicon().kilnShortForms()) {
            for (int[] span : CaseLexicon.occurrences(text, a.surface())) {
                out.add(new Candidate(a.entity(), span[0], span[1], null, name(), 0.7, 8));
            }
        }
        return out;
    }

    /** The entity of the kiln named {@code head} ("Rung Roeung"). */
    public static EntityRef kiln(String head) {
        String display = CaseLexicon.titleCase(head) + " Brick Kiln";
        return new EntityRef(NodeLabel.BrickKiln, "kiln:" + head.toLowerCase(Locale.ROOT), display, Map.of());
    }

    private static EntityRef nearestLatin(List<Candidate> latin, int khmerEnd, int khmerStart) {
        for (Candidate c : latin) {
            if ((c.start() >= khmerEnd && c.start() - khmerEnd <= 4) || (khmerStart >= c.end() && khmerStart - c.end() <= 3)) {
                return c.entity();
            }
        }
        return null;
    }
}
