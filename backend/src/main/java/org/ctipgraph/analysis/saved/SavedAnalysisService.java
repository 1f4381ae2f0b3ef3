package org.ctipgraph.analysis.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ctipgraph.analysis.AnalysisKind;
import org.ctipgraph.analysis.AnalysisParameters;
import org.ctipgraph.analysis.AnalysisRun;
import org.ctipgraph.analysis.AnalysisService;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.graph.GraphSessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/** Runs, keeps and replays named analyses; they live in the graph, in the case compartment, as {@code :Analysis}. */
@Service
public class SavedAnalysisService {
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };
    private final AnalysisService analysis;
    private final Driver driver;
    private final String database;
    private final ObjectMapper json = new ObjectMapper();

    SavedAnalysisService(AnalysisService analysis, Driver driver, GraphSchemaSetup schema) {
        this.analysis = analysis;
        this.driver = driver;
        this.database = schema.database();
    }

    /** Runs the analysis now and keeps it, answer included. */
    public SavedAnalysis save(String caseId, String name, AnalysisKind kind, AnalysisParameters parameters, String by) {
        AnalysisRun run = analysis.run(kind, caseId, parameters);
        String id = "analysis-" + UUID.randomUUID();
        try (Session session = session()) {
            Node node = session.executeWrite(tx -> tx.run("""
                    CREATE (a:Analysis {id: $id, caseId: $caseId, name: $name, kind: $kind, parameters: $parameters,
                                        graphState: $graphState, result: $result, createdBy: $by, createdAt: datetime()})
                    RETURN a
                    """, Map.of("id", id, "caseId", caseId, "name", name, "kind", kind.name(),
                    "parameters", write(parameters.values()), "graphState", run.graphState(),
                    "result", write(run.result()), "by", by)).single().get("a").asNode());
            return saved(node);
        }
    }

    /** The case's saved analyses, newest first, without their answers. */
    public List<SavedAnalysis> list(String caseId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (a:Analysis {caseId: $caseId}) RETURN a ORDER BY a.createdAt DESC, a.id
                    """, Map.of("caseId", caseId)).list(r -> saved(r.get("a").asNode()).withoutResult()));
        }
    }

    public Optional<SavedAnalysis> find(String caseId, String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (a:Analysis {id: $id, caseId: $caseId}) RETURN a",
                    Map.of("id", id, "caseId", caseId)).list(Record::values)).stream()
                    .map(values -> saved(values.getFirst().asNode())).findFirst();
        }
    }

    /** Runs a saved analysis again with its own parameters and seed and compares. */
    public Optional<Replay> replay(String caseId, String id) {
        return find(caseId, id).map(saved -> {
            AnalysisRun run = analysis.run(AnalysisKind.parse(saved.kind()), caseId, new AnalysisParameters(saved.parameters()));
            JsonNode now = readTree(write(run.result())); // through text, as saved: 7 must equal 7L
            return new Replay(saved, run.graphState().equals(saved.graphState()), now.equals(saved.result()),
                    run.graphState(), now);
        });
    }

    private SavedAnalysis saved(Node a) {
        try {
            return new SavedAnalysis(a.get("id").asString(), a.get("caseId").asString(), a.get("name").asString(),
                    a.get("kind").asString(), json.readValue(a.get("parameters").asString(), PARAMETERS),
                    a.get("graphState").asString(), a.get("createdAt").asZonedDateTime().toOffsetDateTime().toString(),
                    a.get("createdBy").asString(), json.readTree(a.get("result").asString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved analysis " + a.get("id").asString() + " is not readable JSON", e);
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis result is not readable JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis result cannot be written as JSON", e);
        }
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }
}
