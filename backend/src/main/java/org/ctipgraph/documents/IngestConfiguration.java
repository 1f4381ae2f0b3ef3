package org.ctipgraph.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ctipgraph.config.CtipSettings;
import org.ctipgraph.database.GraphSchemaSetup;
import org.ctipgraph.extraction.DocumentExtractor;
import org.ctipgraph.graph.CaseKnowledgeReader;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.GroupCommitWriter;
import org.ctipgraph.ingest.IngestionPipeline;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.jobs.IngestQueue;
import org.ctipgraph.ingest.jobs.JobStore;
import org.ctipgraph.ingest.parsing.IsolatedDocumentParser;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the ingestion pipeline of {@code import} into the server: evidence store in the data
 * directory, isolated parser workers, extraction, graph writer, durable job queue (resumed at start).
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    EvidenceStore evidenceStore(CtipSettings settings) {
        try {
            EvidenceStore store = new EvidenceStore(settings.evidenceDirectory());
            store.removeLeftovers();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the evidence store in " + settings.evidenceDirectory(), e);
        }
    }

    @Bean(destroyMethod = "close")
    IsolatedDocumentParser documentParser(EvidenceStore store, CtipSettings settings) {
        return new IsolatedDocumentParser(store, ParserWorkerLaunch.options(workerCount(settings))
                .withMaxFilesPerWorker(settings.ingest().filesPerWorker()));
    }

    @Bean
    ParseOptions parseOptions(CtipSettings settings) {
        return ParseOptions.defaults().withTimeout(settings.ingest().parseTimeout());
    }

    @Bean
    JobStore jobStore(Driver driver, GraphSchemaSetup schema) {
        return new JobStore(driver, schema.database());
    }

    @Bean
    IngestionPipeline ingestionPipeline(EvidenceStore store, IsolatedDocumentParser parser, Driver driver,
                                        GraphSchemaSetup schema) {
        return new IngestionPipeline(store, parser, new DocumentExtractor()::extract,
                new CaseKnowledgeReader(driver, schema.database())::lexicon, new DocumentGraphWriter(driver, schema.database()));
    }

    /** Closed after the queue (which depends on it), so it commits what the queue's workers handed over. */
    @Bean(destroyMethod = "close")
    GroupCommitWriter groupCommitWriter(Driver driver, GraphSchemaSetup schema, CtipSettings settings) {
        return new GroupCommitWriter(new DocumentGraphWriter(driver, schema.database()), 2 * workerCount(settings),
                settings.ingest().writeGroupRows(), settings.ingest().writeLinger());
    }

    @Bean(destroyMethod = "close")
    IngestQueue ingestQueue(IngestionPipeline pipeline, GroupCommitWriter writes, JobStore jobs, ParseOptions options,
                            CtipSettings settings) {
        IngestQueue queue = new IngestQueue(jobs, pipeline, writes, options, workerCount(settings),
                settings.ingest().queueCapacity());
        queue.resume();
        return queue;
    }

    static int workerCount(CtipSettings settings) {
        return settings.ingest().workers() > 0 ? settings.ingest().workers()
                : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
