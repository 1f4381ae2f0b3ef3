package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.RelationType;

/**
 * Answers the questions that extraction alone can answer, recognised by the shape of their truth
 * answer (never by id or wording of a particular case): which files fail, who a quoted nickname is
 * per document, on which pages of a document entities occur, each call log's top contact, and who is
 * behind each handle and display name.
 * Graph questions (paths, centrality, communities) are left to the analysis layer.
 */
final class QuestionAnswerers {
    private static final Pattern QUOTED = Pattern.compile("['\"‘“]([^'\"’”]{2,40})['\"’”]");
    private static final Pattern DOC_ID = Pattern.compile("\\b(D\\d{2,3})\\b");

    private final TruthCase truth;
    private final EntityMapping mapping;

    QuestionAnswerers(TruthCase truth, EntityMapping mapping) {
        this.truth = truth;
        this.mapping = mapping;
    }

    List<EvaluationReport.QuestionAnswer> answer(List<DocumentResult> results) {
        List<EvaluationReport.QuestionAnswer> out = new ArrayList<>();
        for (JsonNode q : truth.questions()) {
            String id = q.path("id").asText();
            JsonNode a = q.path("answer");
            String question = q.path("question").asText();
            if (a.has("cannot_be_processed")) {
                out.add(failedFiles(id, a, results));
            } else if (isPerDocumentPersonList(a) && QUOTED.matcher(question).find()) {
                Matcher m = QUOTED.matcher(question);
                m.find();
                out.add(nicknamePerDocument(id, a, m.group(1), results));
            } else if (isPagesPerEntity(a) && DOC_ID.matcher(question).find()) {
                Matcher m = DOC_ID.matcher(question);
                m.find();
                out.add(pagesPerEntity(id, a, m.group(1), results));
            } else if (isTopContact(a)) {
                out.add(topContacts(id, a, results));
            } else if (isSurfaceOwners(a)) {
                out.add(surfaceOwners(id, a, results));
            }
        }
        return out;
    }

    private EvaluationReport.QuestionAnswer failedFiles(String id, JsonNode a, List<DocumentResult> results) {
        TreeSet<String> expected = new TreeSet<>();
        a.path("cannot_be_processed").forEach(n -> expected.add(n.path("document").asText()));
        TreeSet<String> got = new TreeSet<>();
        results.stream().filter(r -> "REJECTED".equals(r.status()) && truth.documentId(r.file()) != null)
                .forEach(r -> got.add(truth.documentId(r.file())));
        return new EvaluationReport.QuestionAnswer(id, got, got.equals(expected));
    }

    private EvaluationReport.QuestionAnswer nicknamePerDocument(String id, JsonNode a, String surface,
                                                                List<DocumentResult> results) {
        Map<String, Map<String, Integer>> got = new TreeMap<>();
        for (DocumentResult r : results) {
            String doc = truth.documentId(r.file());
            for (EntityMention m : r.extraction().mentions()) {
                if (m.surface().equals(surface) && doc != null) {
                    String who = mapping.truthId(m.entity());
                    got.computeIfAbsent(doc, k -> new TreeMap<>()).merge(who == null ? "?" : who, 1, Integer::sum);
                }
            }
        }
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        a.fields().forEachRemaining(e -> e.getValue().forEach(p ->
                expected.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(p.path("id").asText(), p.path("count").asInt())));
        return new EvaluationReport.QuestionAnswer(id, got, got.equals(expected));
    }

    private EvaluationReport.QuestionAnswer pagesPerEntity(String id, JsonNode a, String doc, List<DocumentResult> results) {
        Map<String, TreeSet<Integer>> got = new TreeMap<>();
        for (DocumentResult r : results) {
            if (!doc.equals(truth.documentId(r.file()))) {
                continue;
            }
            for (EntityMention m : r.extraction().mentions()) {
                String who = mapping.mentionTruthId(doc, m);
                if (who != null) {
                    got.computeIfAbsent(who, k -> new TreeSet<>()).add(m.evidence().page());
                }
            }
        }
        Map<String, TreeSet<Integer>> expected = new TreeMap<>();
        a.fields().forEachRemaining(e -> {
            TreeSet<Integer> pages = new TreeSet<>();
            e.getValue().path("pages").forEach(p -> pages.add(p.asInt()));
            expected.put(e.getKey(), pages);
        });
        return new EvaluationReport.QuestionAnswer(id, got, got.equals(expected));
    }

