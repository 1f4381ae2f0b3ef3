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
 * Trafficking-chain and procedural relations stated in one sentence of running text, read from verb
 * cues between the parties' mentions (never from bare co-occurrence). Pronouns are resolved only
 * where police reports and intake forms make it safe: the person a "Statement of X" paragraph is
 * about, the person the previous sentence began with, the pair just joined by "and" (also as "Both ..."), or a counted
 * group ("All three", "the three women") that a sentence ending in a colon introduced with the list
 * of exactly that many persons ("Three young women ... were taken to the office:" and a table).
 * <ul>
 *   <li>{@code TRANSPORTED}: "X drove / brought / collected Y", "Y was collected ... by X"; a trip told without its
 *       driver ("Both were driven from P on ...") by the one person the page has driving people from P;</li>
 *   <li>{@code RECRUITED}: "Y wrote to X", "Y answered ... through X", "Y was contacted ... by X",
 *       "X recruited Y";</li>
 *   <li>{@code HARBOURED}: "X kept / took / withheld their passports (ID cards, documents)"; the keeper of a place and
 *       the people found held there ({@link PlaceKeeperExtractor});</li>
 *   <li>{@code OWES_DEBT_TO}: "X said (told Y) that Y owed ...";</li>
 *   <li>{@code INSTRUCTED}: "X told Y to ...", "... on the order of X";</li>
 *   <li>{@code ARRESTED_IN}: "arrested [date] at / in P" after a person's full name;</li>
 *   <li>{@code REPORTED}: "complaint of X, father (mother, ...) of Y";</li>
 *   <li>{@code USES_PHONE}: "his (her) own number was P", for the person the pronoun means;</li>
 *   <li>{@code PAID}: "X pays Y USD 300", and {@code HOLDS_ACCOUNT} for Y when "... through (into) ACCOUNT" follows;
 *       "X hands (gives) the cash (80%, USD 500) to Y".</li>
 * </ul>
 * In an e-mail "I" and "me" are its sender, except on quoted lines ("&gt; ...") of the message it answers.
 */
final class ClauseRelationExtractor {
    static final String NAME = "ClauseRelationExtractor";

    /** A party in a sentence: a named mention, or a pronoun resolved to one or more named parties. */
    private record Ref(List<EntityRef> entities, int start, int end, boolean named, boolean nominative, boolean objective,
                       Candidate anchor) {
    }

