package org.ctipgraph.analysis;

import java.util.Arrays;
import java.util.Locale;
import org.ctipgraph.analysis.community.LeidenCommunityDetector;
import org.ctipgraph.analysis.paths.PathCost;
import org.ctipgraph.analysis.projection.GraphProjector;
import org.ctipgraph.analysis.projection.GraphProjector.Projection;
import org.ctipgraph.analysis.projection.ProjectionRequest;
import org.ctipgraph.database.GraphSchemaSetup;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/**
 * Runs an analysis by kind, as routes, saved analyses and evidence packages name it: reads the kind's
 * parameters (see {@link AnalysisKind}), takes a fresh projection of the case and hands it to the class
 * that answers that kind ({@link EvidenceChains}, {@link Brokers}, {@link CaseCommunities},
 * {@link NetworkBehind}). Every result names the facts and citations it rests on. Knows nothing of HTTP.
 */
@Service
public class AnalysisService {
    /** Scores listed per measure unless {@code top} asks for more (the graph explorer sizes every node). */
    static final int TOP = 10;
    static final int MAX_TOP = 1_000_000;

    private final GraphProjector projector;
    private final EvidenceChains chains;
    private final Brokers brokers;
    private final CaseCommunities communities;
    private final NetworkBehind network;

    AnalysisService(Driver driver, GraphSchemaSetup schema, EvidenceChains chains, Brokers brokers,
                    CaseCommunities communities, NetworkBehind network) {
        this.projector = new GraphProjector(driver, schema.database());
        this.chains = chains;
        this.brokers = brokers;
        this.communities = communities;
        this.network = network;
    }

    public Projection project(ProjectionRequest request) {
        return projector.project(request);
    }

    /**
     * Runs one analysis on a fresh projection of the case and says which graph state it ran on.
     *
     * @throws AnalysisParameters.InvalidParameterException a parameter is missing or malformed
     * @throws SubjectNotInProjectionException an entity the analysis is about is not in the projection
     */
    public AnalysisRun run(AnalysisKind kind, String caseId, AnalysisParameters parameters) {
        ProjectionRequest request = parameters.projection(caseId);
        return switch (kind) {
            case PATHS -> {
                String from = parameters.required("from");
                String to = parameters.required("to");
                Projection projection = project(request.reaching(from, to));
                yield new AnalysisRun(kind, parameters, chains.between(projection, from, to,
                        (int) parameters.number("k", 3, 1, 20), cost(parameters)), projection.state());
            }
            case CENTRALITY -> {
                Projection projection = project(request);
                int top = (int) parameters.number("top", TOP, 1, MAX_TOP);
                yield new AnalysisRun(kind, parameters, brokers.rank(projection, top), projection.state());
            }
            case COMMUNITIES -> {
                Projection projection = project(request);
                yield new AnalysisRun(kind, parameters, communities.of(projection, parameters.seed(),
                        parameters.number("resolution", LeidenCommunityDetector.DEFAULT_RESOLUTION, 0.001, 100)),
                        projection.state());
            }
            case NETWORK -> {
                Projection projection = project(request);
                yield new AnalysisRun(kind, parameters, network.of(projection, request, parameters.required("entity"),
                        parameters.seed()), projection.state());
            }
        };
    }

    private static PathCost cost(AnalysisParameters parameters) {
        String raw = parameters.text("cost");
        try {
            return raw == null ? PathCost.HOPS : PathCost.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AnalysisParameters.InvalidParameterException("cost must be one of "
                    + Arrays.toString(PathCost.values()) + ": '" + raw + "'");
        }
    }
}
