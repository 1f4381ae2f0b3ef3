package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Where sites are, and where people come from, read from how addresses and tables are written, never
 * from a place merely named near a site.
 * <ul>
 *   <li>{@code LOCATED_IN}, address apposition: a company, brick kiln or named premises followed by its
 *       address, "Moonlight Bar, Phum 3, Sangkat 2, Kampot Province", gives every gazetteer place of the
 *       address; the address is a run of comma-separated parts that are places, house numbers, streets,
 *       administrative units or short proper names, and a run that reads like a list ("and", "or") or
 *       contains another site is no address;</li>
 *   <li>{@code LOCATED_IN}, "SITE in PLACE" (the place right after "in") and "SITE (PLACE district)";</li>
 *   <li>{@code LOCATED_IN}, address fields: "Registered office / Head office / Address ..." gives the places
 *       of the address to the company of the sentence, or else to the company heading the register section;</li>
 *   <li>{@code FROM}, "PERSON (AGE) of / from PLACE";</li>
 *   <li>{@code FROM}, tables with a home column ("Home", "Home province", "Hometown", "Origin", "Place of
 *       origin"): each row that opens with a person gives the first place of the row. Rows are lines that
 *       open with a person (after an optional row number); the table ends at a numbered heading. A bare
 *       "From" column is not read: in transfer and travel tables it means the sender or the departure.</li>
 * </ul>
 */
final class PlaceRelationExtractor {
    static final String NAME = "PlaceRelationExtractor";
    /** "KHAT Sopheap (23) of Puok": a person, the age in brackets, and the place the person is from. */
    private static final Pattern AGE_OF = Pattern.compile("^ \\(\\d{1,2}\\),? (?:of|from) $");
    private static final Pattern HEAD_NOUN = Pattern.compile("^ \\p{Ll}+(?=[,(])");
    private static final Pattern IN_PLACE = Pattern.compile("^(?: \\p{Ll}+)? in (?:the )?$");
    private static final Pattern PAREN_PLACE = Pattern.compile("^ \\($");
    private static final Pattern PLACE_WORD = Pattern.compile(
            "(?i)^(?: (?:province|district|city|town|municipality|commune|village|khan|srok|capital))?(?:[),;.]|$)");
    private static final Pattern ADDRESS_PART = Pattern.compile(
            "(?i)^(?:no\\.?\\s|#|street\\b|st\\.|road\\b|rd\\.|phum\\b|village\\b|sangkat\\b|khan\\b|commune\\b|khum\\b|"
                    + "district\\b|srok\\b|block\\b|building\\b|floor\\b|unit\\b|house\\b|group\\b|\\d)");
    private static final Pattern PROPER_PART = Pattern.compile("^\\p{Lu}[\\p{L}'-]*(?: (?:\\p{Lu}[\\p{L}'-]*|[IVX]+|\\d+)){0,3}$");
    private static final Pattern LIST_AFTER = Pattern.compile("(?i)^(?: (?:province|district|city|town))? (?:and|or)\\b");
    private static final Pattern LIST_WORD = Pattern.compile("(?i)\\b(?:and|or|then)\\b");
    private static final Pattern OFFICE_LABEL = Pattern.compile(
            "(?i)\\b(?:registered office|head office|registered address|business address|office address|address)(?: (?:at|in|is))?:?(?= )");
    private static final Pattern NAME_HEADER = Pattern.compile("(?im)^[\\t ]*(?:No\\.?\\s+)?Name\\b");
    private static final Pattern HOME_HEADER = Pattern.compile(
            "(?i)\\b(?:home(?!\\s+address)(?: province| district| village| town)?|hometown|place of origin|origin|native place|province of origin)\\b");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s*(?:[A-Z]\\d*|\\d+(?:\\.\\d+)*)\\.\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("\\. \\p{Lu}");
    private static final int MAX_ADDRESS = 160;
    private static final int MAX_ROW = 160;

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        List<RelationClaim> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String text = page.text();
        for (int i = 0; i < mentions.size(); i++) {
            Candidate site = mentions.get(i);
            Candidate after = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (site.entity().label() == NodeLabel.Person && after != null && isGazetteerPlace(after.entity())
                    && AGE_OF.matcher(text.substring(site.end(), after.start())).matches()) {
                if (seen.add("FROM|" + site.entity().key() + "|" + after.entity().key())) {
                    out.add(Claims.of(page, doc, NAME, after.start(), after.end(), site.entity(), RelationType.FROM, after.entity(),
                            Map.of()));
                }
            }
            if (isSite(site.entity())) {
                int at = site.end();
                Matcher noun = HEAD_NOUN.matcher(text.substring(at, Math.min(text.length(), at + 30)));
                if (noun.find()) {
                    at += noun.end();
                }
                for (Candidate place : addressPlaces(text, at, mentions, false)) {
                    add(page, doc, site, place, out, seen);
                }
                Candidate next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                if (next != null && isGazetteerPlace(next.entity())) {
                    String between = text.substring(site.end(), next.start());
                    boolean paren = PAREN_PLACE.matcher(between).matches()
                            && PLACE_WORD.matcher(text.substring(next.end(), Math.min(text.length(), next.end() + 14))).find();
                    if (IN_PLACE.matcher(between).matches() || paren) {
                        add(page, doc, site, next, out, seen);
                    }
                }
            }
        }
        officeFields(page, mentions, doc, out, seen);
        homeColumns(page, mentions, doc, out, seen);
        return out;
    }

    /** "Registered office ADDRESS": the places of the address go to the sentence's company, else the section's. */
    private void officeFields(PageView page, List<Candidate> mentions, DocumentText doc, List<RelationClaim> out, Set<String> seen) {
        String text = page.text();
        Matcher label = OFFICE_LABEL.matcher(text);
        while (label.find()) {
            int[] sentence = page.sentenceAt(label.start());
            Candidate company = null;
            for (Candidate c : mentions) {
                if (c.start() >= label.start()) {
                    break;
                }
                boolean sameSentence = c.start() >= sentence[0];
                if (c.entity().label() == NodeLabel.Company && (sameSentence || TextRelationExtractor.startsLine(page, c.start()))) {
                    company = c;
                }
            }
            if (company == null) {
                continue;
            }
            for (Candidate place : addressPlaces(text, label.end(), mentions, true)) {
                add(page, doc, company, place, out, seen);
            }
        }
    }

    /**
     * The gazetteer places of the address that starts at {@code at}: with {@code bare} the text there is the
     * address itself (" No. 12, Street 5, Kampot"), otherwise it must open with a comma (apposition). Empty when
     * the run is no address.
     */
    private static List<Candidate> addressPlaces(String text, int at, List<Candidate> mentions, boolean bare) {
        List<Candidate> places = new ArrayList<>();
        int p = at;
        int limit = Math.min(text.length(), at + MAX_ADDRESS);
        boolean first = true;
        while (p < limit) {
            if (text.startsWith(", ", p)) {
                p += 2;
            } else if (first && bare && text.startsWith(" ", p)) {
                p += 1;
            } else {
                break;
            }
            first = false;
            int comma = text.indexOf(',', p);
            int end = comma < 0 ? limit : Math.min(comma, limit);
            String part = text.substring(p, end);
            Candidate starting = startingAt(mentions, p);
            if (starting != null) {
                if (!isGazetteerPlace(starting.entity())) {
                    return List.of();
                }
                if (LIST_AFTER.matcher(text.substring(starting.end(), Math.min(text.length(), starting.end() + 14))).find()) {
                    return List.of(); // "Kampot and Takeo": a list, not an address
                }
                places.add(starting);
                if (!PLACE_WORD.matcher(text.substring(starting.end(), Math.min(text.length(), starting.end() + 14))).find()) {
                    break; // the address ends with this place
                }
                p = starting.end();
                while (p < text.length() && text.charAt(p) != ',' && p < end) {
                    p++;
                }
                continue;
            }
            int from = p;
            List<Candidate> inside = new ArrayList<>();
            for (int k = firstFrom(mentions, from); k < mentions.size() && mentions.get(k).start() < end; k++) {
                inside.add(mentions.get(k));
            }
            if (LIST_WORD.matcher(part).find() || !(ADDRESS_PART.matcher(part).find() || PROPER_PART.matcher(part).matches())
                    || !inside.stream().allMatch(c -> isGazetteerPlace(c.entity()))) {
                break;
            }
            places.addAll(inside); // "Khan Chamkar Mon"
            p = end;
        }
        return places;
    }

    /** FROM in tables whose header has a home column: the first place of each row that opens with a person. */
    private void homeColumns(PageView page, List<Candidate> mentions, DocumentText doc, List<RelationClaim> out, Set<String> seen) {
        String original = page.original();
        Matcher header = NAME_HEADER.matcher(original);
        while (header.find()) {
            int headerAt = page.collapsedOffset(header.start());
            List<Candidate> rows = new ArrayList<>();
            int tableEnd = page.text().length();
            Matcher heading = HEADING.matcher(original);
            if (heading.find(header.end())) {
                tableEnd = page.collapsedOffset(heading.start());
            }
            for (Candidate c : mentions) {
                if (c.start() > headerAt && c.start() < tableEnd && c.entity().label() == NodeLabel.Person
                        && TextRelationExtractor.startsLine(page, c.start())) {
                    rows.add(c);
                }
            }
            if (rows.isEmpty() || !HOME_HEADER.matcher(page.text().substring(headerAt, rows.get(0).start())).find()) {
                continue;
            }
            for (int r = 0; r < rows.size(); r++) {
                Candidate person = rows.get(r);
                int rowEnd = Math.min(tableEnd, r + 1 < rows.size() ? rows.get(r + 1).start() : person.end() + MAX_ROW);
                Matcher stop = SENTENCE_END.matcher(page.text().substring(person.end(), rowEnd));
                if (stop.find()) {
                    rowEnd = person.end() + stop.start();
                }
                for (int k = firstFrom(mentions, person.end()); k < mentions.size() && mentions.get(k).end() <= rowEnd; k++) {
                    Candidate c = mentions.get(k);
                    if (isGazetteerPlace(c.entity())) {
                        if (seen.add("FROM|" + person.entity().key() + "|" + c.entity().key())) {
                            out.add(Claims.of(page, doc, NAME, c.start(), c.end(), person.entity(), RelationType.FROM, c.entity(), Map.of()));
                        }
                        break;
                    }
                }
            }
        }
    }

    private static Candidate startingAt(List<Candidate> mentions, int p) {
        int i = firstFrom(mentions, p);
        return i < mentions.size() && mentions.get(i).start() == p ? mentions.get(i) : null;
    }

    /** Index of the first mention starting at or after {@code p} (mentions are sorted by start). */
    private static int firstFrom(List<Candidate> mentions, int p) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void add(PageView page, DocumentText doc, Candidate site, Candidate place, List<RelationClaim> out, Set<String> seen) {
        if (!site.entity().key().equals(place.entity().key())
                && seen.add("LOCATED_IN|" + site.entity().key() + "|" + place.entity().key())) {
            out.add(Claims.of(page, doc, NAME, place.start(), place.end(), site.entity(), RelationType.LOCATED_IN, place.entity(),
                    Map.of()));
        }
    }

    /** A company, a brick kiln or named premises: something that is at a place. */
    private static boolean isSite(EntityRef e) {
        return e.label() == NodeLabel.Company || e.label() == NodeLabel.BrickKiln
                || (e.label() == NodeLabel.Location && !isGazetteerPlace(e));
    }

    private static boolean isGazetteerPlace(EntityRef e) {
        return e.label() == NodeLabel.Location && e.key().startsWith("place:");
    }
}
