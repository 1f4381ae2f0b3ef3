package org.ctipgraph.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graph questions are recognised by the shape of their answers and scored by the truth format's rules:
 * chains by length and membership with hop evidence by source recall, rankings by the top id, cut
 * vertices as a set; the projection by node and edge precision/recall.
 */
class GraphScorerTest {
    private static final String TRUTH = """
            {"case_id": "tiny", "documents": [{"id": "D1", "file": "a.txt", "sha256": "aa"},
                                              {"id": "D2", "file": "b.txt", "sha256": "bb"}],
             "entities": [], "mentions": [], "relations": [],
             "graph_analysis": {"nodes": ["X", "Y", "Z", "W"], "edges": {"X-Y": ["R1"], "Y-Z": ["R2"], "W-Y": ["R3"]},
                                "betweenness": [{"id": "Y", "normalized": 1.0}, {"id": "X", "normalized": 0.0}],
                                "articulation_points": ["Y"]},
             "questions": [
               {"id": "Q1", "question": "Shortest chains from X to Z?",
                "answer": {"length": 2, "all_shortest_paths": [["X", "Y", "Z"]],
                           "hops": {"X-Y": [{"sources": ["D1"]}], "Y-Z": [{"sources": ["D1", "D2"]}]}}},
               {"id": "Q2", "question": "Who has the highest betweenness centrality?", "answer": {"id": "Y"},
                "top5": [{"id": "Y"}]},
               {"id": "Q3", "question": "Which node is a cut vertex?", "answer": {"articulation_points": ["Y"]}},
               {"id": "Q4", "question": "Something else entirely", "answer": {"minors": []}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aNetworkThatMatchesTheTruthAnswersEveryGraphQuestion() throws IOException {
        GraphScorer.Result result = new GraphScorer(truth()).score(network(Set.of("X-Y", "Y-Z", "W-Y"),
                List.of(new CaseNetwork.Chain(List.of("X", "Y", "Z"), List.of(Set.of("D1"), Set.of("D1"))))));

        assertThat(result.questions()).extracting(EvaluationReport.QuestionAnswer::id).containsExactly("Q1", "Q2", "Q3");
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.correct()).isTrue());
        assertThat(((Map<?, ?>) result.questions().getFirst().answer()).get("hopSourceRecall")).isEqualTo(2.0 / 3);
        assertThat(result.summary().edges().f1()).isEqualTo(1.0);
        assertThat(result.summary().betweennessWithinTolerance()).isEqualTo(2);
    }

    @Test
    void anImplicitSourceCountsWhenCitedAndCostsNothingWhenMissed() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("implicit"));
        Files.writeString(caseDir.resolve("truth.json"), TRUTH
                .replace("\"relations\": []", "\"relations\": [{\"id\": \"R2\", \"implicit_sources\": [\"D2\"]}]")
                .replace("\"Y-Z\": [{\"sources\": [\"D1\", \"D2\"]}]", "\"Y-Z\": [{\"relation\": \"R2\", \"sources\": [\"D1\", \"D2\"]}]"));
        TruthCase truth = TruthCase.read(caseDir);
        Set<String> edges = Set.of("X-Y", "Y-Z", "W-Y");

        GraphScorer.Result missed = new GraphScorer(truth).score(network(edges,
                List.of(new CaseNetwork.Chain(List.of("X", "Y", "Z"), List.of(Set.of("D1"), Set.of("D1"))))));
        GraphScorer.Result cited = new GraphScorer(truth).score(network(edges,
                List.of(new CaseNetwork.Chain(List.of("X", "Y", "Z"), List.of(Set.of("D1"), Set.of("D1", "D2"))))));

        assertThat(((Map<?, ?>) missed.questions().getFirst().answer()).get("hopSourceRecall")).isEqualTo(1.0);
        assertThat(((Map<?, ?>) cited.questions().getFirst().answer()).get("hopSourceRecall")).isEqualTo(1.0);
    }

    @Test
    void aLongerChainAMissingEdgeAndAWrongBrokerAreCountedAsSuch() throws IOException {
        GraphScorer.Result result = new GraphScorer(truth()).score(new FakeNetwork(Set.of("X-W", "W-Z"),
                List.of(new CaseNetwork.Chain(List.of("X", "W", "Y", "Z"), List.of(Set.of(), Set.of(), Set.of()))),
                List.of(new CaseNetwork.RankedNode("W", 0.7)), Set.of("W")));

        assertThat(result.questions()).allSatisfy(q -> assertThat(q.correct()).isFalse());
        assertThat(result.summary().edges().tp()).isZero();
        assertThat(result.summary().edges().fn()).isEqualTo(3);
        assertThat(result.summary().missingEdges()).containsExactly("W-Y", "X-Y", "Y-Z");
        assertThat(result.summary().topBetweenness()).containsExactly("Y", "W");
    }

    private TruthCase truth() throws IOException {
        Files.writeString(dir.resolve("truth.json"), TRUTH);
        return TruthCase.read(dir);
    }

    private static CaseNetwork network(Set<String> edges, List<CaseNetwork.Chain> chains) {
        return new FakeNetwork(edges, chains, List.of(new CaseNetwork.RankedNode("Y", 1.0),
                new CaseNetwork.RankedNode("X", 0.0)), Set.of("Y"));
    }

    private record FakeNetwork(Set<String> edges, List<Chain> chains, List<RankedNode> betweenness,
                               Set<String> articulationPoints) implements CaseNetwork {
        @Override
        public Set<String> nodes() {
            return Set.of("X", "Y", "Z", "W");
        }

        @Override
        public int projectionSize() {
            return 4;
        }

        @Override
        public List<Chain> shortestChains(String fromId, String toId, int max) {
            return chains;
        }
    }
}
