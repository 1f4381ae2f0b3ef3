// The audit log: who did what, when, in which case (evidence packages built, identities included, ...).
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_case_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.caseId, n.at);
