package org.ctipgraph.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipgraph.CtipGraphServer;
import org.ctipgraph.database.PortCheck;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application in this JVM, on free ports and a given data directory. */
public final class RunningServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int httpPort;
    private final int boltPort;

    private RunningServer(ConfigurableApplicationContext context, int httpPort, int boltPort) {
        this.context = context;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
    }

    /** @param extraArgs further Spring-style arguments, e.g. {@code --ctip.ingest.max-upload-size=1KB} */
    public static RunningServer start(Path dataDir, String... extraArgs) {
        int http = PortCheck.freePort();
        int bolt = PortCheck.freePort();
        List<String> args = new ArrayList<>(List.of("--ctip.http.port=" + http, "--ctip.bolt.port=" + bolt,
                "--ctip.data-dir=" + dataDir, "--ctip.ingest.workers=1"));
        args.addAll(List.of(extraArgs));
        return new RunningServer(CtipGraphServer.start(args.toArray(String[]::new)), http, bolt);
    }

    public ApiClient api() {
        return new ApiClient(httpPort);
    }

    public int httpPort() {
        return httpPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
