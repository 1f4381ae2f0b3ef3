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
    private static final Pattern QUOTED_ORDER = Pattern.compile("(?i)^\\s+(?:says?|said|wants?|ordered|asks?|asked)\\b(?:\\s+(?:that\\s+)?(?:please|pls|only|to|you)\\b|\\s+" + IMPERATIVE + ")");

    /** One chat message: its sender mention and its text span in the collapsed page text. */
    private record Message(Candidate sender, int start, int end, boolean reply) {
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
        for (Message m : messages) {
            if (m.sender() == null) {
                continue;
            }
            EntityRef sender = m.sender().entity();
            if (m.reply() && previous != null && !previous.sender().entity().key().equals(sender.key())) {
                add(out, seen, page, doc, m.sender(), sender, RelationType.COMMUNICATED_WITH, previous.sender().entity());
            }
            List<Candidate> named = within(mentions, m.start(), m.end()).stream()
                    .filter(c -> Claims.isParty(c.entity()) && !c.entity().key().equals(sender.key())).toList();
            Candidate greeted = named.isEmpty() || named.get(0).start() > m.start() + 3 ? null : named.get(0);
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
        }
        return out;
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
