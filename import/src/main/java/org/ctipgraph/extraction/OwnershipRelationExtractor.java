package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Who owns, holds, runs or works for what, stated in one sentence of running text or one register
 * line. Every rule needs a cue word between the two named ends; an end may be an anaphor ("this
 * wallet", "the vehicle") only for the most recent vehicle or account named before it on the page.
 * <ul>
 *   <li>{@code OWNS} / {@code HOLDS_ACCOUNT} / {@code USES_PHONE}: "VEHICLE (ACCOUNT, PHONE) ... registered
 *       to / in the name of / owned by / belongs to / held by PARTY"; "VEHICLE of PARTY"; "PARTY (ACCOUNT)";</li>
 *   <li>{@code OWNS}: "PARTY is the (sole, main, majority) shareholder / owner (and ...) of SITE", "PARTY owns
 *       (60% of) SITE", "COMPANY ... trading as / operating as PREMISES" (the company of the sentence or of the
 *       register section);</li>
 *   <li>{@code EMPLOYED_BY} / {@code DIRECTS}: "COMPANY, represented by PERSON, POSITION" (a director or
 *       chairman directs, anyone else is employed), "PERSON, POSITION of COMPANY", "PERSON works for / is
 *       employed by COMPANY";</li>
 *   <li>{@code MANAGES}: "PERSON, manager of PREMISES", "PERSON manages / runs PREMISES", "PERSON, ..., manager of the
 *       bar (compound, restaurant, ...)" for the premises of that kind named last before it, "PERSON, manager of Block B"
 *       for the premises the page has Block B in ("Block B of the Golden Palm Compound");</li>
 *   <li>{@code SIGNED_CONTRACT}: an agreement "between COMPANY ... and PERSON": the person signs with the company.</li>
 * </ul>
 */
