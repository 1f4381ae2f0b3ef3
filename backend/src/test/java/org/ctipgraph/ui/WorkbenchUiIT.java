package org.ctipgraph.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctipgraph.explore.ExploreFixture;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.DevCase;
import org.ctipgraph.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The investigator's path through the UI in headless Chromium: create a case, upload two files and see
 * them ingested, search a person, open and expand the graph, read the evidence of a link, open the
 * document at the right page, look for a path, colour the graph by community and size it by betweenness,
 * save the chain as an analysis and replay it; then, when the shared development corpus is next to the
 * checkout, upload two of its files into a second case, find a person and read the evidence of a link. Steps
 * build on each other, hence the order. Each step saves a screenshot under {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUiIT {
    private static final String CASE = "ui-case";
    private static final String DEV_CASE = "ui-dev-corpus";
    private static final String DEV_REPORT = "01_KK_police_operation_report_Moonlight_KTV_2026-01-10.pdf";
    private static final String DEV_REGISTRY = "12_company_registry_extract_MOC-EXT-260126-44.pdf";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path uploads;
    static RunningServer server;
    static Browser browser;
    static String pathRoute;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "UI tests skipped: no " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
        server = RunningServer.start(dataDir);
        browser = new Browser(server.httpPort());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(10)
    void createACaseAndUploadTwoFilesThatGetIngested() throws Exception {
        browser.open("#/");
        browser.await(d -> browser.find("#new-case-id").isDisplayed());
        browser.find("#new-case-id").sendKeys(CASE);
        browser.find("#new-case-name").sendKeys("Kampot recruiter (UI test)");
        browser.find("#new-case-id").submit();
        browser.await(d -> browser.find("#upload-files").isDisplayed());

        Map<String, byte[]> files = ExploreFixture.files();
        List<String> names = List.of(ExploreFixture.ARREST_NOTE, ExploreFixture.CALLS);
        StringBuilder paths = new StringBuilder();
        for (String name : names) {
            Path file = uploads.resolve(name);
            Files.write(file, files.get(name));
            paths.append(paths.isEmpty() ? "" : "\n").append(file.toAbsolutePath());
        }
        browser.find("#upload-by").sendKeys("Sgt. Chanthou, AHTJP Kampot");
        browser.find("#upload-files").sendKeys(paths.toString());

        browser.await(Duration.ofMinutes(3), d -> d.findElements(By.cssSelector("#upload-rows tr[data-state='ingested']")).size() == 2);
        JsonNode documents = ApiClient.json(server.api().get("/api/cases/" + CASE + "/documents"));
        assertThat(ApiClient.json(server.api().get("/api/jobs/" + documents.get(0).path("jobId").asText()))
                .path("submittedBy").asText()).as("chain of custody").isEqualTo("Sgt. Chanthou, AHTJP Kampot");
        browser.await(d -> browser.find("#report-summary").getText().contains("2 ingested"));
        browser.screenshot("01-upload");
        assertThat(browser.find("#upload-rows").getText()).contains(ExploreFixture.ARREST_NOTE, ExploreFixture.CALLS);
    }

    @Test
    @Order(20)
    void searchAPerson() {
        browser.find("#case-nav a[data-view='search']").click();
        browser.find("#search-q").sendKeys("MAO Sovann");
        browser.find("#search-submit").click();
        WebElement hit = browser.await(d -> d.findElements(By.cssSelector("#entity-hits a.entity-hit")).stream()
                .filter(a -> a.getText().equals("MAO Sovann")).findFirst().orElse(null));
        assertThat(browser.find("#page-hits").getText()).contains(ExploreFixture.ARREST_NOTE);
        browser.screenshot("02-search");
        hit.click();
    }

    @Test
    @Order(30)
    void openTheGraphAndExpandANeighbour() {
        WebElement phone = browser.await(d -> d.findElements(By.cssSelector("#graph-nodes button")).stream()
                .filter(b -> b.getDomAttribute("data-entity").startsWith("PhoneNumber:")).findFirst().orElse(null));
        browser.await(d -> browser.find("#entity-title").getText().contains("MAO Sovann"));
        phone.click();
        browser.await(d -> browser.find("#entity-title").getText().contains("+855"));
        browser.find("#expand-entity").click();

        browser.await(d -> !d.findElements(By.cssSelector("#graph-edges button[data-type='CALLED']")).isEmpty());
        assertThat(browser.find("#graph-nodes").findElements(By.tagName("button"))).hasSizeGreaterThanOrEqualTo(3);
        browser.screenshot("03-graph-explorer");
    }

    @Test
    @Order(35)
    void colourByCommunityAndSizeByBetweennessWithALegend() {
        assertThat(browser.find("#graph-legend").getText()).as("type legend").contains("Person").contains("PhoneNumber");
        new Select(browser.find("#graph-colour")).selectByValue("community");
        new Select(browser.find("#graph-size")).selectByValue("betweenness");

        String legend = browser.await(d -> {
            String text = browser.find("#graph-legend").getText();
            return text.contains("community 1 of") && text.contains("Size: betweenness") ? text : null;
        });
        assertThat(legend).contains("not in the case network");
        @SuppressWarnings("unchecked")
        List<String> personColours = (List<String>) browser.script(
                "return ctipGraph.nodes('[type = \"Person\"]').map(n => n.data('colour'))");
        assertThat(personColours).as("persons are in a community").isNotEmpty().doesNotContain("#6e7781");
        browser.screenshot("03b-graph-communities");
        new Select(browser.find("#graph-colour")).selectByValue("type");
        new Select(browser.find("#graph-size")).selectByValue("none");
        browser.await(d -> browser.find("#graph-legend").getText().contains("PhoneNumber"));
    }

    @Test
    @Order(40)
    void openTheEvidenceOfALink() {
        browser.find("#graph-edges button[data-type='USES_PHONE']").click();
        browser.await(d -> browser.find("#evidence-list").getText().contains("uses the phone"));
        assertThat(browser.find("#evidence-panel").getText()).contains(ExploreFixture.ARREST_NOTE + ", page 1");
        browser.screenshot("04-evidence");
    }

    @Test
    @Order(50)
    void openTheDocumentAtThePageOfTheEvidence() {
        browser.find("#evidence-list a.evidence-link").click();
        browser.await(d -> browser.find("#document-title").getText().equals(ExploreFixture.ARREST_NOTE));
        browser.await(d -> !d.findElements(By.cssSelector("#page-text mark.entity")).isEmpty());
        assertThat(browser.find("#page-indicator").getText()).contains("Page 1 of 1");
        assertThat(browser.find("#page-text").getDomAttribute("data-page")).isEqualTo("1");
        assertThat(browser.find("#page-text").findElements(By.cssSelector("mark.Person")).stream().map(WebElement::getText))
                .contains("MAO Sovann");
        assertThat(browser.find("#document-sha256").getText()).hasSize(64);
        browser.screenshot("05-document-viewer");
    }

    @Test
    @Order(60)
    void findTheChainBetweenAPersonAndAPhoneWithTheEvidenceOfEachHop() {
        String from = browser.find("#page-text mark.Person").getDomAttribute("data-entity");
        String to = browser.find("#page-text mark.PhoneNumber").getDomAttribute("data-entity");
        pathRoute = "#/cases/" + CASE + "/paths?from=" + from + "&to=" + to + "&k=3";
        browser.route(pathRoute);

        String status = browser.await(d -> {
            String s = browser.find("#paths-status").getText();
            return s.contains("found") || s.contains("No chain") || s.contains("failed") || s.contains("Not found") ? s : null;
        });
        browser.screenshot("06-path-finder");
        assertThat(status).contains("chain(s) found");
        assertThat(browser.find("#path-results").getText()).contains("USES_PHONE").contains("MAO Sovann");
    }

    @Test
    @Order(65)
    void saveTheChainAsAnAnalysisOpenItAndReplayIt() {
        browser.find("#path-save-name").sendKeys("Suspect to his phone");
        browser.find("#path-save-by").sendKeys("Analyst Srey");
        browser.find("#path-save").click();

        browser.await(d -> browser.find("#analysis-title").getText().equals("Suspect to his phone"));
        assertThat(browser.find("#analysis-meta").getText()).contains("paths", "Analyst Srey", "Parameter from", "Parameter k");
        assertThat(browser.find("#analysis-result").getText()).contains("USES_PHONE").contains("MAO Sovann");
        browser.await(d -> browser.find("#analysis-list").getText().contains("Suspect to his phone"));
        browser.find("#analysis-replay-button").click();
        String verdict = browser.await(d -> {
            String text = browser.find("#analysis-replay").getText();
            return text.contains("answer") || text.contains("failed") ? text : null;
        });
        browser.screenshot("06b-saved-analysis");
        assertThat(verdict).contains("Graph state unchanged").contains("answer unchanged");
    }

    @Test
    @Order(70)
    void theTimelineShowsTheCallsOfTheEntitiesInTheGraph() {
        browser.find("#case-nav a[data-view='graph']").click();
        browser.find("#case-nav a[data-view='timeline']").click();
        browser.find("#timeline-graph").click();
        browser.await(d -> browser.find("#timeline-events").getText().contains("CALLED (first)"));
        browser.screenshot("07-timeline");
    }

    @Test
    @Order(80)
    void reviewAMergeSuggestionAndSeeWhoDecided() {
        var api = server.api();
        String jobId = ApiClient.json(api.uploadMultipart(CASE, Map.of(ExploreFixture.STATEMENT,
                ExploreFixture.files().get(ExploreFixture.STATEMENT)))).path("accepted").get(0).path("jobId").asText();
        api.awaitJob(jobId, Duration.ofMinutes(3));
        browser.find("#case-nav a[data-view='merges']").click();
        browser.find("#merge-by").sendKeys("Inspector Vannak");
        browser.find("#merge-suggest").click();

        WebElement pair = browser.await(d -> d.findElements(By.cssSelector("#merge-list li.merge.linked")).stream()
                .filter(li -> li.getText().contains("MAO Sovann") && li.getText().contains("MAO Sovan ")).findFirst().orElse(null));
        String id = pair.getDomAttribute("data-merge");
        pair.findElement(By.cssSelector("button.confirm")).click();

        browser.await(d -> browser.find("#merge-list li[data-merge='" + id + "']").getText().contains("confirmed by Inspector Vannak"));
        browser.screenshot("08-merge-review");
    }

    @Test
    @Order(90)
    void buildAnEvidencePackageFromTheChainFoundAndBrowseItsFiles() {
        browser.route(pathRoute);
        browser.await(d -> browser.find("#paths-status").getText().contains("chain(s) found"));
        browser.find("#path-package-by").sendKeys("Prosecutor Dara");
        browser.find("#path-package").click();

        String listing = browser.await(d -> {
            String text = browser.find("#package-detail").getText();
            return text.contains("report.pdf") ? text : null;
        });
        browser.screenshot("09-evidence-package");
        assertThat(listing).contains("graph.graphml", "graph.gexf", "entities.ftm.json", "nodes.csv", "edges.csv",
                "MANIFEST.sha256").contains("prepared by Prosecutor Dara");
        assertThat(browser.find("#package-sha256").getText()).hasSize(64);
        assertThat(browser.find("#package-list").getText()).contains("Chains between");
    }

    @Test
    @Order(100)
    void packageExactlyTheLinksLeftInViewInTheGraphExplorer() {
        browser.find("#case-nav a[data-view='graph']").click();
        browser.await(d -> !d.findElements(By.cssSelector("#graph-edges button[data-type='CALLED']")).isEmpty());
        int links = browser.find("#graph-edges").findElements(By.tagName("button")).size();
        browser.find("#graph-package-by").sendKeys("Investigator Sokha");
        browser.find("#graph-package").click();

        String listing = browser.await(d -> {
            String text = browser.find("#package-detail").getText();
            return text.contains("Links chosen in the graph explorer") ? text : null;
        });
        assertThat(listing).contains(links + " link(s)").contains("prepared by Investigator Sokha");
        browser.screenshot("10-graph-package");
    }

    /**
     * Two files of the shared development case (when this checkout has it next to it): the Koh Kong police
     * operation report and the company registry extract. Both name SUON Chanmony as director of Neak Meas
     * Entertainment, so the person is searchable and that link has evidence in the ingested documents.
     */
    @Test
    @Order(110)
    void uploadTwoDevCorpusFilesAndSeeThemIngested() {
        Path docs = devCorpus();
        browser.route("#/");
        browser.await(d -> browser.find("#new-case-id").isDisplayed());
        browser.find("#new-case-id").clear();
        browser.find("#new-case-id").sendKeys(DEV_CASE);
        browser.find("#new-case-name").clear();
        browser.find("#new-case-name").sendKeys("Koh Kong KTV (dev corpus)");
        browser.find("#new-case-id").submit();
        browser.await(d -> browser.find("#upload-files").isDisplayed() && browser.find("#upload-rows").getText().isEmpty());

        browser.find("#upload-files").sendKeys(docs.resolve(DEV_REPORT).toAbsolutePath() + "\n"
                + docs.resolve(DEV_REGISTRY).toAbsolutePath());
        // Exactly these two rows, both ingested: nothing of the first case's selection is uploaded again.
        browser.await(Duration.ofMinutes(5), d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#upload-rows tr"));
            return rows.size() == 2 && rows.stream().allMatch(r -> "ingested".equals(r.getDomAttribute("data-state")));
        });
        browser.screenshot("11-dev-corpus-upload");
        assertThat(browser.find("#upload-rows").getText()).contains(DEV_REPORT, DEV_REGISTRY);
    }

    @Test
    @Order(120)
    void searchADevCorpusPersonAndReadTheEvidenceOfALink() {
        devCorpus();
        browser.find("#case-nav a[data-view='search']").click();
        browser.find("#search-q").clear();
        browser.find("#search-q").sendKeys("SUON Chanmony");
        browser.find("#search-submit").click();
        // The name shown is one of her written forms (the registry writes it in capitals, staff call her Bong Mony):
        // the best hit is her, whichever form it shows.
        WebElement hit = browser.await(d -> d.findElements(By.cssSelector("#entity-hits a.entity-hit")).stream()
                .findFirst().orElse(null));
        browser.screenshot("12a-dev-corpus-search");
        hit.click();
        browser.await(d -> browser.find("#evidence-panel").getText().toUpperCase(Locale.ROOT).contains("CHANMONY"));
        browser.await(d -> browser.find("#graph-edges button[data-type='DIRECTS']")).click();
        String evidence = browser.await(d -> {
            String text = browser.find("#evidence-panel").getText();
            return text.contains("Evidence") && !browser.find("#evidence-list").getText().isEmpty() ? text : null;
        });
        browser.screenshot("12-dev-corpus-evidence");
        assertThat(evidence.toUpperCase(Locale.ROOT)).contains("NEAK MEAS");
        assertThat(evidence).containsAnyOf(DEV_REPORT + ", page", DEV_REGISTRY + ", page").contains("SHA-256");
    }

    private static Path devCorpus() {
        Path dir = DevCase.dir();
        assumeTrue(dir != null, "dev-corpus steps skipped: no shared/corpus/ctip-case-dev above " + Path.of("").toAbsolutePath());
        return dir.resolve("docs");
    }
}
