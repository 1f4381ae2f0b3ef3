// Every entity also carries the label Entity, with one unique index on its id. The document write
// knows an entity's label only as a parameter, and a dynamic label ($(...)) can only be looked up by
// scanning every node of that label in every case: one scan per entity, mention and fact written,
// growing with the database. Entity ids start with their label, so they are unique across labels.
MATCH (n:Person|Company|BrickKiln|PhoneNumber|BankAccount|Location|Vehicle|OnlineAccount|Arrest) SET n:Entity;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
