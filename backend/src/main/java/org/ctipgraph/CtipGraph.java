package org.ctipgraph;

import java.util.concurrent.Callable;
import org.ctipgraph.cli.ServeCommand;
import org.ctipgraph.database.StartupProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ctip-graph.jar}: {@code serve} (the default) and the batch commands.
 * Output meant for the user goes to stdout; logs go to stderr.
 */
@Command(name = "ctip-graph", mixinStandardHelpOptions = true, versionProvider = CtipGraph.Version.class,
        subcommands = {ServeCommand.class, org.ctipgraph.cli.ImportCommand.class, org.ctipgraph.cli.EvaluateCommand.class, org.ctipgraph.cli.BenchCommand.class, org.ctipgraph.cli.VerifyEvidenceCommand.class, org.ctipgraph.cli.VerifyPackageCommand.class, CommandLine.HelpCommand.class},
        description = "Counter-trafficking investigation graph.")
public class CtipGraph implements Callable<Integer> {

    /** Exit code for a problem the operator can fix (one line on stderr says what). */
    public static final int EXIT_STARTUP_PROBLEM = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CtipGraph());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            var problem = StartupProblem.findIn(e);
            if (problem.isPresent()) {
                cmd.getErr().println("ctip-graph: " + problem.get().getMessage());
                return EXIT_STARTUP_PROBLEM;
            }
            throw e;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        return new ServeCommand().call();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ctip-graph " + org.ctipgraph.health.HealthService.applicationVersionString()};
        }
    }
}
