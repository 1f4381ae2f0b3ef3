// Every ingest reads the case's known names ("MATCH (n:Person|Company|... {caseId: $caseId})"); only
// Person had a caseId index, so the other seven labels were scanned across every case.
CREATE INDEX company_case IF NOT EXISTS FOR (n:Company) ON (n.caseId);
CREATE INDEX brick_kiln_case IF NOT EXISTS FOR (n:BrickKiln) ON (n.caseId);
CREATE INDEX phone_number_case IF NOT EXISTS FOR (n:PhoneNumber) ON (n.caseId);
CREATE INDEX bank_account_case IF NOT EXISTS FOR (n:BankAccount) ON (n.caseId);
CREATE INDEX location_case IF NOT EXISTS FOR (n:Location) ON (n.caseId);
CREATE INDEX vehicle_case IF NOT EXISTS FOR (n:Vehicle) ON (n.caseId);
CREATE INDEX online_account_case IF NOT EXISTS FOR (n:OnlineAccount) ON (n.caseId);
CREATE INDEX arrest_case IF NOT EXISTS FOR (n:Arrest) ON (n.caseId);
