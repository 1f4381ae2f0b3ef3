package org.ctipgraph.testing;

import java.nio.charset.StandardCharsets;

/** Small fictional seized documents built in tests (no real person appears). */
public final class SeizedFiles {
    private SeizedFiles() {
    }

    /** A short police note; {@code n} makes each one's bytes distinct. */
    public static byte[] policeNote(int n) {
        return ("""
                KAMPOT PROVINCIAL POLICE - NOTE %d
                On 12 March 2026 the suspect MAO Sovann (male, 41) was arrested at the bus station.
                His phone 012 345 6%02d was seized. He recruited KEO Bopha (17) for a kiln in Kampong Speu.
                """.formatted(n, n % 100)).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] callLog() {
        return """
                caller;callee;date;duration_s
                85512345601;85597111222;2026-03-01 10:00;65
                85512345601;85597111222;2026-03-02 11:30;0
                """.getBytes(StandardCharsets.UTF_8);
    }
}
