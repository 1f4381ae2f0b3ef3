package org.ctipgraph.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ctipgraph.CtipGraph;
import org.ctipgraph.audit.AuditLog;
import org.ctipgraph.ingest.parsing.IsolatedDocumentParser;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.testing.ApiClient;
import org.ctipgraph.testing.DevCase;
import org.ctipgraph.testing.RunningServer;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Evidence packages built from the shared development case, uploaded through the API like an investigator
 * would. Victims and what identifies them are read from the graph (never from the case's truth file), so the
 * test holds for any case.
 */
class EvidencePackageIT {
    private static final String CASE = "dev";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** FtM required properties per schema, from the followthemoney schema YAML files (Thing requires name). */
    private static final Map<String, List<String>> FTM_REQUIRED = Map.ofEntries(Map.entry("Person", List.of("name")),
            Map.entry("Company", List.of("name")), Map.entry("Organization", List.of("name")),
            Map.entry("Address", List.of("full")), Map.entry("Vehicle", List.of("name")),
            Map.entry("BankAccount", List.of()), Map.entry("UserAccount", List.of("username")),
            Map.entry("Event", List.of("name")), Map.entry("Document", List.of()),
            Map.entry("Ownership", List.of("owner", "asset")), Map.entry("Directorship", List.of("director", "organization")),
            Map.entry("Employment", List.of("employer", "employee")), Map.entry("Payment", List.of()),
            Map.entry("Call", List.of()), Map.entry("Family", List.of("person", "relative")),
            Map.entry("Associate", List.of("person", "associate")), Map.entry("UnknownLink", List.of("subject", "object")));
    private static final Set<String> FTM_ENTITY_PROPERTIES = Set.of("owner", "asset", "director", "organization", "employer",
            "employee", "payer", "beneficiary", "payerAccount", "beneficiaryAccount", "caller", "receiver", "person",
            "relative", "associate", "subject", "object", "proof");

    @TempDir
    static Path dataDir;
    static RunningServer server;
    static ApiClient api;
    static Path screenshots = Path.of("target", "evidence-package");

    @BeforeAll
    static void ingestTheDevCase() throws IOException {
        Path corpus = DevCase.dir();
        assumeTrue(corpus != null, "shared/corpus/ctip-case-dev is not next to this checkout");
        server = RunningServer.start(dataDir);
        api = server.api();
        api.postJson("/api/cases", "{\"id\":\"" + CASE + "\",\"name\":\"Development case\"}");
        List<String> jobs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus.resolve("docs"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode receipt = ApiClient.json(api.upload(CASE, f.getFileName().toString(), Files.readAllBytes(f)));
                receipt.path("accepted").forEach(a -> jobs.add(a.path("jobId").asText()));
            }
        }
        for (String job : jobs) {
            api.awaitJob(job, Duration.ofMinutes(5));
        }
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aNetworkPackageCitesAVerifiableQuoteForEveryLinkAndItsFilesParse() throws Exception {
        String broker = topBroker();
        JsonNode built = build("{\"kind\":\"network\",\"entity\":\"" + broker + "\",\"seed\":42,\"requestedBy\":\"Prosecutor Test\",\"includeOriginals\":true}");
        byte[] bytes = download(built);
        Map<String, byte[]> files = unzip(bytes);
        JsonNode content = JSON.readTree(files.get("graph.json")).path("content");
        assertThat(content.path("links").size()).isGreaterThan(3);
        assertThat(content.path("parameters").path("seed").asLong()).isEqualTo(42);
        assertThat(content.path("documents")).allSatisfy(d -> assertThat(d.hasNonNull("original") || d.hasNonNull("withheld"))
                .as("original included or withheld with a reason").isTrue());

        Path zip = save(built, bytes);
        IsolatedDocumentParser parser = server.bean(IsolatedDocumentParser.class);
        PackageVerifier.Result result = PackageVerifier.verify(zip, new StoredDocumentPages(server.bean(EvidenceStore.class), parser));
        assertThat(result.links()).hasSize(content.path("links").size());
        assertThat(result.links()).as("every link has a citation whose quote is on its page: %s", result.problems())
                .allSatisfy((link, confirmed) -> assertThat(confirmed).as(link).isTrue());
        assertThat(result.problems()).isEmpty();

        assertGraphFilesParse(files, content);
        assertFtmIsValid(files.get("entities.ftm.json"));
        assertThat(new String(files.get("nodes.csv"), StandardCharsets.UTF_8).lines().count())
                .isEqualTo(content.path("nodes").size() + 1);
        assertThat(new String(files.get("edges.csv"), StandardCharsets.UTF_8).lines().count())
                .isEqualTo(content.path("links").size() + 1);
        assertNoVictimLeaks(files);
    }

    @Test
    void aSavedNetworkAnalysisPackagesTheSameLinksAsTheLiveOneAndSaysWhichAnalysisItWas() throws Exception {
        String broker = topBroker();
        JsonNode saved = ApiClient.json(api.postJson("/api/cases/" + CASE + "/analyses", """
                {"name": "Behind the broker", "kind": "network", "by": "Analyst Test",
                 "parameters": {"entity": "%s", "seed": 42}}""".formatted(broker)));
        JsonNode fromSaved = JSON.readTree(unzip(download(build("{\"kind\":\"analysis\",\"analysis\":\""
                + saved.path("id").asText() + "\",\"requestedBy\":\"Prosecutor Test\"}"))).get("graph.json")).path("content");
        JsonNode live = JSON.readTree(unzip(download(build("{\"kind\":\"network\",\"entity\":\"" + broker
                + "\",\"seed\":42,\"requestedBy\":\"Prosecutor Test\"}"))).get("graph.json")).path("content");

        assertThat(fromSaved.path("links").size()).isGreaterThan(3);
        assertThat(fromSaved.path("links")).isEqualTo(live.path("links"));
        assertThat(fromSaved.path("parameters").path("savedAnalysisName").asText()).isEqualTo("Behind the broker");
        assertThat(fromSaved.path("parameters").path("savedGraphState").asText())
                .isEqualTo(fromSaved.path("parameters").path("graphState").asText());
        assertThat(api.postJson("/api/cases/" + CASE + "/packages", "{\"kind\":\"analysis\",\"analysis\":\"nope\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theReportRendersWithTheGraphPictureAndEveryLink() throws Exception {
        JsonNode built = pathPackage();
        byte[] pdf = unzip(download(built)).get("report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < 3; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 90);
                ImageIO.write(image, "png", screenshots.resolve("report-page-" + (page + 1) + ".png").toFile());
                assertThat(inkedPixels(image)).as("page %d has content", page + 1).isGreaterThan(2000);
            }
            String text = new PDFTextStripper().getText(doc);
            JsonNode links = JSON.readTree(unzip(download(built)).get("graph.json")).path("content").path("links");
            for (JsonNode link : links) {
                assertThat(text).contains(link.path("number").asText() + " ");
                assertThat(text).contains(link.path("citations").get(0).path("sha256").asText());
            }
            assertThat(text).contains("Chain of custody").contains("Source documents").contains("received as");
        }
    }

    @Test
    void theSameSelectionOnTheSameGraphGivesTheSameBytes() {
        JsonNode first = pathPackage();
        byte[] firstZip = download(first);
        JsonNode second = pathPackage();
        byte[] secondZip = download(second);
        assertThat(second.path("sha256").asText()).isEqualTo(first.path("sha256").asText());
        assertThat(secondZip).isEqualTo(firstZip);
        assertThat(PackageManifest.sha256(firstZip)).isEqualTo(first.path("sha256").asText());
        List<AuditLog.AuditEntry> audit = server.bean(AuditLog.class).entries(CASE, EvidencePackageService.BUILT);
        assertThat(audit).anySatisfy(e -> assertThat(e.details()).contains(first.path("sha256").asText()));
    }

    @Test
    void aDefaultPackageOfEveryVictimsFactsNamesNoVictimAndIncludingIdentitiesIsAuditLogged() throws Exception {
        List<VictimFacts> victims = victims();
        assertThat(victims).as("the dev case has victims in the graph").isNotEmpty();
        assertThat(victims).as("minors are recognised").anyMatch(VictimFacts::minor);
        List<String> relations = victimRelations();
        String selection = "{\"kind\":\"items\",\"relations\":" + JSON.writeValueAsString(relations)
                + ",\"entities\":" + JSON.writeValueAsString(victims.stream().map(VictimFacts::id).toList())
                + ",\"includeOriginals\":true%s}";
        Map<String, byte[]> files = unzip(download(build(selection.formatted(""))));
        JsonNode content = JSON.readTree(files.get("graph.json")).path("content");
        assertThat(content.path("protection").path("pseudonyms").size()).isGreaterThanOrEqualTo(victims.size());
        assertThat(content.path("documents").findValuesAsText("withheld")).isNotEmpty();
        assertNoVictimLeaks(files);

        JsonNode revealed = build(selection.formatted(",\"includeIdentities\":true,\"includeMinorIdentities\":true,"
                + "\"requestedBy\":\"Deputy Prosecutor Test\""));
        String all = allText(unzip(download(revealed)));
        assertThat(victims).as("with identities included the same search finds them, so it can fail")
                .anyMatch(v -> v.names().stream().anyMatch(n -> found(all, n)));
        assertThat(server.bean(AuditLog.class).entries(CASE, EvidencePackageService.IDENTITIES))
                .anySatisfy(e -> assertThat(e.by()).isEqualTo("Deputy Prosecutor Test"));
        assertThat(api.postJson("/api/cases/" + CASE + "/packages", selection.formatted(",\"includeIdentities\":true"))
                .statusCode()).as("identities need a named requester").isEqualTo(400);
    }

    @Test
    void verifyPackageConfirmsAnIntactPackageAndRefusesATamperedOne() throws Exception {
        JsonNode built = pathPackage();
        byte[] bytes = download(built);
        Map<String, byte[]> files = unzip(bytes);
        Path zip = save(built, bytes);
        assertThat(CtipGraph.commandLine().execute("verify-package", zip.toString(), "--data-dir", dataDir.toString()))
                .isZero();
        Map<String, byte[]> tampered = new LinkedHashMap<>(files);
        tampered.put("graph.json", new String(files.get("graph.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"quote\" : \"", "\"quote\" : \"not ").getBytes(StandardCharsets.UTF_8));
        Path bad = dataDir.resolve("tampered.zip");
        Files.write(bad, raw(tampered));
        PackageVerifier.Result result = PackageVerifier.verify(bad, null);
        assertThat(result.problems()).contains("changed file graph.json (SHA-256 differs from the manifest)");
        assertThat(CtipGraph.commandLine().execute("verify-package", bad.toString(), "--manifest-only")).isEqualTo(1);
        assertThat(api.get("/api/cases/" + CASE + "/packages/" + built.path("id").asText()).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + CASE + "/packages/" + built.path("id").asText() + "/files/report.pdf")
                .statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get("/api/cases/" + CASE + "/packages")).findValuesAsText("id"))
                .contains(built.path("id").asText());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static JsonNode pathPackage() {
        String broker = topBroker();
        String victim = victims().stream().map(VictimFacts::id).filter(id -> !pathsFrom(broker, id).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no chain from the top broker to any victim"));
        return build("{\"kind\":\"path\",\"from\":\"" + broker + "\",\"to\":\"" + victim + "\",\"k\":3,"
                + "\"requestedBy\":\"Prosecutor Test\"}");
    }

    private static JsonNode pathsFrom(String from, String to) {
        HttpResponse<String> r = api.get("/api/cases/" + CASE + "/paths?from=" + from + "&to=" + to + "&k=1");
        return r.statusCode() == 200 ? ApiClient.json(r).path("paths") : JSON.createArrayNode();
    }

    private static String topBroker() {
        return ApiClient.json(api.get("/api/cases/" + CASE + "/analysis/centrality")).path("betweenness").get(0)
                .path("entity").path("id").asText();
    }

    private static JsonNode build(String selection) {
        HttpResponse<String> r = api.postJson("/api/cases/" + CASE + "/packages", selection);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiClient.json(r);
    }

    private static byte[] download(JsonNode built) {
        HttpResponse<byte[]> r = api.getBytes("/api/cases/" + CASE + "/packages/" + built.path("id").asText() + "/zip");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Content-SHA256")).contains(built.path("sha256").asText());
        return r.body();
    }

    private static Path save(JsonNode built, byte[] zip) throws IOException {
        return Files.write(dataDir.resolve(built.path("id").asText() + ".zip"), zip);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] raw(Map<String, byte[]> files) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void assertGraphFilesParse(Map<String, byte[]> files, JsonNode content) throws Exception {
        Graph<String, DefaultEdge> graphml = emptyGraph();
        GraphMLImporter<String, DefaultEdge> ml = new GraphMLImporter<>();
        ml.setSchemaValidation(true);
        ml.setVertexFactory(id -> id);
        ml.importGraph(graphml, new java.io.StringReader(new String(files.get("graph.graphml"), StandardCharsets.UTF_8)));
        assertThat(graphml.vertexSet()).hasSize(content.path("nodes").size());
        assertThat(graphml.edgeSet()).hasSize(content.path("links").size());

        Graph<String, DefaultEdge> gexf = emptyGraph();
        SimpleGEXFImporter<String, DefaultEdge> gx = new SimpleGEXFImporter<>();
        gx.setSchemaValidation(true);
        gx.setVertexFactory(id -> id);
        gx.importGraph(gexf, new java.io.StringReader(new String(files.get("graph.gexf"), StandardCharsets.UTF_8)));
        assertThat(gexf.vertexSet()).hasSize(content.path("nodes").size());
        assertThat(gexf.edgeSet()).hasSize(content.path("links").size());
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
    }

    private static void assertFtmIsValid(byte[] ftm) throws IOException {
        List<JsonNode> entities = new ArrayList<>();
        for (String line : new String(ftm, StandardCharsets.UTF_8).split("\n")) {
            entities.add(JSON.readTree(line));
        }
        assertThat(entities).isNotEmpty();
        Set<String> ids = new HashSet<>();
        entities.forEach(e -> ids.add(e.path("id").asText()));
        assertThat(ids).hasSize(entities.size());
        for (JsonNode e : entities) {
            assertThat(e.path("id").asText()).isNotBlank();
            String schema = e.path("schema").asText();
            assertThat(FTM_REQUIRED).as("known FtM schema").containsKey(schema);
            assertThat(e.path("properties").isObject()).isTrue();
            for (String required : FTM_REQUIRED.get(schema)) {
                assertThat(e.path("properties").path(required).size()).as(schema + "." + required).isPositive();
            }
            e.path("properties").fields().forEachRemaining(p -> {
                assertThat(p.getValue().isArray()).as("FtM values are lists").isTrue();
                if (FTM_ENTITY_PROPERTIES.contains(p.getKey())) {
                    p.getValue().forEach(v -> assertThat(ids).as(schema + "." + p.getKey()).contains(v.asText()));
                }
            });
        }
    }

    /** A victim as the graph knows them: every name, phone and date of birth. */
    record VictimFacts(String id, boolean minor, List<String> names, List<String> phones, List<String> birthDates) {
    }

    private static List<VictimFacts> victims() {
        Driver driver = server.bean(Driver.class);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (p:Person {caseId: $case}) WHERE 'victim' IN coalesce(p.roles, []) OR p.minor = true
                    OPTIONAL MATCH (p)-[m:MENTIONED_IN]->()
                    WITH p, collect(DISTINCT m.surface) AS surfaces
                    OPTIONAL MATCH (p)-[:USES_PHONE]->(ph:PhoneNumber)
                    RETURN p.id AS id, coalesce(p.minor, false) AS minor,
                           [p.name] + coalesce(p.aliases, []) + surfaces AS names,
                           [x IN collect(ph.e164) + reduce(a = [], ph2 IN collect(ph) | a + coalesce(ph2.aliases, []))
                            WHERE x IS NOT NULL] AS phones,
                           coalesce(p.birthDates, []) AS birthDates
                    ORDER BY id
                    """, Map.of("case", CASE)).list(r -> new VictimFacts(r.get("id").asString(), r.get("minor").asBoolean(),
                    r.get("names").asList(Value::asString), r.get("phones").asList(Value::asString),
                    r.get("birthDates").asList(Value::asString))));
        }
    }

    private static List<String> victimRelations() {
        try (var session = server.bean(Driver.class).session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (p:Person {caseId: $case})-[r]-() WHERE ('victim' IN coalesce(p.roles, []) OR p.minor = true)
                      AND r.sources IS NOT NULL AND r.caseId = $case
                    RETURN DISTINCT r.id AS id ORDER BY id
                    """, Map.of("case", CASE)).list(r -> r.get("id").asString()));
        }
    }

    /** Every victim's every name, phone and birth date is absent from every file, file name and PDF text and metadata. */
    private static void assertNoVictimLeaks(Map<String, byte[]> files) throws IOException {
        String all = allText(files);
        for (VictimFacts v : victims()) {
            for (String name : v.names()) {
                if (name.codePointCount(0, name.length()) >= 3) {
                    assertThat(found(all, name)).as("name '%s' of victim %s leaks", name, v.id()).isFalse();
                }
            }
            for (String phone : v.phones()) {
                String digits = phone.replaceAll("\\D", "");
                String tail = digits.substring(Math.max(0, digits.length() - 8));
                assertThat(all.replaceAll("[\\s().\\-]", "")).as("phone %s of victim %s leaks", phone, v.id())
                        .doesNotContain(tail);
            }
            for (String iso : v.birthDates()) {
                LocalDate d = LocalDate.parse(iso);
                for (String form : List.of(iso, d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        d.format(DateTimeFormatter.ofPattern("d/M/yyyy")), d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))) {
                    assertThat(all).as("date of birth %s of victim %s leaks", form, v.id()).doesNotContain(form);
                }
            }
        }
    }

    private static String allText(Map<String, byte[]> files) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (var e : files.entrySet()) {
            sb.append(e.getKey()).append('\n');
            if (e.getKey().endsWith(".pdf") && !e.getKey().startsWith("originals/")) {
                try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                    sb.append(new PDFTextStripper().getText(doc)).append('\n');
                    PDDocumentInformation info = doc.getDocumentInformation();
                    for (String key : info.getMetadataKeys()) {
                        sb.append(info.getCustomMetadataValue(key)).append('\n');
                    }
                }
            } else if (!e.getKey().startsWith("originals/")) {
                sb.append(new String(e.getValue(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean found(String text, String surface) {
        String words = Pattern.quote(surface.strip()).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static long inkedPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }
}
