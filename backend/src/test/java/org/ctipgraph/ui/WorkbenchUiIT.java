package org.ctipgraph.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ctipgraph.explore.ExploreFixture;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The investigator's path through the UI in headless Chromium: create a case, upload two files and see
 * them ingested, search a person, open and expand the graph, read the evidence of a link, open the
 * document at the right page, look for a path. Steps build on each other, hence the order. Each step
 * saves a screenshot under {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUiIT {
    private static final String CASE = "ui-case";

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
    @Order(1)
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
    @Order(2)
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
    @Order(3)
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
    @Order(4)
    void openTheEvidenceOfALink() {
        browser.find("#graph-edges button[data-type='USES_PHONE']").click();
        browser.await(d -> browser.find("#evidence-list").getText().contains("uses the phone"));
        assertThat(browser.find("#evidence-panel").getText()).contains(ExploreFixture.ARREST_NOTE + ", page 1");
        browser.screenshot("04-evidence");
    }

    @Test
    @Order(5)
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
    @Order(6)
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
    @Order(7)
    void theTimelineShowsTheCallsOfTheEntitiesInTheGraph() {
        browser.find("#case-nav a[data-view='graph']").click();
        browser.find("#case-nav a[data-view='timeline']").click();
        browser.find("#timeline-graph").click();
        browser.await(d -> browser.find("#timeline-events").getText().contains("CALLED (first)"));
        browser.screenshot("07-timeline");
    }

    @Test
    @Order(8)
    void reviewAMergeSuggestionAndSeeWhoDecided() {
        var api = server.api();
        String jobId = ApiClient.json(api.uploadMultipart(CASE, Map.of(ExploreFixture.STATEMENT,
                ExploreFixture.files().get(ExploreFixture.STATEMENT)))).path("accepted").get(0).path("jobId").asText();
        api.awaitJob(jobId, Duration.ofMinutes(3));
        browser.find("#case-nav a[data-view='merges']").click();
        browser.find("#merge-by").sendKeys("Inspector Vannak");
        browser.find("#merge-suggest").click();

        WebElement pair = browser.await(d -> d.findElements(By.cssSelector("#merge-list li.merge.suggested")).stream()
                .filter(li -> li.getText().contains("MAO Sovann") && li.getText().contains("MAO Sovan ")).findFirst().orElse(null));
        String id = pair.getDomAttribute("data-merge");
        pair.findElement(By.cssSelector("button.confirm")).click();

        browser.await(d -> browser.find("#merge-list li[data-merge='" + id + "']").getText().contains("confirmed by Inspector Vannak"));
        browser.screenshot("08-merge-review");
    }

    @Test
    @Order(9)
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
    @Order(10)
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
}
