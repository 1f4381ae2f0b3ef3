package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Relations in a chat export (Telegram Desktop HTML and similar "time / sender / text" layouts).
 * A message's sender is the line after its time stamp when that line recurs as a sender; a message
 * without one continues the previous sender's. From the messages:
 * <ul>
 *   <li>{@code COMMUNICATED_WITH}: a sender and another participant they address by name, reply to
 *       ("In reply to this message") or invite to the group;</li>
 *   <li>{@code INSTRUCTED}: a participant named and then told to act ("X pls pick up", "X drive
 *       tomorrow"), or a third person quoted as ordering ("X says please send", "X say only to his
 *       wallet"): the order goes to the person greeted in the message, else to its sender;</li>
 *   <li>{@code SUPPLIED_WORKERS_TO}: a sender announcing people ("2 boys", "new girl") to the person greeted
 *       in the message ("X, 2 boys coming Monday") or for a named person ("new girl for X"), and
 *       {@code RECRUITED} for the people the message names after the count ("... Dalin and Kosal"), unless they
 *       are members of the chat;</li>
 *   <li>{@code RECRUITED}: a sender announcing people by count and name ("2 more from Kep on Friday: A and B"), even
 *       to nobody in particular, unless the message reports a trip;</li>
 *   <li>{@code HARBOURED}: the other member who answers such an announcement with a reply ("In reply to this
 *       message": "ok, no problem") takes them in, unless the announcement named whom they go to or the reply is about
 *       the trip;</li>
 *   <li>{@code TRANSPORTED}: a sender reporting a trip with a bare count ("leaving Kampot now with 3", "delivered 2 to
 *       the farm") moves the people of the latest announcement of exactly that many named people ("3 more from Kampot
 *       on Friday: A, B and C") that someone else posted, unless both name different places of departure;</li>
 *   <li>{@code SUPPLIED_WORKERS_TO}: a sender handing a worker over to someone who takes on the worker's debt
 *       ("send him to the kiln, X takes the debt");</li>
 *   <li>{@code HOLDS_ACCOUNT} / {@code USES_PHONE}: a sender giving a handle or number as their own ("I use @x
 *       now", "my new account @x", "call me on 097 318 2264").</li>
 * </ul>
 * Each claim quotes the message.
 */
final class ChatRelationExtractor {
    static final String NAME = "ChatRelationExtractor";
    private static final Pattern TIME = Pattern.compile("^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*$");
    private static final Pattern REPLY = Pattern.compile("(?i)^\\s*In reply to this message");
    /** A count of people on the move: "2 boys", "new girl", "three more workers". */
    private static final Pattern WORKERS = Pattern.compile(
            "(?i)\\b(?:\\d{1,3}|a|one|two|three|four|five|six|new|more)\\s+(?:more\\s+|new\\s+)?(?:girls?|boys?|workers?|heads|people|persons|recruits?|men|women|labou?rers?)\\b");
    private static final Pattern INVITED = Pattern.compile("(?i)\\b(invited|added)\\b");
    /** Bare verbs of an order addressed to the person named just before. */
    static final String IMPERATIVE = "(?:(?:pls|please|plz)\\s+)?(?:pick|drive|go|take|send|bring|call|come|collect|move"
            + "|pay|transfer|wait|meet|fetch|deliver|delete|give|keep|hand|tell|buy|prepare|check)\\b";
    private static final Pattern ORDER_AFTER_NAME = Pattern.compile("(?i)^[,:]?\\s*" + IMPERATIVE);
    /** A sender giving a handle or number as their own: "I use @x now", "my new number is ...", "call me on ...". */
    private static final Pattern OWN_IDENTIFIER = Pattern.compile(
            "(?i)\\b(?:I(?:'m| am)?\\s+(?:now\\s+)?(?:use|using|on)|my\\s+(?:new\\s+)?(?:\\p{L}+\\s+)?(?:account|handle|id|username|number|phone)(?:\\s+is)?|"
                    + "(?:add|contact|write|message|text|call|ring|whatsapp|telegram)\\s+me(?:\\s+(?:on|at))?(?:\\s+(?:my|this))?(?:\\s+(?:new\\s+)?(?:number|phone))?)\\s*:?\\s*$");
    private static final String COUNT = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)";
    private static final List<String> COUNT_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final String PEOPLE = "(?:young\\s+)?(?:girls|boys|workers|heads|people|persons|recruits|men|women|labou?rers|kids|children|passengers)";
    /** What a count is of when it is not of people: "2 more days", "with 3 hours to go", "delivered 2 USD". */
    private static final String NOT_PEOPLE = "(?!\\s*(?:[:.]\\d|am\\b|pm\\b|h\\b|hours?\\b|min|days?\\b|nights?\\b|weeks?\\b|months?\\b|times?\\b"
            + "|km\\b|usd|dollars?\\b|riel\\b|baht\\b|\\$|%))";
    /** A count of people announced before their names: "2 boys from Takeo", "3 more from Kep on Friday:". */
    private static final Pattern GROUP = Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:(?:more|new)\\s+" + PEOPLE + "|" + PEOPLE + "|more\\b" + NOT_PEOPLE
            + ")\\b");
    /** Verbs of a trip under way, which take their load after "with": "leaving Kep now with 3". */
    private static final String MOVING = "(?:leaving|left|departing|departed|on the way|heading|driving|arrived|arriving|coming)";
    /** Verbs of a trip that take their load as object: "delivered 2 to the farm". */
    private static final String CARRIED = "(?:delivered|dropped(?:\\s+off)?|brought|bringing|picked up|collected|drove|driving)";
    /** A trip reported with a bare count: "delivered 2 to the farm", "leaving Kep now with 3 (girls)". */
    private static final Pattern MOVED_COUNT = Pattern.compile("(?i)\\b(?:" + CARRIED + "\\s+" + COUNT + "|(?:" + MOVING + "|" + CARRIED
            + ")\\b[^.!?]{0,40}?\\bwith\\s+(?:the\\s+)?" + COUNT + ")(?:\\s+" + PEOPLE + ")?(?![\\p{L}\\d])" + NOT_PEOPLE);
    /** A reply about the trip rather than the people: the driver's "ok, pick up 6am", "on the way". */
    private static final Pattern TRIP_TALK = Pattern.compile("(?i)\\b(?:pick(?:ing)?\\s+up|collect|fetch|drive|driving|" + MOVING + "|" + CARRIED + ")\\b");
    private static final Pattern DEPARTURE = Pattern.compile("(?i)\\b(?:from|leaving|left|departing|departed)\\s+$");
    /** Handing a worker over: "send him to ...", "hand Kosal over to ...". */
    private static final Pattern HAND_OVER = Pattern.compile(
            "(?i)\\b(?:send|sending|sent|hand|handing|handed|sell|selling|sold|transfer|transferring|transferred|move|moving|moved)\\s+"
                    + "(?:him|her|them|(?-i:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?))(?:\\s+over)?\\s+to\\b");
    /** "... takes the debt", "... will take over his debt", "... pays their debt": who takes the worker on. */
    private static final Pattern TAKES_DEBT = Pattern.compile(
            "(?i)^\\s+(?:will\\s+|to\\s+)?(?:takes?|took|taking|buys?|bought|pays?|paid|covers?|assumes?)\\s+(?:over\\s+)?(?:the|his|her|their)\\s+debts?\\b");
    private static final Pattern QUOTED_ORDER = Pattern.compile("(?i)^\\s+(?:says?|said|wants?|ordered|asks?|asked)\\b(?:\\s+(?:that\\s+)?(?:please|pls|only|to|you)\\b|\\s+" + IMPERATIVE + ")");

    /** One chat message: its sender mention and its text span in the collapsed page text. */
    private record Message(Candidate sender, int start, int end, boolean reply) {
    }

    /**
     * People a message announced by count and name, the place they come from (or {@code null}), and whether the
     * message named whom they go to ("Bong Heng, 2 boys ...", "... for Bong Heng:").
     */
    private record Group(EntityRef announcer, List<EntityRef> people, String from, boolean addressed) {
    }

    /** True when the page looks like a chat export: several time stamps each followed by a recurring sender. */
    static boolean isChat(PageView page) {
        return senders(page.original()).size() >= 2;
    }

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        String original = page.original();
        Set<String> senderNames = senders(original);
        if (senderNames.size() < 2) {
            return List.of();
        }
        List<Message> messages = messages(page, mentions, senderNames);
        Map<String, EntityRef> members = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.sender() != null) {
                members.putIfAbsent(m.sender().entity().key(), m.sender().entity());
            }
        }
        List<RelationClaim> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String text = page.text();
        // Service messages ("X invited A, B and C") name their actor first.
        for (int[] s : page.sentences()) {
            String sentence = text.substring(s[0], s[1]);
            Matcher inv = INVITED.matcher(sentence);
            if (!inv.find()) {
                continue;
            }
            List<Candidate> in = within(mentions, s[0], s[1]);
            if (in.size() >= 2 && in.get(0).start() < s[0] + inv.start() && members.containsKey(in.get(0).entity().key())) {
                for (Candidate c : in.subList(1, in.size())) {
                    if (c.start() > s[0] + inv.start() && members.containsKey(c.entity().key())) {
                        add(out, seen, page, doc, c, in.get(0).entity(), RelationType.COMMUNICATED_WITH, c.entity());
                    }
                }
            }
        }
        Message previous = null;
        Group previousGroup = null;
        List<Group> groups = new ArrayList<>();
        for (Message m : messages) {
            if (m.sender() == null) {
                continue;
            }
            EntityRef sender = m.sender().entity();
            List<Candidate> named = within(mentions, m.start(), m.end()).stream()
                    .filter(c -> Claims.isParty(c.entity()) && !c.entity().key().equals(sender.key())).toList();
            Candidate greeted = named.isEmpty() || named.get(0).start() > m.start() + 3 ? null : named.get(0);
            boolean addressed = greeted != null || addressedFor(text, m, named);
            Group announced = moved(page, doc, m, mentions, members, groups, addressed, out, seen);
            // A driver reporting whom he carries ("picked up 2 in Kep: A and B") announces a load, not recruits.
            if (announced != null && !TRIP_TALK.matcher(text.substring(m.start(), m.end())).find()) {
                recruitedBy(page, doc, m, announced, out, seen);
            }
            handedOver(page, doc, m, mentions, out, seen);
            if (m.reply() && previous != null && !previous.sender().entity().key().equals(sender.key())) {
                add(out, seen, page, doc, m.sender(), sender, RelationType.COMMUNICATED_WITH, previous.sender().entity());
                if (previousGroup != null) {
                    takenIn(page, doc, m, previousGroup, out, seen);
                }
            }
            Matcher workers = WORKERS.matcher(text.substring(m.start(), m.end()));
            if (workers.find()) {
                Candidate receiver = greeted;
                for (Candidate c : named) {
                    if (c.start() > m.start() + workers.end() && text.substring(Math.max(m.start(), c.start() - 4), c.start()).equals("for ")) {
                        receiver = c;
                        break;
                    }
                }
                if (receiver != null && receiver.entity().label() == NodeLabel.Person) {
                    add(out, seen, page, doc, receiver, sender, RelationType.SUPPLIED_WORKERS_TO, receiver.entity());
                    // "X, 2 boys coming Monday. Dalin and Kosal.": the people announced are the sender's recruits
                    for (Candidate c : named) {
                        if (c != receiver && c.start() > m.start() + workers.end() && !members.containsKey(c.entity().key())
                                && c.entity().label() == NodeLabel.Person) {
                            add(out, seen, page, doc, c, sender, RelationType.RECRUITED, c.entity());
                        }
                    }
                }
            }
            ownIdentifiers(page, doc, m, sender, within(mentions, m.start(), m.end()), out, seen);
            for (Candidate c : named) {
                String after = text.substring(c.end(), Math.min(m.end(), c.end() + 40));
                if (members.containsKey(c.entity().key())) {
                    add(out, seen, page, doc, c, sender, RelationType.COMMUNICATED_WITH, c.entity());
                }
                if (ORDER_AFTER_NAME.matcher(after).find()) {
                    add(out, seen, page, doc, c, sender, RelationType.INSTRUCTED, c.entity());
                } else if (QUOTED_ORDER.matcher(after).find()) {
                    EntityRef to = greeted != null && greeted != c ? greeted.entity() : sender;
                    add(out, seen, page, doc, c, c.entity(), RelationType.INSTRUCTED, to);
                }
            }
            previous = m;
            previousGroup = announced;
        }
        return out;
    }

    /** Whether a message names whom its people go to after "for" ("new girl for Bong Mony: ..."). */
    private static boolean addressedFor(String text, Message m, List<Candidate> named) {
        return named.stream().anyMatch(c -> text.substring(Math.max(m.start(), c.start() - 4), c.start()).equals("for "));
    }

    /**
     * "2 more from Kep on Friday: A and B": whoever announces newcomers by count and name to the group brought them in,
     * whether or not the message says whom they go to.
     */
    private static void recruitedBy(PageView page, DocumentText doc, Message m, Group announced, List<RelationClaim> out,
                                    Set<String> seen) {
        for (EntityRef person : announced.people()) {
            if (seen.add(RelationType.RECRUITED + "|" + announced.announcer().key() + "|" + person.key())) {
                out.add(Claims.of(page, doc, NAME, m.start(), m.end(), announced.announcer(), RelationType.RECRUITED, person,
                        Map.of("channel", "chat")));
            }
        }
    }

    /**
     * A reply to an announcement that named nobody to receive the newcomers ("2 more from Kep: A and B" answered by
     * "ok, no problem") comes from the one who takes them in, unless the reply is about the trip (the driver's
     * "ok, pick up 6am").
     */
    private static void takenIn(PageView page, DocumentText doc, Message reply, Group announced, List<RelationClaim> out,
                                Set<String> seen) {
        EntityRef keeper = reply.sender().entity();
        String body = page.text().substring(reply.start(), reply.end());
        if (announced.addressed() || keeper.key().equals(announced.announcer().key()) || TRIP_TALK.matcher(body).find()) {
            return;
        }
        for (EntityRef person : announced.people()) {
            if (seen.add(RelationType.HARBOURED + "|" + keeper.key() + "|" + person.key())) {
                out.add(Claims.of(page, doc, NAME, reply.start(), reply.end(), keeper, RelationType.HARBOURED, person,
                        Map.of("channel", "chat")));
            }
        }
    }

    /**
     * Keeps a message's announced group ("2 more from Kep: A and B"), or, for a message that reports a trip with a
     * bare count and names nobody, has its sender transport the latest group of that size someone else announced.
     * Returns the group the message announced, or {@code null}.
     */
    private static Group moved(PageView page, DocumentText doc, Message m, List<Candidate> mentions, Map<String, EntityRef> members,
                               List<Group> groups, boolean addressed, List<RelationClaim> out, Set<String> seen) {
        String text = page.text();
        String body = text.substring(m.start(), m.end());
        List<Candidate> in = within(mentions, m.start(), m.end());
        Matcher announced = GROUP.matcher(body);
        if (announced.find()) {
            int from = m.start() + announced.end();
            List<EntityRef> people = new ArrayList<>();
            in.stream().filter(c -> c.start() >= from && c.entity().label() == NodeLabel.Person && !members.containsKey(c.entity().key()))
                    .map(Candidate::entity).forEach(e -> {
                        if (people.stream().noneMatch(p -> p.key().equals(e.key()))) {
                            people.add(e);
                        }
                    });
            if (people.size() == count(announced.group(1))) {
                Group group = new Group(m.sender().entity(), people, departure(text, in, m.start()), addressed);
                groups.add(group);
                return group;
            }
        }
        Matcher trip = MOVED_COUNT.matcher(body);
        if (!trip.find() || in.stream().anyMatch(c -> c.entity().label() == NodeLabel.Person && !members.containsKey(c.entity().key()))) {
            return null;
        }
        int n = count(trip.group(1) != null ? trip.group(1) : trip.group(2));
        String leaving = departure(text, in, m.start());
        EntityRef driver = m.sender().entity();
        for (int g = groups.size() - 1; g >= 0; g--) {
            Group group = groups.get(g);
            if (group.people().size() != n || group.announcer().key().equals(driver.key())) {
                continue;
            }
            if (leaving != null && group.from() != null && !leaving.equals(group.from())) {
                return null;
            }
            groups.remove(g);
            int at = m.start() + trip.start();
            for (EntityRef person : group.people()) {
                if (seen.add(RelationType.TRANSPORTED + "|" + driver.key() + "|" + person.key())) {
                    out.add(Claims.of(page, doc, NAME, at, m.start() + trip.end(), driver, RelationType.TRANSPORTED, person,
                            Map.of("channel", "chat")));
                }
            }
            return null;
        }
        return null;
    }

    /** The key of the first place a message names right after "from" or "leaving", or {@code null}. */
    private static String departure(String text, List<Candidate> in, int messageStart) {
        for (Candidate c : in) {
            if (Claims.isPlace(c.entity())
                    && DEPARTURE.matcher(text.substring(Math.max(messageStart, c.start() - 12), c.start())).find()) {
                return c.entity().key();
            }
        }
        return null;
    }

    private static int count(String word) {
        int i = COUNT_WORDS.indexOf(word.toLowerCase());
        return i >= 0 ? i + 2 : Integer.parseInt(word);
    }

    /** "send him to the kiln, X takes the debt": the sender supplies the worker to whoever takes on the debt. */
    private static void handedOver(PageView page, DocumentText doc, Message m, List<Candidate> mentions, List<RelationClaim> out,
                                   Set<String> seen) {
        String text = page.text();
        Matcher hand = HAND_OVER.matcher(text.substring(m.start(), m.end()));
        if (!hand.find()) {
            return;
        }
        for (Candidate c : within(mentions, m.start() + hand.end(), m.end())) {
            if (c.entity().label() == NodeLabel.Person && TAKES_DEBT.matcher(text.substring(c.end(), Math.min(m.end(), c.end() + 40))).find()) {
                add(out, seen, page, doc, c, m.sender().entity(), RelationType.SUPPLIED_WORKERS_TO, c.entity());
                return;
            }
        }
    }

    private static void ownIdentifiers(PageView page, DocumentText doc, Message m, EntityRef sender, List<Candidate> in,
                                       List<RelationClaim> out, Set<String> seen) {
        for (Candidate c : in) {
            RelationType own = c.entity().label() == NodeLabel.OnlineAccount ? RelationType.HOLDS_ACCOUNT
                    : c.entity().label() == NodeLabel.PhoneNumber ? RelationType.USES_PHONE : null;
            if (own != null && OWN_IDENTIFIER.matcher(page.text().substring(Math.max(m.start(), c.start() - 40), c.start())).find()) {
                add(out, seen, page, doc, c, sender, own, c.entity());
            }
        }
    }

    private static void add(List<RelationClaim> out, Set<String> seen, PageView page, DocumentText doc, Candidate at,
                            EntityRef s, RelationType type, EntityRef o) {
        if (s.key().equals(o.key()) || !seen.add(type + "|" + s.key() + "|" + o.key())) {
            return;
        }
        out.add(Claims.of(page, doc, NAME, at.start(), at.end(), s, type, o, Map.of("channel", "chat")));
    }

    private static List<Candidate> within(List<Candidate> mentions, int start, int end) {
        return mentions.stream().filter(c -> c.start() >= start && c.end() <= end).toList();
    }

    /** Lines that follow a time stamp at least twice: the senders' display names. */
    private static Set<String> senders(String original) {
        List<String> lines = nonBlankLines(original);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (TIME.matcher(lines.get(i)).matches()) {
                String next = lines.get(i + 1).strip();
                if (next.length() <= 40 && !TIME.matcher(next).matches()) {
                    counts.merge(next, 1, Integer::sum);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        counts.forEach((k, v) -> {
            if (v >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    private static List<String> nonBlankLines(String s) {
        return s.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Messages in order: time line, optional sender line, then text lines up to the next time or date line. */
    private static List<Message> messages(PageView page, List<Candidate> mentions, Set<String> senderNames) {
        String original = page.original();
        List<int[]> lines = new ArrayList<>(); // original [start, end) of non-blank lines
        int pos = 0;
        for (String l : original.split("\n", -1)) {
            if (!l.isBlank()) {
                lines.add(new int[] {pos, pos + l.length()});
            }
            pos += l.length() + 1;
        }
        List<Message> out = new ArrayList<>();
        Candidate sender = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!TIME.matcher(original.substring(lines.get(i)[0], lines.get(i)[1])).matches()) {
                continue;
            }
            int j = i + 1;
            if (j < lines.size() && senderNames.contains(original.substring(lines.get(j)[0], lines.get(j)[1]).strip())) {
                int from = page.collapsedOffset(lines.get(j)[0]);
                int to = page.collapsedOffset(lines.get(j)[1]);
                sender = mentions.stream().filter(c -> c.start() >= from && c.end() <= to && Claims.isParty(c.entity()))
                        .findFirst().orElse(null);
                j++;
            }
            int k = j;
            while (k < lines.size() && !TIME.matcher(original.substring(lines.get(k)[0], lines.get(k)[1])).matches()
                    && !isDateOrInitials(original.substring(lines.get(k)[0], lines.get(k)[1]))) {
                k++;
            }
            if (j < lines.size() && k > j) {
                int start = page.collapsedOffset(lines.get(j)[0]);
                int end = page.collapsedOffset(lines.get(k - 1)[1]);
                boolean reply = REPLY.matcher(original.substring(lines.get(j)[0], lines.get(k - 1)[1])).find();
                out.add(new Message(sender, start, end, reply));
            }
            i = k - 1;
        }
        return out;
    }

    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\d{1,2} \\p{L}+ \\d{4}\\s*$");
    private static final Pattern INITIALS = Pattern.compile("^\\s*\\p{Lu}{1,3}\\s*$");

    private static boolean isDateOrInitials(String line) {
        return DATE_LINE.matcher(line).matches() || INITIALS.matcher(line).matches();
    }
}
