package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * {@code HARBOURED} where no verb joins keeper and victim and the place does: a page that calls someone the
 * manager (keeper, supervisor, warden, guard, boss) of a place, "LIM Sovann, born 1980, manager of Block C", and
 * reports people found or held there, "23 workers were found in Block C.", has the keeper harbour the people its
 * paragraph then names: the rows of the list or table of those found (a name opening a line) and anyone it says
 * was moved, taken or sold out of the place. The place is matched by its written name ("Block C"), case aside;
 * officers, witnesses, NGO staff, drivers and the arrested are never the harboured, officers and NGO staff never the
 * keeper, and a shelter, office, station, hospital, court or prison is no place of harbouring. The people held
 * in premises (a compound, a bar: not a kiln) were {@code EXPLOITED_AT} them, the place itself or the premises the
 * page has it in ("Block C of the Golden Palm Compound").
 */
final class PlaceKeeperExtractor {
    static final String NAME = "PlaceKeeperExtractor";
    /** A place written as a name: "Block C", "Golden Palm Compound", "Building 4". */
    private static final String PLACE_NAME = "((?-i:\\p{Lu}[\\p{L}\\d'-]*)(?:\\s+(?-i:\\p{Lu}[\\p{L}\\d'-]*|\\d+)){0,4})";
    /** After a person: "..., manager of Block C" (no full stop or semicolon between). */
    private static final Pattern KEEPER = Pattern.compile("(?i)^[^.;]{0,120}?\\b(?:the\\s+)?(?:manager|keeper|supervisor|warden|guard"
            + "|boss|person in charge)\\s+of\\s+(?:the\\s+)?" + PLACE_NAME);
    /** "were found in Block C", "was held at the Golden Palm Compound". */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:were|was|are|is|had been|have been)\\s+(?:found|held|kept|locked up|locked"
            + "|confined|imprisoned)\\s+(?:in|at|inside)\\s+(?:the\\s+)?" + PLACE_NAME);
    /** Places of care or of the law, where people are sheltered or in custody, not harboured. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:shelter|centre|center|office|station|police|hospital|clinic|court|prison|jail|embassy|ministry|department)\\b");
    /** "he was moved out with ten others", "was sold on", "escaped": the person had been held there. */
    private static final Pattern MOVED_OUT = Pattern.compile(
            "(?i)\\b(?:moved|taken|transferred|sold|sent)\\s+(?:out|away|elsewhere|on)\\b|\\bescaped\\b|\\bran away\\b");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s*(?:[A-Z]\\d*|\\d+(?:\\.\\d+)*)\\.\\s");
    private static final Set<String> NOT_HELD = Set.of("officer", "ngo_worker", "bystander", "suspect", "owner", "driver");

    private PlaceKeeperExtractor() {
    }

    static List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc, Set<String> seen) {
        String text = page.text();
        Map<String, Candidate> keepers = new LinkedHashMap<>();
        for (Candidate c : mentions) {
            if (c.entity().label() != NodeLabel.Person) {
                continue;
            }
            int[] s = page.sentenceAt(c.start());
            Matcher k = KEEPER.matcher(text.substring(c.end(), Math.max(c.end(), s[1])));
            String role = RoleCues.roleOf(text, c);
            if (k.find() && !INSTITUTION.matcher(k.group(1)).find() && !"officer".equals(role) && !"ngo_worker".equals(role)
                    && mentions.stream().noneMatch(o -> o.entity().label() == NodeLabel.Person && o.start() > c.end()
                            && o.start() < c.end() + k.start(1))) {
                keepers.putIfAbsent(place(k.group(1)), c);
            }
        }
        List<RelationClaim> out = new ArrayList<>();
        if (keepers.isEmpty()) {
            return out;
        }
        Matcher held = HELD.matcher(text);
        while (held.find()) {
            Candidate keeper = keepers.get(place(held.group(1)));
            if (keeper == null) {
                continue;
            }
            Candidate premises = premisesOf(page, mentions, held.group(1));
            int from = page.sentenceAt(held.start())[0];
            int to = paragraphEnd(page, held.end());
            for (Candidate c : mentions) {
                if (c.start() < from || c.end() > to || c.entity().label() != NodeLabel.Person
                        || c.entity().key().equals(keeper.entity().key()) || notHeld(RoleCues.roleOf(text, c))
                        || !(TextRelationExtractor.startsLine(page, c.start()) || movedOut(page, c))) {
                    continue;
                }
                if (seen.add(RelationType.HARBOURED + "|" + keeper.entity().key() + "|" + c.entity().key())) {
                    out.add(Claims.of(page, doc, NAME, c.start(), c.end(), keeper.entity(), RelationType.HARBOURED, c.entity(),
                            Map.of()));
                }
                // Held in premises (a compound, a bar), not at a kiln, where the work is employment of a kind (WORKS_AT).
                if (premises != null && premises.entity().label() == NodeLabel.Location
                        && seen.add(RelationType.EXPLOITED_AT + "|" + c.entity().key() + "|" + premises.entity().key())) {
                    out.add(Claims.of(page, doc, NAME, c.start(), c.end(), c.entity(), RelationType.EXPLOITED_AT, premises.entity(),
                            Map.of()));
                }
            }
        }
        return out;
    }

    /**
     * The named premises a place of the page is, or is part of: "Golden Palm Compound" itself, or the compound the page
     * has "Block C" in ("Block C of the Golden Palm Compound"); {@code null} when the page says neither.
     */
    static Candidate premisesOf(PageView page, List<Candidate> mentions, String placeName) {
        String text = page.text();
        Pattern partOf = Pattern.compile("(?i)\\b" + Pattern.quote(placeName) + "\\s+(?:of|in|at)\\s+(?:the\\s+)?$");
        for (Candidate c : mentions) {
            boolean premises = c.entity().label() == NodeLabel.BrickKiln
                    || (c.entity().label() == NodeLabel.Location && !c.entity().key().startsWith("place:"));
            if (premises && (place(text.substring(c.start(), c.end())).equals(place(placeName))
                    || partOf.matcher(text.substring(Math.max(0, c.start() - placeName.length() - 12), c.start())).find())) {
                return c;
            }
        }
        return null;
    }

    /** The collapsed offset where the paragraph around {@code at} ends: the next numbered heading, else the page end. */
    private static int paragraphEnd(PageView page, int at) {
        Matcher h = HEADING.matcher(page.original());
        return h.find(page.originalStart(at)) ? page.collapsedOffset(h.start()) : page.text().length();
    }

    /** Whether the person's sentence or the next one says someone was moved (taken, sold) out or escaped. */
    private static boolean movedOut(PageView page, Candidate c) {
        int[] s = page.sentenceAt(c.start());
        int end = s[1] < page.text().length() ? page.sentenceAt(s[1])[1] : s[1];
        return MOVED_OUT.matcher(page.text().substring(c.end(), Math.max(c.end(), end))).find();
    }

    private static boolean notHeld(String role) {
        return role != null && NOT_HELD.contains(role);
    }

    private static String place(String name) {
        return name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
