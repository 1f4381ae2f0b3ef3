package org.ctipgraph.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctipgraph.testing.ApiClient;

/**
 * A tiny fictional case for exploring: an arrest note (a suspect who uses a phone), the phone's call
 * records (dated calls) and a witness statement that spells the suspect's name differently (a merge
 * suggestion). No real person appears.
 */
public final class ExploreFixture {
    public static final String ARREST_NOTE = "arrest-note.txt";
    public static final String CALLS = "calls-012345678.csv";
    public static final String STATEMENT = "witness-statement.txt";

    private ExploreFixture() {
    }

    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ARREST_NOTE, """
                KAMPOT PROVINCIAL POLICE - ARREST NOTE 7
                On 12 March 2026 officers arrested the suspect MAO Sovann (male, 41) at the bus station.
                MAO Sovann uses the phone 012 345 678.
                He recruited KEO Bopha (17) for a kiln in Kampong Speu.
                """.getBytes(StandardCharsets.UTF_8));
        files.put(CALLS, """
                caller,callee,start time,duration
                85512345678,85597111222,2026-03-01 10:00:00,65
                85512345678,85597111222,2026-03-02 11:30:00,0
                """.getBytes(StandardCharsets.UTF_8));
        files.put(STATEMENT, """
                WITNESS STATEMENT
                The witness TOUCH Rina said that MAO Sovan came to the village in February 2026.
                """.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Creates the case, uploads the files and waits until every one is ingested. */
    public static void load(ApiClient api, String caseId) {
        api.postJson("/api/cases", "{\"id\":\"" + caseId + "\",\"name\":\"Explore fixture\"}");
        JsonNode receipt = ApiClient.json(api.uploadMultipart(caseId, files()));
        for (JsonNode accepted : receipt.path("accepted")) {
            JsonNode job = api.awaitJob(accepted.path("jobId").asText(), Duration.ofMinutes(3));
            if (!"DONE".equals(job.path("state").asText())) {
                throw new AssertionError("fixture file not ingested: " + job);
            }
        }
    }
}
