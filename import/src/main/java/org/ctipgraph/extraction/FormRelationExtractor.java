package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Procedural relations from the labelled fields of police and NGO forms: who led the operation and
 * whom it arrested ({@code ARRESTED}), who interviewed the witness or client ({@code INTERVIEWED}),
 * who referred the client ({@code REFERRED}). A field is a label followed, within its cell or line,
 * by a person's name. Nothing is claimed unless both ends are named in the document.
 */
final class FormRelationExtractor {
    static final String NAME = "FormRelationExtractor";
    private static final Pattern LEADER = Pattern.compile("(?i)\\b(led by|head of the operation|commanded by)[\\s:]*(?:\\p{L}+\\.\\s*){0,4}$");
    private static final Pattern ARRESTED = Pattern.compile("(?i)(?:\\barrested|person arrested|suspect arrested)[:\\s]*$");
    private static final Pattern ARRESTED_AFTER = Pattern.compile("(?i)^[^.]{0,200}?\\bwas arrested\\b");
    private static final Pattern INTERVIEWER = Pattern.compile("(?i)\\b(interviewed by|interviewer|caseworker|heard by)[\\s:]*(?:\\p{L}+\\.\\s*){0,4}$");
    private static final Pattern INTERVIEWEE = Pattern.compile("(?i)(?:^|\\n|\\t)\\s*(witness|client|interviewee|name \\(latin script\\)|name of (?:the )?(?:client|victim|witness))[\\s:]*$");
    private static final Pattern REFERRER = Pattern.compile("(?is)\\breferred by\\b.{0,150}?(?:officer|by)[:\\s]*(?:\\p{L}+\\.\\s*){0,4}$");

    List<RelationClaim> find(Map<Integer, PageView> pages, Map<Integer, List<Candidate>> mentions, DocumentText doc) {
        Candidate leader = null;
        Candidate interviewer = null;
        Candidate interviewee = null;
        Candidate referrer = null;
        List<Candidate> arrested = new ArrayList<>();
        Map<Candidate, PageView> pageOf = new java.util.HashMap<>();
        for (var e : pages.entrySet()) {
            PageView page = e.getValue();
            String text = page.original();
            for (Candidate c : mentions.getOrDefault(e.getKey(), List.of())) {
                if (c.entity().label() != NodeLabel.Person) {
                    continue;
                }
                pageOf.put(c, page);
                int os = page.originalStart(c.start());
                String before = text.substring(Math.max(0, os - 60), os);
                String after = text.substring(Math.min(text.length(), page.originalEnd(c.end())),
                        Math.min(text.length(), page.originalEnd(c.end()) + 220));
                if (leader == null && LEADER.matcher(before).find()) {
                    leader = c;
                }
                if (ARRESTED.matcher(before).find() || ARRESTED_AFTER.matcher(after).find()) {
                    arrested.add(c);
                }
                if (interviewer == null && INTERVIEWER.matcher(before).find()) {
                    interviewer = c;
                }
                if (interviewee == null && INTERVIEWEE.matcher(before).find()) {
                    interviewee = c;
                }
                String wide = text.substring(Math.max(0, os - 200), os);
                if (referrer == null && REFERRER.matcher(wide).find()) {
                    referrer = c;
                }
            }
        }
        List<RelationClaim> out = new ArrayList<>();
        if (leader != null) {
            for (Candidate a : arrested) {
                if (!a.entity().key().equals(leader.entity().key())) {
                    out.add(claim(pageOf.get(a), doc, a, leader.entity(), RelationType.ARRESTED, a.entity()));
                }
            }
        }
        if (interviewer != null && interviewee != null && !interviewer.entity().key().equals(interviewee.entity().key())) {
            out.add(claim(pageOf.get(interviewer), doc, interviewer, interviewer.entity(), RelationType.INTERVIEWED, interviewee.entity()));
        }
        if (referrer != null && interviewee != null && !referrer.entity().key().equals(interviewee.entity().key())) {
            out.add(claim(pageOf.get(referrer), doc, referrer, referrer.entity(), RelationType.REFERRED, interviewee.entity()));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return out.stream().filter(c -> seen.add(c.type() + "|" + c.subject().key() + "|" + c.object().key())).toList();
    }

    /** The client or witness a record is about: the first person after such a field label on the page. */
    static Candidate recordSubject(PageView page, List<Candidate> mentions) {
        String text = page.original();
        for (Candidate c : mentions) {
            if (c.entity().label() == NodeLabel.Person) {
                int os = page.originalStart(c.start());
                if (INTERVIEWEE.matcher(text.substring(Math.max(0, os - 60), os)).find()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static RelationClaim claim(PageView page, DocumentText doc, Candidate at, EntityRef s, RelationType t, EntityRef o) {
        return Claims.of(page, doc, NAME, at.start(), at.end(), s, t, o, Map.of());
    }
}
