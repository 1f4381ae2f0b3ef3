/**
 * The audit log: one {@code AuditEvent} node per recorded action (who, what, when, in which case, details).
 * Written by features whose actions must be accountable (evidence packages, identity disclosure); role checks
 * and an admin view come with authentication.
 */
package org.ctipgraph.audit;
