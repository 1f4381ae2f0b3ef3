// Saved analyses are looked up by id and listed per case.
CREATE CONSTRAINT analysis_id IF NOT EXISTS FOR (n:Analysis) REQUIRE n.id IS UNIQUE;
CREATE INDEX analysis_case IF NOT EXISTS FOR (n:Analysis) ON (n.caseId);
