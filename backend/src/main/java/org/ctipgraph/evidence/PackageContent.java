package org.ctipgraph.evidence;

import java.util.List;
import java.util.Map;

/**
 * Everything an evidence package says, already numbered and redacted: the writers of the package's files
 * only format this, so every file tells the same story and no file can leak what another one hides.
 *
 * @param caseId     the case compartment
 * @param caseName   its name
 * @param title      the requester's title, or a generated one
 * @param author     who asked for the package
 * @param date       graph-state time (ISO, UTC): the newest ingestion or merge decision the package rests on,
 *                   so the same selection on the same graph gives the same bytes
 * @param selection  the selection, canonical
 * @param parameters analysis parameters and seed when an algorithm chose the contents
 * @param nodes      entities, in a fixed order
 * @param links      facts, numbered L001…, each with its citations
 * @param documents  every cited source document with its chain of custody
 * @param merges     confirmed SAME_AS decisions the links rest on, with who confirmed them
 * @param protection how victims were protected
 */
record PackageContent(String caseId, String caseName, String title, String author, String date,
                      Map<String, Object> selection, Map<String, Object> parameters, List<Node> nodes, List<Link> links,
                      List<SourceDocument> documents, List<Merge> merges, Protection protection) {

    /** An entity; {@code pseudonymised} ones carry a pseudonym as id and name and nothing that identifies them. */
    record Node(String id, String label, String name, List<String> roles, Map<String, String> properties,
                boolean pseudonymised) {
    }

    /** One fact on the chart. {@code factId} is the graph's id (absent when it touches a pseudonymised entity). */
    record Link(String number, String factId, String type, String source, String target, double confidence,
                Map<String, String> attributes, List<Cite> citations, List<String> liftedVia, List<String> merges) {
    }

    /** One source of a link and how the link was derived from it. */
    record Cite(String sha256, String document, long page, long spanStart, long spanEnd, String quote,
                String extractor, double confidence, String derivation) {
    }

    /**
     * A cited document and its custody: who uploaded the file it came in, when, and when it was ingested.
     * {@code original} is the path of the unmodified original in the package, or {@code null} (with the reason).
     */
    record SourceDocument(String sha256, String name, String mediaType, Long size, String containerSha256,
                          String pathInContainer, String uploadedAs, String uploadedBy, String uploadedAt,
                          String ingestedAt, String original, String withheld) {
    }

    /** A confirmed merge of two entities, by whom and when. */
    record Merge(String a, String b, String decidedBy, String decidedAt) {
    }

    /** Victim protection applied: the pseudonyms used and whether identities were included (and for whom). */
    record Protection(List<String> pseudonyms, boolean identitiesIncluded, boolean minorIdentitiesIncluded,
                      String requestedBy) {
    }
}
