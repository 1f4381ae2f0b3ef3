package org.ctipgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.cases.CaseService;
import org.ctipgraph.documents.DocumentService;
import org.ctipgraph.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code ctip-graph serve}: the HTTP API and UI on an embedded (or external) Neo4j, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the server (HTTP API and UI) on the embedded Neo4j, or on NEO4J_URI when set.")
public class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--http-port", description = "HTTP port (default 8080, or CTIP_HTTP_PORT)")
    Integer httpPort;

    @Option(names = "--bolt-port", description = "Bolt port of the embedded Neo4j (default 7687, or CTIP_BOLT_PORT)")
    Integer boltPort;

    @Option(names = "--data-dir", description = "Data directory (default ./data, or CTIP_DATA_DIR)")
    String dataDir;

    @Option(names = "--demo", description = "load the bundled fictional demo case (case id 'demo') at start")
    boolean demo;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArguments);
        if (httpPort != null) {
            args.add("--ctip.http.port=" + httpPort);
        }
        if (boltPort != null) {
            args.add("--ctip.bolt.port=" + boltPort);
        }
        if (dataDir != null) {
            args.add("--ctip.data-dir=" + dataDir);
        }
        ConfigurableApplicationContext context = CtipGraphServer.start(args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                // Said on SIGTERM too: an operator stopping the server should know queued work is not lost.
                log.info("Stopping CTIP Graph: running ingestion jobs get up to 30 s to finish; unfinished ones resume at the next start");
                closed.countDown();
            }
        });
        String url = context.getBean(HttpServer.class).url();
        if (demo) {
            int files = DemoCase.load(context.getBean(CaseService.class), context.getBean(DocumentService.class));
            System.out.println("Demo case: " + files + " fictional documents queued into case '" + DemoCase.CASE_ID
                    + "' (" + url + "#/cases/" + DemoCase.CASE_ID + ")");
        }
        System.out.println("CTIP Graph is listening on " + url + "  (Ctrl-C to stop)");
        System.out.flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
