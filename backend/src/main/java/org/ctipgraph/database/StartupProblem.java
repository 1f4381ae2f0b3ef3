package org.ctipgraph.database;

/**
 * A problem the operator can fix (port in use, database unreachable, wrong password). Its message
 * is one line that says what is wrong and how to fix it; the CLI prints it instead of a stack trace.
 */
public class StartupProblem extends RuntimeException {
    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first {@code StartupProblem} in a cause chain, if any. */
    public static java.util.Optional<StartupProblem> findIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupProblem problem) {
                return java.util.Optional.of(problem);
            }
        }
        return java.util.Optional.empty();
    }
}
