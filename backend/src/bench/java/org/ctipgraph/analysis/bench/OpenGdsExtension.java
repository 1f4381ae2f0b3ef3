package org.ctipgraph.analysis.bench;

import java.util.Optional;

import org.neo4j.configuration.Config;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.gds.OpenGdsLicenseState;
import org.neo4j.gds.applications.operations.FeatureTogglesRepository;
import org.neo4j.gds.concurrency.OpenGdsConcurrencyValidator;
import org.neo4j.gds.concurrency.OpenGdsPoolSizes;
import org.neo4j.gds.configuration.DefaultsConfiguration;
import org.neo4j.gds.configuration.LimitsConfiguration;
import org.neo4j.gds.core.OpenGdsIdMapBehavior;
import org.neo4j.gds.core.model.OpenModelCatalog;
import org.neo4j.gds.core.write.NativeExportBuildersProvider;
import org.neo4j.gds.logging.LogAdapter;
import org.neo4j.gds.metrics.Metrics;
import org.neo4j.gds.procedures.integration.DefaultExportLocation;
import org.neo4j.gds.procedures.integration.OpenGraphDataScienceExtensionBuilder;
import org.neo4j.gds.projection.AlphaCypherAggregation;
import org.neo4j.gds.projection.CypherAggregation;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.logging.internal.LogService;

/**
 * Benchmark-only: builds the open GDS extension in an embedded database (the published GDS jars
 * lack the {@code open-packaging} module that does this). Signature as of GDS 2.26.0.
 */
public final class OpenGdsExtension extends ExtensionFactory<OpenGdsExtension.Dependencies> {

    public OpenGdsExtension() {
        super("gds.open.bench");
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
        var log = new LogAdapter(dependencies.logService().getUserLog(getClass()));
        var config = dependencies.config();
        var built = OpenGraphDataScienceExtensionBuilder.create(
                log,
                dependencies.databaseManagementService(),
                context.dependencySatisfier(),
                dependencies.globalProcedures(),
                config,
                new OpenGdsConcurrencyValidator(),
                DefaultsConfiguration.Instance,
                (db, cfg) -> new NativeExportBuildersProvider(),
                new DefaultExportLocation(log, config),
                new FeatureTogglesRepository(),
                new OpenGdsIdMapBehavior(),
                OpenGdsLicenseState.INSTANCE,
                LimitsConfiguration.Instance,
                Metrics.DISABLED,
                new OpenModelCatalog(),
                model -> {
                    throw new UnsupportedOperationException("no model storing in the benchmark");
                },
                new OpenGdsPoolSizes(),
                new CypherAggregation(),
                new AlphaCypherAggregation(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return built.getLeft().build();
    }

    public interface Dependencies {
        Config config();

        DatabaseManagementService databaseManagementService();

        GlobalProcedures globalProcedures();

        LogService logService();
    }
}
