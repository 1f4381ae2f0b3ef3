package org.ctipgraph.documents;

import java.util.List;

/**
 * A document as listed by the API.
 *
 * @param sha256       content address (cite this)
 * @param name         file name, or member/attachment name
 * @param mediaType    detected from the bytes
 * @param size         bytes
 * @param status       QUEUED, INGESTED, PARTIAL or REJECTED
 * @param reason       rejection code when REJECTED (CORRUPT, ENCRYPTED, EMPTY, ...)
 * @param message      human explanation for REJECTED or PARTIAL
 * @param warnings     what made it PARTIAL
 * @param pageCount    pages (sheets, messages) of text
 * @param parentSha256 container it was unpacked from, or {@code null}
 * @param pathInParent path inside that container
 * @param jobId        job that ingested it (top-level files only)
 */
public record DocumentView(String sha256, String name, String mediaType, Long size, String status, String reason,
                           String message, List<String> warnings, Long pageCount, String parentSha256,
                           String pathInParent, String jobId) {
}
