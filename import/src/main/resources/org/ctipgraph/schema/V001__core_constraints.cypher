// Cases, documents and pages.
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_case_sha IF NOT EXISTS FOR (n:Document) ON (n.caseId, n.sha256);
CREATE INDEX document_status IF NOT EXISTS FOR (n:Document) ON (n.status);
CREATE CONSTRAINT page_id IF NOT EXISTS FOR (n:Page) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX page_text IF NOT EXISTS FOR (n:Page) ON EACH [n.text];
CREATE CONSTRAINT job_id IF NOT EXISTS FOR (n:Job) REQUIRE n.id IS UNIQUE;
CREATE INDEX job_state IF NOT EXISTS FOR (n:Job) ON (n.state);
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.version IS UNIQUE;

// Entities: a deterministic id (case, label, natural key) makes every write idempotent.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT brick_kiln_id IF NOT EXISTS FOR (n:BrickKiln) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT phone_number_id IF NOT EXISTS FOR (n:PhoneNumber) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bank_account_id IF NOT EXISTS FOR (n:BankAccount) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vehicle_id IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT online_account_id IF NOT EXISTS FOR (n:OnlineAccount) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT arrest_id IF NOT EXISTS FOR (n:Arrest) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_case IF NOT EXISTS FOR (n:Person) ON (n.caseId);
CREATE INDEX phone_number_e164 IF NOT EXISTS FOR (n:PhoneNumber) ON (n.e164);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
  FOR (n:Person|Company|BrickKiln|PhoneNumber|BankAccount|Location|Vehicle|OnlineAccount) ON EACH [n.name, n.aliases];
