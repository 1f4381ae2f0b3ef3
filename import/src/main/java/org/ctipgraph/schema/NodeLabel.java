package org.ctipgraph.schema;

/**
 * Every node label of the CTIP graph. The importer and the server both use these names, so the
 * graph model is written down once.
 */
public enum NodeLabel {
    /** A case compartment; every other node belongs to exactly one case through its {@code caseId}. */
    Case,
    /** One file as received or as unpacked from a container; identified by its SHA-256 within a case. */
    Document,
    /** The text of one page (sheet, message) of a document, full-text indexed. */
    Page,
    Person,
    Company,
    BrickKiln,
    PhoneNumber,
    BankAccount,
    Location,
    Vehicle,
    /** Online identity: Telegram/Facebook/WhatsApp handle or e-mail address. */
    OnlineAccount,
    Arrest,
    /**
     * A second label on every entity node (beside its own, one of {@link #ENTITIES}): its unique id index
     * is how a write that holds an entity's label only as a parameter finds the node. Never an entity's
     * type: reads take the other label.
     */
    Entity,
    /** An ingestion job: durable record of work accepted by the server. */
    Job,
    /** A saved analysis: its kind, parameters, seed, the graph state it ran on and its result. */
    Analysis,
    /** Applied schema versions (one node per applied migration). */
    SchemaMigration,
    /** One entry of the audit log: an action, who took it, when, in which case, with its details. */
    AuditEvent;

    /** The entity labels that extraction produces and analysis projects. */
    public static final java.util.Set<NodeLabel> ENTITIES = java.util.EnumSet.of(
            Person, Company, BrickKiln, PhoneNumber, BankAccount, Location, Vehicle, OnlineAccount, Arrest);

    public boolean isEntity() {
        return ENTITIES.contains(this);
    }

    /** The type of a node from all its labels: the one that is not {@link #Entity}. */
    public static NodeLabel typeOf(Iterable<String> labels) {
        for (String label : labels) {
            if (!label.equals(Entity.name())) {
                return valueOf(label);
            }
        }
        throw new IllegalArgumentException("no type label among " + labels);
    }
}
