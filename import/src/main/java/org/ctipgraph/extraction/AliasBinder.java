package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Ties nicknames, script forms and given names to a full name of the same document, but only when
 * the text says so: "SUON Chanmony, ... known to the staff as Bong Mony", "Bong Leak, believed to be
 * KHIEV Sreyleak", "TAING Sophanith (តាំង សុផានិត)", a table cell "CHEN Haolong | 陈浩龙; Long ge; Ah
 * Long", "the nickname Ah Long for CHEN Haolong". When the document binds one alias to one person,
 * every occurrence of it in that document is that person. When it binds the same alias to two
 * people (a shared nickname), only the binding occurrences are rewritten; the others stay aliases
 * for an investigator to decide. When it says that the nickname is given to one more person ("the
 * bosses also call Bong Long "Ah Long""), the occurrences from there on are that person's, and the
 * earlier ones someone else's.
 */
final class AliasBinder {
    private static final Pattern CUE_BEFORE_ALIAS = Pattern.compile(
            "(?i)\\b(known(?: to [\\p{L} ]{1,30})? as|called(?: him| her)?(?:self)?|calls? (?:him|her)self|nicknamed|alias|a\\.k\\.a\\.?|aka|saved(?: in [\\p{L} ]{1,20})? as|also|or)[\\s\"'“]*$");
    private static final Pattern ALIAS_THEN_FULL = Pattern.compile("(?i)^[\\s,\"'”]*(believed to be|identified as|real name|i\\.e\\.)\\s*$");
    private static final Pattern NICKNAME_FOR = Pattern.compile("(?i)^[\\s,\"'”]*for(?: the [\\p{L}]+)?\\s*$");
    private static final Pattern ADJACENT = Pattern.compile("^[\\s(;,]{0,3}$");
    /** "call Bong Dara "Ah Dara"": a naming verb right before a name, and the nickname in quotes right after it. */
    private static final Pattern NAMING_VERB = Pattern.compile("(?i)\\b(?:call|calls|called|calling|name|names|named|nickname|nicknames|nicknamed)\\s+$");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[\"'“‘]\\s*$");
    /** "Q: Do you know PEN Dara? A: Yes, I know him as Bong Dara": a naming verb whose object is a pronoun. */
    private static final Pattern PRONOUN_NAMING = Pattern.compile(
            "(?i)\\b(?:know|knew|call|calls|called|name|names|named)\\s+(?:him|her)\\s+(?:as\\s+)?[\"'“]?\\s*$");
    /** "also", "too", "the same name": the nickname is given to one more person, so earlier uses meant someone else. */
    private static final Pattern ANOTHER_BEARER = Pattern.compile("(?i)\\b(?:also|too|as well|same (?:name|nickname))\\b");

    /** Where a document gives a nickname to one more person, and to whom. */
    private record SecondBearer(int page, int start, EntityRef person) {
        boolean isBefore(int otherPage, int otherStart) {
            return otherPage < page || (otherPage == page && otherStart < start);
        }
    }

    private AliasBinder() {
    }

    /** Rewrites alias candidates of one page's accepted mentions, given all pages' candidates. */
    static Map<Integer, List<Candidate>> bind(Map<Integer, List<Candidate>> byPage, Map<Integer, PageView> pages) {
        Map<String, Set<EntityRef>> bindings = new HashMap<>();
        Map<Candidate, EntityRef> direct = new HashMap<>();
        Map<String, SecondBearer> secondBearers = new HashMap<>();
        for (var e : byPage.entrySet()) {
            PageView page = pages.get(e.getKey());
            List<Candidate> persons = e.getValue().stream().filter(c -> isPersonish(c.entity())).toList();
            for (int i = 0; i < persons.size(); i++) {
                Candidate c = persons.get(i);
                if (!isAlias(c.entity())) {
                    continue;
                }
                EntityRef quoted = namedInQuotes(persons, i, page.text());
                EntityRef full = quoted != null ? quoted : boundFull(persons, i, page.text());
                if (full == null) {
                    full = namedByPronoun(persons, i, page);
                }
                if (full != null) {
                    direct.put(c, full);
                }
                String before = page.text().substring(page.sentenceAt(c.start())[0], c.start());
                if (quoted != null && ANOTHER_BEARER.matcher(before).find()) {
                    secondBearers.putIfAbsent(c.entity().key(), new SecondBearer(e.getKey(), c.start(), quoted));
                } else if (full != null && !isAlias(full)) {
                    bindings.computeIfAbsent(c.entity().key(), k -> new LinkedHashSet<>()).add(full);
                }
            }
        }
        // A nickname given to a nickname ("call Bong Dara "Ah Dara"") is given to the full name the document binds that
        // nickname to; left to a nickname, it would make that nickname's forms ambiguous, so it is not rewritten at all.
        Map<String, EntityRef> throughNicknames = new HashMap<>();
        direct.forEach((c, to) -> {
            EntityRef full = fullName(to, bindings);
            if (isAlias(to) && full != null && !secondBearers.containsKey(c.entity().key())) {
                throughNicknames.put(c.entity().key(), full);
            }
        });
        throughNicknames.forEach((k, full) -> bindings.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(full));
        direct.replaceAll((c, to) -> fullName(to, bindings));
        direct.values().removeIf(java.util.Objects::isNull);
        secondBearers.replaceAll((k, b) -> new SecondBearer(b.page(), b.start(), fullName(b.person(), bindings)));
        secondBearers.values().removeIf(b -> b.person() == null);
        Map<Integer, List<Candidate>> out = new HashMap<>();
        for (var e : byPage.entrySet()) {
            List<Candidate> rewritten = new ArrayList<>();
            for (Candidate c : e.getValue()) {
                Set<EntityRef> b = bindings.get(c.entity().key());
                SecondBearer second = secondBearers.get(c.entity().key());
                if (direct.containsKey(c)) {
                    rewritten.add(c.withEntity(direct.get(c)));
                } else if (second != null && !second.isBefore(e.getKey(), c.start())) {
                    rewritten.add(c.withEntity(second.person())); // from where the text gives it to them on
                } else if (b != null && b.size() == 1) {
                    rewritten.add(c.withEntity(b.iterator().next()));
                } else {
                    rewritten.add(c);
                }
            }
            out.put(e.getKey(), rewritten);
        }
        return out;
    }

    /**
     * "The bosses also call Bong Dara "Ah Dara"": the nickname in quotes is the name's, whether that name is a full
     * name or itself a nickname (which the case then ties to its full name).
     */
    private static EntityRef namedInQuotes(List<Candidate> persons, int i, String text) {
        if (i == 0) {
            return null;
        }
        Candidate named = persons.get(i - 1);
        String between = text.substring(named.end(), persons.get(i).start());
        String verb = text.substring(Math.max(0, named.start() - 20), named.start());
        return OPENING_QUOTE.matcher(between).matches() && NAMING_VERB.matcher(verb).find() ? named.entity() : null;
    }

    /** A full name as is; a nickname as the one full name the document binds it to, else {@code null}. */
    private static EntityRef fullName(EntityRef person, Map<String, Set<EntityRef>> bindings) {
        if (!isAlias(person)) {
            return person;
        }
        Set<EntityRef> b = bindings.get(person.key());
        return b != null && b.size() == 1 && !isAlias(b.iterator().next()) ? b.iterator().next() : null;
    }

    /**
     * "Q: Do you know PEN Dara? A: Yes, I know him as Bong Dara": a pronoun named by a nickname means the full name
     * right before it, in the same sentence or the one before (an interview's question).
     */
    private static EntityRef namedByPronoun(List<Candidate> persons, int i, PageView page) {
        if (i == 0 || isAlias(persons.get(i - 1).entity())) {
            return null;
        }
        Candidate alias = persons.get(i);
        Candidate full = persons.get(i - 1);
        int[] own = page.sentenceAt(alias.start());
        if (!PRONOUN_NAMING.matcher(page.text().substring(own[0], alias.start())).find()) {
            return null;
        }
        int fullSentence = page.sentenceAt(full.start())[0];
        return fullSentence == own[0] || (own[0] > 0 && page.sentenceAt(own[0] - 1)[0] == fullSentence) ? full.entity() : null;
    }

    private static EntityRef boundFull(List<Candidate> persons, int i, String text) {
        Candidate alias = persons.get(i);
        // Look back through a chain of aliases to the nearest full name: "F; A1; A2" or "F, known as A1 or A2",
        // each link of the chain joined to the one before it.
        int linkStart = alias.start();
        for (int j = i - 1; j >= 0; j--) {
            Candidate prev = persons.get(j);
            String between = text.substring(prev.end(), linkStart);
            boolean linked = ADJACENT.matcher(between).matches() || CUE_BEFORE_ALIAS.matcher(between).find();
            boolean crossesSentence = between.matches("(?s).*[.!?:]\\s+\\p{Lu}.*");
            if (between.length() > 120 || !linked || crossesSentence) {
                break;
            }
            if (isAlias(prev.entity())) {
                linkStart = prev.start();
                continue; // part of a chain of aliases
            }
            return prev.entity();
        }
        if (i + 1 < persons.size()) {
            Candidate next = persons.get(i + 1);
            if (!isAlias(next.entity())) {
                String between = text.substring(alias.end(), next.start());
                String before = text.substring(Math.max(0, alias.start() - 30), alias.start());
                if (ALIAS_THEN_FULL.matcher(between).matches()
                        || (before.matches("(?is).*nickname,?\\s*$") && NICKNAME_FOR.matcher(between).matches())) {
                    return next.entity();
                }
            }
        }
        return null;
    }

    static boolean isAlias(EntityRef e) {
        return e.label() == NodeLabel.Person && e.key().startsWith("alias:");
    }

    private static boolean isPersonish(EntityRef e) {
        return e.label() == NodeLabel.Person;
    }
}