    /** People moved in a sentence that names no driver ("Both were driven from Kep on 8 May"), and the place they left. */
    private record AgentlessTrip(List<EntityRef> people, String from, int[] sentence) {
    }

    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final String NUMBER = "(two|three|four|five|six|seven|eight|nine|ten|[2-9])";
    private static final String PEOPLE = "(?:women|men|girls|boys|victims|workers|persons|people|children|minors|recruits|labou?rers|passengers)";
    /** "Three young women ... were taken to the office:" followed by the list of the three. */
    private static final Pattern GROUP_INTRO = Pattern.compile("(?i)\\b" + NUMBER + "\\s+(?:[\\p{L}-]+\\s+){0,3}?" + PEOPLE
            + "\\b[^.:;]{0,160}:\\s*$");
    /** "All three", "the three women", "these two victims": the group counted before. */
    private static final Pattern GROUP_REF = Pattern.compile("(?i)\\b(?:all|the|these|those)\\s+" + NUMBER + "\\b(?:\\s+" + PEOPLE + ")?");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|they|him|her|them|their)\\b", Pattern.CASE_INSENSITIVE);
    /** "Both were driven ...", "Both of them said ...": the pair just joined by "and", as the subject of a sentence. */
    private static final Pattern BOTH = Pattern.compile("(?<![\\p{L}])Both(?=\\s+(?:of them\\s+)?\\p{Ll})");
    /** A driver's own trips: "driving girls from Kep", "drove workers from the bus station". */
    private static final Pattern DRIVES = Pattern.compile("(?i)\\b(?:drove|drives|driving|drive)\\b");
    /** Right before a place a trip leaves from, or the next place of the same list ("from Kep and Takeo"). */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");
    private static final Pattern FOCUS = Pattern.compile("(?i)\\b(?:statement|account|interview|testimony) of\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[A-Z]\\d*|\\d+(?:\\.\\d+)*)\\.(?:\\s|$)");
    private static final Pattern PASSIVE_MOVE = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:collected|driven|brought|transported|picked up|carried|fetched|delivered|smuggled)\\b");
    private static final Pattern ACTIVE_MOVE = Pattern.compile(
            "(?i)(?<!was |were )\\b(?:drove|drives|driving|brought|collected|picked up|transported|carried|delivered|smuggled)\\b");
    private static final Pattern RECRUIT_CUE = Pattern.compile(
            "(?i)\\b(?:wrote to|messaged|answered\\b[^.]{0,50}?\\b(?:through|from|of)|(?:was|were)\\s+(?:contacted|recruited|approached|lured)\\b[^.]{0,40}?\\bby|applied\\b[^.]{0,40}?\\b(?:through|to|with))");
    private static final Pattern RECRUITED_ACTIVE = Pattern.compile("(?i)\\b(?:recruited|lured|hired|enticed)\\b");
    private static final Pattern HARBOUR = Pattern.compile(
            "(?i)\\b(?:kept|took|confiscated|withheld|held|seized)\\s+(their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:passports?|ID cards?|identity cards?|identity documents?|documents|papers|ID)\\b");
    private static final Pattern QUOTED_ORDER = Pattern.compile("(?i)^\\s+(?:says?|said|wants?|asks?|asked)\\s+(?:that\\s+)?(?:you\\s+)?(?:please|pls|to)\\b");
    private static final Pattern PAYS = Pattern.compile("(?i)\\b(?:pays|paid|pay|paying)\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)^\\s*(?:USD|KHR|THB|USDT|US\\$|\\$|riel|baht)\\s*[\\d,.]+|^\\s*[\\d,.]+\\s*(?:USD|KHR|THB|USDT|riel|baht|dollars)");
    private static final Pattern PAID_INTO = Pattern.compile(
            "(?i)\\b(?:through|via|into|to|on)\\s+(?:(?:the|his|her|their|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern HAND_OVER = Pattern.compile(
            "(?i)\\b(?:hand|hands|handed|handing|give|gives|gave|giving)\\b(?:\\s+over|\\s+back)?\\s+[^.]{0,40}?"
                    + "(?:\\bcash\\b|\\bmoney\\b|\\bUSD\\b|\\bKHR\\b|\\bTHB\\b|\\briel\\b|\\bdollars\\b|%|\\bpayment\\b|\\bcommission\\b)"
                    + "[^.]{0,20}?\\bto\\s+$");
    /** "I" before a verb, "me": the writer of an e-mail. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}'])(I(?= \\p{Ll})|me)(?![\\p{L}'])");
    private static final Pattern DRIVING = Pattern.compile("(?i)\\b(?:driving|drove|drives|driver of)\\b(?:\\s+(?:the|a|his|her))?[^.]{0,40}$");
    private static final Pattern OWED = Pattern.compile("(?i)\\b(?:owed|owes|owe)\\b");
    private static final Pattern TOLD_TO = Pattern.compile("(?i)\\b(?:told|ordered|instructed|asked)\\s*$");
    private static final Pattern ORDER_OF = Pattern.compile("(?i)\\b(?:on the orders? of|on the instructions? of|instructed by|ordered by|at the request of)\\s*$");
    private static final Pattern ARRESTED_AT = Pattern.compile(
            "(?i)\\barrested\\b(?:\\s+on)?(?:\\s+\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\s+\\d{1,2} \\p{L}+ \\d{4})?(?:,?\\s+at \\d{1,2}:\\d{2})?\\s+(?:at|in)\\s+(?:the\\s+)?$");
    private static final Pattern COMPLAINT = Pattern.compile("(?i)\\b(?:complaint|report) (?:of|by|from)\\s*$");
    private static final Pattern KIN_OF = Pattern.compile("(?i)^,?\\s*(?:the\\s+)?(?:father|mother|brother|sister|husband|wife|uncle|aunt|parent|relative|son|daughter|cousin)\\s+of\\s*$");

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        return find(page, mentions, doc, null);
    }

    /** Claims on one page; {@code writer} is whom "I" and "me" mean (an e-mail's sender), or {@code null}. */
    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc, EntityRef writer) {
        String text = page.text();
        List<RelationClaim> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // An intake form or witness record is about its client or witness unless a paragraph says otherwise.
        Candidate subjectOfRecord = FormRelationExtractor.recordSubject(page, mentions);
        Candidate focus = subjectOfRecord;
        EntityRef greeted = null;
        Candidate lastSubject = null;
        List<EntityRef> group = List.of();
        Map<Integer, List<EntityRef>> numbered = new HashMap<>();
        List<AgentlessTrip> agentless = new ArrayList<>();
        Map<String, Set<EntityRef>> driversFrom = new HashMap<>();
        for (int[] s : page.sentences()) {
            String sentence = text.substring(s[0], s[1]);
            if (HEADING.matcher(sentence).find()) {
                focus = subjectOfRecord;
            }
            List<Candidate> inSentence = mentions.stream().filter(c -> c.start() >= s[0] && c.end() <= s[1]).toList();
            for (Candidate c : inSentence) {
                if (isPerson(c) && FOCUS.matcher(text.substring(Math.max(s[0], c.start() - 30), c.start())).find()) {
                    focus = c;
                }
            }
            Candidate single = focus != null ? focus : lastSubject;
            Matcher named = GROUP_REF.matcher(text.substring(s[0], s[1]));
            List<EntityRef> counted = named.find() ? numbered.getOrDefault(number(named.group(1)), List.of()) : List.of();
            if (!counted.isEmpty()) {
                group = counted; // "All three answered ...": "they" now means the three
            }
            List<Ref> refs = refs(page, s, inSentence, single, group, writer);
            if (!counted.isEmpty()) {
                refs.add(new Ref(counted, s[0] + named.start(), s[0] + named.end(), false, true, true, null));
                refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
            }
            transported(page, doc, text, s, refs, out, seen);
            agentlessTrip(text, s, refs, inSentence, agentless);
            drivesFrom(text, s, refs, inSentence, driversFrom);
            recruited(page, doc, text, s, refs, out, seen);
            harboured(page, doc, text, s, refs, out, seen);
            owes(page, doc, text, s, refs, out, seen);
            EntityRef greeting = greeting(page, s, inSentence);
            if (greeting != null) {
                greeted = greeting;
            }
            instructed(page, doc, text, s, refs, out, seen, greeted);
            reported(page, doc, text, inSentence, out, seen);
            paidAndDrove(page, doc, text, s, refs, inSentence, out, seen);
            arrestedIn(page, doc, text, s, mentions, out, seen);
            possessivePhone(page, doc, text, s, inSentence, single, out, seen);
            // Context for the next sentence.
            if (!inSentence.isEmpty() && isPerson(inSentence.get(0)) && inSentence.get(0).start() - s[0] <= 2) {
                lastSubject = inSentence.get(0);
            }
            Matcher intro = GROUP_INTRO.matcher(text.substring(s[0], s[1]));
            if (intro.find()) {
                numbered.put(number(intro.group(1)), listedAfter(mentions, s[1], number(intro.group(1))));
            }
            List<EntityRef> pair = conjoined(text, refs);
            if (!pair.isEmpty()) {
                group = pair;
            }
        }
        drivenBy(page, doc, agentless, driversFrom, out, seen);
        out.addAll(PlaceKeeperExtractor.find(page, mentions, doc, seen));
        return out;
    }

    /** Keeps a trip told without its driver ("Both were driven from Kep on 8 May 2025") and the place it left from. */
    private static void agentlessTrip(String text, int[] s, List<Ref> refs, List<Candidate> in, List<AgentlessTrip> trips) {
        String sentence = text.substring(s[0], s[1]);
        Matcher passive = PASSIVE_MOVE.matcher(sentence);
        if (!passive.find() || sentence.indexOf(" by ", passive.end()) >= 0) {
            return;
        }
        int v = s[0] + passive.start();
        String from = departures(text, s[0] + passive.end(), in).stream().findFirst().orElse(null);
        List<EntityRef> people = new ArrayList<>();
        refs.stream().filter(r -> r.end() <= v && r.nominative()).forEach(r -> people.addAll(r.entities()));
        if (from != null && !people.isEmpty()) {
            trips.add(new AgentlessTrip(List.copyOf(people), from, s));
        }
    }

    /** "He admits ... driving girls from Kep and Takeo": the sentence's subject drives people from each place named. */
    private static void drivesFrom(String text, int[] s, List<Ref> refs, List<Candidate> in, Map<String, Set<EntityRef>> drivers) {
        Matcher drives = DRIVES.matcher(text.substring(s[0], s[1]));
        Ref subject = refs.isEmpty() ? null : refs.get(0);
        while (drives.find() && subject != null && subject.nominative() && subject.end() <= s[0] + drives.start()) {
            int after = s[0] + drives.end();
            int end = Math.min(s[1], after + 60);
            for (String place : departures(text, after, in.stream().filter(c -> c.start() < end).toList())) {
                subject.entities().forEach(e -> drivers.computeIfAbsent(place, k -> new LinkedHashSet<>()).add(e));
            }
        }
    }

    /** Keys of the places named after "from" from offset {@code after} on, with the rest of their list ("from Kep and Takeo"). */
    private static List<String> departures(String text, int after, List<Candidate> in) {
        List<String> out = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : in) {
            if (c.start() < after || !Claims.isPlace(c.entity())) {
                continue;
            }
            boolean listed = previous != null && text.substring(previous.end(), c.start()).matches(",? (?:and |or )?|, ");
            if (listed || FROM.matcher(text.substring(Math.max(after, c.start() - 12), c.start())).find()) {
                out.add(c.entity().key());
                previous = c;
            } else if (previous != null) {
                break;
            }
        }
        return out;
    }

    /**
     * A trip told without its driver was driven by the one person the same page has driving people from the place it
     * left; with no such driver, or several, it names nobody.
     */
    private void drivenBy(PageView page, DocumentText doc, List<AgentlessTrip> trips, Map<String, Set<EntityRef>> driversFrom,
                          List<RelationClaim> out, Set<String> seen) {
        for (AgentlessTrip trip : trips) {
            Set<EntityRef> drivers = driversFrom.getOrDefault(trip.from(), Set.of());
            if (drivers.size() != 1) {
                continue;
            }
            EntityRef driver = drivers.iterator().next();
            for (EntityRef person : trip.people()) {
                if (!person.key().equals(driver.key()) && person.label() == NodeLabel.Person) {
                    add(page, doc, null, driver, RelationType.TRANSPORTED, person, out, seen, trip.sentence()[0], trip.sentence()[0] + 1);
                }
            }
        }
    }

    /** A salutation line "Dear X," or "X," that opens a message: later orders in it are addressed to X. */
    private static EntityRef greeting(PageView page, int[] s, List<Candidate> in) {
        String original = page.original();
        for (Candidate c : in) {
            if (!isPerson(c)) {
                continue;
            }
            int os = page.originalStart(c.start());
            int oe = page.originalEnd(c.end());
            String lineBefore = original.substring(original.lastIndexOf('\n', Math.max(0, os - 1)) + 1, os);
            String rest = original.substring(oe, Math.min(original.length(), oe + 3));
            if (lineBefore.matches("[>\\s]*(?:(?i:dear|hi|hello)\\s+)?") && rest.matches("(?s),\\s*(\\n.*)?")) {
                return c.entity();
            }
        }
        return null;
    }

    private static boolean isPerson(Candidate c) {
        return c.entity().label() == NodeLabel.Person;
    }

    private static List<Ref> refs(PageView page, int[] s, List<Candidate> inSentence, Candidate single, List<EntityRef> group,
                                  EntityRef writer) {
        String text = page.text();
        List<Ref> refs = new ArrayList<>();
        Matcher first = FIRST_PERSON.matcher(text.substring(s[0], s[1]));
        while (writer != null && first.find()) {
            int start = s[0] + first.start();
            if (!quoted(page, start)) {
                boolean nominative = first.group(1).equals("I");
                refs.add(new Ref(List.of(writer), start, s[0] + first.end(), false, nominative, !nominative, null));
            }
        }
        for (Candidate c : inSentence) {
            if (Claims.isParty(c.entity())) {
                refs.add(new Ref(List.of(c.entity()), c.start(), c.end(), true, true, true, c));
            }
        }
        Matcher p = PRONOUN.matcher(text.substring(s[0], s[1]));
        while (p.find()) {
            String w = p.group(1).toLowerCase();
            int start = s[0] + p.start();
            int end = s[0] + p.end();
            boolean plural = w.startsWith("the");
            List<EntityRef> meant = plural ? group : single == null ? List.of() : List.of(single.entity());
            if (meant.isEmpty()) {
                continue;
            }
            boolean nominative = w.equals("he") || w.equals("she") || w.equals("they");
            refs.add(new Ref(meant, start, end, false, nominative, !nominative, single));
        }
        Matcher both = BOTH.matcher(text.substring(s[0], s[1]));
        if (both.find() && group.size() == 2) {
            refs.add(new Ref(group, s[0] + both.start(), s[0] + both.end(), false, true, true, null));
        }
        refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return refs;
    }

    /** Whether collapsed offset {@code at} lies on a quoted line ("> ...") of an e-mail reply. */
    private static boolean quoted(PageView page, int at) {
        String original = page.original();
        int os = page.originalStart(at);
        int lineStart = original.lastIndexOf('\n', Math.max(0, os - 1)) + 1;
        return original.substring(lineStart, os).stripLeading().startsWith(">");
    }

    /** The first {@code n} different persons named after {@code from}: the list a counted group introduces. */
    private static List<EntityRef> listedAfter(List<Candidate> mentions, int from, int n) {
        Map<String, EntityRef> persons = new java.util.LinkedHashMap<>();
        for (Candidate c : mentions) {
            if (c.start() >= from && isPerson(c) && persons.size() < n) {
                persons.putIfAbsent(c.entity().key(), c.entity());
            }
        }
        return persons.size() == n ? List.copyOf(persons.values()) : List.of();
    }

    private static int number(String word) {
        int i = NUMBERS.indexOf(word.toLowerCase());
        return i >= 0 ? i + 2 : Integer.parseInt(word);
    }

    /** "X and Y" (or "he and Y"): the pair a later "they / them / their" means. */
    private static List<EntityRef> conjoined(String text, List<Ref> refs) {
        for (int i = 0; i + 1 < refs.size(); i++) {
            Ref a = refs.get(i);
            Ref b = refs.get(i + 1);
            if (text.substring(a.end(), b.start()).strip().equals("and") && a.entities().size() == 1 && b.entities().size() == 1) {
                return List.of(a.entities().get(0), b.entities().get(0));
            }
        }
        return List.of();
    }

    private void transported(PageView page, DocumentText doc, String text, int[] s, List<Ref> refs, List<RelationClaim> out,
                             Set<String> seen) {
        String sentence = text.substring(s[0], s[1]);
        Matcher passive = PASSIVE_MOVE.matcher(sentence);
        while (passive.find()) {
            int v = s[0] + passive.start();
            int by = sentence.indexOf(" by ", passive.end());
            if (by < 0) {
                continue;
            }
            Ref driver = refs.stream().filter(r -> r.named() && r.start() > s[0] + by).findFirst().orElse(null);
            if (driver == null || driver.start() - (s[0] + by) > 50) {
                continue;
            }
            for (Ref victim : refs) {
                if (victim.end() <= v && victim.nominative()) {
                    emit(page, doc, driver, victim, RelationType.TRANSPORTED, out, seen, s);
                }
            }
        }
        Matcher active = ACTIVE_MOVE.matcher(sentence);
        while (active.find()) {
            int v = s[0] + active.start();
            int after = s[0] + active.end();
            Ref driver = subjectBefore(refs, v);
            Ref victim = refs.stream().filter(r -> r.start() >= after && r.objective()).findFirst().orElse(null);
            if (driver != null && victim != null && victim.start() - after <= 2 && !possessive(text, victim)) {
                emit(page, doc, driver, victim, RelationType.TRANSPORTED, out, seen, s);
            }
        }
    }

    private void recruited(PageView page, DocumentText doc, String text, int[] s, List<Ref> refs, List<RelationClaim> out,
                           Set<String> seen) {
        String sentence = text.substring(s[0], s[1]);
        Matcher cue = RECRUIT_CUE.matcher(sentence);
        while (cue.find()) {
            int v = s[0] + cue.start();
            int after = s[0] + cue.end();
            Ref recruiter = refs.stream().filter(r -> r.named() && r.start() >= after).findFirst().orElse(null);
            if (recruiter == null || recruiter.start() - after > 60) {
                continue;
            }
            for (Ref recruit : refs) {
                if (recruit.end() <= v && recruit.nominative() && !text.substring(recruit.end(), v).contains(",")) {
                    emit(page, doc, recruiter, recruit, RelationType.RECRUITED, out, seen, s);
                }
            }
        }
        Matcher active = RECRUITED_ACTIVE.matcher(sentence);
        while (active.find()) {
            int v = s[0] + active.start();
            if (sentence.substring(Math.max(0, active.start() - 5), active.start()).matches("(?i).*(was|were) ")) {
                continue; // passive handled above
            }
            Ref recruiter = subjectBefore(refs, v);
            Ref recruit = refs.stream().filter(r -> r.start() >= s[0] + active.end() && r.objective()).findFirst().orElse(null);
            if (recruiter != null && recruit != null && recruit.start() - (s[0] + active.end()) <= 2) {
                emit(page, doc, recruiter, recruit, RelationType.RECRUITED, out, seen, s);
            }
        }
    }

    private void harboured(PageView page, DocumentText doc, String text, int[] s, List<Ref> refs, List<RelationClaim> out,
                           Set<String> seen) {
        Matcher m = HARBOUR.matcher(text.substring(s[0], s[1]));
        while (m.find()) {
            int v = s[0] + m.start();
            int pron = s[0] + m.start(1);
            Ref keeper = subjectBefore(refs, v);
            Ref kept = refs.stream().filter(r -> r.start() == pron).findFirst().orElse(null);
            if (keeper != null && kept != null && keeper.named()) {
                emit(page, doc, keeper, kept, RelationType.HARBOURED, out, seen, s);
            }
        }
    }

    private void owes(PageView page, DocumentText doc, String text, int[] s, List<Ref> refs, List<RelationClaim> out,
                      Set<String> seen) {
        String sentence = text.substring(s[0], s[1]);
        Matcher m = OWED.matcher(sentence);
        while (m.find()) {
            int v = s[0] + m.start();
            int that = sentence.lastIndexOf(" that ", m.start());
            if (that < 0) {
                continue;
            }
            int thatAt = s[0] + that;
            Ref debtor = refs.stream().filter(r -> r.start() > thatAt && r.end() <= v).reduce((a, b) -> b).orElse(null);
            Ref creditor = refs.stream().filter(r -> r.end() <= thatAt && r.nominative()).reduce((a, b) -> b).orElse(null);
            if (debtor == null || creditor == null) {
                continue;
            }
            // "told each of them that she owed": the debtor is whoever was told.
            Ref told = refs.stream().filter(r -> r.start() > creditor.end() && r.end() <= thatAt && r.objective() && !r.named())
                    .findFirst().orElse(null);
            if (!debtor.named() && told != null) {
                debtor = told;
            }
            if (!text.substring(creditor.end(), thatAt).matches("(?is).*\\b(said|told|says|tells|claimed|stated)\\b.*")) {
                continue;
            }
            emit(page, doc, debtor, creditor, RelationType.OWES_DEBT_TO, out, seen, s);
        }
    }

    private void instructed(PageView page, DocumentText doc, String text, int[] s, List<Ref> refs, List<RelationClaim> out,
                            Set<String> seen, EntityRef greeted) {
        for (Ref r : refs) {
            String before = text.substring(Math.max(s[0], r.start() - 25), r.start());
            String after = text.substring(r.end(), Math.min(s[1], r.end() + 4));
            if (r.named() && TOLD_TO.matcher(before).find() && after.startsWith(" to ")) {
                // The one who told is the sentence's subject, not a party of a clause in between.
                Ref boss = refs.stream().filter(x -> x.nominative() && x.end() <= r.start()).findFirst().orElse(null);
                if (boss != null && boss.named()) {
                    emit(page, doc, boss, r, RelationType.INSTRUCTED, out, seen, s);
                }
            }
            if (r.named() && greeted != null && greeted.key() != null && !greeted.key().equals(r.entities().get(0).key())
                    && QUOTED_ORDER.matcher(text.substring(r.end(), Math.min(s[1], r.end() + 30))).find()) {
                emit(page, doc, r, new Ref(List.of(greeted), r.start(), r.end(), true, true, true, r.anchor()),
                        RelationType.INSTRUCTED, out, seen, s);
            }
            if (r.named() && ORDER_OF.matcher(before).find()) {
                Ref doer = refs.stream().filter(x -> x.nominative() && x.start() < r.start()).findFirst().orElse(null);
                if (doer != null) {
                    emit(page, doc, r, doer, RelationType.INSTRUCTED, out, seen, s);
                }
            }
        }
    }

    /**
     * "X pays / paid Y USD 300" ({@code PAID}), and "... through (into, via) ACCOUNT" after it: the payee holds
     * that account ({@code HOLDS_ACCOUNT}); "X, ..., driving the van PLATE" ({@code DROVE}).
     */
    private void paidAndDrove(PageView page, DocumentText doc, String text, int[] s, List<Ref> refs, List<Candidate> in,
                              List<RelationClaim> out, Set<String> seen) {
        String sentence = text.substring(s[0], s[1]);
        Matcher pay = PAYS.matcher(sentence);
        while (pay.find()) {
            int v = s[0] + pay.start();
            int after = s[0] + pay.end();
            Ref payer = subjectBefore(refs, v);
            Ref payee = refs.stream().filter(r -> r.named() && r.start() >= after).findFirst().orElse(null);
            if (payer != null && payee != null && payee.start() - after <= 2
                    && MONEY.matcher(text.substring(payee.end(), Math.min(s[1], payee.end() + 25))).find()) {
                emit(page, doc, payer, payee, RelationType.PAID, out, seen, s);
                // "pays X USD 300 ... through Wing account 1093 7725": the account the payee is paid into
                for (Candidate account : in) {
                    if (account.entity().label() == NodeLabel.BankAccount && account.start() > payee.end() && payee.named()
                            && PAID_INTO.matcher(text.substring(Math.max(payee.end(), account.start() - 40), account.start())).find()) {
                        add(page, doc, account, payee.entities().get(0), RelationType.HOLDS_ACCOUNT, account.entity(), out, seen);
                        break;
                    }
                }
            }
        }
        for (Ref payee : refs) {
            Matcher hand = HAND_OVER.matcher(text.substring(Math.max(s[0], payee.start() - 80), payee.start()));
            if (payee.named() && hand.find()) {
                Ref payer = subjectBefore(refs, Math.max(s[0], payee.start() - 80) + hand.start());
                if (payer != null) {
                    emit(page, doc, payer, payee, RelationType.PAID, out, seen, s);
                }
            }
        }
        for (Candidate vehicle : in) {
            if (vehicle.entity().label() != NodeLabel.Vehicle) {
                continue;
            }
            String before = text.substring(Math.max(s[0], vehicle.start() - 60), vehicle.start());
            Matcher drove = DRIVING.matcher(before);
            if (drove.find()) {
                int v = vehicle.start() - before.length() + drove.start();
                Ref driver = refs.stream().filter(r -> r.named() && r.end() <= v && r.entities().get(0).label() == NodeLabel.Person)
                        .reduce((a, b) -> b).orElse(null);
                if (driver != null) {
                    add(page, doc, vehicle, driver.entities().get(0), RelationType.DROVE, vehicle.entity(), out, seen);
                }
            }
        }
    }

    /**
     * "(his / her) own number was PHONE": the number of the person the pronoun means (the speaker of a
     * statement paragraph, or the previous sentence's subject), not of the nearest name before it.
     */
    private void possessivePhone(PageView page, DocumentText doc, String text, int[] s, List<Candidate> in, Candidate single,
                                 List<RelationClaim> out, Set<String> seen) {
        if (single == null) {
            return;
        }
        for (Candidate phone : in) {
            if (phone.entity().label() != NodeLabel.PhoneNumber) {
                continue;
            }
            Matcher m = TextRelationExtractor.POSSESSIVE_PHONE.matcher(text.substring(Math.max(s[0], phone.start() - 30), phone.start()));
            if (m.find() && !m.group(1).equalsIgnoreCase("my") && !m.group(1).equalsIgnoreCase("their")) {
                add(page, doc, phone, single.entity(), RelationType.USES_PHONE, phone.entity(), out, seen);
            }
        }
    }

    private void reported(PageView page, DocumentText doc, String text, List<Candidate> in, List<RelationClaim> out,
                          Set<String> seen) {
        for (int i = 0; i + 1 < in.size(); i++) {
            Candidate a = in.get(i);
            Candidate b = in.get(i + 1);
            if (isPerson(a) && isPerson(b) && COMPLAINT.matcher(text.substring(Math.max(0, a.start() - 25), a.start())).find()
                    && KIN_OF.matcher(text.substring(a.end(), b.start())).find()) {
                add(page, doc, a, a.entity(), RelationType.REPORTED, b.entity(), out, seen);
            }
        }
    }

    private void arrestedIn(PageView page, DocumentText doc, String text, int[] s, List<Candidate> all, List<RelationClaim> out,
                            Set<String> seen) {
        for (Candidate place : all) {
            if (place.start() < s[0] || place.end() > s[1] || !Claims.isPlace(place.entity())) {
                continue;
            }
            if (!ARRESTED_AT.matcher(text.substring(Math.max(s[0], place.start() - 60), place.start())).find()) {
                continue;
            }
            // The arrested person: the nearest full name before, in this sentence or the row's earlier cells.
            Candidate person = null;
            for (Candidate c : all) {
                if (c.end() <= place.start() && place.start() - c.end() <= 300 && isPerson(c) && c.entity().key().startsWith("person:")) {
                    person = c;
                }
            }
            if (person != null) {
                add(page, doc, place, person.entity(), RelationType.ARRESTED_IN, place.entity(), out, seen);
            }
        }
    }

    private static Ref subjectBefore(List<Ref> refs, int v) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.end() <= v && r.nominative()) {
                best = r;
            }
        }
        return best;
    }

    private static boolean possessive(String text, Ref r) {
        String w = text.substring(r.start(), r.end()).toLowerCase();
        return w.equals("their") || (w.equals("her") && text.substring(r.end()).matches("(?s)^ (?!and\\b|to\\b|in\\b|on\\b|at\\b|from\\b)\\p{Ll}+.*"));
    }

    private void emit(PageView page, DocumentText doc, Ref subject, Ref object, RelationType type, List<RelationClaim> out,
                      Set<String> seen, int[] s) {
        for (EntityRef a : subject.entities()) {
            for (EntityRef b : object.entities()) {
                if (!a.key().equals(b.key())) {
                    Candidate at = subject.anchor() != null ? subject.anchor() : object.anchor();
                    int start = subject.named() ? subject.start() : at != null ? object.start() : s[0];
                    add(page, doc, null, a, type, b, out, seen, start, Math.max(start, Math.min(s[1], start + 1)));
                }
            }
        }
    }

    private void add(PageView page, DocumentText doc, Candidate at, EntityRef s, RelationType type, EntityRef o,
                     List<RelationClaim> out, Set<String> seen) {
        add(page, doc, at, s, type, o, out, seen, at.start(), at.end());
    }

    private void add(PageView page, DocumentText doc, Candidate at, EntityRef s, RelationType type, EntityRef o,
                     List<RelationClaim> out, Set<String> seen, int start, int end) {
        if (seen.add(type + "|" + s.key() + "|" + o.key())) {
            out.add(Claims.of(page, doc, NAME, start, end, s, type, o, Map.of()));
        }
    }
}
