package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the tool's network against a case's {@code graph_analysis} and answers the graph questions,
 * recognised by the shape of their truth answer (never by id or wording of one case): shortest chains
 * ({@code all_shortest_paths}), the top node by betweenness ({@code top5} with an {@code id} answer), and
 * cut vertices ({@code articulation_points}). Follows the scoring rules of the truth format: a predicted
 * shortest chain is correct when its length equals the truth's and it is one of the listed chains; hop
 * evidence is credited by recall of the listed source documents, where an implicit source (one that supports
 * the fact only through context) counts when cited and costs nothing when missed; rankings by the top-1 id.
 */
public final class GraphScorer {
    private static final double TOLERANCE = 0.001;
    private final TruthCase truth;

    public GraphScorer(TruthCase truth) {
        this.truth = truth;
    }

    /** The projection compared with the truth's, and the graph questions answered. */
    public record Result(GraphSummary summary, List<EvaluationReport.QuestionAnswer> questions) {
    }

    public Result score(CaseNetwork network) {
        List<EvaluationReport.QuestionAnswer> answers = new ArrayList<>();
        for (JsonNode q : truth.questions()) {
            String id = q.path("id").asText();
            JsonNode a = q.path("answer");
            if (a.path("all_shortest_paths").isArray() && a.path("length").isInt()) {
                answers.add(chains(id, a, network));
            } else if (q.path("top5").isArray() && a.has("id")
                    && q.path("question").asText().toLowerCase(Locale.ROOT).contains("betweenness")) {
                answers.add(topBroker(id, a, network));
            } else if (a.path("articulation_points").isArray()) {
                Set<String> expected = strings(a.path("articulation_points"));
                answers.add(new EvaluationReport.QuestionAnswer(id, new TreeSet<>(network.articulationPoints()),
                        expected.equals(network.articulationPoints())));
            }
        }
        return new Result(summary(network), answers);
    }

    private GraphSummary summary(CaseNetwork network) {
        JsonNode g = truth.graphAnalysis();
        if (g == null || g.isMissingNode() || !g.path("nodes").isArray()) {
            return null;
        }
        Set<String> truthNodes = strings(g.path("nodes"));
        Set<String> truthEdges = new HashSet<>();
        g.path("edges").fieldNames().forEachRemaining(truthEdges::add);
        List<CaseNetwork.RankedNode> ranked = network.betweenness();
        JsonNode truthRanking = g.path("betweenness");
        int within = 0;
        for (int i = 0; i < Math.min(5, truthRanking.size()); i++) {
            JsonNode t = truthRanking.get(i);
            within += ranked.stream().anyMatch(r -> r.id().equals(t.path("id").asText())
                    && Math.abs(r.normalized() - t.path("normalized").asDouble()) <= TOLERANCE) ? 1 : 0;
        }
        List<String> top = List.of(truthRanking.isEmpty() ? "" : truthRanking.get(0).path("id").asText(),
                ranked.isEmpty() ? "" : ranked.getFirst().id());
        return new GraphSummary(compare(network.nodes(), truthNodes), compare(network.edges(), truthEdges),
                network.projectionSize(), missing(truthNodes, network.nodes()), missing(truthEdges, network.edges()), top, within,
                compare(network.articulationPoints(), strings(g.path("articulation_points"))));
    }

    private EvaluationReport.QuestionAnswer chains(String id, JsonNode a, CaseNetwork network) {
        Set<List<String>> expected = new HashSet<>();
        a.path("all_shortest_paths").forEach(p -> expected.add(list(p)));
        List<String> first = expected.stream().findFirst().orElse(List.of());
        if (first.size() < 2) {
            return new EvaluationReport.QuestionAnswer(id, "no chain in the truth", null);
        }
        List<CaseNetwork.Chain> predicted = network.shortestChains(first.getFirst(), first.getLast(), expected.size() + 2);
        int length = a.path("length").asInt();
        List<CaseNetwork.Chain> shortest = predicted.stream()
                .filter(c -> c.entities().size() == predicted.getFirst().entities().size()).toList();
        boolean correct = !shortest.isEmpty() && shortest.getFirst().entities().size() - 1 == length
                && shortest.stream().allMatch(c -> expected.contains(c.entities()));
        int found = 0;
        int listed = 0;
        for (CaseNetwork.Chain c : shortest) {
            for (int h = 0; h < c.hopSources().size(); h++) {
                HopSources truthSources = truthHopSources(a.path("hops"), c.entities().get(h), c.entities().get(h + 1));
                Set<String> cited = c.hopSources().get(h);
                Set<String> citedImplicit = new HashSet<>(truthSources.implicit());
                citedImplicit.retainAll(cited);
                Set<String> citedRequired = new HashSet<>(truthSources.required());
                citedRequired.retainAll(cited);
                listed += truthSources.required().size() + citedImplicit.size();
                found += citedRequired.size() + citedImplicit.size();
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("chains", shortest.stream().map(CaseNetwork.Chain::entities).toList());
        answer.put("hopSourceRecall", listed == 0 ? null : (double) found / listed);
        return new EvaluationReport.QuestionAnswer(id, answer, correct);
    }

    /**
     * The documents the truth lists for a hop: those that state a fact of it ({@code required}) and those that
     * support it only through context ({@code implicit}: the relation's {@code implicit_sources}, looked up by
     * its id), which the format credits when cited and does not count when missed.
     */
    private record HopSources(Set<String> required, Set<String> implicit) {
    }

    private HopSources truthHopSources(JsonNode hops, String a, String b) {
        Set<String> sources = new HashSet<>();
        Set<String> implicit = new HashSet<>();
        for (String key : List.of(a + "-" + b, b + "-" + a)) {
            hops.path(key).forEach(fact -> {
                fact.path("sources").forEach(s -> sources.add(s.asText()));
                implicit.addAll(implicitSources(fact));
            });
        }
        implicit.retainAll(sources);
        sources.removeAll(implicit);
        return new HopSources(sources, implicit);
    }

    private Set<String> implicitSources(JsonNode hopFact) {
        Set<String> implicit = strings(hopFact.path("implicit_sources"));
        String relation = hopFact.path("relation").asText("");
        truth.relations().stream().filter(r -> !relation.isEmpty() && relation.equals(r.path("id").asText()))
                .forEach(r -> implicit.addAll(strings(r.path("implicit_sources"))));
        return implicit;
    }

    private static EvaluationReport.QuestionAnswer topBroker(String id, JsonNode a, CaseNetwork network) {
        List<CaseNetwork.RankedNode> ranked = network.betweenness();
        String top = ranked.isEmpty() ? null : ranked.getFirst().id();
        return new EvaluationReport.QuestionAnswer(id, top, a.path("id").asText().equals(top));
    }

    private static List<String> missing(Set<String> expected, Set<String> predicted) {
        return expected.stream().filter(e -> !predicted.contains(e)).sorted().toList();
    }

    private static Score compare(Set<String> predicted, Set<String> expected) {
        Set<String> tp = new HashSet<>(predicted);
        tp.retainAll(expected);
        return Score.of(tp.size(), predicted.size() - tp.size(), expected.size() - tp.size());
    }

    private static Set<String> strings(JsonNode array) {
        return new TreeSet<>(list(array));
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
