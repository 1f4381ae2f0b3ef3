package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Places: gazetteer names, and premises named by a venue word ("Moonlight KTV", "Xinghai Garden").
 * A place name that is part of an institution's name is not a place mention: it is skipped when
 * followed by "Provincial"/"Municipal" ("Koh Kong Provincial Police Commissariat") or preceded by
 * two capitalised words that are no place ("Hope Harbour Sihanoukville"). Venue short forms
 * ("Xinghai") come from the {@link CaseLexicon}.
 */
public final class LocationExtractor implements MentionExtractor {
    private static final Pattern INSTITUTION_AFTER = Pattern.compile("^ (?i:provincial|municipal|city hall|police|court)\\b");
    private static final Pattern TWO_CAPITALISED_BEFORE = Pattern.compile("(?:^|[^\\p{L}])\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+ $");
    private static final String VENUE_WORDS = "KTV|Karaoke|Restaurant|Bar|Club|Casino|Garden|Hotel|Guesthouse|Guest House|Massage|Spa|Compound";
    private static final Pattern VENUE = Pattern.compile(
            "(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'-]+ ){1,3})(" + VENUE_WORDS + ")(?![\\p{L}])");
    /** A venue's name as {@link #venue} writes it: its own name ("Mony"), a space and the venue word. */
    private static final Pattern VENUE_NAME = Pattern.compile("(.+) (?:" + VENUE_WORDS + ")");
    private static final Set<String> NOT_VENUE_NAMES = Set.of("The", "A", "At", "In", "To", "Of", "And", "For", "From",
            "Our", "This", "That", "Police", "Provincial", "Street", "Block", "Staff", "New", "Old", "Old Town");

    private final Gazetteer gazetteer;

    public LocationExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.text();
        List<Candidate> out = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(text)) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 14));
            // An organisation's name runs on one line or wraps inside a paragraph, never out of a heading or table row.
            String before = page.followsShortLine(m.start()) ? "" : text.substring(Math.max(0, m.start() - 40), m.start());
            if (INSTITUTION_AFTER.matcher(after).find() || isInsideOrganisationName(before)) {
                continue;
            }
            out.add(new Candidate(place(m.place()), m.start(), m.end(), null, name(), 0.85, 2));
        }
        Matcher v = VENUE.matcher(text);
        while (v.find()) {
            int start = page.startAfterLastBreak(v.start(1), v.start(2), context.lineBreaksSeparate());
            // Leading place names are not part of the venue's name ("Kampong Cham | Moonlight KTV").
            for (Gazetteer.Match g : gazetteer.find(text.substring(start, v.start(2)))) {
                if (g.start() == 0) {
                    start += g.end();
                    while (start < v.start(2) && text.charAt(start) == ' ') {
                        start++;
                    }
                }
            }
            String head = text.substring(start, v.start(2)).strip();
            if (head.isEmpty()) {
                continue;
            }
            String first = head.split(" ")[0];
            if (NOT_VENUE_NAMES.contains(first) || gazetteer.lookup(head).isPresent()) {
                continue;
            }
            String surface = head + " " + v.group(2);
            out.add(new Candidate(venue(surface), start, v.end(), null, name(), 0.75, 3));
        }
        return out;
    }

    /**
     * Venues whose own name is a person's short form known to the case are that person ("Mony KTV" in a
     * contact list is Mony, of the KTV); venue short forms ("Xinghai") of the case are added.
     */
    @Override
    public List<Candidate> lookup(PageView page, ExtractionContext context, List<Candidate> scanned) {
        String text = page.text();
        Set<String> personForms = new HashSet<>();
        context.lexicon().personShortForms().forEach(a -> personForms.add(a.surface()));
        List<Candidate> out = new ArrayList<>(scanned.size());
        for (Candidate c : scanned) {
            boolean person = !personForms.isEmpty() && c.entity().key().startsWith("venue:")
                    && personForms.contains(venueOwnName(c.entity()));
            if (!person) {
                out.add(c);
            }
        }
        for (CaseLexicon.Alias a : context.lexicon().venueShortForms()) {
            for (int[] span : CaseLexicon.occurrences(text, a.surface())) {
                out.add(new Candidate(a.entity(), span[0], span[1], null, name(), 0.6, 1));
            }
        }
        return out;
    }

    /** Entity of a gazetteer place. */
    public static EntityRef place(Gazetteer.Place p) {
        return new EntityRef(NodeLabel.Location, p.key(), p.name(), Map.of("kind", p.kind(), "parent", p.parent()));
    }

    /** Entity of named premises (bar, compound, restaurant). */
    public static EntityRef venue(String surface) {
        String key = "venue:" + surface.toLowerCase(java.util.Locale.ROOT);
        return new EntityRef(NodeLabel.Location, key, surface, Map.of("kind", "premises"));
    }

    private static String venueOwnName(EntityRef venue) {
        Matcher m = VENUE_NAME.matcher(venue.name());
        return m.matches() ? m.group(1) : venue.name();
    }

    private boolean isInsideOrganisationName(String before) {
        Matcher m = TWO_CAPITALISED_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        String words = before.substring(m.start()).strip();
        return gazetteer.find(words).isEmpty() && !words.matches(".*\\b(?:KTV|Garden|Restaurant)\\b.*");
    }
}
