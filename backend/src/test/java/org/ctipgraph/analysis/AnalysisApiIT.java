package org.ctipgraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * A small hand-built network with known answers, written through the product's graph writer and
 * analysed over HTTP. Victim V was recruited by R and driven by D; R and D call each other through
 * their own phones; the boss B is only reached through a call to D's phone; a shared office phone
 * is used by R and the boss and must not link them; an officer O arrested D and is no part of it.
 */
class AnalysisApiIT {
    private static final String CASE = "net";
    private static final String DOC = "e".repeat(64);
    private static final EntityRef V = person("victim v");
    private static final EntityRef R = person("recruiter r");
    private static final EntityRef D = person("driver d");
    private static final EntityRef B = person("boss b");
    private static final EntityRef O = person("officer o");
    private static final EntityRef PHONE_R = phone("+85510000001");
    private static final EntityRef PHONE_D = phone("+85510000002");
    private static final EntityRef PHONE_B = phone("+85510000003");
    private static final EntityRef OFFICE = phone("+85510000009");

    @TempDir
    static Path dataDir;
    static RunningServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dataDir);
        api = server.api();
        api.postJson("/api/cases", "{\"id\":\"" + CASE + "\"}");
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityRef e : List.of(V, R, D, B, PHONE_R, PHONE_D, PHONE_B, OFFICE)) {
            mentions.add(new EntityMention(e, e.name(), null, evidence(0)));
        }
        mentions.add(new EntityMention(O, O.name(), "officer", evidence(1)));
        List<RelationClaim> facts = List.of(
                claim(R, RelationType.RECRUITED, V, 2), claim(D, RelationType.TRANSPORTED, V, 3),
                claim(R, RelationType.USES_PHONE, PHONE_R, 4), claim(D, RelationType.USES_PHONE, PHONE_D, 5),
                claim(B, RelationType.USES_PHONE, PHONE_B, 6), claim(R, RelationType.USES_PHONE, OFFICE, 7),
                claim(B, RelationType.USES_PHONE, OFFICE, 8), claim(PHONE_R, RelationType.CALLED, PHONE_D, 9),
                new RelationClaim(PHONE_B, RelationType.CALLED, PHONE_D, Map.of("first", "2025-12-01", "last", "2025-12-20"),
                        evidence(10)),
                claim(OFFICE, RelationType.CALLED, PHONE_R, 11),
                claim(O, RelationType.ARRESTED, D, 12), claim(O, RelationType.INTERVIEWED, V, 13));
        write(CASE, DOC, mentions, facts);
    }

    private static void write(String caseId, String sha256, List<EntityMention> mentions, List<RelationClaim> facts) {
        ParsedDocument doc = new ParsedDocument(sha256, "report.txt", null, null, "text/plain", 100, DocumentStatus.INGESTED,
                null, null, List.of(), List.of(new PageText(1, "x".repeat(200))), Map.of(), "en");
        new DocumentGraphWriter(server.bean(Driver.class), null).write(new DocumentGraphWriter.DocumentTree(caseId,
                List.of(doc), Map.of(sha256, new Extraction(mentions, facts)), null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theShortestChainFromVictimToBossRunsThroughTheDriverWithItsEvidence() {
        JsonNode result = ApiClient.json(api.get("/api/cases/" + CASE + "/paths?from=" + id(V) + "&to=" + id(B) + "&k=3"));

        JsonNode shortest = result.path("paths").get(0);
        assertThat(shortest.path("length").asInt()).isEqualTo(2);
        assertThat(shortest.path("entities").findValuesAsText("name")).containsExactly("victim v", "driver d", "boss b");
        JsonNode hop = shortest.path("hops").get(1).path("facts").get(0);
        assertThat(hop.path("type").asText()).isEqualTo("CALLED");
        assertThat(hop.path("liftedVia")).hasSize(2);
        assertThat(hop.path("evidence").get(0).path("sha256").asText()).isEqualTo(DOC);
        assertThat(hop.path("evidence").get(0).path("document").asText()).isEqualTo("report.txt");
        assertThat(hop.path("evidence").get(0).path("quote").asText()).isEqualTo("sentence 10");
    }

    @Test
    void aChainCanEndOnAPhoneNumberEvenThoughPhonesAreNotNetworkActors() {
        JsonNode result = ApiClient.json(api.get("/api/cases/" + CASE + "/paths?from=" + id(V) + "&to=" + id(PHONE_B)));

        assertThat(result.path("paths").get(0).path("entities").findValuesAsText("name"))
                .containsExactly("victim v", "driver d", "boss b", "+85510000003");
        assertThat(api.get("/api/cases/" + CASE + "/paths?from=" + id(V) + "&to=PhoneNumber:nope").statusCode()).isEqualTo(404);
    }

    @Test
    void aSharedPhoneLinksNobodyAndOfficersAreNotPartOfTheNetwork() {
        JsonNode centrality = ApiClient.json(api.get("/api/cases/" + CASE + "/analysis/centrality"));

        assertThat(centrality.path("nodes").asInt()).isEqualTo(4);
        assertThat(centrality.path("edges").asInt()).isEqualTo(4);
        assertThat(centrality.path("betweenness").get(0).path("entity").path("name").asText()).isEqualTo("driver d");
        assertThat(centrality.path("articulationPoints").findValuesAsText("name")).containsExactly("driver d");
    }

    @Test
    void theNetworkBehindTheVictimNamesTheBrokerAndTheSharedPhone() {
        JsonNode network = ApiClient.json(api.get("/api/cases/" + CASE + "/entities/" + id(V) + "/network"));

        assertThat(network.path("keyPlayers").get(0).path("entity").path("name").asText()).isEqualTo("driver d");
        assertThat(network.path("sharedIdentifiers").findValuesAsText("name")).contains("+85510000009");
        assertThat(network.path("chains")).isNotEmpty();
        assertThat(network.path("parameters").path("seed").asLong()).isEqualTo(42);
        assertThat(api.get("/api/cases/" + CASE + "/entities/nope/network").statusCode()).isEqualTo(404);
    }

    @Test
    void aTimeWindowLeavesOutCallsMadeWhollyOutsideItButKeepsUndatedFacts() {
        JsonNode before = ApiClient.json(api.get("/api/cases/" + CASE + "/analysis/centrality?until=2025-11-30"));
        JsonNode during = ApiClient.json(api.get("/api/cases/" + CASE + "/analysis/centrality?since=2025-12-10&until=2026-01-31"));

        assertThat(before.path("nodes").asInt()).as("the boss is reached only by the December call").isEqualTo(3);
        assertThat(during.path("nodes").asInt()).isEqualTo(4);
        assertThat(api.get("/api/cases/" + CASE + "/analysis/centrality?since=2026-01-01&until=2025-01-01").statusCode())
                .isEqualTo(400);
        assertThat(ApiClient.json(api.get("/api/cases/" + CASE + "/analysis/centrality?since=yesterday")).path("message")
                .asText()).contains("since");
    }

    @Test
    void aSavedAnalysisKeepsItsAnswerAndReplaysIdenticallyUntilTheGraphChanges() {
        String other = "saved";
        api.postJson("/api/cases", "{\"id\":\"" + other + "\"}");
        write(other, "f".repeat(64), List.of(new EntityMention(V, V.name(), null, evidence(0))),
                List.of(claim(R, RelationType.RECRUITED, V, 2), claim(D, RelationType.TRANSPORTED, V, 3)));
        var created = api.postJson("/api/cases/" + other + "/analyses", """
                {"name": "Behind the victim", "kind": "network", "by": "Analyst Dara",
                 "parameters": {"entity": "%s", "seed": 7}}""".formatted(GraphIds.entity(other, V)));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode saved = ApiClient.json(created);
        String id = saved.path("id").asText();

        assertThat(saved.path("result").path("subject").path("name").asText()).isEqualTo("victim v");
        assertThat(saved.path("result").path("parameters").path("graph").path("nodes").asInt()).isEqualTo(3);
        assertThat(saved.path("parameters").path("seed").asText()).isEqualTo("7");
        assertThat(saved.path("graphState").asText()).hasSize(64);
        assertThat(ApiClient.json(api.get("/api/cases/" + other + "/analyses")).findValuesAsText("name"))
                .containsExactly("Behind the victim");
        JsonNode replay = ApiClient.json(api.get("/api/cases/" + other + "/analyses/" + id + "/replay"));
        assertThat(replay.path("sameGraphState").asBoolean()).isTrue();
        assertThat(replay.path("sameResult").asBoolean()).isTrue();

        write(other, "a".repeat(64), List.of(new EntityMention(B, B.name(), null, evidence(0))),
                List.of(claim(B, RelationType.INSTRUCTED, D, 5)));
        JsonNode afterNewDocument = ApiClient.json(api.get("/api/cases/" + other + "/analyses/" + id + "/replay"));
        assertThat(afterNewDocument.path("sameGraphState").asBoolean()).isFalse();
        assertThat(afterNewDocument.path("result").path("parameters").path("graph").path("nodes").asInt()).isEqualTo(4);
        assertThat(ApiClient.json(api.get("/api/cases/" + other + "/analyses/" + id)).path("result"))
                .as("the saved answer stays as it was").isEqualTo(saved.path("result"));
        assertThat(api.get("/api/cases/" + CASE + "/analyses/" + id).statusCode()).as("other case").isEqualTo(404);
        assertThat(api.postJson("/api/cases/" + other + "/analyses", "{\"name\":\"x\",\"kind\":\"nope\",\"by\":\"a\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aProjectionOverItsBoundAnswers422WithAdvice() {
        var response = api.get("/api/cases/" + CASE + "/analysis/centrality?maxEdges=2");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(response).path("message").asText()).contains("narrow it");
    }

    private static String id(EntityRef ref) {
        return GraphIds.entity(CASE, ref);
    }

    private static EntityRef person(String key) {
        return new EntityRef(NodeLabel.Person, key, key, Map.of());
    }

    private static EntityRef phone(String e164) {
        return new EntityRef(NodeLabel.PhoneNumber, e164, e164, Map.of("e164", e164));
    }

    private static RelationClaim claim(EntityRef s, RelationType type, EntityRef o, int sentence) {
        return new RelationClaim(s, type, o, Map.of(), evidence(sentence));
    }

    private static Evidence evidence(int sentence) {
        return new Evidence(DOC, 1, sentence, sentence + 1, "sentence " + sentence, "TestExtractor", "1", 0.9);
    }
}
