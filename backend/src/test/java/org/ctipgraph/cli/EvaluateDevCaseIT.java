package org.ctipgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.DOUBLE;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipgraph.evaluation.EvaluationReport;
import org.ctipgraph.testing.DevCase;
import org.junit.jupiter.api.Test;

/**
 * {@code ctip-graph evaluate} on the shared development case, through the product pipeline (isolated
 * parsing, extraction with the case's knowledge read from the graph, graph writes). Fails below the
 * floors we hold ourselves to; the targets are in the closing notes.
 */
class EvaluateDevCaseIT {

    @Test
    void theDevCaseScoresAtOrAboveTheExtractionTargets() throws Exception {
        Path caseDir = DevCase.dir();
        assumeTrue(caseDir != null, "shared/corpus/ctip-case-dev is not next to this checkout");

        EvaluationReport report = EvaluateCommand.evaluate(caseDir);

        assertThat(report.documents()).allSatisfy(d -> assertThat(d.correct()).as(d.file()).isTrue());
        for (String type : List.of("Person", "Company", "BrickKiln", "PhoneNumber", "BankAccount")) {
            assertThat(report.entities().get(type).f1()).as(type).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(report.entities().get("Location").f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.resolution().falseMerges()).isZero();
        assertThat(report.relations().get("ALL").precision()).isGreaterThanOrEqualTo(0.95);
        // The relation target is 0.85; measured 0.973 through the pipeline once chats, prose totals, driverless
        // trips and premises managers are read. This floor stops regressions.
        assertThat(report.relations().get("ALL").f1()).isGreaterThanOrEqualTo(0.965);

        // The network the analysis API projects: no invented node or link; measured node recall 1.0 and edge
        // recall 1.0 once handles have holders, aliases follow their identity links, chat trips and hand-overs
        // and place keepers are read (missing edges are missing relations). Floors stop regressions.
        assertThat(report.graph().nodes().precision()).isEqualTo(1.0);
        assertThat(report.graph().nodes().recall()).isEqualTo(1.0);
        assertThat(report.graph().edges().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.graph().edges().recall()).isGreaterThanOrEqualTo(0.96);
        assertThat(report.questions()).extracting(EvaluationReport.QuestionAnswer::id).contains("Q1", "Q2", "Q13");
        // Chains from the minor to the financier, the top broker, who is behind each handle and display name,
        // who bears a shared nickname in each document, the pages of the annual report, and the only cut vertex.
        List<String> held = List.of("Q1", "Q2", "Q6", "Q10", "Q11", "Q13");
        assertThat(report.questions()).filteredOn(q -> held.contains(q.id()))
                .hasSize(held.size()).allSatisfy(q -> assertThat(q.correct()).as(q.id()).isTrue());
        Object chains = report.questions().stream().filter(q -> q.id().equals("Q1")).findFirst().orElseThrow().answer();
        // Each hop of those chains cites every document that states its fact (an unsigned tally that supports a hop
        // only through context is an implicit source: credited when cited, not required).
        assertThat(((Map<?, ?>) chains).get("hopSourceRecall")).asInstanceOf(DOUBLE).isEqualTo(1.0);
    }
}
