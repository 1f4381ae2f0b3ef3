package org.ctipgraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port can be bound before a component tries, so the failure reads clearly. */
public final class PortCheck {
    private PortCheck() {
    }

    /**
     * @param what    "HTTP" or "Bolt", for the message
     * @param setting the setting that changes the port, for the message
     */
    public static void requireFree(String what, String host, int port, String setting) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new StartupProblem(what + " port " + port + " on " + host + " is already in use ("
                    + e.getMessage() + "); stop the other process or choose another port with " + setting);
        }
    }

    /** A port that was free a moment ago, for tests and for "pick any port" settings. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on loopback", e);
        }
    }
}
