package org.ctipgraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explore routes over a small fictional case ingested through the upload path. */
class ExploreApiIT {
    private static final String CASE = "explore";
    private static final String BASE = "/api/cases/" + CASE;

    @TempDir
    static Path dataDir;
    static RunningServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dataDir);
        api = server.api();
        ExploreFixture.load(api, CASE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchFindsAPersonByAPrefixOfHisNameAndThePagesThatNameHim() {
        JsonNode result = ok(api.get(BASE + "/search?q=mao%20sov"));

        assertThat(names(result.path("entities"))).contains("MAO Sovann");
        JsonNode page = result.path("pages").get(0);
        assertThat(page.path("document").asText()).isIn(ExploreFixture.ARREST_NOTE, ExploreFixture.STATEMENT);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("snippet").asText()).containsIgnoringCase("MAO Sov");
    }

    @Test
    void searchTypeFiltersKeepOnlyThoseTypesAndDocumentSelectsPageHits() {
        JsonNode phones = ok(api.get(BASE + "/search?q=mao&types=PhoneNumber"));
        assertThat(phones.path("entities")).isEmpty();
        assertThat(phones.path("pages")).isEmpty();

        JsonNode pagesOnly = ok(api.get(BASE + "/search?q=mao&types=Document"));
        assertThat(pagesOnly.path("entities")).isEmpty();
        assertThat(pagesOnly.path("pages")).isNotEmpty();

        assertThat(api.get(BASE + "/search?q=mao&types=Spaceship").statusCode()).isEqualTo(400);
        assertThat(api.get(BASE + "/search?q=").statusCode()).isEqualTo(400);
        assertThat(api.get(BASE + "/search?q=%22unbalanced(%5B").statusCode()).isEqualTo(200);
    }

    @Test
    void anEntityComesWithItsMentionsAndItsNeighbourhoodIsCytoscapeReady() {
        String mao = entityId("MAO Sovann", "Person");

        JsonNode entity = ok(api.get(BASE + "/entities/" + mao));
        assertThat(entity.path("label").asText()).isEqualTo("Person");
        JsonNode mention = entity.path("mentions").get(0);
        assertThat(mention.path("document").asText()).isEqualTo(ExploreFixture.ARREST_NOTE);
        assertThat(mention.path("quote").asText()).contains("MAO Sovann");
        assertThat(entity.path("relations").path("USES_PHONE").asInt()).isEqualTo(1);

        JsonNode graph = ok(api.get(BASE + "/entities/" + mao + "/neighbours"));
        assertThat(graph.path("nodes").get(0).path("id").asText()).isEqualTo(mao);
        JsonNode edge = first(graph.path("edges"), "USES_PHONE");
        assertThat(edge.path("source").asText()).isEqualTo(mao);
        assertThat(ids(graph.path("nodes"))).contains(edge.path("target").asText());
        assertThat(edge.path("sources").get(0).asText()).hasSize(64);
        assertThat(edge.path("confidence").asDouble()).isBetween(0.0, 1.0);

        JsonNode onlyCalls = ok(api.get(BASE + "/entities/" + mao + "/neighbours?relations=CALLED"));
        assertThat(onlyCalls.path("edges")).isEmpty();
        assertThat(onlyCalls.path("nodes")).hasSize(1);
        assertThat(api.get(BASE + "/entities/" + mao + "/neighbours?minConfidence=2").statusCode()).isEqualTo(400);
        assertThat(api.get(BASE + "/entities/Person:000000000000000000000000").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/cases/no-such-case/entities/" + mao).statusCode()).isEqualTo(404);
    }

    @Test
    void aRelationListsItsEvidenceWithQuoteDocumentPageAndSpan() {
        String mao = entityId("MAO Sovann", "Person");
        String relationId = first(ok(api.get(BASE + "/entities/" + mao + "/neighbours")).path("edges"), "USES_PHONE")
                .path("id").asText();

        JsonNode relation = ok(api.get(BASE + "/relations/" + relationId));

        assertThat(relation.path("type").asText()).isEqualTo("USES_PHONE");
        assertThat(relation.path("source").path("name").asText()).isEqualTo("MAO Sovann");
        JsonNode evidence = relation.path("evidence").get(0);
        assertThat(evidence.path("quote").asText()).contains("uses the phone");
        assertThat(evidence.path("document").asText()).isEqualTo(ExploreFixture.ARREST_NOTE);
        assertThat(evidence.path("page").asInt()).isEqualTo(1);
        assertThat(evidence.path("spanEnd").asInt()).isGreaterThan(evidence.path("spanStart").asInt());
        assertThat(evidence.path("extractor").asText()).isNotBlank();
        assertThat(api.get(BASE + "/relations/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void pageMentionsCarrySpansThatPointAtTheNameInThePageText() {
        String mao = entityId("MAO Sovann", "Person");
        String sha = ok(api.get(BASE + "/entities/" + mao)).path("mentions").get(0).path("sha256").asText();
        String text = ok(api.get(BASE + "/documents/" + sha + "/pages/1")).path("text").asText();

        JsonNode mentions = ok(api.get(BASE + "/documents/" + sha + "/pages/1/mentions"));

        assertThat(mentions).isNotEmpty();
        int previous = -1;
        for (JsonNode m : mentions) {
            String covered = text.substring(m.path("spanStart").asInt(), m.path("spanEnd").asInt());
            assertThat(covered).isEqualTo(m.path("surface").asText());
            assertThat(m.path("spanStart").asInt()).isGreaterThanOrEqualTo(previous);
            previous = m.path("spanStart").asInt();
        }
        assertThat(api.get(BASE + "/documents/" + sha + "/pages/0/mentions").statusCode()).isEqualTo(400);
    }

    @Test
    void theTimelineListsFirstAndLastCallInDateOrder() {
        String phone = first(ok(api.get(BASE + "/entities/" + entityId("MAO Sovann", "Person") + "/neighbours"))
                .path("edges"), "USES_PHONE").path("target").asText();

        JsonNode events = ok(api.get(BASE + "/timeline?entities=" + phone)).path("events");

        List<String> whats = new ArrayList<>();
        events.forEach(e -> whats.add(e.path("type").asText() + ":" + e.path("what").asText() + ":" + e.path("date").asText()));
        assertThat(whats).containsSubsequence("CALLED:first:2026-03-01 10:00:00", "CALLED:last:2026-03-02 11:30:00");
        assertThat(ok(api.get(BASE + "/timeline")).path("events").size()).isGreaterThanOrEqualTo(events.size());
    }

    @Test
    void mergeSuggestionsCanBeComputedAndDecidedWithWhoAndWhen() {
        JsonNode suggested = ok(api.postJson(BASE + "/merges/suggest", ""));
        assertThat(suggested.path("suggested").asInt()).isPositive();
        JsonNode pair = null;
        for (JsonNode m : suggested.path("merges")) {
            if (List.of(m.path("a").path("name").asText(), m.path("b").path("name").asText())
                    .containsAll(List.of("MAO Sovann", "MAO Sovan"))) {
                pair = m;
            }
        }
        assertThat(pair).as("MAO Sovann / MAO Sovan listed").isNotNull();
        // A doubled letter is a romanisation variant: an identity link, already one actor in analysis, still
        // listed for an investigator to confirm or reject.
        assertThat(pair.path("status").asText()).isEqualTo("linked");
        assertThat(pair.path("reasons").toString()).contains("spellings of one name");

        String id = pair.path("id").asText();
        assertThat(api.postJson(BASE + "/merges/" + id, "{\"decision\":\"maybe\",\"by\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(api.postJson(BASE + "/merges/" + id, "{\"decision\":\"confirmed\"}").statusCode()).isEqualTo(400);
        JsonNode decided = ok(api.postJson(BASE + "/merges/" + id, "{\"decision\":\"confirmed\",\"by\":\"Inspector Vannak\"}"));
        assertThat(decided.path("status").asText()).isEqualTo("confirmed");
        assertThat(decided.path("decidedBy").asText()).isEqualTo("Inspector Vannak");
        assertThat(decided.path("decidedAt").asText()).isNotBlank();

        ok(api.postJson(BASE + "/merges/suggest", ""));
        JsonNode again = null;
        for (JsonNode m : ok(api.get(BASE + "/merges"))) {
            again = m.path("id").asText().equals(id) ? m : again;
        }
        assertThat(again.path("status").asText()).as("a decision survives a new suggestion run").isEqualTo("confirmed");
        assertThat(api.postJson(BASE + "/merges/same-nope", "{\"decision\":\"rejected\",\"by\":\"x\"}").statusCode())
                .isEqualTo(404);
    }

    static String entityId(String name, String label) {
        for (JsonNode e : ok(api.get(BASE + "/search?q=" + name.replace(" ", "%20") + "&types=" + label)).path("entities")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("id").asText();
            }
        }
        throw new AssertionError("no " + label + " named " + name);
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    static JsonNode first(JsonNode edges, String type) {
        for (JsonNode e : edges) {
            if (e.path("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " edge in " + edges);
    }

    static List<String> names(JsonNode entities) {
        List<String> out = new ArrayList<>();
        entities.forEach(e -> out.add(e.path("name").asText()));
        return out;
    }

    static List<String> ids(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(e -> out.add(e.path("id").asText()));
        return out;
    }
}
