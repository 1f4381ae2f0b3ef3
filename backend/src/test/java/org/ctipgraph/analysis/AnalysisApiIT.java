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
                claim(PHONE_B, RelationType.CALLED, PHONE_D, 10), claim(OFFICE, RelationType.CALLED, PHONE_R, 11),
                claim(O, RelationType.ARRESTED, D, 12), claim(O, RelationType.INTERVIEWED, V, 13));
        ParsedDocument doc = new ParsedDocument(DOC, "report.txt", null, null, "text/plain", 100, DocumentStatus.INGESTED,
                null, null, List.of(), List.of(new PageText(1, "x".repeat(200))), Map.of(), "en");
        new DocumentGraphWriter(server.bean(Driver.class), null).write(new DocumentGraphWriter.DocumentTree(CASE,
                List.of(doc), Map.of(DOC, new Extraction(mentions, facts)), null));
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
