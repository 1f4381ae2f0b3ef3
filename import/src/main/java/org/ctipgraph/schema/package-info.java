/**
 * The one definition of the graph model: node labels, relationship types, property keys, and the
 * versioned Cypher files (constraints, indexes) that {@link org.ctipgraph.schema.SchemaMigrator}
 * applies. Used by the importer and the server alike.
 */
package org.ctipgraph.schema;
