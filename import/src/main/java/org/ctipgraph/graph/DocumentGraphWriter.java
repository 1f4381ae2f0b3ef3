package org.ctipgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.ingest.ParsedDocument;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one received file — the document, its embedded documents, their pages, the entities and
 * facts extracted from them — in a single managed transaction: a document is never half in the
 * graph, transient errors are retried by the driver, and every node and relationship is merged on
 * a deterministic id ({@link GraphIds}) so writing the same file again changes nothing; what an earlier
 * write of the same documents said is withdrawn first, so a re-ingestion replaces it. The job that
 * asked for the write is marked done in the same transaction, which makes processing exactly-once.
 * {@link #writeAll} does the same for several files in one transaction ({@link GroupCommitWriter}).
 */
public final class DocumentGraphWriter {
    private final Driver driver;
    private final String database;

    /**
     * @param driver   the database connection
     * @param database database name, or {@code null} for the default
     */
    public DocumentGraphWriter(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** What to write for one received file. */
    public record DocumentTree(String caseId, List<ParsedDocument> documents, Map<String, Extraction> extractions,
                               String jobId) {

        /** Rows the write sends (documents, pages, mentions, facts): a measure of its transaction's size. */
        public int rows() {
            int rows = documents.size();
            for (ParsedDocument doc : documents) {
                rows += doc.pages().size();
            }
            for (Extraction extraction : extractions.values()) {
                rows += extraction.mentions().size() + extraction.relations().size();
            }
            return rows;
        }
    }

    /** Counts of what the write touched. */
    public record WriteSummary(int documents, int pages, int entities, int mentions, int facts) {
    }

    public WriteSummary write(DocumentTree tree) {
        return writeAll(List.of(tree)).getFirst();
    }

    /**
     * Writes several received files in one transaction (group commit: one commit, one log flush, for
     * files that finished parsing together). Each tree is written exactly as {@link #write} would, in
     * order, so a later tree that shares a document with an earlier one replaces what it said; if the
     * transaction fails, none of them is in the graph.
     *
     * @return what each write touched, in the order of {@code trees}
     */
    public List<WriteSummary> writeAll(List<DocumentTree> trees) {
        List<Batch> batches = trees.stream().map(Batch::of).toList();
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> {
                for (int i = 0; i < trees.size(); i++) {
                    batches.get(i).writeTo(tx, trees.get(i).caseId(), trees.get(i).jobId());
                }
            });
        }
        return batches.stream().map(Batch::summary).toList();
    }

    private Session session() {
        return GraphSessions.open(driver, database);
    }

    /** Parameter lists for the UNWIND subqueries, built once so a retried transaction reuses them. */
    private record Batch(List<Map<String, Object>> documents, List<Map<String, Object>> links,
                         List<Map<String, Object>> pages, List<Map<String, Object>> entities,
                         List<Map<String, Object>> mentions, List<Map<String, Object>> facts) {

        static Batch of(DocumentTree tree) {
            String caseId = tree.caseId();
            List<Map<String, Object>> documents = new ArrayList<>();
            List<Map<String, Object>> links = new ArrayList<>();
            List<Map<String, Object>> pages = new ArrayList<>();
            Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
            Map<String, Map<String, Object>> mentions = new LinkedHashMap<>();
            // One row per fact (one relationship), with the evidence of every statement of it.
            Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
            for (ParsedDocument doc : tree.documents()) {
                String documentId = GraphIds.document(caseId, doc.sha256());
                documents.add(documentRow(documentId, doc));
                if (doc.parentSha256() != null) {
                    links.add(Map.of("child", documentId, "parent", GraphIds.document(caseId, doc.parentSha256()),
                            "path", doc.pathInParent() == null ? doc.fileName() : doc.pathInParent()));
                }
                for (PageText page : doc.pages()) {
                    pages.add(Map.of("id", GraphIds.page(documentId, page.number()), "documentId", documentId,
                            "number", page.number(), "text", page.text()));
                }
                Extraction extraction = tree.extractions().getOrDefault(doc.sha256(), Extraction.EMPTY);
                for (EntityMention mention : extraction.mentions()) {
                    String entityId = entityRow(caseId, mention.entity(), entities);
                    Map<String, Object> row = entities.get(entityId);
                    addDistinct(row, "surfaces", mention.surface());
                    if (mention.role() != null) {
                        addDistinct(row, "roles", mention.role());
                    }
                    Evidence e = mention.evidence();
                    Map<String, Object> m = new TreeMap<>();
                    m.put("id", GraphIds.mention(entityId, mention.surface(), e));
                    m.put("entityId", entityId);
                    m.put("documentId", GraphIds.document(caseId, e.documentSha256()));
                    m.put("surface", mention.surface());
                    m.put("role", mention.role());
                    m.putAll(evidenceProperties(e));
                    mentions.put((String) m.get("id"), m);
                }
                for (RelationClaim claim : extraction.relations()) {
                    String subjectId = entityRow(caseId, claim.subject(), entities);
                    String objectId = entityRow(caseId, claim.object(), entities);
                    Map<String, Object> attributes = PropertyValues.sanitize(claim.properties());
                    String factId = GraphIds.fact(subjectId, claim.type(), objectId, new TreeMap<>(attributes).toString());
                    Map<String, Object> fact = facts.computeIfAbsent(factId, id -> {
                        Map<String, Object> f = new TreeMap<>();
                        f.put("id", id);
                        f.put("type", claim.type().name());
                        f.put("subjectId", subjectId);
                        f.put("objectId", objectId);
                        f.put("properties", attributes);
                        f.put("evidence", new ArrayList<Map<String, Object>>());
                        return f;
                    });
                    Map<String, Object> evidence = evidenceProperties(claim.evidence());
                    evidence.put("evidenceId", GraphIds.evidence(claim.evidence()));
                    addDistinct(fact, "evidence", evidence);
                }
            }
            return new Batch(documents, links, pages, new ArrayList<>(entities.values()),
                    new ArrayList<>(mentions.values()), new ArrayList<>(facts.values()));
        }

        private static Map<String, Object> documentRow(String documentId, ParsedDocument doc) {
            Map<String, Object> row = new TreeMap<>();
            row.put("id", documentId);
            row.put("sha256", doc.sha256());
            row.put("name", doc.fileName());
            row.put("pathInParent", doc.pathInParent());
            row.put("parentSha256", doc.parentSha256());
            row.put("mediaType", doc.mediaType());
            row.put("size", doc.size());
            row.put("status", doc.status().name());
            row.put("reason", doc.reason() == null ? null : doc.reason().name());
            row.put("message", doc.message());
            row.put("warnings", doc.warnings());
            row.put("pageCount", doc.pages().size());
            row.put("language", doc.language());
            row.put("title", first(doc.metadata(), "dc:title"));
            row.put("author", first(doc.metadata(), "dc:creator"));
            row.put("metadataKeys", List.copyOf(doc.metadata().keySet()));
            row.put("metadataValues", doc.metadata().values().stream().map(v -> String.join("\n", v)).toList());
            return row;
        }

        private static String entityRow(String caseId, EntityRef entity, Map<String, Map<String, Object>> entities) {
            String id = GraphIds.entity(caseId, entity);
            Map<String, Object> properties = new TreeMap<>(PropertyValues.sanitize(entity.properties()));
            Map<String, Object> row = entities.computeIfAbsent(id, key -> {
                Map<String, Object> r = new TreeMap<>();
                r.put("id", key);
                r.put("label", entity.label().name());
                r.put("key", entity.key());
                r.put("name", entity.name());
                r.put("properties", new TreeMap<String, Object>());
                r.put("surfaces", new ArrayList<String>());
                r.put("roles", new ArrayList<String>());
                ACCUMULATED.forEach(list -> r.put(list, new ArrayList<>()));
                return r;
            });
            // Birth dates and ages accumulate over documents (papers disagree, and every one identifies the person).
            for (String list : ACCUMULATED) {
                Object values = properties.remove(list);
                if (values instanceof List<?> l) {
                    l.forEach(v -> addDistinct(row, list, v));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> kept = (Map<String, Object>) row.get("properties");
            properties.forEach(kept::putIfAbsent);
            return id;
        }

        private static final List<String> ACCUMULATED = List.of("birthDates", "birthYears", "ages");

        @SuppressWarnings("unchecked")
        private static void addDistinct(Map<String, Object> row, String key, Object value) {
            List<Object> values = (List<Object>) row.get(key);
            if (!values.contains(value)) {
                values.add(value);
            }
        }

        private static Map<String, Object> evidenceProperties(Evidence e) {
            Map<String, Object> p = new TreeMap<>();
            p.put("sha", e.documentSha256());
            p.put("page", e.page());
            p.put("spanStart", e.start());
            p.put("spanEnd", e.end());
            p.put("quote", e.quote());
            p.put("extractor", e.extractor());
            p.put("extractorVersion", e.extractorVersion());
            p.put("confidence", e.confidence());
            return p;
        }

        private static String first(Map<String, List<String>> metadata, String key) {
            List<String> values = metadata.get(key);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        void writeTo(TransactionContext tx, String caseId, String jobId) {
            Map<String, Object> params = new HashMap<>();
            params.put("caseId", caseId);
            params.put("documentIds", documents.stream().map(d -> d.get("id")).toList());
            params.put("documents", documents);
            params.put("links", links);
            params.put("pages", pages);
            params.put("entities", entities);
            params.put("mentions", mentions);
            params.put("facts", facts);
            params.put("jobId", jobId);
            params.put("jobStatus", documents.isEmpty() ? "REJECTED" : documents.getFirst().get("status"));
            tx.run(WriterCypher.WRITE_DOCUMENT_TREE, params).consume();
        }

        WriteSummary summary() {
            return new WriteSummary(documents.size(), pages.size(), entities.size(), mentions.size(), facts.size());
        }
    }
}
