package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.schema.NodeLabel;

/**
 * Scores extraction results of one case against its {@code truth.json}. Works on any case in the
 * truth format; nothing here knows a name of a particular case.
 *
 * <p><b>Entities</b> are scored per type on (entity, document) pairs, the "entity-level score" of the
 * format: a truth pair exists when the entity has a mention row in the document (any part); a
 * predicted mention counts for the truth entity its (document, surface) row names; a surface listed
 * under two entities in one document goes to the one the predicted entity maps to overall. A
 * predicted mention with no truth row is a false positive of its predicted entity in that document,
 * unless it lies inside an {@code unscored} string quoted in its evidence, or it is a place the truth
 * does not list (scenery). Telegram handles are scored as persons, as the truth lists them.
 *
 * <p><b>Relations</b> match on type and both ends mapped to truth ids in the same direction
 * ({@code COMMUNICATED_WITH} undirected); {@code CALLED} also on the source file, per-transaction
 * {@code TRANSFERRED_TO} on {@code txn_id}, aggregated ones on currency. Predicted entities map to
 * truth ids by their strong identifiers (E.164, account number, plate) or by the majority of their
 * mentions' surfaces.
 */
public final class CaseEvaluator {
    private final TruthCase truth;
    private final Map<String, Map<String, List<TruthCase.TruthMention>>> rowsByDocSurface = new HashMap<>();

