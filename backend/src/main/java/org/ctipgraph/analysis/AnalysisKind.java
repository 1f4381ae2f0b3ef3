package org.ctipgraph.analysis;

/**
 * The analyses a user can run and save. Each reads its own parameters besides the projection ones
 * (see {@link AnalysisParameters}):
 * <ul>
 *   <li>{@link #PATHS}: {@code from}, {@code to} (entity ids, any label), {@code k} (1..20, default 3),
 *       {@code cost} ({@code HOPS} or {@code WEIGHT}: fewer hops, or strongest evidence)</li>
 *   <li>{@link #CENTRALITY}: {@code top} (scores listed per measure, 1..1,000,000, default 10)</li>
 *   <li>{@link #COMMUNITIES}: {@code seed} (default 42), {@code resolution} (default 1.0)</li>
 *   <li>{@link #NETWORK}: {@code entity} (the arrested person or any actor), {@code seed}</li>
 * </ul>
 */
public enum AnalysisKind {
    PATHS, CENTRALITY, COMMUNITIES, NETWORK;

    /** Case-insensitive; the message lists the known kinds. */
    public static AnalysisKind parse(String name) {
        for (AnalysisKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new AnalysisParameters.InvalidParameterException("kind must be one of " + java.util.Arrays.toString(values())
                + ": '" + name + "'");
    }
}
