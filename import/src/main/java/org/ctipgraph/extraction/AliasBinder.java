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
 * for an investigator to decide.
 */
final class AliasBinder {
    private static final Pattern CUE_BEFORE_ALIAS = Pattern.compile(
            "(?i)\\b(known(?: to [\\p{L} ]{1,30})? as|called(?: him| her)?(?:self)?|calls? (?:him|her)self|nicknamed|alias|a\\.k\\.a\\.?|aka|saved(?: in [\\p{L} ]{1,20})? as|also|or)[\\s\"'“]*$");
    private static final Pattern ALIAS_THEN_FULL = Pattern.compile("(?i)^[\\s,\"'”]*(believed to be|identified as|real name|i\\.e\\.)\\s*$");
    private static final Pattern NICKNAME_FOR = Pattern.compile("(?i)^[\\s,\"'”]*for(?: the [\\p{L}]+)?\\s*$");
    private static final Pattern ADJACENT = Pattern.compile("^[\\s(;,]{0,3}$");

    private AliasBinder() {
    }

    /** Rewrites alias candidates of one page's accepted mentions, given all pages' candidates. */
    static Map<Integer, List<Candidate>> bind(Map<Integer, List<Candidate>> byPage, Map<Integer, PageView> pages) {
        Map<String, Set<EntityRef>> bindings = new HashMap<>();
        Map<Candidate, EntityRef> direct = new HashMap<>();
        for (var e : byPage.entrySet()) {
            PageView page = pages.get(e.getKey());
            List<Candidate> persons = e.getValue().stream().filter(c -> isPersonish(c.entity())).toList();
            for (int i = 0; i < persons.size(); i++) {
                Candidate c = persons.get(i);
                if (!isAlias(c.entity())) {
                    continue;
                }
                EntityRef full = boundFull(persons, i, page.text());
                if (full != null) {
                    bindings.computeIfAbsent(c.entity().key(), k -> new LinkedHashSet<>()).add(full);
                    direct.put(c, full);
                }
            }
        }
        Map<Integer, List<Candidate>> out = new HashMap<>();
        for (var e : byPage.entrySet()) {
            List<Candidate> rewritten = new ArrayList<>();
            for (Candidate c : e.getValue()) {
                Set<EntityRef> b = bindings.get(c.entity().key());
                if (direct.containsKey(c)) {
                    rewritten.add(c.withEntity(direct.get(c)));
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
