package org.ctipgraph.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring a case; serialises with Jackson to the {@code ctip-graph evaluate --json}
 * shape: {@code {"entities":{"<Type>":{...}},"relations":{"<TYPE>":{...}},"documents":[...],
 * "questions":[...]}} plus mention and resolution summaries.
 *
 * @param entities   per entity type, scored on (entity, document) pairs
 * @param relations  per relation type, plus {@code "ALL"}
 * @param documents  per uploaded file: status, reason, and whether it matches the expected handling
 * @param questions  questions that extraction alone can answer
 * @param mentions   mention-level counts: predicted, matched surfaces, truth rows
 * @param resolution merge and split errors of person clusters
 * @param graph      the tool's network projection against the truth's {@code graph_analysis}; {@code null}
 *                   until the graph has been scored (see {@link #withGraph})
 */
public record EvaluationReport(Map<String, Score> entities, Map<String, Score> relations,
                               List<DocumentOutcome> documents, List<QuestionAnswer> questions,
                               MentionSummary mentions, ResolutionSummary resolution, GraphSummary graph) {

    /** This report with the graph scored and the graph questions added. */
    public EvaluationReport withGraph(GraphScorer.Result scored) {
        List<QuestionAnswer> all = new ArrayList<>(questions);
        all.addAll(scored.questions());
        all.sort(Comparator.comparing(q -> Integer.parseInt("0" + q.id().replaceAll("\\D", ""))));
        return new EvaluationReport(entities, relations, documents, all, mentions, resolution, scored.summary());
    }

    /** One uploaded file. */
    public record DocumentOutcome(String file, String status, String reason, String expected, boolean correct) {
    }

    /** One answered question. */
    public record QuestionAnswer(String id, Object answer, Boolean correct) {
    }

    /**
     * Mention counts: {@code predicted} mentions (excluding ignored ones), {@code matched} predicted mentions
     * whose surface is a truth surface of that document, {@code truthOccurrences} the sum of truth counts.
     */
    public record MentionSummary(int predicted, int matched, int ignored, int truthOccurrences, Score surfaces) {
    }

    /**
     * Merge errors: predicted entities whose mentions belong to several truth persons. Split errors: truth
     * persons spread over several predicted full-name entities.
     */
    public record ResolutionSummary(int falseMerges, List<String> mergeDetails, int splits) {
    }
}
