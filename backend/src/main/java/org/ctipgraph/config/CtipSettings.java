package org.ctipgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of CTIP Graph, in one typed object with safe defaults. Bound from
 * {@code ctip.*} properties, so environment variables such as {@code CTIP_HTTP_PORT} work too;
 * the README documents each one.
 *
 * @param dataDir    where the embedded database, the evidence store and job state live
 * @param http       the HTTP API and UI
 * @param bolt       the embedded database's Bolt connector
 * @param neo4j      an external Neo4j; when {@code uri} is set no embedded database starts
 * @param ingest     upload and parsing limits
 */
@ConfigurationProperties("ctip")
public record CtipSettings(@DefaultValue("./data") Path dataDir,
                           @DefaultValue Http http,
                           @DefaultValue Bolt bolt,
                           @DefaultValue Neo4j neo4j,
                           @DefaultValue Ingest ingest) {

    /**
     * @param host    address to listen on; loopback by default so nothing is exposed by accident
     * @param port    0 picks a free port
     * @param enabled false for batch commands that only need the database (e.g. {@code import})
     */
    public record Http(@DefaultValue("127.0.0.1") String host, @DefaultValue("8080") int port,
                       @DefaultValue("true") boolean enabled) {
    }

    /**
     * @param host       address of the embedded Bolt connector
     * @param port       its port
     * @param pageCache  page cache size of the embedded database
     */
    public record Bolt(@DefaultValue("127.0.0.1") String host, @DefaultValue("7687") int port,
                       @DefaultValue("256MB") DataSize pageCache) {
    }

    /**
     * @param uri      {@code bolt://} or {@code neo4j://} URI of an external server or cluster; empty for embedded
     * @param username user for the external server
     * @param password its password
     * @param database database name; empty for the server's default
     */
    public record Neo4j(@DefaultValue("") String uri, @DefaultValue("neo4j") String username,
                        @DefaultValue("") String password, @DefaultValue("") String database) {
        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param maxUploadSize   largest single file accepted
     * @param parseTimeout    per-file parsing time limit
     * @param workers         parallel parsing workers; 0 means one per core
     * @param queueCapacity   accepted jobs waiting to run before uploads get 429
     * @param writeGroupRows  files that finish parsing together are written in one transaction until it holds
     *                        this many rows (documents, pages, mentions, facts); bounds a commit's memory
     * @param filesPerWorker  files a parser worker process reads before it is replaced (bounding slow leaks in
     *                        parsers); a new worker compiles Tika's parsers again, which costs it tens of
     *                        seconds of CPU, so this is large, as in Tika's own pipes (10,000)
     * @param writeLinger     how long a write transaction waits for files still being parsed, so that several
     *                        share it; a lone upload is not delayed (0: write whatever is waiting)
     */
    public record Ingest(@DefaultValue("512MB") DataSize maxUploadSize,
                         @DefaultValue("120s") Duration parseTimeout,
                         @DefaultValue("0") int workers,
                         @DefaultValue("1000") int queueCapacity,
                         @DefaultValue("20000") int writeGroupRows,
                         @DefaultValue("10000") int filesPerWorker,
                         @DefaultValue("40ms") Duration writeLinger) {
    }

    public Path neo4jDirectory() {
        return dataDir.resolve("neo4j");
    }

    public Path evidenceDirectory() {
        return dataDir.resolve("evidence");
    }
}
