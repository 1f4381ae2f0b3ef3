package org.ctipgraph.health;

/**
 * What {@code GET /api/health} returns.
 *
 * @param status  {@code UP} when the database answers, else {@code DEGRADED}
 * @param version the application version
 * @param neo4j   the database as seen over Bolt
 */
public record HealthView(String status, String version, Neo4jView neo4j) {
    /**
     * @param up       whether a query answered
     * @param version  server version, when up
     * @param edition  {@code community} or {@code enterprise}, when up
     * @param embedded whether the server runs inside this process
     * @param error    why it is down, when down
     */
    public record Neo4jView(boolean up, String version, String edition, boolean embedded, String error) {
    }
}
