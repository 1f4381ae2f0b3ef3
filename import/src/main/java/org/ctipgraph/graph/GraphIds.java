package org.ctipgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Deterministic ids for everything written to the graph, so that writing the same document twice
 * (a retry, a crash and resume, a re-upload) changes nothing. Ids are hashes: they carry no names,
 * so they can appear in logs and URLs without leaking who is in a case.
 */
public final class GraphIds {
    private GraphIds() {
    }

    public static String document(String caseId, String sha256) {
        return caseId + ":" + sha256;
    }

    /** The job of the first ingestion of these bytes into this case. */
    public static String job(String caseId, String sha256) {
        return "job-" + hash(caseId, sha256);
    }

    public static String page(String documentId, int number) {
        return documentId + ":p" + number;
    }

    public static String entity(String caseId, EntityRef entity) {
        return entity.label().name() + ":" + hash(caseId, entity.label().name(), entity.key());
    }

    /**
     * The entity label an entity id was minted with (see {@link #entity}); empty for any other id. Lets a
     * lookup use the label's unique-id constraint instead of scanning every node.
     */
    public static Optional<NodeLabel> entityLabel(String entityId) {
        int colon = entityId == null ? -1 : entityId.indexOf(':');
        String prefix = colon > 0 ? entityId.substring(0, colon) : "";
        return NodeLabel.ENTITIES.stream().filter(l -> l.name().equals(prefix)).findFirst();
    }

    public static String mention(String entityId, String surface, Evidence evidence) {
        return hash(entityId, surface, evidence.documentSha256(), String.valueOf(evidence.page()),
                String.valueOf(evidence.start()), String.valueOf(evidence.end()), evidence.extractor());
    }

    /** One fact: the same relation between the same ends with the same attributes is one relationship. */
    public static String fact(String subjectId, RelationType type, String objectId, String attributes) {
        return hash(subjectId, type.name(), objectId, attributes);
    }

    public static String evidence(Evidence evidence) {
        return hash(evidence.documentSha256(), String.valueOf(evidence.page()), String.valueOf(evidence.start()),
                String.valueOf(evidence.end()), evidence.extractor());
    }

    static String hash(String... parts) {
        return digest(Arrays.asList(parts), 12);
    }

    /** The full SHA-256 (hex) of some parts, each delimited, e.g. to fingerprint a graph state. */
    public static String sha256(Collection<String> parts) {
        return digest(parts, 32);
    }

    private static String digest(Iterable<String> parts, int bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
