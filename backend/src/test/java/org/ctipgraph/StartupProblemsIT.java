package org.ctipgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.ctipgraph.database.PortCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Configuration errors end with one clear line and a non-zero exit, never a stack trace. */
class StartupProblemsIT {
    @TempDir
    Path dataDir;

    @Test
    void aBoltPortInUseIsNamedWithTheSettingThatChangesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            Result result = serve("--bolt-port", String.valueOf(taken.getLocalPort()),
                    "--http-port", String.valueOf(PortCheck.freePort()), "--data-dir", dataDir.toString());

            assertThat(result.exitCode()).isEqualTo(CtipGraph.EXIT_STARTUP_PROBLEM);
            assertThat(result.stderr().strip()).startsWith("ctip-graph: Bolt port " + taken.getLocalPort())
                    .contains("already in use").contains("CTIP_BOLT_PORT").doesNotContain("\tat ");
        }
    }

    @Test
    void anUnreachableExternalDatabaseIsReportedWithTheUri() {
        Result result = serve("--http-port", String.valueOf(PortCheck.freePort()), "--data-dir", dataDir.toString(),
                "--ctip.neo4j.uri=bolt://127.0.0.1:" + PortCheck.freePort());

        assertThat(result.exitCode()).isEqualTo(CtipGraph.EXIT_STARTUP_PROBLEM);
        assertThat(result.stderr()).contains("cannot reach Neo4j at bolt://127.0.0.1:").contains("NEO4J_URI")
                .doesNotContain("\tat ");
    }

    @Test
    void aMalformedExternalUriIsRejected() {
        Result result = serve("--http-port", String.valueOf(PortCheck.freePort()), "--data-dir", dataDir.toString(),
                "--ctip.neo4j.uri=http://localhost:7474");

        assertThat(result.exitCode()).isEqualTo(CtipGraph.EXIT_STARTUP_PROBLEM);
        assertThat(result.stderr()).contains("NEO4J_URI 'http://localhost:7474' must start with bolt://");
    }

    private static Result serve(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = CtipGraph.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "serve";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = commandLine.execute(full);
        return new Result(code, err.toString());
    }

    private record Result(int exitCode, String stderr) {
    }
}
