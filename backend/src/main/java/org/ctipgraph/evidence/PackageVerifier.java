package org.ctipgraph.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Re-checks an evidence package: every file against {@code MANIFEST.sha256} (nothing missing, nothing extra,
 * nothing changed), every included original against its own SHA-256, and — when the cited documents' page
 * texts are at hand ({@link DocumentPages}, from the evidence store) — that every cited quote really is on
 * that page of that document. Pseudonymised parts of a quote ({@code [V-03]}, {@code [V-03 phone]}) match any
 * text, since the package must not carry what they hide; everything else must match exactly, with runs of
 * whitespace counted as one space (PDF line breaks).
 */
public final class PackageVerifier {
    private static final int MAX_HIDDEN = 300;

    private PackageVerifier() {
    }

    /** Page texts (page number to text) of a document, or empty when its container yields no such document. */
    public interface DocumentPages {
        Optional<Map<Integer, String>> pages(String sha256, String containerSha256) throws OriginalProblem;
    }

    /** An original is missing from the evidence store or no longer matches its hash. */
    public static final class OriginalProblem extends Exception {
        public OriginalProblem(String message) {
            super(message);
        }
    }

    /** One citation and whether its quote was found on its page. */
    public record CitationCheck(String link, String sha256, long page, boolean confirmed, String problem) {
    }

    /**
     * What the verification found.
     *
     * @param problems    everything wrong (empty: the package is intact, and every checked quote is where it says)
     * @param files       files listed in the manifest
     * @param citations   per-citation results (empty when no page texts were given)
     * @param links       link number to whether at least one of its citations was confirmed
     */
    public record Result(List<String> problems, int files, List<CitationCheck> citations, Map<String, Boolean> links) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result verify(Path zip, DocumentPages pages) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), read(in));
            }
        }
        List<String> problems = new ArrayList<>();
        byte[] manifest = entries.get(PackageManifest.NAME);
        if (manifest == null) {
            return new Result(List.of("no " + PackageManifest.NAME + " in the package"), 0, List.of(), Map.of());
        }
        Map<String, String> listed = PackageManifest.parse(new String(manifest, StandardCharsets.UTF_8), problems);
        listed.forEach((path, sha) -> {
            byte[] bytes = entries.get(path);
            if (bytes == null) {
                problems.add("missing file " + path);
            } else if (!PackageManifest.sha256(bytes).equals(sha)) {
                problems.add("changed file " + path + " (SHA-256 differs from the manifest)");
            }
        });
        entries.keySet().stream().filter(p -> !p.equals(PackageManifest.NAME) && !listed.containsKey(p))
                .forEach(p -> problems.add("file not in the manifest: " + p));
        JsonNode content = entries.containsKey("graph.json")
                ? PackageJson.MAPPER.readTree(entries.get("graph.json")).path("content") : null;
        if (content == null) {
            problems.add("no graph.json in the package");
            return new Result(problems, listed.size(), List.of(), Map.of());
        }
        for (JsonNode d : content.path("documents")) {
            String original = d.path("original").asText(null);
            if (original != null && entries.containsKey(original)
                    && !PackageManifest.sha256(entries.get(original)).equals(d.path("sha256").asText())) {
                problems.add("original " + original + " is not the document it claims to be");
            }
        }
        List<CitationCheck> checks = new ArrayList<>();
        Map<String, Boolean> links = new LinkedHashMap<>();
        if (pages != null) {
            checkQuotes(content, pages, checks, links, problems);
        }
        return new Result(problems, listed.size(), checks, links);
    }

    private static void checkQuotes(JsonNode content, DocumentPages pages, List<CitationCheck> checks,
                                    Map<String, Boolean> links, List<String> problems) {
        Map<String, String> containers = new LinkedHashMap<>();
        content.path("documents").forEach(d -> containers.put(d.path("sha256").asText(), d.path("containerSha256").asText(null)));
        Map<String, Optional<Map<Integer, String>>> texts = new LinkedHashMap<>();
        for (JsonNode link : content.path("links")) {
            String number = link.path("number").asText();
            boolean any = false;
            for (JsonNode cite : link.path("citations")) {
                String sha = cite.path("sha256").asText();
                long page = cite.path("page").asLong();
                String problem = null;
                try {
                    if (!texts.containsKey(sha)) {
                        texts.put(sha, pages.pages(sha, containers.get(sha)));
                    }
                    Optional<Map<Integer, String>> doc = texts.get(sha);
                    String text = doc.isPresent() ? doc.get().get((int) page) : null;
                    if (text == null) {
                        problem = "document " + sha + " has no page " + page;
                    } else if (RECORDS.contains(cite.path("extractor").asText())
                            ? !recordOnPage(cite.path("quote").asText(""), text) : !quoteOnPage(cite.path("quote").asText(""), text)) {
                        problem = "quote not found on page " + page + " of " + sha;
                    }
                } catch (OriginalProblem e) {
                    texts.put(sha, Optional.empty());
                    problem = e.getMessage();
                }
                checks.add(new CitationCheck(number, sha, page, problem == null, problem));
                any |= problem == null;
                if (problem != null) {
                    problems.add(number + ": " + problem);
                }
            }
            links.put(number, any);
        }
    }

    /** Whether the (possibly pseudonymised) quote occurs on the page. */
    static boolean quoteOnPage(String quote, String page) {
        String q = normalise(quote);
        if (q.isEmpty()) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = Redactor.MARK.matcher(q);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(q.substring(last, m.start()))).append(".{1,").append(MAX_HIDDEN).append("}?");
            last = m.end();
        }
        regex.append(Pattern.quote(q.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalise(page)).find();
    }

    /**
     * Whether a record row's citation is on its page. Record importers quote a row as "file sheet S row N: cell | cell"
     * (or "rows 3-5: 12 calls A -> B", or "transactions T1, T2" for a total), not verbatim: every identifier in it
     * (six digits or more: phones, accounts, transaction numbers, in any notation) must be on the page, and at least
     * half of its other cells (names, dates, amounts, whose number formatting may differ).
     */
    static boolean recordOnPage(String quote, String page) {
        int colon = quote.indexOf(": ");
        int transactions = quote.indexOf(" transactions ");
        String row = colon >= 0 ? quote.substring(colon + 2)
                : transactions >= 0 ? quote.substring(transactions + " transactions ".length()) : quote;
        row = row.replaceFirst("^\\d+ calls ", "");
        String text = normalise(page).toLowerCase(java.util.Locale.ROOT);
        String digits = Redactor.digits(page);
        int others = 0;
        int othersFound = 0;
        for (String cell : row.split("\\s+\\|\\s+|\\s+->\\s+|\\s+calls\\s+|,\\s+")) {
            String c = normalise(cell).toLowerCase(java.util.Locale.ROOT);
            if (c.isEmpty() || Redactor.MARK.matcher(cell).find()) {
                continue;
            }
            String d = Redactor.digits(c);
            if (d.length() >= 6) {
                String tail = d.substring(Math.max(0, d.length() - 8));
                if (!text.contains(c) && !digits.contains(tail)) {
                    return false;
                }
            } else {
                others++;
                othersFound += text.contains(c) || (!d.isEmpty() && digits.contains(d)) ? 1 : 0;
            }
        }
        return othersFound * 2 >= others;
    }

    private static final java.util.Set<String> RECORDS = java.util.Set.of("CallRecordImporter", "BankStatementImporter",
            "TransferLogImporter", "DebtLedgerImporter");

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