    public CaseEvaluator(TruthCase truth) {
        this.truth = truth;
        for (TruthCase.TruthMention m : truth.mentions()) {
            rowsByDocSurface.computeIfAbsent(m.document(), k -> new HashMap<>())
                    .computeIfAbsent(m.surface(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Reads the case folder's {@code truth.json}. */
    public static CaseEvaluator forCase(Path caseDir) throws IOException {
        return new CaseEvaluator(TruthCase.read(caseDir));
    }

    public TruthCase truth() {
        return truth;
    }

    /** Scores the results of every part of every uploaded file. */
    public EvaluationReport evaluate(List<DocumentResult> results) {
        EntityMapping mapping = EntityMapping.build(truth, rowsByDocSurface, results);
        Map<String, Set<String>> truthPairs = new TreeMap<>();
        for (TruthCase.TruthMention m : truth.mentions()) {
            TruthCase.TruthEntity e = truth.entities().get(m.entity());
            if (e != null && !e.type().equals("Document")) {
                truthPairs.computeIfAbsent(e.type(), k -> new HashSet<>()).add(m.entity() + "@" + m.document());
            }
        }
        Map<String, Set<String>> predicted = new TreeMap<>();
        Map<String, Set<String>> falsePositives = new TreeMap<>();
        int predictedMentions = 0;
        int matchedMentions = 0;
        int ignored = 0;
        for (DocumentResult r : results) {
            String doc = truth.documentId(r.file());
            if (doc == null) {
                continue;
            }
            for (EntityMention m : r.extraction().mentions()) {
                String type = typeOf(m.entity());
                String id = mapping.mentionTruthId(doc, m);
                if (id != null) {
                    String t = truth.entities().get(id).type();
                    predicted.computeIfAbsent(t, k -> new HashSet<>()).add(id + "@" + doc);
                    predictedMentions++;
                    matchedMentions++;
                } else if (isIgnorable(m)) {
                    ignored++;
                } else {
                    falsePositives.computeIfAbsent(type, k -> new HashSet<>()).add(m.entity().key() + "@" + doc);
                    predictedMentions++;
                }
            }
        }
        Map<String, Score> entities = new TreeMap<>();
        Set<String> types = new HashSet<>(truthPairs.keySet());
        types.addAll(predicted.keySet());
        types.addAll(falsePositives.keySet());
        for (String t : types) {
            Set<String> tp = new HashSet<>(predicted.getOrDefault(t, Set.of()));
            tp.retainAll(truthPairs.getOrDefault(t, Set.of()));
            int fn = truthPairs.getOrDefault(t, Set.of()).size() - tp.size();
            entities.put(t, Score.of(tp.size(), falsePositives.getOrDefault(t, Set.of()).size(), fn));
        }
        int truthOccurrences = truth.mentions().stream().mapToInt(TruthCase.TruthMention::count).sum();
        var mentions = new EvaluationReport.MentionSummary(predictedMentions, matchedMentions, ignored, truthOccurrences,
                Score.of(matchedMentions, predictedMentions - matchedMentions, Math.max(0, truthOccurrences - matchedMentions)));
        return new EvaluationReport(entities, new RelationScorer(truth, mapping).score(results), documents(results),
                new QuestionAnswerers(truth, mapping).answer(results), mentions, mapping.resolution(results), null);
    }

    /**
     * The truth id of every entity the results produced, keyed by the id the graph gives that entity in
     * {@code caseId}, so that analyses run on the graph can be scored against the truth.
     */
    public Map<String, String> truthIdsByGraphId(String caseId, List<DocumentResult> results) {
        EntityMapping mapping = EntityMapping.build(truth, rowsByDocSurface, results);
        Map<String, String> ids = new HashMap<>();
        for (DocumentResult r : results) {
            for (EntityMention m : r.extraction().mentions()) {
                map(ids, caseId, m.entity(), mapping);
            }
            for (RelationClaim c : r.extraction().relations()) {
                map(ids, caseId, c.subject(), mapping);
                map(ids, caseId, c.object(), mapping);
            }
        }
        return ids;
    }

    private static void map(Map<String, String> ids, String caseId, EntityRef ref, EntityMapping mapping) {
        String truthId = mapping.truthId(ref);
        if (truthId != null) {
            ids.putIfAbsent(GraphIds.entity(caseId, ref), truthId);
        }
    }

    /**
     * The relations that did not match, one tab-separated line each: missed truth relations ({@code FN}, with
     * the truth id, names and sources) and predictions without a truth relation ({@code FP}, with document and
     * quote). For tuning and error analysis.
     */
    public List<String> relationMisses(List<DocumentResult> results) {
        EntityMapping mapping = EntityMapping.build(truth, rowsByDocSurface, results);
        return new RelationScorer(truth, mapping).misses(results);
    }

    private boolean isIgnorable(EntityMention m) {
        String quote = m.evidence().quote();
        for (String u : truth.unscored()) {
            if (u.contains(m.surface()) && quote.contains(u)) {
                return true;
            }
        }
        if (m.entity().label() == NodeLabel.Location) {
            // Only listed locations are scored; other place names are scenery.
            return truth.entities().values().stream().filter(e -> e.type().equals("Location"))
                    .noneMatch(e -> e.surfaces().contains(m.surface()));
        }
        return false;
    }

    static String typeOf(EntityRef e) {
        return e.label() == NodeLabel.OnlineAccount ? "Person" : e.label().name();
    }

    private List<EvaluationReport.DocumentOutcome> documents(List<DocumentResult> results) {
        Map<String, DocumentResult> byFile = new LinkedHashMap<>();
        for (DocumentResult r : results) {
            DocumentResult prev = byFile.get(r.file());
            if (prev == null || "REJECTED".equals(r.status())) {
                byFile.put(r.file(), r);
            }
        }
        List<EvaluationReport.DocumentOutcome> out = new ArrayList<>();
        for (TruthCase.TruthDocument d : truth.documentsByFile().values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
            DocumentResult r = byFile.get(d.file());
            String status = r == null ? "MISSING" : r.status();
            String reason = r == null ? null : r.reason();
            boolean rejected = "REJECTED".equals(status);
            boolean correct = switch (d.expectedExtraction()) {
                case "ok", "ocr" -> r != null && !rejected;
                default -> rejected && reason != null
                        && d.expectedExtraction().toUpperCase(Locale.ROOT).endsWith(reason.toUpperCase(Locale.ROOT));
            };
            out.add(new EvaluationReport.DocumentOutcome(d.file(), status, reason, d.expectedExtraction(), correct));
        }
        return out;
    }

    static String idsOf(Set<String> s) {
        return s.stream().filter(Objects::nonNull).sorted().collect(Collectors.joining(","));
    }

    static JsonNode field(JsonNode n, String name) {
        return n.path(name);
    }

    static List<RelationClaim> allClaims(List<DocumentResult> results) {
        List<RelationClaim> out = new ArrayList<>();
        results.forEach(r -> out.addAll(r.extraction().relations()));
        return out;
    }
}
