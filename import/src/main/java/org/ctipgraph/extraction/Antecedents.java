package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Whom the pronouns of a page mean, carried from one sentence to the next. A wrong antecedent puts a victim's
 * relation on someone else, so a pronoun is resolved only where police reports and intake forms make it safe:
 * "he" and "she" (also "him", "her") are the person a "Statement of X" paragraph or an intake or witness record is
 * about, else the person the previous sentence began with; "they", "them" and "their" are the pair just joined by
 * "and" (also as "Both ..."), or a counted group ("All three", "the three women") that a sentence ending in a colon
 * introduced with the list of exactly that many persons ("Three young women ... were taken to the office:" and a
 * table). In an e-mail "I" and "me" are its sender, except on quoted lines ("&gt; ...") of the message it answers.
 * Anything else stays unresolved and claims nothing.
 */
final class Antecedents {
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
    /** "I" before a verb, "me": the writer of an e-mail. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}'])(I(?= \\p{Ll})|me)(?![\\p{L}'])");
    private static final Pattern FOCUS = Pattern.compile("(?i)\\b(?:statement|account|interview|testimony) of\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[A-Z]\\d*|\\d+(?:\\.\\d+)*)\\.(?:\\s|$)");

    private final PageView page;
    private final List<Candidate> mentions;
    private final EntityRef writer;
    /** An intake form or witness record is about its client or witness unless a paragraph says otherwise. */
    private final Candidate subjectOfRecord;
    private Candidate focus;
    private Candidate lastSubject;
    private List<EntityRef> group = List.of();
    private final Map<Integer, List<EntityRef>> numbered = new HashMap<>();

    /** {@code writer} is whom "I" and "me" mean (an e-mail's sender), or {@code null}. */
    Antecedents(PageView page, List<Candidate> mentions, EntityRef writer) {
        this.page = page;
        this.mentions = mentions;
        this.writer = writer;
        this.subjectOfRecord = FormRelationExtractor.recordSubject(page, mentions);
        this.focus = subjectOfRecord;
    }

    /** The sentence {@code s} with its parties; what it says also decides whom the next sentence's pronouns mean. */
    Clause read(int[] s) {
        String text = page.text();
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
        Matcher named = GROUP_REF.matcher(sentence);
        List<EntityRef> counted = named.find() ? numbered.getOrDefault(number(named.group(1)), List.of()) : List.of();
        if (!counted.isEmpty()) {
            group = counted; // "All three answered ...": "they" now means the three
        }
        List<Party> parties = parties(s, inSentence, single);
        if (!counted.isEmpty()) {
            parties.add(new Party(counted, s[0] + named.start(), s[0] + named.end(), false, true, true, null));
            parties.sort(Comparator.comparingInt(Party::start));
        }
        carryOver(s, sentence, inSentence, parties);
        return new Clause(page, s[0], s[1], inSentence, List.copyOf(parties), single);
    }

    /** Whom the next sentence's "he", "she" and "they" may mean, after this one. */
    private void carryOver(int[] s, String sentence, List<Candidate> inSentence, List<Party> parties) {
        if (!inSentence.isEmpty() && isPerson(inSentence.get(0)) && inSentence.get(0).start() - s[0] <= 2) {
            lastSubject = inSentence.get(0);
        }
        Matcher intro = GROUP_INTRO.matcher(sentence);
        if (intro.find()) {
            numbered.put(number(intro.group(1)), listedAfter(s[1], number(intro.group(1))));
        }
        List<EntityRef> pair = conjoined(page.text(), parties);
        if (!pair.isEmpty()) {
            group = pair;
        }
    }

    private List<Party> parties(int[] s, List<Candidate> inSentence, Candidate single) {
        String text = page.text();
        List<Party> parties = new ArrayList<>();
        Matcher first = FIRST_PERSON.matcher(text.substring(s[0], s[1]));
        while (writer != null && first.find()) {
            int start = s[0] + first.start();
            if (!quoted(start)) {
                boolean nominative = first.group(1).equals("I");
                parties.add(new Party(List.of(writer), start, s[0] + first.end(), false, nominative, !nominative, null));
            }
        }
        for (Candidate c : inSentence) {
            if (Claims.isParty(c.entity())) {
                parties.add(new Party(List.of(c.entity()), c.start(), c.end(), true, true, true, c));
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
            parties.add(new Party(meant, start, end, false, nominative, !nominative, single));
        }
        Matcher both = BOTH.matcher(text.substring(s[0], s[1]));
        if (both.find() && group.size() == 2) {
            parties.add(new Party(group, s[0] + both.start(), s[0] + both.end(), false, true, true, null));
        }
        parties.sort(Comparator.comparingInt(Party::start));
        return parties;
    }

    /** Whether collapsed offset {@code at} lies on a quoted line ("> ...") of an e-mail reply. */
    private boolean quoted(int at) {
        String original = page.original();
        int os = page.originalStart(at);
        int lineStart = original.lastIndexOf('\n', Math.max(0, os - 1)) + 1;
        return original.substring(lineStart, os).stripLeading().startsWith(">");
    }

    /** The first {@code n} different persons named after {@code from}: the list a counted group introduces. */
    private List<EntityRef> listedAfter(int from, int n) {
        Map<String, EntityRef> persons = new LinkedHashMap<>();
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
    private static List<EntityRef> conjoined(String text, List<Party> parties) {
        for (int i = 0; i + 1 < parties.size(); i++) {
            Party a = parties.get(i);
            Party b = parties.get(i + 1);
            if (text.substring(a.end(), b.start()).strip().equals("and") && a.entities().size() == 1 && b.entities().size() == 1) {
                return List.of(a.entities().get(0), b.entities().get(0));
            }
        }
        return List.of();
    }

    private static boolean isPerson(Candidate c) {
        return c.entity().label() == NodeLabel.Person;
    }
}