    private EvaluationReport.QuestionAnswer topContacts(String id, JsonNode a, List<DocumentResult> results) {
        Map<String, Map<String, Object>> got = new TreeMap<>();
        boolean correct = true;
        for (var it = a.fields(); it.hasNext(); ) {
            var e = it.next();
            String doc = e.getKey();
            Map<String, Integer> calls = new TreeMap<>();
            Map<String, Integer> ends = new TreeMap<>();
            for (DocumentResult r : results) {
                if (!doc.equals(truth.documentId(r.file()))) {
                    continue;
                }
                for (RelationClaim c : r.extraction().relations()) {
                    if (c.type() != RelationType.CALLED) {
                        continue;
                    }
                    String s = mapping.truthId(c.subject());
                    String o = mapping.truthId(c.object());
                    int n = ((Number) c.properties().getOrDefault("count", 0)).intValue();
                    ends.merge(String.valueOf(s), 1, Integer::sum);
                    ends.merge(String.valueOf(o), 1, Integer::sum);
                    calls.merge(String.valueOf(s), n, Integer::sum);
                    calls.merge(String.valueOf(o), n, Integer::sum);
                }
            }
            String target = ends.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (target != null) {
                calls.remove(target);
            }
            var top = calls.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            Map<String, Object> ans = new TreeMap<>();
            ans.put("target", target);
            ans.put("top_contact", top == null ? null : top.getKey());
            ans.put("calls", top == null ? 0 : top.getValue());
            got.put(doc, ans);
            correct &= target != null && target.equals(e.getValue().path("target").asText())
                    && top != null && top.getKey().equals(e.getValue().path("top_contact").asText())
                    && top.getValue() == e.getValue().path("calls").asInt();
        }
        return new EvaluationReport.QuestionAnswer(id, got, correct);
    }

    private static boolean isPerDocumentPersonList(JsonNode a) {
        if (!a.isObject() || a.isEmpty()) {
            return false;
        }
        for (var it = a.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!DOC_ID.matcher(e.getKey()).matches() || !e.getValue().isArray()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPagesPerEntity(JsonNode a) {
        if (!a.isObject() || a.isEmpty()) {
            return false;
        }
        for (var it = a.elements(); it.hasNext(); ) {
            if (!it.next().has("pages")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Who is behind each handle and display name": groups of written forms, each mapped to one person. A form
     * is answered right when the tool's owners of it, as truth ids, are exactly that person.
     */
    private EvaluationReport.QuestionAnswer surfaceOwners(String id, JsonNode a, List<DocumentResult> results) {
        AliasOwners owners = new AliasOwners(results);
        Map<String, Set<String>> got = new TreeMap<>();
        boolean correct = true;
        for (var group : (Iterable<Map.Entry<String, JsonNode>>) a::fields) {
            for (var form : (Iterable<Map.Entry<String, JsonNode>>) group.getValue()::fields) {
                Set<String> who = new TreeSet<>();
                owners.owners(form.getKey()).forEach(e -> {
                    String t = mapping.truthId(e);
                    who.add(t == null ? "?" + e.name() : t);
                });
                got.put(form.getKey(), who);
                correct &= who.equals(Set.of(form.getValue().path("id").asText()));
            }
        }
        return new EvaluationReport.QuestionAnswer(id, got, correct);
    }

    private static boolean isSurfaceOwners(JsonNode a) {
        if (!a.isObject() || a.isEmpty()) {
            return false;
        }
        for (JsonNode group : a) {
            if (!group.isObject() || group.isEmpty()) {
                return false;
            }
            for (JsonNode owner : group) {
                if (!owner.isObject() || !owner.has("id") || owner.has("count")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isTopContact(JsonNode a) {
        if (!a.isObject() || a.isEmpty()) {
            return false;
        }
        for (var it = a.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (!v.has("top_contact") || !v.has("target")) {
                return false;
            }
        }
        return true;
    }
}
