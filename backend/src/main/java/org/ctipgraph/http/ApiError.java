package org.ctipgraph.http;

/**
 * The JSON body of every error the API returns: a stable machine-readable code, a sentence for
 * people, and optional structured details (e.g. which field failed validation).
 *
 * @param error   stable code such as {@code not_found}, {@code bad_request}, {@code too_many_requests}
 * @param message human-readable explanation
 * @param details structured details, or {@code null}
 */
public record ApiError(String error, String message, Object details) {
}
