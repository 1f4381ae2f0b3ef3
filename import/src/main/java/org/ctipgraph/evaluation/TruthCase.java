package org.ctipgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's {@code truth.json} (format: {@code shared/corpus/TRUTH-FORMAT.md}), read leniently: unknown
 * roles, relation types and question shapes are kept, never rejected.
 */
public record TruthCase(String caseId, Map<String, TruthDocument> documentsByFile, Map<String, TruthEntity> entities,
                        List<TruthMention> mentions, List<String> unscored, List<JsonNode> relations,
                        List<JsonNode> questions, JsonNode graphAnalysis) {

    /** One document record. */
    public record TruthDocument(String id, String file, String expectedExtraction, boolean scoredForMentions,
                                String sha256) {
    }

    /** One entity: id, type, canonical name, surfaces and the type-specific fields as JSON. */
    public record TruthEntity(String id, String type, String name, List<String> surfaces, JsonNode raw) {
    }

    /** One mention row. */
    public record TruthMention(String entity, String document, String part, String surface, int count) {
    }

    /** Reads {@code <caseDir>/truth.json}. */
    public static TruthCase read(Path caseDir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(caseDir.resolve("truth.json").toFile());
        Map<String, TruthDocument> docs = new HashMap<>();
        for (JsonNode d : root.path("documents")) {
            docs.put(d.path("file").asText(), new TruthDocument(d.path("id").asText(), d.path("file").asText(),
                    d.path("expected_extraction").asText("ok"), d.path("scored_for_mentions").asBoolean(true),
                    d.path("sha256").asText(null)));
        }
        Map<String, TruthEntity> entities = new HashMap<>();
        for (JsonNode e : root.path("entities")) {
            List<String> surfaces = new ArrayList<>();
            e.path("surfaces").forEach(s -> surfaces.add(s.asText()));
            entities.put(e.path("id").asText(), new TruthEntity(e.path("id").asText(), e.path("type").asText(),
                    e.path("name").asText(), surfaces, e));
        }
        List<TruthMention> mentions = new ArrayList<>();
        for (JsonNode m : root.path("mentions")) {
            mentions.add(new TruthMention(m.path("entity").asText(), m.path("document").asText(), m.path("part").asText(),
                    m.path("surface").asText(), m.path("count").asInt(1)));
        }
        List<String> unscored = new ArrayList<>();
        root.path("unscored").path("strings").forEach(s -> unscored.add(s.asText()));
        List<JsonNode> relations = new ArrayList<>();
        root.path("relations").forEach(relations::add);
        List<JsonNode> questions = new ArrayList<>();
        root.path("questions").forEach(questions::add);
        return new TruthCase(root.path("case_id").asText(), docs, entities, mentions, unscored, relations, questions,
                root.path("graph_analysis"));
    }

    /** Document id of a file's SHA-256 (as the evidence store names it), or {@code null}. */
    public String documentIdBySha256(String sha256) {
        return documentsByFile.values().stream().filter(d -> sha256.equalsIgnoreCase(d.sha256())).map(TruthDocument::id)
                .findFirst().orElse(null);
    }

    /** Document id of an uploaded file name, or {@code null}. */
    public String documentId(String file) {
        TruthDocument d = documentsByFile.get(file);
        return d == null ? null : d.id();
    }
}
