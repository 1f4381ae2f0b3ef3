package org.ctipgraph.evidence;

import java.util.List;
import java.util.Map;

/**
 * A built package as the API lists it ({@code GET /api/cases/{case}/packages[/{id}]}).
 *
 * @param id        {@code pkg-} and the first 20 hex digits of the ZIP's SHA-256
 * @param sha256    SHA-256 of the ZIP (also in the audit log)
 * @param size      bytes of the ZIP
 * @param title     the report's title (victims pseudonymised)
 * @param graphDate graph-state time the package rests on
 * @param builtAt   when it was (last) built; not part of the package bytes
 * @param builtBy   who asked for it
 * @param selection the selection, canonical (protected ids replaced)
 * @param links     number of links
 * @param nodes     number of entities
 * @param documents number of cited documents
 * @param files     every file in the ZIP with its size and SHA-256, manifest order
 */
public record PackageSummary(String id, String sha256, long size, String title, String graphDate, String builtAt,
                             String builtBy, Map<String, Object> selection, int links, int nodes, int documents,
                             List<PackageFile> files) {

    /** One file of a package. */
    public record PackageFile(String path, long size, String sha256) {
    }
}