final class OwnershipRelationExtractor {
    static final String NAME = "OwnershipRelationExtractor";
    /** "registered to", "held by", "whose user is believed to be": the words that name a holder or user. */
    private static final String HOLDER_WORDS = "(?:registered (?:to|in the name of)|in the name of|owned by|belongs to|belonging to|held by"
            + "|used by|whose (?:user|holder|subscriber|owner|registered user) (?:is|was)(?: (?:believed|thought|said|known) to be)?)";
    private static final Pattern HOLDER_CUE = Pattern.compile(
            "(?i)^(?:,?\\s*(?:is|was|are|were|now)?\\s*)?" + HOLDER_WORDS
                    + "(?:\\s+(?:Mr|Ms|Mrs|Dr|Lok|Madam)\\.?)?\\s+$");
    private static final Pattern HOLDER_CUE_END = Pattern.compile(
            "(?i)\\b" + HOLDER_WORDS + "(?:\\s+(?:Mr|Ms|Mrs|Dr|Lok|Madam)\\.?)?\\s+$");
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?i)\\b(?:the|this|that|its|his|her|their)\\s+(vehicle|van|truck|lorry|car|minibus|bus|motorbike|motorcycle|boat|account|wallet)\\b");
    private static final Pattern OF_PARTY = Pattern.compile("^ of (?:(?:Mr|Ms|Mrs|Dr)\\.? )?$");
    private static final Pattern SHAREHOLDER = Pattern.compile(
            "(?i)\\b(?:is|was|as|became|remains)\\s+(?:the\\s+|a\\s+)?(?:sole\\s+|main\\s+|majority\\s+|principal\\s+|largest\\s+|registered\\s+|beneficial\\s+)?"
                    + "(?:shareholder|owner|proprietor)(?:\\s+and\\s+[\\p{L} ]{1,30}?)?\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern OWNS_VERB = Pattern.compile("(?i)\\b(?:owns|owned|holds)\\s+(?:(\\d{1,3}(?:\\.\\d+)?)\\s?%\\s+of\\s+)?(?:the\\s+)?$");
    private static final Pattern TRADING_AS = Pattern.compile("(?i)\\b(?:trading as|operating as|doing business as|operates|runs)\\s+(?:the\\s+)?$");
    private static final Pattern REPRESENTED_BY = Pattern.compile("(?i)\\brepresented by\\s+(?:(?:Mr|Ms|Mrs|Dr|Lok|Madam)\\.?\\s+)?$");
    private static final Pattern POSITION_AFTER = Pattern.compile("^,\\s+(?:the\\s+|its\\s+|a\\s+|an\\s+)?(\\p{Ll}[\\p{Ll} -]{2,40}?)(?=\\s*[,(.;)]|$)");
    private static final Pattern POSITION_OF = Pattern.compile(
            "^,\\s+(?:the\\s+|an?\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}(?:employee|staff|officer|recruiter|agent|accountant|secretary|cashier|clerk|broker|"
                    + "supervisor|manager|representative|assistant|cook|guard|foreman|collector))\\s+(?:of|at|for)\\s+(?:the\\s+)?$");
    private static final Pattern WORKS_FOR = Pattern.compile("(?i)\\b(?:works|worked|working|is employed|was employed|employed)\\s+(?:for|by|at)\\s+(?:the\\s+)?$");
    /** "PERSON, born 1984, ..., manager of the bar": the premises named by its kind only. */
    private static final Pattern MANAGER_OF_THE = Pattern.compile(
            "^,[^.;]{0,120}?\\bmanager of (?:the (bar|club|karaoke|ktv|compound|casino|restaurant|hotel|guesthouse|guest house|kiln|premises)\\b"
                    + "|(?<part>(?:Block|Building|Zone|Section|Wing|Floor|Compound) [A-Z0-9]{1,3})\\b)");
    /** The venue words each kind-only reference can mean: a KTV is a bar, a walled-in casino or garden a compound. */
    private static final Map<String, Pattern> PREMISES_OF_KIND = Map.of(
            "bar", Pattern.compile("(?i)\\b(?:bar|club|ktv|karaoke)$"), "club", Pattern.compile("(?i)\\b(?:bar|club|ktv|karaoke)$"),
            "karaoke", Pattern.compile("(?i)\\b(?:ktv|karaoke)$"), "ktv", Pattern.compile("(?i)\\b(?:ktv|karaoke)$"),
            "compound", Pattern.compile("(?i)\\b(?:compound|garden|casino)$"), "casino", Pattern.compile("(?i)\\bcasino$"),
            "restaurant", Pattern.compile("(?i)\\brestaurant$"), "hotel", Pattern.compile("(?i)\\b(?:hotel|guesthouse|guest house)$"),
            "guesthouse", Pattern.compile("(?i)\\b(?:hotel|guesthouse|guest house)$"),
            "guest house", Pattern.compile("(?i)\\b(?:hotel|guesthouse|guest house)$"));
    private static final Pattern MANAGES_VERB = Pattern.compile("(?i)\\b(?:manages|managed|runs|ran)\\s+(?:the\\s+)?$");
    private static final Pattern DIRECTOR = Pattern.compile("(?i)\\b(?:director|chairman|chairwoman|chairperson|president|owner)\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");
    private static final int ANAPHOR_REACH = 600;
    private static final int REACH = 200;

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        String text = page.text();
        List<RelationClaim> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        EntityRef heading = null;
        for (int i = 0; i < mentions.size(); i++) {
            Candidate c = mentions.get(i);
            int[] sentence = page.sentenceAt(c.start());
            // Cues sit close to the end they introduce: read at most REACH characters of the sentence before it.
            int[] s = {Math.max(sentence[0], c.start() - REACH), sentence[1]};
            String before = text.substring(s[0], c.start());
            if (c.entity().label() == NodeLabel.Company && TextRelationExtractor.startsLine(page, c.start())) {
                heading = c.entity();
            }
            Candidate prev = i > 0 ? mentions.get(i - 1) : null;
            if (isParty(c)) {
                holder(page, doc, mentions, i, s, before, out, seen);
                if (prev != null && prev.entity().label() == NodeLabel.Vehicle && prev.start() >= s[0]
                        && OF_PARTY.matcher(text.substring(prev.end(), c.start())).matches()) {
                    add(page, doc, c, c.entity(), RelationType.OWNS, prev.entity(), Map.of(), out, seen);
                }
                representedBy(page, doc, mentions, i, s, before, out, seen);
                managerOfTheKind(page, doc, mentions, i, out, seen);
                Candidate next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                if (next != null && next.entity().label() == NodeLabel.BankAccount
                        && text.substring(c.end(), next.start()).equals(" (") && text.startsWith(")", next.end())) {
                    add(page, doc, next, c.entity(), RelationType.HOLDS_ACCOUNT, next.entity(), Map.of(), out, seen);
                }
            }
            if (isSite(c)) {
                Matcher share = SHAREHOLDER.matcher(before);
                Matcher owns = OWNS_VERB.matcher(before);
                Candidate owner = null;
                Map<String, Object> props = Map.of();
                if (share.find()) {
                    owner = partyBefore(mentions, i, s[0] + share.start(), s[0]);
                } else if (owns.find()) {
                    owner = partyBefore(mentions, i, s[0] + owns.start(), s[0]);
                    props = owns.group(1) == null ? Map.of() : Map.of("share", owns.group(1) + "%");
                }
                if (owner != null) {
                    add(page, doc, c, owner.entity(), RelationType.OWNS, c.entity(), props, out, seen);
                }
                Matcher trading = TRADING_AS.matcher(before);
                if (isPremises(c) && trading.find()) {
                    Candidate company = companyBefore(mentions, i, s[0] + trading.start(), s[0]);
                    EntityRef operator = company != null ? company.entity() : heading;
                    if (operator != null) {
                        add(page, doc, c, operator, RelationType.OWNS, c.entity(), Map.of(), out, seen);
                    }
                }
                Matcher manages = MANAGES_VERB.matcher(before);
                if (isPremises(c) && manages.find()) {
                    Candidate manager = partyBefore(mentions, i, s[0] + manages.start(), s[0]);
                    if (manager != null && manager.entity().label() == NodeLabel.Person) {
                        add(page, doc, c, manager.entity(), RelationType.MANAGES, c.entity(), Map.of(), out, seen);
                    }
                }
            }
            if (c.entity().label() == NodeLabel.Company || isPremises(c)) {
                employedBy(page, doc, mentions, i, s, before, out, seen);
            }
            if (c.entity().label() == NodeLabel.Company && BETWEEN.matcher(before).find()) {
                agreement(page, doc, mentions, i, s, out, seen);
            }
        }
        return out;
    }

    /** "X ... registered to / in the name of PARTY": the vehicle, account or phone X, named or as an anaphor. */
    private void holder(PageView page, DocumentText doc, List<Candidate> mentions, int i, int[] s, String before,
                        List<RelationClaim> out, Set<String> seen) {
        String text = page.text();
        Candidate party = mentions.get(i);
        Matcher cue = HOLDER_CUE_END.matcher(before);
        if (!cue.find()) {
            return;
        }
        int cueAt = s[0] + cue.start();
        Candidate held = null;
        for (int j = i - 1; j >= 0 && mentions.get(j).start() >= s[0]; j--) {
            Candidate c = mentions.get(j);
            if (isHoldable(c) && HOLDER_CUE.matcher(text.substring(c.end(), party.start())).find()) {
                held = c; // "VEHICLE is registered to PARTY": nothing but the cue between them
                break;
            }
            if (isHoldable(c) || isParty(c)) {
                break;
            }
        }
        if (held == null) {
            Matcher anaphor = ANAPHOR.matcher(text.substring(s[0], cueAt));
            String kind = null;
            int anaphorAt = -1;
            while (anaphor.find()) {
                kind = anaphor.group(1).toLowerCase();
                anaphorAt = s[0] + anaphor.start();
            }
            if (kind != null) {
                NodeLabel label = kind.equals("account") || kind.equals("wallet") ? NodeLabel.BankAccount : NodeLabel.Vehicle;
                for (int j = i - 1; j >= 0 && anaphorAt - mentions.get(j).end() <= ANAPHOR_REACH; j--) {
                    Candidate c = mentions.get(j);
                    if (c.end() <= anaphorAt && c.entity().label() == label) {
                        held = c;
                        break;
                    }
                }
            }
        }
        if (held != null) {
            RelationType type = switch (held.entity().label()) {
                case BankAccount -> RelationType.HOLDS_ACCOUNT;
                case PhoneNumber -> RelationType.USES_PHONE;
                default -> RelationType.OWNS;
            };
            add(page, doc, party, party.entity(), type, held.entity(), Map.of(), out, seen);
        }
    }

    /**
     * "PERSON, ..., manager of the bar": the premises of that kind named last before on the page (a KTV is a bar, a
     * kiln a kiln); a report names the premises it is about once, near its top. Nobody else may be named between the
     * person and the title.
     */
    private void managerOfTheKind(PageView page, DocumentText doc, List<Candidate> mentions, int i, List<RelationClaim> out,
                                  Set<String> seen) {
        Candidate person = mentions.get(i);
        String text = page.text();
        int[] s = page.sentenceAt(person.start());
        Matcher title = MANAGER_OF_THE.matcher(text.substring(person.end(), Math.max(person.end(), s[1])));
        if (person.entity().label() != NodeLabel.Person || !title.find()
                || (i + 1 < mentions.size() && mentions.get(i + 1).start() < person.end() + title.end()
                        && mentions.get(i + 1).entity().label() == NodeLabel.Person)) {
            return;
        }
        if (title.group("part") != null) {
            partOfPremises(page, doc, mentions, person, title.group("part"), out, seen);
            return;
        }
        String kind = title.group(1).toLowerCase(java.util.Locale.ROOT);
        for (int j = i - 1; j >= 0; j--) {
            Candidate place = mentions.get(j);
            boolean ofKind = kind.equals("kiln") ? place.entity().label() == NodeLabel.BrickKiln
                    : isPremises(place) && place.entity().label() == NodeLabel.Location
                            && (kind.equals("premises") || PREMISES_OF_KIND.get(kind).matcher(place.entity().name()).find());
            if (ofKind) {
                add(page, doc, person, person.entity(), RelationType.MANAGES, place.entity(), Map.of(), out, seen);
                return;
            }
        }
    }

    /** "manager of Block B" where the page says "Block B of the Golden Palm Compound": the manager manages the premises. */
    private void partOfPremises(PageView page, DocumentText doc, List<Candidate> mentions, Candidate person, String part,
                                List<RelationClaim> out, Set<String> seen) {
        Candidate premises = PlaceKeeperExtractor.premisesOf(page, mentions, part);
        if (premises != null) {
            add(page, doc, person, person.entity(), RelationType.MANAGES, premises.entity(), Map.of(), out, seen);
        }
    }

    /** "COMPANY, represented by PERSON, POSITION": a director directs, anyone else is employed. */
    private void representedBy(PageView page, DocumentText doc, List<Candidate> mentions, int i, int[] s, String before,
                               List<RelationClaim> out, Set<String> seen) {
        Candidate person = mentions.get(i);
        Matcher cue = REPRESENTED_BY.matcher(before);
        if (person.entity().label() != NodeLabel.Person || !cue.find()) {
            return;
        }
        Candidate company = companyBefore(mentions, i, s[0] + cue.start(), s[0]);
        if (company == null) {
            return;
        }
        String text = page.text();
        Matcher position = POSITION_AFTER.matcher(text.substring(person.end(), Math.min(text.length(), person.end() + 50)));
        String role = position.find() ? position.group(1).strip() : null;
        boolean directs = role != null && DIRECTOR.matcher(role).find();
        add(page, doc, person, person.entity(), directs ? RelationType.DIRECTS : RelationType.EMPLOYED_BY, company.entity(),
                role == null ? Map.of() : Map.of("position", role), out, seen);
    }

    /** "PERSON, POSITION of COMPANY" and "PERSON works for COMPANY"; "PERSON, manager of PREMISES" manages them. */
    private void employedBy(PageView page, DocumentText doc, List<Candidate> mentions, int i, int[] s, String before,
                            List<RelationClaim> out, Set<String> seen) {
        Candidate place = mentions.get(i);
        Candidate person = partyBefore(mentions, i, place.start(), s[0]);
        if (person == null || person.entity().label() != NodeLabel.Person) {
            return;
        }
        String between = page.text().substring(person.end(), place.start());
        Matcher position = POSITION_OF.matcher(between);
        boolean works = WORKS_FOR.matcher(before).find() && !between.contains(",");
        if (!position.find() && !works) {
            return;
        }
        String role = works ? null : position.group(1).strip();
        if (isPremises(place)) {
            if (role != null && role.endsWith("manager")) {
                add(page, doc, place, person.entity(), RelationType.MANAGES, place.entity(), Map.of(), out, seen);
            }
            return;
        }
        add(page, doc, place, person.entity(), RelationType.EMPLOYED_BY, place.entity(),
                role == null ? Map.of() : Map.of("position", role), out, seen);
    }

    /** "... between COMPANY (...) and PERSON": the person's side of the agreement is signed with the company. */
    private void agreement(PageView page, DocumentText doc, List<Candidate> mentions, int i, int[] s,
                           List<RelationClaim> out, Set<String> seen) {
        String text = page.text();
        Candidate company = mentions.get(i);
        for (int j = i + 1; j < mentions.size() && mentions.get(j).end() <= s[1]; j++) {
            Candidate c = mentions.get(j);
            if (c.entity().label() == NodeLabel.Person && text.substring(Math.max(s[0], c.start() - 5), c.start()).endsWith(" and ")) {
                add(page, doc, c, c.entity(), RelationType.SIGNED_CONTRACT, company.entity(), Map.of(), out, seen);
                return;
            }
        }
    }

    /** The nearest person or company that ends before {@code before} in the sentence starting at {@code from}. */
    private static Candidate partyBefore(List<Candidate> mentions, int i, int before, int from) {
        for (int j = i - 1; j >= 0 && mentions.get(j).start() >= from; j--) {
            Candidate c = mentions.get(j);
            if (c.end() <= before && isParty(c)) {
                return c;
            }
        }
        return null;
    }

    private static Candidate companyBefore(List<Candidate> mentions, int i, int before, int from) {
        for (int j = i - 1; j >= 0 && mentions.get(j).start() >= from; j--) {
            Candidate c = mentions.get(j);
            if (c.end() <= before && c.entity().label() == NodeLabel.Company) {
                return c;
            }
        }
        return null;
    }

    private static boolean isParty(Candidate c) {
        return c.entity().label() == NodeLabel.Person || c.entity().label() == NodeLabel.Company;
    }

    private static boolean isHoldable(Candidate c) {
        NodeLabel l = c.entity().label();
        return l == NodeLabel.Vehicle || l == NodeLabel.BankAccount || l == NodeLabel.PhoneNumber;
    }

    /** Something that can be owned as a business: a company, a brick kiln, named premises, a vehicle. */
    private static boolean isSite(Candidate c) {
        return c.entity().label() == NodeLabel.Company || c.entity().label() == NodeLabel.BrickKiln
                || c.entity().label() == NodeLabel.Vehicle || isPremises(c);
    }

    private static boolean isPremises(Candidate c) {
        return (c.entity().label() == NodeLabel.Location && !c.entity().key().startsWith("place:"))
                || c.entity().label() == NodeLabel.BrickKiln;
    }

    private static void add(PageView page, DocumentText doc, Candidate at, EntityRef subject, RelationType type, EntityRef object,
                            Map<String, Object> props, List<RelationClaim> out, Set<String> seen) {
        if (!subject.key().equals(object.key()) && seen.add(type + "|" + subject.key() + "|" + object.key())) {
            out.add(Claims.of(page, doc, NAME, at.start(), at.end(), subject, type, object, new HashMap<>(props)));
        }
    }
}
